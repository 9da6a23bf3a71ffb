import type { Reply } from '../../analysis/reply.js';
import type { Span } from '../../types.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';
import {
  type Definition,
  optionalNumber,
  RuleDefinitionError,
  type RuleKind,
  readMeta,
  requireString,
} from './definition.js';

/**
 * `kind: metric` — fires when a measure of the reply is over `max` or under
 * `min`. Quoted text is not counted. `max` and `min` are also the rule's
 * options, so a config can change them: `my-rule: [warning, { max: 200 }]`.
 * Messages and hints can use `{{value}}`, `{{max}}` and `{{min}}`.
 */
export const metricKind: RuleKind = {
  required: ['metric'],
  optional: ['max', 'min'],
  build: metricRule,
};

interface Measure {
  value: number;
  span: Span;
  /** For counts over the whole reply: the part past the first `limit` units. */
  pastLimit?: (limit: number) => Span;
}

interface Metric {
  /** What is measured, for docs and errors. */
  description: string;
  /** A ratio from 0 to 1 rather than a count. */
  ratio?: boolean;
  measure(reply: Reply): Measure[];
}

/** Sentences with fewer words of two letters or more are too short to be shouting. */
const CAPS_MIN_WORDS = 3;

export const METRICS: Record<string, Metric> = {
  characters: {
    description: 'characters in the reply, from its first word to its last',
    measure: (reply) => {
      const words = wordsOf(reply);
      const first = words[0];
      const last = words[words.length - 1];
      if (!first || !last) return [];
      const span = { start: first.start, end: last.end };
      return [
        {
          value: span.end - span.start,
          span,
          pastLimit: (limit) => ({ start: span.start + limit, end: span.end }),
        },
      ];
    },
  },
  words: {
    description: 'words in the reply',
    measure: (reply) => countOf(wordsOf(reply)),
  },
  sentences: {
    description: 'sentences in the reply',
    measure: (reply) =>
      countOf(
        reply.sentences
          .filter((s) => s.words.length > 0 && !reply.isQuoted(s.span))
          .map((s) => s.span),
      ),
  },
  'sentence-words': {
    description: 'words in each sentence',
    measure: (reply) =>
      reply.sentences
        .filter((s) => !reply.isQuoted(s.span))
        .map((s) => ({ value: distinctSpans(s.words.map((w) => w.span)).length, span: s.span })),
  },
  'caps-ratio': {
    description: `share of a sentence's words written in capitals (sentences of ${CAPS_MIN_WORDS}+ words)`,
    ratio: true,
    measure: (reply) =>
      reply.sentences.flatMap((s) => {
        if (reply.isQuoted(s.span)) return [];
        const words = distinctSpans(s.words.map((w) => w.span))
          .map((span) => reply.text.slice(span.start, span.end).replace(/[^\p{L}]/gu, ''))
          .filter((letters) => letters.length >= 2);
        if (words.length < CAPS_MIN_WORDS) return [];
        const caps = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase());
        return [{ value: caps.length / words.length, span: s.span }];
      }),
  },
  exclamations: {
    description: 'exclamation marks in the reply',
    measure: (reply) =>
      countOf(
        [...reply.text.matchAll(/!/g)]
          .map((m) => ({ start: m.index, end: m.index + 1 }))
          .filter((span) => !reply.isQuoted(span)),
      ),
  },
};

export function metricRule(def: Definition): Rule {
  const meta = readMeta(def, metricKind);
  const name = requireString(def, 'metric');
  const metric = METRICS[name];
  if (!metric) {
    const names = Object.keys(METRICS);
    throw new RuleDefinitionError(
      `unknown metric "${name}"${didYouMean(name, names)} (metrics: ${names.join(', ')})`,
      ['metric'],
    );
  }
  const max = optionalNumber(def, 'max');
  const min = optionalNumber(def, 'min');
  if (max === undefined && min === undefined) {
    throw new RuleDefinitionError('a metric rule needs "max", "min" or both', ['max']);
  }
  for (const [key, limit] of [
    ['max', max],
    ['min', min],
  ] as const) {
    if (limit !== undefined && metric.ratio && limit > 1) {
      throw new RuleDefinitionError(`"${key}" of "${name}" is a ratio from 0 to 1`, [key]);
    }
  }
  if (max !== undefined && min !== undefined && min > max) {
    throw new RuleDefinitionError('"min" must not be greater than "max"', ['min']);
  }
  return {
    ...meta,
    options: {
      ...meta.options,
      ...(max !== undefined && { max }),
      ...(min !== undefined && { min }),
    },
    check(reply, context) {
      const limitMax = context.options.max as number | undefined;
      const limitMin = context.options.min as number | undefined;
      for (const m of metric.measure(reply)) {
        const data = {
          value: format(m.value),
          max: limitMax === undefined ? '' : format(limitMax),
          min: limitMin === undefined ? '' : format(limitMin),
        };
        if (limitMax !== undefined && m.value > limitMax) {
          const span = m.pastLimit ? m.pastLimit(Math.floor(limitMax)) : m.span;
          context.report({ span, data });
        } else if (limitMin !== undefined && m.value < limitMin) {
          context.report({ span: m.span, data });
        }
      }
    },
  };
}

/** Words as written (a contraction's two words share one span), outside quoted text. */
function wordsOf(reply: Reply): Span[] {
  return distinctSpans(reply.words.map((w) => w.span)).filter((s) => !reply.isQuoted(s));
}

function distinctSpans(spans: readonly Span[]): Span[] {
  const seen = new Set<number>();
  return spans.filter((s) => !seen.has(s.start) && seen.add(s.start));
}

/** A count over the whole reply; past the limit, the finding covers the surplus. */
function countOf(units: Span[]): Measure[] {
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last) return [];
  return [
    {
      value: units.length,
      span: { start: first.start, end: last.end },
      pastLimit: (limit) => ({ start: (units[limit] ?? last).start, end: last.end }),
    },
  ];
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
