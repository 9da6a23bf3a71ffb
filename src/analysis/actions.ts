import type { Span } from '../types.js';
import { patternFinder, presenceFinder } from './lexicon.js';
import { perReply } from './memo.js';
import { EAGER_TAGGING, type PatternMatch, type Reply } from './reply.js';
import { committedTimes } from './times.js';
import type { Word } from './words.js';

// What the reply does or asks for next: actions taken ("I've refunded the
// fee"), promised ("we'll call you"), under way ("our engineers are working on
// it"), instructions and diagnostic questions for the customer ("Please DM us",
// "Are you seeing an error code?"), offers and alternatives ("Would you like a
// replacement instead?"), and owning the problem ("that's our mistake").

export type ActionKind =
  | 'done'
  | 'promised'
  | 'ongoing'
  | 'instruction'
  | 'question'
  | 'offer'
  | 'options'
  | 'time';

export interface Action {
  kind: ActionKind;
  span: Span;
  sentence: number;
}

const DONE =
  '(refunded|issued|sent|arranged|reset|credited|booked|cancelled|canceled|escalated|asked|forwarded|passed|added|updated|processed|moved|rebooked|replaced|ordered|raised|opened|applied|waived|resent|fixed|changed|reached|contacted|emailed|called|messaged|scheduled|reversed|restored|unlocked|removed|released|reinstated|extended|upgraded|submitted|created|flagged|answered|replied|spoken|confirmed|corrected|placed|requested|chased|notified|informed|reported|filed|lodged|organised|organized|authorised|authorized|approved|activated|dispatched|shipped|sorted|adjusted|cleared|investigated|looked|checked|tested|verified|traced|amended|transferred|paid|compensated|offered|logged|alerted|attached|enclosed|shared|matched|resolved|refreshed|cleaned|repaired|covered|asked|assigned|prioritised|prioritized|expedited|upgraded|re-sent|arranged|taken)';
const SUBJECT =
  '(i|we|someone|somebody|they|he|she|team|agent|agents|colleague|colleagues|member|engineer|engineers|technician|courier|driver|manager|specialist|department|refund|replacement|it|this|order|parcel|package|credit|voucher|link|email|store|seller|flight|train|update|fix|repair)';

const ACTION_PATTERNS: ReadonlyArray<[ActionKind, string]> = [
  ['done', `(i|we) (have|had)? (just|now|already|also|personally|since)? ${DONE}`],
  ['done', `(has|have) (just|now|already)? been ${DONE}`],
  ['promised', `${SUBJECT} (will|shall) #Adverb? #Verb`],
  ['promised', `${SUBJECT} (is|are|am) going to #Adverb? #Verb`],
  // "someone from billing will call you"
  ['promised', '#Noun (will|shall) #Adverb? #Verb'],
  ['ongoing', '(is|are) on (its|their|the) way'],
  [
    'ongoing',
    '(is|are) being (processed|sent|shipped|prepared|investigated|looked|reviewed|fixed|handled|arranged|dispatched|repaired|replaced|refunded)',
  ],
  [
    'ongoing',
    '(i|we|team|engineers|technicians|they|everyone|colleagues) (is|are|am) #Adverb? (working|investigating|checking|reviewing|monitoring|handling|fixing|chasing|escalating|repairing|restoring|processing|arranging|preparing|organising|organizing)',
  ],
  ['ongoing', '(is|are|am) #Adverb? (looking into|on it|dealing with|following up|looking at)'],
  ['ongoing', '(aware|on it) and #Adverb? working'],
  [
    'ongoing',
    'working (on|to) (it|this|that|a fix|the issue|the problem|getting|fix|restore|resolve)',
  ],
  ['promised', 'let (me|us) #Verb'],
  ['promised', "let's #Verb"],
  ['promised', 'allow me to #Verb'],
  ['instruction', 'please #Adverb? #Verb'],
  ['instruction', '(kindly|pls|plz) #Verb'],
  ['instruction', 'feel free to #Verb'],
  // "Any damage must be reported within 24 hours"
  ['instruction', '(must|needs to|need to|has to|have to) be #Adverb? #PastTense'],
  [
    'instruction',
    'you (can|could|may|might|should|will need to|would need to|need to|just need to|will want to|will be able to) #Adverb? #Verb',
  ],
  ['options', 'would you (like|prefer|mind)'],
  ['options', 'if you (would|do)? (like|prefer|rather)'],
  ['offer', '(i|we) (can|could) #Adverb? #Verb'],
  ['offer', '(i|we) (would|will) be (happy|glad|pleased|delighted) to #Verb'],
  ['offer', '(i|we) (would)? (recommend|suggest|advise)'],
  ['offer', 'the (best|quickest|easiest|fastest|simplest) (way|fix|option|thing|next step)'],
  ['offer', 'here is (how|what|the)'],
  ['promised', 'you will (receive|get|see|be able to|have|hear)'],
  ['options', '(instead|alternatively|either)'],
  ['options', '(another|other) (option|options|way|choice)'],
  ['options', 'what (i|we) can do'],
  ['offer', 'in the meantime'],
  ['offer', 'as a (goodwill|gesture|thank you)'],
];
const findActions = presenceFinder(ACTION_PATTERNS.map(([, pattern]) => pattern));

