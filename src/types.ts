// The objects that travel through the pipeline (see README "Developing").
// sources/ makes Drafts, analysis/ makes a Reply, engine/ makes Findings and Results.

import type { RuleMeta } from './engine/rule.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityOrOff = Severity | 'off';

export const CHANNELS = ['email', 'chat', 'social', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A half-open range of UTF-16 offsets into a Draft's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface LineLocator {
  locate(sourceOffset: number): { line: number; column: number };
}

/** Maps offsets in a Draft's `text` back to the file it came from. */
export interface Origin {
  /** The whole source file, as decoded text. */
  readonly source: string;
  /** Finds lines and columns in `source`; shared by every draft of the file. */
  readonly lines: LineLocator;
  /** Offset in `source` of the character at `textOffset` (or just past the end). */
  sourceOffset(textOffset: number): number;
}

export interface Draft {
  /** Path as given on the command line (or found under a directory), '-' for stdin. */
  file: string;
  /** Names the reply when a file holds several (title, or id); null when it holds one. */
  title: string | null;
  /** The prose to lint. Non-prose is blanked to spaces so offsets still line up. */
  text: string;
  kind: 'reply' | 'template';
  channel: Channel;
  /** The customer's message this draft answers, when known. */
  context?: string;
  /** The customer's name, when known. */
  name?: string;
  /** Rule ids a per-macro field of a collection turns off for this draft. */
  disabledRules?: string[];
  /** Template variables found in the text (blanked in `text`). */
  placeholders?: Placeholder[];
  /** The helpdesk whose placeholder syntax the draft is written for (from its collection or config). */
  helpdesk?: Helpdesk;
  origin: Origin;
}

export const HELPDESKS = [
  'zendesk',
  'freshdesk',
  'helpscout',
  'intercom',
  'gorgias',
  'front',
  'hubspot',
  'salesforce',
] as const;
export type Helpdesk = (typeof HELPDESKS)[number];

/** How a placeholder is written. */
export type PlaceholderSyntax =
  /** {{ticket.requester.first_name}}, {{user.name | fallback: 'there'}} */
  | 'double-brace'
  /** {% if … %} control tags (Liquid) */
  | 'liquid-tag'
  /** {%customer.firstName,fallback=there%} (Help Scout) */
  | 'percent-brace'
  /** <attribute key="first_name" default="there"/> (Intercom HTML bodies) */
  | 'intercom-attribute'
  /** {!Contact.FirstName} (Salesforce) */
  | 'salesforce'
  /** *|FNAME|* (Mailchimp) */
  | 'mailchimp'
  /** {customer_name} */
  | 'single-brace'
  /** %FIRSTNAME% */
  | 'percent'
  /** <NAME> */
  | 'angle'
  /** [Customer Name] */
  | 'bracket'
  /** XXX, TBD */
  | 'marker';

export interface Placeholder {
  span: Span;
  /** The variable as written, e.g. "ticket.requester.first_name". */
  variable: string;
  /** A variable holding the customer's name counts as using their name. */
  kind: 'name' | 'other';
  fallback?: string;
  syntax?: PlaceholderSyntax;
  /** The placeholder as written ("{{ticket.requester.first_name}}"). */
  text?: string;
  /** Why it is malformed ("no closing }}"), when it is. */
  malformed?: string;
}

export interface Suggestion {
  text: string;
}

/** A mechanical, safe edit of the draft text (only from rules declared `fixable`). */
export interface Fix {
  span: Span;
  text: string;
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Finding extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  hint: string;
  span: Span;
  /** The matched words, as they appear in the draft. */
  excerpt: string;
  suggestions?: Suggestion[];
  fix?: Fix;
  /** Set when the rule crashed instead of reporting. */
  internal?: boolean;
}

export type CustomerState = 'angry' | 'anxious' | 'neutral';

/** What replylint read in the customer's message (--context), for the report. */
export interface CustomerSummary {
  state: CustomerState;
  /** The customer's name: --name or config, else their sign-off. */
  name?: string;
  /** Why the state was chosen ("“!!!”", "threatens to leave"); stylish shows them, JSON does not. */
  reasons?: string[];
}

export interface Result {
  file: string;
  draft: string | null;
  score: number;
  strengths: string[];
  /** Only when the customer's message is known. */
  customer?: CustomerSummary;
  findings: Finding[];
  /** The decoded source file, for formatters that show lines (not in the JSON shape). */
  source?: string;
}

/** A file that could not be read or parsed; other files are still linted. */
export interface FileError {
  file: string;
  message: string;
  line?: number;
  column?: number;
}

/** What --fix changed (or, with --fix-dry-run, would change) in one file. */
export interface FileFix {
  file: string;
  /** Each applied fix: its rule, where it was, the text before and after. */
  applied: Array<{ ruleId: string; line: number; column: number; from: string; to: string }>;
  /** Fixes left out because they could not be applied safely. */
  skipped: number;
  /** Unified diff of the change. */
  diff: string;
  /** The file was rewritten (false for --fix-dry-run). */
  written: boolean;
}

/** A file left out of the run, with why (binary, ignored, nothing to lint): a note, not an error. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LintReport {
  results: Result[];
  errors: FileError[];
  /** Files skipped with a note on stderr (not in the JSON report). */
  skipped?: SkippedFile[];
  /** The rules that ran, for formats that describe them (SARIF); not in the JSON shape. */
  rules?: readonly RuleMeta[];
  /** Present with --fix / --fix-dry-run: the files fixes changed. */
  fixes?: FileFix[];
}
