import type { Helpdesk, PlaceholderSyntax } from '../types.js';
import { closestMatch } from '../util/suggest.js';

// What each helpdesk's placeholders look like, which variables it knows, and
// whether it renders a missing customer name as blank (giving "Hi ,").
// Sources: each helpdesk's placeholder reference (Zendesk "placeholders reference",
// Freshdesk placeholders, Gorgias "Macro variables", Front "Using variables",
// Help Scout saved-reply variables, Intercom macros API).

interface HelpdeskProfile {
  /** Variables it knows exactly. */
  known: readonly string[];
  /** Prefixes under which any variable is known (custom fields, integrations). */
  prefixes: readonly string[];
  /** Its variables are open-ended (custom attributes): never report one as unknown. */
  open?: boolean;
  /** Roots that hold the agent, not the customer ("current_user"). */
  agentRoots: readonly string[];
  /** A missing name renders blank, and the syntax has a fallback to prevent it. */
  needsNameFallback: boolean;
}

const zendeskUser = [
  'name',
  'first_name',
  'last_name',
  'email',
  'language',
  'phone',
  'external_id',
  'details',
  'notes',
  'id',
  'time_zone',
  'tags',
  'role',
  'signature',
];
const zendeskTicket = [
  'account',
  'cc_names',
  'ccs',
  'email_cc_names',
  'follower_names',
  'comments',
  'comments_formatted',
  'created_at',
  'created_at_with_time',
  'created_at_with_timestamp',
  'current_holiday_name',
  'description',
  'due_date',
  'due_date_with_timestamp',
  'encoded_id',
  'external_id',
  'id',
  'in_business_hours',
  'latest_comment',
  'latest_comment_formatted',
  'latest_comment_html',
  'latest_public_comment',
  'latest_public_comment_formatted',
  'latest_public_comment_html',
  'link',
  'priority',
  'public_comments',
  'public_comments_formatted',
  'score',
  'status',
  'tags',
  'ticket_form',
  'ticket_type',
  'title',
  'updated_at',
  'updated_at_with_time',
  'updated_at_with_timestamp',
  'url',
  'url_with_protocol',
  'via',
];

const freshdeskRequester = [
  'name',
  'firstname',
  'lastname',
  'email',
  'phone',
  'mobile',
  'address',
  'company_name',
  'unique_external_id',
  'language',
  'time_zone',
  'job_title',
  'twitter_id',
];
const freshdeskTicket = [
  'id',
  'subject',
  'description',
  'description_text',
  'url',
  'portal_url',
  'public_url',
  'status',
  'priority',
  'source',
  'ticket_type',
  'tags',
  'due_by_time',
  'due_by_hrs',
  'fr_due_by_time',
  'latest_public_comment',
  'latest_private_comment',
  'portal_name',
  'product_description',
  'satisfaction_survey',
  'billable_hours',
  'total_time_spent',
  'from_email',
];

const gorgiasPerson = ['id', 'email', 'name', 'firstname', 'lastname'];