/** Which kinds of action a question is about. */
export type ActionKinds = (kind: ActionKind) => boolean;
/** Anything that moves the customer on (a time alone does not: "returns are possible within 14 days"). */
export const NEXT_STEP: ActionKinds = (kind) => kind !== 'time';
/** What answers a "no": done, promised, ongoing, instructions, offers, options. */
export const ALTERNATIVE: ActionKinds = (kind) => kind !== 'question' && kind !== 'time';
/** Choices and alternatives put to the customer. */
export const OPTION: ActionKinds = (kind) => kind === 'options' || kind === 'offer';

/** Phrases that look like actions but leave the customer where they were. */
const findNonActions = patternFinder([
  '(will|shall) (not|never)',
  'you will (be|get) (charged|billed|responsible|required|asked)',
  '(it|this|that) will (take|depend|cost)',
  'will be (the case|fine|ok|okay|a while)',
  '(would|will) be (happy|glad|pleased|delighted|more than happy) to (help|assist)',
  'will #Adverb? (keep|bear) #Determiner? #Noun? in mind',
  'will (always|continue to) (be|strive|try)',
  'will be (here|available|a tweet away|around)',
  '(noted|received|recorded|registered|logged|read|seen) (your|the|this) (complaint|feedback|comments|comment|concern|concerns|message|email|tweet)',
  'please (note|be advised|be aware|accept|bear|hold|wait|do not hesitate|let us know|let me know|feel free)',
  '(let us|let me) know',
  'you should have #PastTense',
  'you (can|could) (be|rest) (sure|assured|confident)',
  '(can|could) (help|assist) (you)? with (anything|something)',
  '(anything|something) else (i|we) (can|could|may)',
  'anything (i|we) (can|could|may) (help|assist|do)',
  'than (we|i) (can|could)',
  '(i|we) (can|could) #Adverb? (see|understand|imagine|only|assure|tell|appreciate|relate|confirm that)',
  'we (can|could) be reached',
  'if you (need|have|want) (any|additional|further|more|anything)',
]);

/** Imperative first words: "DM us…", "Unplug the router…", "Try restarting…". */
const INSTRUCTION_VERBS = new Set(
  (
    'dm message contact call ring visit try check send reply click go take unplug plug restart reset ' +
    'update open log sign use follow reach see head tap select enable disable clear reinstall install ' +
    'pop drop give keep make text email bring return fill complete submit provide share confirm review ' +
    'download turn switch power remove delete choose pick print attach upload chat book cancel request ' +
    'apply enter type close refresh scan place start tell let hold look read find ask' +
    ' tweet inbox pm'
  ).split(' '),
);
/** Words that may come before the imperative verb. */
const LEAD_INS = new Set([
  'please',
  'kindly',
  'pls',
  'plz',
  'just',
  'simply',
  'then',
  'so',
  'first',
  'next',
  'also',
  'and',
  'now',
  'ok',
  'okay',
]);

