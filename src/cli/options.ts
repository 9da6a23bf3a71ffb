import { SEVERITY_NAMES } from '../config/validate.js';
import type { Rule } from '../engine/rule.js';
import type { SeverityOrOff } from '../types.js';
import { UsageError } from '../util/errors.js';
import { didYouMean } from '../util/suggest.js';

export interface RuleFlag {
  id: string;
  severity: SeverityOrOff;
}

/** Parses one --rule id=severity (ids are checked once the rules are known). */
export function collectRule(value: string, previous: RuleFlag[]): RuleFlag[] {
  const match = /^\s*([^=\s]+)\s*[=:]\s*(\S+)\s*$/.exec(value);
  if (!match)
    throw new UsageError(`--rule "${value}": expected id=severity, e.g. --rule no-name=off`);
  const [, id = '', severity = ''] = match;
  if (!SEVERITY_NAMES.includes(severity)) {
    throw new UsageError(
      `--rule ${value}: unknown severity "${severity}"${didYouMean(severity, SEVERITY_NAMES)}; use ${SEVERITY_NAMES.join(', ')}`,
    );
  }
  return [...previous, { id, severity: severity as SeverityOrOff }];
}

/** --rule flags as overrides, rejecting ids no rule has. */
export function ruleOverrides(
  flags: readonly RuleFlag[],
  rules: readonly Rule[],
): Record<string, SeverityOrOff> {
  const ids = rules.map((r) => r.id);
  const overrides: Record<string, SeverityOrOff> = {};
  for (const flag of flags) {
    if (!ids.includes(flag.id))
      throw new UsageError(`--rule: unknown rule "${flag.id}"${didYouMean(flag.id, ids)}`);
    overrides[flag.id] = flag.severity;
  }
  return overrides;
}
