// The built-in rules: YAML files are data for the shared kinds (src/engine/kinds),
// TypeScript files are rules that need code. A test checks every file here is listed.
import { ruleFromDefinition } from '../src/engine/kinds/index.js';
import type { Rule } from '../src/engine/rule.js';
import apologizesForFeelings from './apologizes-for-feelings.yaml';
import blamesCustomer from './blames-customer.yaml';
import brokenPlaceholder from './broken-placeholder.js';
import citesPolicy from './cites-policy.yaml';
import noName from './no-name.js';
import unfilledPlaceholder from './unfilled-placeholder.js';

export const BUILTIN_RULES: readonly Rule[] = [
  ruleFromDefinition(blamesCustomer),
  ruleFromDefinition(apologizesForFeelings),
  ruleFromDefinition(citesPolicy),
  noName,
  unfilledPlaceholder,
  brokenPlaceholder,
];