/** Closing questions offer help in general; they are not a next step. */
const CLOSING_QUESTION =
  /\b(?:anything else|something else|is there anything|anything (?:i|we) (?:can|could|may)|(?:can|could|may) (?:i|we) help (?:you )?with anything|have a (?:great|good|nice))\b/i;

/**
 * Everything the reply does or asks for next, in the order of the text. Whether a reply
 * has a next step or offers options is asked of every reply (moves, strengths): ask it
 * with someAction, which tries the cheap signs first, so that most replies never tag a
 * sentence for the action patterns that read grammar.
 */
export const actions = perReply((reply): Action[] =>
  [...patternActions(reply), ...wordActions(reply)]
    .filter(kept(reply))
    .sort((a, b) => a.span.start - b.span.start),
);

/**
 * Whether the reply has an action of these kinds that `accept` takes: the same as
 * actions(reply).some((a) => kinds(a.kind) && accept(a)), asked cheapest first (what the
 * words show, then the patterns of words alone, then those that read tags), so that a
 * reply that answers with its words tags no sentence for it.
 */
export function someAction(
  reply: Reply,
  kinds: ActionKinds,
  accept: (action: Action) => boolean = () => true,
): boolean {
  if (EAGER_TAGGING) return actions(reply).some((a) => kinds(a.kind) && accept(a));
  const keep = kept(reply);
  const take = (a: Action) => kinds(a.kind) && keep(a) && accept(a);
  return (
    wordActions(reply).some(take) ||
    findActions.some(
      reply,
      patternsOf(kinds),
      (m) => take(actionOf(m)) && !coveredByNonAction(reply, m),
    )
  );
}

/** Per kinds, the pattern picker given to findActions.some (which tells pickers apart by identity). */
const pickers = new Map<ActionKinds, (pattern: number) => boolean>();

/** The action patterns of these kinds, as one picker per kinds. */
function patternsOf(kinds: ActionKinds): (pattern: number) => boolean {
  let which = pickers.get(kinds);
  if (!which) {
    which = (p) => kinds(kindOf(p));
    pickers.set(kinds, which);
  }
  return which;
}

/** The actions the action patterns found, less those a non-action covers. */
function patternActions(reply: Reply): Action[] {
  return findActions(reply)
    .filter((m) => !coveredByNonAction(reply, m))
    .map(actionOf);
}

function actionOf(m: PatternMatch): Action {
  return { kind: kindOf(m.pattern), span: m.span, sentence: m.sentence };
}

function kindOf(pattern: number): ActionKind {
  return ACTION_PATTERNS[pattern]?.[0] ?? 'offer';
}

function coveredByNonAction(reply: Reply, m: PatternMatch): boolean {
  return findNonActions(reply).some((x) => x.sentence === m.sentence && overlaps(x.span, m.span));
}

/** The actions words alone show: imperative first words, verbs after a please, questions, times. */
const wordActions = perReply((reply): Action[] => {
  const found: Action[] = [];
  for (const sentence of reply.sentences) {
    const first = firstVerbWord(sentence.words);
    if (first && !reply.inSignoff(first.span))
      found.push({ kind: 'instruction', span: first.span, sentence: sentence.index });
    for (const verb of pleaseVerbs(sentence.words))
      found.push({ kind: 'instruction', span: verb.span, sentence: sentence.index });
    if (sentence.question && !CLOSING_QUESTION.test(sentence.text) && sentence.words.length >= 3)
      found.push({ kind: 'question', span: sentence.span, sentence: sentence.index });
  }
  for (const time of committedTimes(reply))
    found.push({ kind: 'time', span: time.span, sentence: time.sentence });
  return found;
});

/** Actions count outside quotes and outside courtesy offers of help. */
function kept(reply: Reply): (action: Action) => boolean {
  const courtesy = courtesySentences(reply);
  return (a) => !reply.isQuoted(a.span) && !courtesy.has(a.sentence);
}

const courtesySentences = perReply(
  (reply) =>
    new Set(reply.sentences.filter((s) => COURTESY_OFFER.test(s.text)).map((s) => s.index)),
);

