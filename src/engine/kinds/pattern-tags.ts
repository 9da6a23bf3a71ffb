import type { Nlp } from '../../analysis/nlp.js';
import { didYouMean } from '../../util/suggest.js';
import { type Definition, RuleDefinitionError, type RuleKind } from './definition.js';

/**
 * compromise silently never matches a #Tag it does not know (#PastTence), so
 * user rules are checked against its tag set when they load (needs compromise
 * loaded: loadNlp()).
 */
export function checkPatternTags(def: Definition, kind: RuleKind, lib: Nlp): void {
  const known = knownTags(lib);
  for (const key of kind.patternKeys ?? []) {
    const patterns = def[key];
    if (!Array.isArray(patterns)) continue;
    patterns.forEach((pattern, i) => {
      if (typeof pattern !== 'string') return;
      for (const tag of tagsOf(lib.parseMatch(pattern))) {
        if (known.has(tag)) continue;
        throw new RuleDefinitionError(
          `"${key}[${i}]": unknown tag "#${tag}"${didYouMean(tag, [...known])} (compromise tags: #Noun, #Verb, #PastTense, #Adjective, …)`,
          [key, i],
        );
      }
    });
  }
}

let tagSet: Set<string> | undefined;
function knownTags(lib: Nlp): Set<string> {
  tagSet ??= new Set(
    Object.keys((lib.model() as { one: { tagSet: Record<string, unknown> } }).one.tagSet),
  );
  return tagSet;
}

/** Every tag a parsed match names, including inside (a|b) choices. */
function tagsOf(regs: unknown): string[] {
  if (Array.isArray(regs)) return regs.flatMap(tagsOf);
  if (typeof regs !== 'object' || regs === null) return [];
  const reg = regs as { tag?: unknown; choices?: unknown };
  return [...(typeof reg.tag === 'string' ? [reg.tag] : []), ...tagsOf(reg.choices)];
}