export const HELPDESK_PROFILES: Record<Helpdesk, HelpdeskProfile> = {
  zendesk: {
    known: [
      ...['ticket.requester', 'ticket.assignee', 'ticket.submitter', 'current_user'].flatMap(
        (who) => zendeskUser.map((leaf) => `${who}.${leaf}`),
      ),
      ...zendeskTicket.map((leaf) => `ticket.${leaf}`),
      'satisfaction.current_rating',
      'satisfaction.current_comment',
      'satisfaction.rating_section',
      'satisfaction.rating_url',
      'satisfaction.positive_rating_url',
      'satisfaction.negative_rating_url',
    ],
    prefixes: [
      'ticket.ticket_field_',
      'ticket.ticket_field_option_title_',
      'ticket.requester.custom_fields.',
      'ticket.requester.organization.',
      'ticket.assignee.organization.',
      'current_user.custom_fields.',
      'current_user.organization.',
      'ticket.organization.',
      'ticket.group.',
      'ticket.brand.',
      'ticket.satisfaction.',
      'dc.',
      'comment.',
      'attachment.',
    ],
    agentRoots: ['current_user', 'ticket.assignee', 'ticket.submitter'],
    // Zendesk derives a name from the email address: the requester always has one.
    needsNameFallback: false,
  },
  freshdesk: {
    known: [
      ...freshdeskRequester.map((leaf) => `ticket.requester.${leaf}`),
      ...freshdeskTicket.map((leaf) => `ticket.${leaf}`),
      'helpdesk_name',
    ],
    prefixes: [
      'ticket.requester.cf_',
      'ticket.agent.',
      'ticket.group.',
      'ticket.company.',
      'ticket.cf_',
    ],
    agentRoots: ['ticket.agent'],
    needsNameFallback: false,
  },
  gorgias: {
    known: [
      'ticket.channel',
      'ticket.subject',
      'ticket.id',
      'ticket.receiver.email',
      'ticket.sender.email',
      'ticket.account.domain',
      'ticket.last_message_datetime',
      'ticket.created_datetime',
      'ticket.opened_datetime',
      'ticket.updated_datetime',
      ...gorgiasPerson.map((leaf) => `ticket.customer.${leaf}`),
      ...gorgiasPerson.map((leaf) => `ticket.assignee_user.${leaf}`),
      ...[...gorgiasPerson, 'bio'].map((leaf) => `current_user.${leaf}`),
    ],
    prefixes: [
      'ticket.messages[',
      'ticket.first_message.',
      'ticket.customer.integrations.',
      'ticket.customer.data.',
      'ticket.customer.meta.',
    ],
    agentRoots: ['current_user', 'ticket.assignee_user'],
    needsNameFallback: false,
  },
  front: {
    known: [
      'account.name',
      'conversation.id',
      'conversation.public_id',
      'conversation.ticket_id',
      'message.id',
      'message.public_id',
      ...['handle', 'email', 'twitter', 'phone', 'name', 'first_name', 'last_name', 'link'].map(
        (leaf) => `recipient.${leaf}`,
      ),
      'survey',
      ...['id', 'name', 'first_name', 'last_name', 'email'].map((leaf) => `user.${leaf}`),
    ],
    prefixes: ['custom_fields.', 'recipient.custom_fields.', 'account.custom_fields.'],
    agentRoots: ['user'],
    needsNameFallback: false,
  },
  helpscout: {
    known: [
      ...['firstName', 'lastName', 'fullName', 'email', 'company', 'jobTitle', 'phone'].map(
        (leaf) => `customer.${leaf}`,
      ),
      ...['firstName', 'lastName', 'fullName', 'email', 'jobTitle'].map((leaf) => `user.${leaf}`),
      'mailbox.name',
      'mailbox.email',
      'mailbox.fromName',
      'conversation.number',
      'conversation.subject',
    ],
    prefixes: [],
    agentRoots: ['user'],
    needsNameFallback: true,
  },
  intercom: {
    known: [],
    prefixes: [],
    open: true,
    agentRoots: ['teammate', 'admin', 'app'],
    needsNameFallback: true,
  },
  hubspot: {
    known: [],
    // Its ticket and company tokens would collide with other helpdesks' variables.
    prefixes: ['contact.', 'owner.', 'deal.', 'site_settings.'],
    agentRoots: ['owner'],
    needsNameFallback: false,
  },
  salesforce: {
    known: [],
    prefixes: [],
    open: true,
    agentRoots: ['User', '$User', 'Sender'],
    needsNameFallback: false,
  },
};

/** Does the helpdesk know this variable? (Open vocabularies know every variable.) */
export function knowsVariable(helpdesk: Helpdesk, variable: string): boolean {
  const profile = HELPDESK_PROFILES[helpdesk];
  if (profile.open) return true;
  return profile.known.includes(variable) || profile.prefixes.some((p) => variable.startsWith(p));
}

/** Placeholder syntaxes only one helpdesk uses. */
const SYNTAX_HELPDESK: Partial<Record<PlaceholderSyntax, Helpdesk>> = {
  'percent-brace': 'helpscout',
  'intercom-attribute': 'intercom',
  salesforce: 'salesforce',
};

/** The helpdesks a placeholder could belong to, from its syntax and variable. */
export function helpdesksOf(syntax: PlaceholderSyntax, variable: string): Helpdesk[] {
  const only = SYNTAX_HELPDESK[syntax];
  if (only) return [only];
  if (syntax !== 'double-brace') return [];
  return (Object.keys(HELPDESK_PROFILES) as Helpdesk[]).filter(
    (h) => !HELPDESK_PROFILES[h].open && knowsVariable(h, variable),
  );
}

const NAME_LEAF =
  /^(?:first_?name|fname|given_?name|last_?name|lname|surname|family_?name|full_?name|name|customer_?name|customer_?first_?name|contact_?name|client_?name|recipient_?name|requester_?name)$/i;
/** Words that say a name is not the customer's: the agent's, the company's, a file's. */
const NOT_CUSTOMER =
  /\b(?:agent|agents|your|my|rep|representative|company|product|business|store|shop|team|brand|file|user ?name|username|account|org|organization|group|mailbox|helpdesk|current_user|assignee|assignee_user|submitter|teammate|admin|owner|sender|author)\b/i;

/**
 * Does a variable hold the customer's name? "ticket.requester.first_name",
 * "recipient.first_name", "FNAME", "Customer Name" do; "current_user.name"
 * (the agent) and "Agent Name" do not. With a known helpdesk, its agent
 * roots decide (Front's and Help Scout's "user" is the agent, Intercom's the customer).
 */
