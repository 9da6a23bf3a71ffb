import type { Span } from '../types.js';
import { insideAny } from './quotes.js';
import { type Greeting, isNameWord, isTitle } from './salutation.js';

/** Where the reply addresses the customer by name. */
export interface NameUse {
  text: string;
  span: Span;
  via: 'greeting' | 'vocative' | 'known-name' | 'placeholder';
}

export interface NameInputs {
  text: string;
  greeting: Greeting | null;
  /** The sign-off names the agent, not the customer. */
  signoff: Span | null;
  quoted: readonly Span[];
  /** The customer's name when known (--name, config, the context's signature). */
  knownName?: string | undefined;
  /** Name placeholders of a template ("{{ticket.requester.first_name}}"). */
  namePlaceholders?: readonly Span[];
  /** Part-of-speech tags of the word at a span (tags its sentence on demand). */
  tagsAt?: (span: Span) => ReadonlySet<string>;
}

/** Capitalized words compromise knows as places, organizations or dates are not addresses. */
const NOT_PERSON_TAGS = [
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'Date',
  'Month',
  'WeekDay',
  'Acronym',
  'Verb',
];

/** Words that start a short address before a name: "Thanks Ange.", "Sorry, Davina!" */
const ADDRESS_LEADS =
  /\b(?:thanks|thank you|sorry|welcome|congrats|congratulations|hi|hello|hey|dear|morning|absolutely|of course|no problem|no worries|great news|good news)[ \t]*,?[ \t]+$/i;

/** Capitalized words that commonly follow a comma without naming anyone. */
const NOT_VOCATIVE = new Set(
  (
    'i ok okay yes no please thanks thank regards cheers best inc ltd llc co plc gmbh ' +
    'support team today tomorrow tonight monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october ' +
    'november december again too sir madam everyone all there friend'
  ).split(' '),
);

export function findNameUses(input: NameInputs): NameUse[] {
  const uses: NameUse[] = [];
  const outside = (span: Span) =>
    !insideAny(input.quoted, span) && !(input.signoff && span.start >= input.signoff.start);

  for (const span of input.namePlaceholders ?? []) {
    uses.push({ text: input.text.slice(span.start, span.end), span, via: 'placeholder' });
  }
  if (input.knownName) {
    for (const use of knownNameUses(input.text, input.knownName))
      if (outside(use.span)) uses.push(use);
    return uses;
  }
  if (input.greeting?.name) uses.push({ ...input.greeting.name, via: 'greeting' });
  for (const use of vocatives(input.text)) {
    if (!outside(use.span) || uses.some((u) => u.span.start === use.span.start)) continue;
    const tags = input.tagsAt?.(use.span);
    if (tags && NOT_PERSON_TAGS.some((t) => tags.has(t))) continue;
    uses.push(use);
  }
  return uses.sort((a, b) => a.span.start - b.span.start);
}

/** "Dana Whitfield" is used as "Dana", "Dana Whitfield" or a title with the surname ("Ms Whitfield"). */
function knownNameUses(text: string, knownName: string): NameUse[] {
  const parts = knownName
    .trim()
    .split(/\s+/)
    .filter((p) => !isTitle(p));
  const first = parts[0];
  if (!first) return [];
  const surname = parts.length > 1 ? parts[parts.length - 1] : undefined;
  const alternatives = [escapeRegExp(first)];
  if (surname) alternatives.push(`(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?\\s+${escapeRegExp(surname)}`);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...text.matchAll(pattern)].map((m) => ({
    text: m[0],
    span: { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length },
    via: 'known-name' as const,
  }));
}

/** A capitalized name set off as an address: ", Davina." / "Thanks Ange!" / "Hey, Anthony." */
function vocatives(text: string): NameUse[] {
  const uses: NameUse[] = [];
  const candidate = /(?<=[,] ?|[ \t])(\p{Lu}[\p{L}\p{M}'’-]+)(?=[ \t]*(?:[.!?,]|$))/gmu;
  for (const match of text.matchAll(candidate)) {
    const word = match[1] as string;
    const start = match.index ?? 0;
    if (!isNameWord(word) || NOT_VOCATIVE.has(word.toLowerCase())) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const afterComma = /,[ \t]*$/.test(before);
    const afterLead = ADDRESS_LEADS.test(before);
    if (!afterComma && !afterLead) continue;
    // ", Paris and London." is a list, not an address: the word must end its clause.
    const next = text.slice(start + word.length).match(/^[ \t]*([.!?,]|$)/m);
    if (!next) continue;
    uses.push({ text: word, span: { start, end: start + word.length }, via: 'vocative' });
  }
  return uses;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
