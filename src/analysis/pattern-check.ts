/**
 * Mistakes in compromise match patterns that compromise accepts silently but
 * that make a pattern miss. Its matcher takes the first alternative of a
 * `(a|b)` group that fits and never backtracks, so in `(a|a few) minutes` the
 * `a few` branch can never match "a few minutes"; and groups nested inside an
 * alternation are not supported. Used by the tests over the built-in rules.
 */
export function patternProblems(source: string): string[] {
  // A /regex/ term has its own parentheses.
  const pattern = source.replace(/(^|\s)\S*\/\S*\/\S*(?=\s|$)/g, (term) =>
    term.replace(/[()|]/g, ' '),
  );
  const problems: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '(') {
      if (depth === 0) start = i;
      else problems.push(`nested group at column ${i + 1}: compromise cannot match it`);
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth === 0 && start >= 0) problems.push(...shadowed(pattern.slice(start + 1, i)));
    }
  }
  return problems;
}

/** Alternatives that an earlier, shorter alternative hides: `a` before `a few`. */
function shadowed(group: string): string[] {
  const alternatives = group.split('|').map((a) => a.trim().split(/\s+/));
  const problems: string[] = [];
  alternatives.forEach((later, j) => {
    for (let i = 0; i < j; i++) {
      const earlier = alternatives[i] ?? [];
      if (earlier.length < later.length && earlier.every((w, k) => w === later[k])) {
        problems.push(
          `"${later.join(' ')}" can never match: "${earlier.join(' ')}" comes first in (${group})`,
        );
        return;
      }
    }
  });
  return problems;
}
