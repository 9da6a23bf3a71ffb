import { closest, distance } from 'fastest-levenshtein';

/** " (did you mean "x"?)" when a candidate is close enough to be a likely typo, else "". */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const best = closestMatch(input, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
}

export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(input, candidates as string[]);
  const limit = Math.max(2, Math.ceil(input.length / 3));
  return distance(input, best) <= limit ? best : undefined;
}