export function isNameVariable(variable: string, helpdesk?: Helpdesk): boolean {
  const words = variable.replace(/[[\]]/g, '').trim();
  if (/[.]/.test(words)) {
    const parts = words.split('.');
    const leaf = parts[parts.length - 1] ?? '';
    const owner = parts.slice(0, -1).join('.');
    if (!NAME_LEAF.test(leaf)) return false;
    const agentRoots = helpdesk ? HELPDESK_PROFILES[helpdesk].agentRoots : GENERIC_AGENT_ROOTS;
    if (agentRoots.some((root) => owner === root || owner.startsWith(`${root}.`))) return false;
    return !NOT_CUSTOMER.test(owner.replace(/[._]/g, ' '));
  }
  const spaced = words.replace(/[_-]+/g, ' ').replace(/'s\b/g, '');
  if (NOT_CUSTOMER.test(spaced)) return false;
  const compact = words.replace(/[\s'’-]+/g, '_').replace(/_s_/g, '_');
  return NAME_LEAF.test(compact) || /\b(?:first )?name\b/i.test(spaced);
}

const GENERIC_AGENT_ROOTS = [
  'current_user',
  'ticket.assignee',
  'ticket.assignee_user',
  'ticket.agent',
  'ticket.submitter',
  'agent',
  'assignee',
  'owner',
  'teammate',
  'admin',
  'sender',
  'author',
  'me',
  'company',
  'organization',
  'account',
  'brand',
  'mailbox',
];

/**
 * The helpdesk a template is written for, judged from its placeholders: the
 * one helpdesk that knows the most of them, when exactly one does.
 */
export function inferHelpdesk(
  placeholders: ReadonlyArray<{ syntax?: PlaceholderSyntax; variable: string }>,
): Helpdesk | undefined {
  const votes = new Map<Helpdesk, number>();
  for (const p of placeholders) {
    if (!p.syntax) continue;
    for (const h of helpdesksOf(p.syntax, p.variable)) votes.set(h, (votes.get(h) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/** Helpdesks whose own placeholders are written `{{ … }}`. */
const DOUBLE_BRACE_HELPDESKS: readonly Helpdesk[] = [
  'zendesk',
  'freshdesk',
  'gorgias',
  'front',
  'intercom',
  'hubspot',
];

const SYNTAX_NAMES: Partial<Record<PlaceholderSyntax, string>> = {
  'double-brace': '{{…}}',
  'percent-brace': '{%…%}',
  'intercom-attribute': '<attribute/>',
  salesforce: '{!…}',
};

/** How a helpdesk writes a name with a fallback, for hints. */
export const FALLBACK_EXAMPLES: Partial<Record<Helpdesk, string>> = {
  helpscout: '{%customer.firstName,fallback=there%}',
  intercom: '{{first_name | fallback: "there"}}',
};

export interface PlaceholderProblem {
  message: string;
  hint: string;
}

/**
 * What is wrong with a template's placeholder, if anything: malformed braces,
 * another helpdesk's syntax or variable, or a name the helpdesk renders blank
 * when missing ("Hi ,") written without a fallback. Fill-in markers
 * ([Customer Name], XXX) and Liquid logic are the template's business.
 */
export function placeholderProblem(
  p: {
    syntax?: PlaceholderSyntax;
    variable: string;
    kind: 'name' | 'other';
    fallback?: string;
    text?: string;
    malformed?: string;
  },
  helpdesk: Helpdesk | undefined,
): PlaceholderProblem | undefined {
  const written = p.text ?? p.variable;
  if (p.malformed) {
    return {
      message: `Malformed placeholder "${written}": ${p.malformed}.`,
      hint: 'Fix the delimiters: as written, the helpdesk leaves it unfilled and the customer sees it raw.',
    };
  }
  if (!helpdesk || !p.syntax) return undefined;
  const profile = HELPDESK_PROFILES[helpdesk];
  if (
    p.syntax === 'single-brace' &&
    p.variable.includes('.') &&
    DOUBLE_BRACE_HELPDESKS.includes(helpdesk)
  ) {
    return {
      message: `"${written}" uses single braces; ${helpdesk} placeholders use {{…}}.`,
      hint: `Write it as {{${p.variable}}}.`,
    };
  }
  const foreign = SYNTAX_HELPDESK[p.syntax];
  if (
    foreign &&
    foreign !== helpdesk &&
    !(helpdesk === 'intercom' && p.syntax === 'double-brace')
  ) {
    return {
      message: `"${written}" is ${foreign} placeholder syntax (${SYNTAX_NAMES[p.syntax] ?? p.syntax}); ${helpdesk} will not fill it in.`,
      hint: `Use ${helpdesk}'s own placeholder for this value.`,
    };
  }
  const own = p.syntax === 'double-brace' || (foreign !== undefined && foreign === helpdesk);
  if (own && !profile.open && !knowsVariable(helpdesk, p.variable)) {
    const suggestion = closestMatch(p.variable, profile.known);
    return {
      message: `"${written}" is not a ${helpdesk} placeholder${suggestion ? ` (did you mean "${suggestion}"?)` : ''}.`,
      hint: suggestion
        ? `Write {{${suggestion}}}: ${helpdesk} leaves unknown placeholders empty or raw.`
        : `Check ${helpdesk}'s placeholder reference: it leaves unknown placeholders empty or raw.`,
    };
  }
  if (own && p.kind === 'name' && profile.needsNameFallback && !p.fallback) {
    const example = FALLBACK_EXAMPLES[helpdesk];
    return {
      message: `"${written}" has no fallback: a customer with no name on file reads "Hi ,".`,
      hint: example ? `Add a fallback: ${example}.` : 'Add a fallback for a missing name.',
    };
  }
  return undefined;
}
