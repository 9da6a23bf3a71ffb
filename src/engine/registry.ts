import { BUILTIN_RULES } from '../../rules/index.js';
import type { Rule } from './rule.js';

/** Every rule known to this run: the built-ins (plugins and rule folders add to it). */
export function builtinRules(): readonly Rule[] {
  return BUILTIN_RULES;
}
