import { type CompiledPhrase, compilePhrases } from '../src/analysis/patterns.js';
import { defineRule } from '../src/engine/rule.js';

/** Default internal terms, with what each means for the customer. */
export const DEFAULT_JARGON: Record<string, string> = {
  RMA: 'a returns number',
  'RMA number': 'a returns number',
  'escalated to L2': 'passed to our specialist team',
  'escalated to tier 2': 'passed to our specialist team',
  'tier 1': 'our first support team',
  'tier 2': 'our specialist team',
  'tier 3': 'our engineering team',
  L1: 'our first support team',
  L2: 'our specialist team',
  L3: 'our engineering team',
  SLA: 'the response time we promise',
  backend: 'our systems',
  'back end': 'our systems',
  'back-end': 'our systems',
  ETR: 'when it will be fixed',
  KBA: 'help article',
  'KB article': 'help article',
  SKU: 'product code',
  OOS: 'out of stock',
  TAT: 'turnaround time',
  P1: 'top priority',
  P2: 'high priority',
  sev1: 'top priority',
  'sev 1': 'top priority',
  RCA: 'our investigation into what went wrong',
  'root cause analysis': 'our investigation into what went wrong',
  hotfix: 'fix',
  JIRA: 'a report to our developers',
  'Jira ticket': 'a report to our developers',
  PNR: 'booking reference',
  RTS: 'returned to us',
  POD: 'proof of delivery',
  DOA: 'faulty on arrival',
  provisioning: 'setting up',
  triaged: 'checked',
  repro: 'reproduce the problem',
  CSAT: 'feedback survey',
};

const compiledByList = new Map<string, { terms: string[]; phrases: CompiledPhrase[] }>();

function compiled(terms: string[]) {
  const key = terms.join('\u0000');
  let found = compiledByList.get(key);
  if (!found) {
    found = { terms, phrases: compilePhrases(terms) };
    compiledByList.set(key, found);
  }
  return found;
}

/** All-caps terms (RMA, SLA) match only as written in capitals: "sla" or "pod" is another word. */
function isAcronym(term: string): boolean {
  return /^[A-Z0-9]+$/.test(term) && /[A-Z]/.test(term);
}

export default defineRule({
  id: 'jargon',
  category: 'clarity',
  severity: 'warning',
  weight: 10,
  description: 'Uses internal terms the customer will not know (RMA, tier 2, SLA, backend…).',
  rationale:
    'Internal words make the customer feel like a case number and hide what is happening to them: "your ticket ' +
    'was escalated to L2" means nothing outside the support team. Say what it means for them: "I\'ve passed this ' +
    'to our specialist team". The list is the `terms` option (a list of words and phrases; all-caps terms match ' +
    'only in capitals), `extra` adds to it, and `allow` removes terms your customers do know.',
  message: '"{{match}}" is internal jargon.',
  hint: 'Say what it means for the customer, in plain words. {{advice}}',
  options: { terms: Object.keys(DEFAULT_JARGON), extra: [], allow: [] },
  examples: {
    fires: [
      'Your ticket has been escalated to L2.',
      'Please use the RMA number on the label.',
      'This is now with our tier 2 team.',
      'Our SLA for this is 48 hours.',
      'There was a problem on the backend, which is fixed now.',
      'The ETR for the outage is 6 pm.',
      'The item is OOS at the moment.',
      'We have raised a P1 with engineering.',
      'A hotfix is being deployed tonight.',
      { text: 'Your case is with the escalations pod.', options: { extra: ['escalations pod'] } },
      'The back-end team is looking at it.',
    ],
    passes: [
      "I've passed this to our specialist team; they'll call you by noon.",
      'Please use the returns number on the label.',
      'We will reply within 48 hours.',
      'The fix is live now.',
      'Your tier of membership stays the same.',
      'The pod arrived on time.',
      {
        text: 'Please use the RMA number on the label.',
        options: { allow: ['RMA', 'RMA number'] },
      },
      { text: 'Our SLA for this is 48 hours.', options: { terms: ['backend'] } },
      'Flight BA0257 to Delhi is on time.',
      'The train to Brighton leaves from platform 2.',
    ],
  },
  check(reply, context) {
    const allow = new Set((context.options.allow as string[]).map((t) => t.toLowerCase()));
    const terms = [
      ...new Set([...(context.options.terms as string[]), ...(context.options.extra as string[])]),
    ].filter((t) => !allow.has(t.toLowerCase()));
    if (terms.length === 0) return;
    const { phrases } = compiled(terms);
    const matches = reply.findPhrases(phrases);
    const taken: Array<{ start: number; end: number }> = [];
    // Longest first, so "escalated to L2" wins over "L2".
    matches.sort(
      (a, b) =>
        b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
    );
    for (const m of matches) {
      const term = terms[m.phrase] as string;
      const written = reply.text.slice(m.span.start, m.span.end);
      if (isAcronym(term) && written !== term) continue;
      if (taken.some((t) => t.start < m.span.end && m.span.start < t.end)) continue;
      taken.push(m.span);
      const plain = DEFAULT_JARGON[term];
      context.report({
        span: m.span,
        data: {
          advice: plain
            ? `"${plain}" instead of "${written}".`
            : `What does "${written}" mean for them?`,
        },
        ...(plain && { suggestions: [{ text: plain }] }),
      });
    }
  },
});
