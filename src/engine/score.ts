import type { Finding, Severity } from '../types.js';

/** How much of a rule's weight a finding costs at each severity. */
export const SEVERITY_FACTOR: Record<Severity, number> = { error: 1, warning: 0.5, info: 0.2 };
/** Repeats of one rule stop costing after this many findings. */
export const MAX_COUNTED_PER_RULE = 2;

export const BANDS = [
  { min: 85, name: 'ready to send' },
  { min: 60, name: 'review' },
  { min: 0, name: 'rewrite' },
] as const;

/**
 * 100 minus, for each finding, its rule's weight times its severity factor;
 * at most two findings per rule count; floored at 0 and rounded.
 */
export function scoreOf(
  findings: readonly Finding[],
  weightOf: (ruleId: string) => number,
): number {
  const counted = new Map<string, number>();
  let penalty = 0;
  for (const f of findings) {
    if (f.internal) continue;
    const n = counted.get(f.ruleId) ?? 0;
    if (n >= MAX_COUNTED_PER_RULE) continue;
    counted.set(f.ruleId, n + 1);
    penalty += weightOf(f.ruleId) * SEVERITY_FACTOR[f.severity];
  }
  return Math.max(0, Math.round(100 - penalty));
}

export function bandOf(score: number): string {
  return BANDS.find((b) => score >= b.min)?.name ?? 'rewrite';
}
