import { SEVERITY_NAMES } from '../config/validate.js';
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

/**
 * --rule flags as overrides. Their ids are checked once each config's rules
 * are known (rule folders and plugins add ids), by the config resolver.
 */
export function ruleOverrides(flags: readonly RuleFlag[]): Record<string, SeverityOrOff> {
  const overrides: Record<string, SeverityOrOff> = {};
  for (const flag of flags) overrides[flag.id] = flag.severity;
  return overrides;
}
