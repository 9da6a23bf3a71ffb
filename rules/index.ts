// The built-in rules: YAML files are data for the shared kinds (src/engine/kinds),
// TypeScript files are rules that need code. A test checks every file here is listed.
import { ruleFromDefinition } from '../src/engine/kinds/index.js';
import type { Rule } from '../src/engine/rule.js';
import apologizesForFeelings from './apologizes-for-feelings.yaml';
import argues from './argues.yaml';
import blamesCustomer from './blames-customer.yaml';
import blamesOthers from './blames-others.yaml';
import citesPolicy from './cites-policy.yaml';
import minimizesFeelings from './minimizes-feelings.yaml';
import noName from './no-name.js';
import overpromise from './overpromise.yaml';
import putsOnHold from './puts-on-hold.yaml';

export const BUILTIN_RULES: readonly Rule[] = [
  ruleFromDefinition(blamesCustomer),
  ruleFromDefinition(apologizesForFeelings),
  ruleFromDefinition(citesPolicy),
  noName,
  ruleFromDefinition(overpromise),
  ruleFromDefinition(putsOnHold),
  ruleFromDefinition(blamesOthers),
  ruleFromDefinition(minimizesFeelings),
  ruleFromDefinition(argues),
];
