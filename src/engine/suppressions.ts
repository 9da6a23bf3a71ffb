import { type Directive, findDirectives } from '../sources/directives.js';
import { formatFor } from '../sources/formats.js';
import type { Draft, Finding } from '../types.js';
import { didYouMean } from '../util/suggest.js';

/** The pseudo-rule id of findings that report a directive which suppressed nothing. */
export const UNUSED_DISABLE = 'unused-disable';

interface Located extends Directive {
  line: number;
  column: number;
  endLine: number;
}

export interface SuppressionOptions {
  /** Report disable directives (or rule ids in them) that suppressed nothing. */
  reportUnused?: boolean;
  /** Every rule id known to the run, to name typos in directives. */
  knownRules?: readonly string[];
}

const directivesBySource = new WeakMap<object, Directive[]>();

/**
 * Drops the findings that suppression directives in the file turn off, finding
 * by finding, by the source line and column where each finding starts. With
 * `reportUnused`, adds a finding for every directive (or rule id in one) that
 * suppressed nothing. Internal errors are never suppressed.
 */
export function applySuppressions(
  draft: Draft,
  findings: readonly Finding[],
  options: SuppressionOptions = {},
): Finding[] {
  const directives = directivesOf(draft);
  if (directives.length === 0) return [...findings];
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    if (f.internal) return true;
    const by = suppressor(directives, f);
    if (!by) return true;
    used.add(usedKey(by, f.ruleId));
    return false;
  });
  if (!options.reportUnused) return kept;
  const unused = unusedFindings(directives, used, options.knownRules);
  if (unused.length === 0) return kept;
  return [...kept, ...unused].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The directives that apply to this draft, located in the source. */
function directivesOf(draft: Draft): Located[] {
  const { origin } = draft;
  let all = directivesBySource.get(origin.lines);
  if (!all) {
    all = findDirectives(origin.source, formatFor(draft.file).name === 'text');
    directivesBySource.set(origin.lines, all);
  }
  if (all.length === 0) return [];
  // A file holding several drafts (a macro collection): each gets the directives in its own range.
  const first = origin.sourceOffset(0);
  const last = origin.sourceOffset(draft.text.length);
  const whole = first === 0 && last === origin.source.length;
  return all
    .filter((d) => whole || (d.start >= first && d.start <= last))
    .map((d) => {
      const at = origin.lines.locate(d.start);
      const end = origin.lines.locate(d.end);
      return { ...d, line: at.line, column: at.column, endLine: end.line };
    });
}

/** The directive that turns this finding off, if any. */
function suppressor(directives: readonly Located[], f: Finding): Located | undefined {
  const names = (d: Located) => d.rules.length === 0 || d.rules.includes(f.ruleId);
  for (const d of directives) {
    if (d.kind === 'disable-line' && d.line <= f.line && f.line <= d.endLine && names(d)) return d;
    if (d.kind === 'disable-next-line' && f.line === d.endLine + 1 && names(d)) return d;
  }
  // Block directives: replay disable/enable up to the finding's position.
  let all: Located | undefined;
  const except = new Set<string>();
  const byRule = new Map<string, Located>();
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    if (d.line > f.line || (d.line === f.line && d.column > f.column)) break;
    if (d.kind === 'disable' && d.rules.length === 0) {
      all = d;
      except.clear();
    } else if (d.kind === 'disable') {
      for (const id of d.rules) {
        byRule.set(id, d);
        except.delete(id);
      }
    } else if (d.rules.length === 0) {
      all = undefined;
      except.clear();
      byRule.clear();
    } else {
      for (const id of d.rules) {
        byRule.delete(id);
        if (all) except.add(id);
      }
    }
  }
  return byRule.get(f.ruleId) ?? (all && !except.has(f.ruleId) ? all : undefined);
}

function usedKey(d: Directive, ruleId: string): string {
  return `${d.start}:${d.rules.length === 0 ? '*' : ruleId}`;
}

function unusedFindings(
  directives: readonly Located[],
  used: ReadonlySet<string>,
  knownRules: readonly string[] | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const ids = d.rules.length === 0 ? ['*'] : d.rules;
    for (const id of ids) {
      if (used.has(`${d.start}:${id}`)) continue;
      let message: string;
      if (id === '*') {
        message = `Unused "replylint-${d.kind}": no finding to suppress here.`;
      } else if (knownRules && !knownRules.includes(id)) {
        message = `Unknown rule "${id}" in "replylint-${d.kind}"${didYouMean(id, knownRules)}.`;
      } else {
        message = `Unused "replylint-${d.kind}" for "${id}": no such finding here.`;
      }
      findings.push({
        ruleId: UNUSED_DISABLE,
        severity: 'warning',
        message,
        hint: 'Remove the directive (or this rule id from it) so real findings are not hidden later.',
        span: { start: 0, end: 0 },
        excerpt: d.text,
        line: d.line,
        column: d.column,
        endLine: d.line,
        endColumn: d.column,
      });
    }
  }
  return findings;
}
