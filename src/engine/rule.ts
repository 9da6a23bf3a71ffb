import type { Reply } from '../analysis/reply.js';
import type { Channel, Fix, Severity, Span, Suggestion } from '../types.js';

/** An example draft in a rule's docs and tests: plain text, or text with its circumstances. */
export interface RuleExample {
  text: string;
  /** The customer's name, as --name gives it. */
  name?: string;
  channel?: Channel;
  /** The customer's message, as --context gives it. */
  context?: string;
  kind?: 'reply' | 'template';
  /** Rule options for this example. */
  options?: Record<string, unknown>;
  /**
   * What the rule must report on this example, in order (checked by the rule
   * tester): without it, a `fires` example only has to yield some finding.
   */
  findings?: ExpectedFinding[];
}

/** One finding an example expects; every key given must match. */
export interface ExpectedFinding {
  /** The matched words, as in the draft. */
  match?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message?: string;
  hint?: string;
  /** The texts of the finding's suggestions, in order. */
  suggestions?: string[];
}

export type ExampleInput = string | RuleExample;

export interface RuleMeta {
  /** Stable id used in configs, suppressions and reports ("blames-customer", "acme/no-ticket"). */
  id: string;
  /** listen | empathy | resolve | tone | clarity | template, or a plugin's own. */
  category: string;
  /** Default severity. */
  severity: Severity;
  /** Points a finding takes off the draft's score at error level. */
  weight: number;
  /** One line, for `replylint rules`. */
  description: string;
  /** Why it matters, for `replylint explain`. */
  rationale: string;
  /** What a finding says; `{{match}}` is replaced by the matched words. */
  message: string;
  /** How to rewrite; `{{match}}` is replaced by the matched words. */
  hint: string;
  /** Its fixes are mechanical and safe to apply with --fix. */
  fixable?: boolean;
  /** Option defaults; config may override them (`[severity, { ... }]`). */
  options?: Record<string, unknown>;
  examples: { fires: ExampleInput[]; passes: ExampleInput[] };
  /** Where the rule comes from, set by replylint when it loads a rule file or plugin. */
  source?: string;
}

export interface Rule extends RuleMeta {
  check(reply: Reply, context: RuleContext): void;
}

export interface RuleReport {
  span: Span;
  /** Overrides the rule's message for this finding. */
  message?: string;
  /** Overrides the rule's hint for this finding. */
  hint?: string;
  /** Extra `{{key}}` values for the message and hint (`match` is always set). */
  data?: Record<string, string>;
  suggestions?: Suggestion[];
  fix?: Fix;
}

export interface RuleContext {
  /** The rule's options: its defaults merged with config. */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: RuleReport): void;
}

/** Identity helper that gives a code rule its types. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export function exampleOf(input: ExampleInput): RuleExample {
  return typeof input === 'string' ? { text: input } : input;
}
