import type { Helpdesk, Placeholder, PlaceholderSyntax, Span } from '../types.js';
import { isNameVariable } from './helpdesks.js';

// Finds template placeholders in a draft's text: helpdesk variables
// ({{…}}, {%…%}, {!…}, <attribute/>), and the fill-in markers people leave in
// drafts ([Customer Name], {customer_name}, %FIRSTNAME%, <NAME>, XXX, TBD).
// They are not prose: the draft text blanks them so tone rules never see them.

const MAX_INNER = 200;

/** Liquid control tags: `{% if … %}` is logic, not a Help Scout variable. */
const LIQUID_TAG =
  /^\s*-?\s*(?:if|elsif|else|endif|unless|endunless|case|when|endcase|for|endfor|assign|capture|endcapture|comment|endcomment|raw|endraw|break|continue|cycle|increment|decrement|liquid|echo|render|include|tablerow|endtablerow)\b/;

const VARIABLE = /^\s*([A-Za-z_$][\w$]*(?:(?:\.[\w$]+)|(?:\[[^\]]*\]))*)\s*/;

/** A fallback written in the placeholder: `| fallback: 'there'`, `| default: "there"`, `|| 'there'`. */
function fallbackIn(rest: string): string | undefined {
  const m =
    /\|\|?\s*(?:(?:fallback|default)\s*[:(]?\s*)?(["'])(.*?)\1/.exec(rest) ??
    /\|\s*(?:fallback|default)\s*[:(]\s*([^\s'")|}]+)/.exec(rest);
  if (!m) return undefined;
  const value = m.length === 3 ? m[2] : m[1];
  return value === undefined || value.trim() === '' ? undefined : value;
}

interface Found {
  span: Span;
  syntax: PlaceholderSyntax;
  variable: string;
  fallback?: string;
  malformed?: string;
}

/**
 * Every placeholder in `text`, in order and without overlaps. `helpdesk`
 * decides whose "user" is the customer when classifying name variables.
 */
export function findPlaceholders(text: string, helpdesk?: Helpdesk): Placeholder[] {
  const found: Found[] = [];
  const taken: Span[] = [];
  const add = (f: Found) => {
    if (taken.some((t) => f.span.start < t.end && t.start < f.span.end)) return;
    taken.push(f.span);
    found.push(f);
  };
  for (const f of braceTags(text)) add(f);
  for (const f of simpleSyntaxes(text)) add(f);
  return found
    .sort((a, b) => a.span.start - b.span.start)
    .map((f) => ({
      span: f.span,
      variable: f.variable,
      kind:
        f.syntax === 'liquid-tag' || f.syntax === 'marker' || !isNameVariable(f.variable, helpdesk)
          ? ('other' as const)
          : ('name' as const),
      syntax: f.syntax,
      text: text.slice(f.span.start, f.span.end),
      ...(f.fallback !== undefined && { fallback: f.fallback }),
      ...(f.malformed !== undefined && { malformed: f.malformed }),
    }));
}

/** `{{ … }}`, `{% … %}` and their unbalanced forms. */
function braceTags(text: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.slice(i, i + 2);
    if (open === '{{' || open === '{%') {
      const triple = open === '{{' && text[i + 2] === '{';
      const close = open === '{{' ? (triple ? '}}}' : '}}') : '%}';
      const innerStart = i + (triple ? 3 : 2);
      const end = text.indexOf(close, innerStart);
      const nextOpen = indexOfAny(text, ['{{', '{%'], innerStart);
      const lineEnd = indexOrEnd(text, '\n', innerStart);
      const stray =
        open === '{{' ? text.slice(innerStart, end < 0 ? lineEnd : end).search(/[{}]/) : -1;
      if (
        end < 0 ||
        end - innerStart > MAX_INNER ||
        (nextOpen >= 0 && nextOpen < end) ||
        stray >= 0
      ) {
        // No closing delimiter: the placeholder runs to the end of its variable.
        const tail = /^\s*[\w.$[\]-]*\s*[}%]?/.exec(text.slice(innerStart, lineEnd))?.[0] ?? '';
        const variable = tail.replace(/[}%\s]/g, '');
        found.push({
          span: { start: i, end: innerStart + tail.length },
          syntax: open === '{{' ? 'double-brace' : 'percent-brace',
          variable,
          malformed: `no closing ${close}`,
        });
        i = innerStart + Math.max(1, tail.length);
        continue;
      }
      const inner = text.slice(innerStart, end);
      let stop = end + close.length;
      let malformed: string | undefined;
      if (!triple && text[stop] === '}' && open === '{{') {
        malformed = 'one closing brace too many';
        stop++;
      }
      found.push({
        ...describeInner(open, inner),
        span: { start: i, end: stop },
        ...(malformed && { malformed }),
      });
      i = stop;
      continue;
    }
    if (text.startsWith('}}', i)) {
      // "}}" with no "{{" before it: "{ticket.id}}" or "ticket.id}}".
      const before = /\{?[\w.$[\]-]+\s*$/.exec(text.slice(Math.max(0, i - MAX_INNER), i));
      const start = before ? i - before[0].length : i;
      found.push({
        span: { start, end: i + 2 },
        syntax: 'double-brace',
        variable: (before?.[0] ?? '').replace(/[{\s]/g, ''),
        malformed: 'no opening {{',
      });
      i += 2;
      continue;
    }
    i++;
  }
  return found;
}

function describeInner(open: string, inner: string): Omit<Found, 'span'> {
  if (open === '{%') {
    if (LIQUID_TAG.test(inner)) {
      return { syntax: 'liquid-tag', variable: inner.trim().split(/\s+/)[0] ?? '' };
    }
    const m = /^\s*([\w.$]+)\s*(?:,\s*fallback\s*=\s*(.*?))?\s*$/.exec(inner);
    if (!m) return { syntax: 'percent-brace', variable: inner.trim(), malformed: 'not a variable' };
    const fallback = m[2]?.trim();
    return {
      syntax: 'percent-brace',
      variable: m[1] as string,
      ...(fallback && { fallback }),
    };
  }
  const m = VARIABLE.exec(inner);
  if (!m) return { syntax: 'double-brace', variable: inner.trim() };
  const rest = inner.slice(m[0].length);
  const fallback = fallbackIn(rest);
  return {
    syntax: 'double-brace',
    variable: m[1] as string,
    ...(fallback !== undefined && { fallback }),
  };
}

/** Words in square brackets that name something to fill in. */
const FILL_IN_WORD =
  /\b(?:name|names|first|surname|number|no|date|time|day|link|url|email|address|amount|price|total|tracking|code|id|reference|ref|phone|agent|customer|reason|timeframe|eta)\b/i;
const FILL_IN_LEAD = /^(?:insert|add|enter|fill|put|type|your|customer|agent|client|user)\b/i;

/** Is the text in square brackets something to fill in? */
function bracketIsFillIn(inner: string): boolean {
  const words = inner.trim().split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  if (!/^[\p{L}][\p{L}\s'’_/#.-]*$/u.test(inner.trim())) return false;
  if (words.length === 1) return FILL_IN_WORD.test(inner) || /^[A-Z_]+_[A-Z_]+$/.test(inner);
  // "[ORDER NUMBER]", "[insert date]", "[Customer Name]"; not a UI label like "[Task Manager]".
  const upper = /^[\p{Lu}\s'’_/#.-]+$/u.test(inner) && /\p{Lu}{2}/u.test(inner);
  return upper || FILL_IN_LEAD.test(inner) || FILL_IN_WORD.test(inner);
}

const COPULA_BEFORE = /\b(?:is|are|was|were|be|been|remains?|still|currently|yet)\s+$/i;

/** The syntaxes that a single regular expression recognises. */
function simpleSyntaxes(text: string): Found[] {
  const found: Found[] = [];
  const each = (
    re: RegExp,
    make: (m: RegExpExecArray) => Omit<Found, 'span'> | null,
    group = 0,
  ) => {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const made = make(m);
      if (!made) continue;
      const start = m.index + (group ? m[0].indexOf(m[group] as string) : 0);
      const length = (m[group] as string).length;
      found.push({ ...made, span: { start, end: start + length } });
    }
  };
  each(/\{!\s*([A-Za-z_$][\w.$]*)\s*(?:,\s*([^}]*))?\}/g, (m) => ({
    syntax: 'salesforce',
    variable: m[1] as string,
    ...(m[2]?.trim() && { fallback: m[2].trim() }),
  }));
  each(/<attribute\s+[^>]*?key\s*=\s*(["'])(.*?)\1[^>]*?\/?>/g, (m) => {
    const fallback = /default\s*=\s*(["'])(.*?)\1/.exec(m[0])?.[2];
    return {
      syntax: 'intercom-attribute',
      variable: m[2] as string,
      ...(fallback && { fallback }),
    };
  });
  each(/\*\|([A-Z0-9_]+)(?::([^|]*))?\|\*/g, (m) => ({
    syntax: 'mailchimp',
    variable: m[1] as string,
    ...(m[2]?.trim() && { fallback: m[2].trim() }),
  }));
  each(/(?<![{\w$])\{([A-Za-z_][\w.]*)\}(?!\})/g, (m) => ({
    syntax: 'single-brace',
    variable: m[1] as string,
  }));
  // "%FIRSTNAME%", not the escapes of a URL ("caf%C3%A9%20au").
  each(/(?<![\w%/=?&.+-])%([A-Za-z][A-Za-z0-9_.]*[A-Za-z_][A-Za-z0-9_.]*)%(?![\w%])/g, (m) => ({
    syntax: 'percent',
    variable: m[1] as string,
  }));
  each(/<([A-Za-z][A-Za-z _'’-]{0,40})>/g, (m) => {
    const inner = (m[1] as string).trim();
    const upper = /^[A-Z][A-Z _'’-]+$/.test(inner) && /[A-Z]{2}/.test(inner);
    return upper ||
      (inner.includes(' ') && bracketIsFillIn(inner)) ||
      /^(?:first[ _]?)?name$/i.test(inner)
      ? { syntax: 'angle', variable: inner }
      : null;
  });
  each(/(?<!!)\[([^\][\n]{1,60})\](?![(:[])/g, (m) =>
    bracketIsFillIn(m[1] as string)
      ? { syntax: 'bracket', variable: (m[1] as string).trim() }
      : null,
  );
  each(/(?<![\p{L}\p{N}])X{3,}(?![\p{L}\p{N}])/gu, () => ({ syntax: 'marker', variable: 'XXX' }));
  each(/(?<![\p{L}\p{N}])(?:TBD|TBC)(?![\p{L}\p{N}])/gu, (m) =>
    COPULA_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
      ? null
      : { syntax: 'marker', variable: m[0] },
  );
  return found;
}

function indexOfAny(text: string, needles: string[], from: number): number {
  let best = -1;
  for (const n of needles) {
    const i = text.indexOf(n, from);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}