/** "If you need any help, please DM us": an offer of help in general, not a next step. */
const COURTESY_OFFER =
  /^\W*(?:@\S+\s+)*(?:and\s+|but\s+)?if you (?:ever |still )?(?:need|have|want|require|would like|'d like)\b(?:\s+\w+){0,3}?\s+(?:help|assistance|anything|questions?|support|us|further|else)\b/i;

/** compromise keeps "assistance,pls" as one token: read the part after the comma. */
function bare(word: Word): string {
  return word.norm.split(/[,;:]/).pop() ?? word.norm;
}

function firstVerbWord(words: readonly Word[]): Word | undefined {
  for (const word of words) {
    if (word.text.startsWith('@') || LEAD_INS.has(bare(word))) continue;
    return INSTRUCTION_VERBS.has(bare(word)) && /^\p{L}/u.test(word.text) ? word : undefined;
  }
  return undefined;
}

const PLEASE = new Set(['please', 'kindly', 'pls', 'plz', 'just', 'simply']);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'who']);
const FILLERS = new Set(['just', 'simply', 'do', 'also', 'kindly', 'please']);

/** "…, please DM us", "Kindly check your mailbox": the verb after a please. */
function pleaseVerbs(words: readonly Word[]): Word[] {
  const verbs: Word[] = [];
  words.forEach((word, i) => {
    if (!PLEASE.has(bare(word))) return;
    // "I just checked" is a report; "just see this page" an instruction.
    if (['just', 'simply'].includes(bare(word)) && SUBJECTS.has(words[i - 1]?.norm ?? '')) return;
    let k = i + 1;
    while (k < words.length && FILLERS.has(bare(words[k] as Word))) k++;
    const verb = words[k];
    if (verb && INSTRUCTION_VERBS.has(bare(verb)) && !['hold', 'let'].includes(bare(verb)))
      verbs.push(verb);
  });
  return verbs;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A reply's next steps (NEXT_STEP). */
export const nextSteps = perReply((reply) => actions(reply).filter((a) => NEXT_STEP(a.kind)));

/** What the reply offers when it says no (ALTERNATIVE). */
export const alternatives = perReply((reply) => actions(reply).filter((a) => ALTERNATIVE(a.kind)));

/** Choices and alternatives the reply puts to the customer (OPTION). */
export const options = perReply((reply) => actions(reply).filter((a) => OPTION(a.kind)));

/** Owning the fault: "that's our mistake", "we got this wrong". */
const findAdmissions = patternFinder([
  '(that is|this is|it is|that was|this was|it was) (on us|on me)',
  '(our|my) (mistake|fault|error|bad|oversight)',
  '(we|i) (got|have got|had) (this|it|that|your #Noun|things) wrong',
  '(we|i) (did not|have not) (get|got) (this|it|that|things) right',
  '(we|i) (made|have made) (a|an|the|this)? (mistake|error)',
  '(we|i) should (have|not have) #Adverb? #Verb',
  '(we|i) (failed|dropped the ball|messed up|let you down|fell short|slipped up)',
  '(we|i) take (full)? (responsibility|ownership)',
  '(we|i) (are|am) responsible',
]);

/** Owning the fix: "I'll make sure…", "leave it with me". */
const findCommitments = patternFinder([
  '(i|we) will (personally|make sure|see to it|take care|look after|own|handle|sort|fix|follow up|keep an eye|stay with|be your|keep you|update you|get this|make this|make it|put this|put it)',
  'i am (on it|here to help|here to assist|taking care|personally|going to personally|going to make sure|going to take care)',
  'leave (it|this) with me',
  '(i|we) (have|will) (taken|take) (ownership|responsibility|care of)',
]);

/** Admitting the company's fault: "that's on us", "we got this wrong". */
export const admissions = perReply((reply) =>
  findAdmissions(reply)
    .filter((m) => !reply.isQuoted(m.span))
    .map((m) => ({ span: m.span, sentence: m.sentence })),
);

/** Owning the problem or its fix: admissions plus "I'll make sure…", "leave it with me". */
export const ownership = perReply((reply) =>
  [
    ...admissions(reply),
    ...findCommitments(reply)
      .filter((m) => !reply.isQuoted(m.span))
      .map((m) => ({ span: m.span, sentence: m.sentence })),
  ].sort((a, b) => a.span.start - b.span.start),
);
