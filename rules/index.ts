// The built-in rules: YAML files are data for the shared kinds (src/engine/kinds),
// TypeScript files are rules that need code. A test checks every file here is listed.
// Listed in the catalogue's order: listen, empathy, resolve, tone, clarity.
import { ruleFromDefinition } from '../src/engine/kinds/index.js';
import type { Rule } from '../src/engine/rule.js';
import apologizesForFeelings from './apologizes-for-feelings.yaml';
import argues from './argues.yaml';
import blamesCustomer from './blames-customer.yaml';
import blamesOthers from './blames-others.yaml';
import brokenPlaceholder from './broken-placeholder.js';
import butAfterEmpathy from './but-after-empathy.js';
import citesPolicy from './cites-policy.yaml';
import closedQuestion from './closed-question.js';
import condescending from './condescending.js';
import hedging from './hedging.js';
import jargon from './jargon.js';
import longSentence from './long-sentence.js';
import minimizesFeelings from './minimizes-feelings.yaml';
import noAcknowledgement from './no-acknowledgement.js';
import noEmpathy from './no-empathy.yaml';
import noName from './no-name.js';
import noNextStep from './no-next-step.yaml';
import noThanks from './no-thanks.yaml';
import noWithoutAlternative from './no-without-alternative.js';
import nonApology from './non-apology.js';
import overpromise from './overpromise.yaml';
import passesTheBuck from './passes-the-buck.js';
import publicDetails from './public-details.js';
import pushy from './pushy.js';
import putsOnHold from './puts-on-hold.yaml';
import robotic from './robotic.js';
import shouting from './shouting.js';
import tooLong from './too-long.js';
import unfilledPlaceholder from './unfilled-placeholder.js';
import vagueTimeline from './vague-timeline.js';

export const BUILTIN_RULES: readonly Rule[] = [
  // listen
  noAcknowledgement,
  ruleFromDefinition(noThanks),
  noName,
  // empathy
  ruleFromDefinition(apologizesForFeelings),
  nonApology,
  ruleFromDefinition(noEmpathy),
  butAfterEmpathy,
  // resolve
  ruleFromDefinition(noNextStep),
  vagueTimeline,
  ruleFromDefinition(overpromise),
  passesTheBuck,
  ruleFromDefinition(putsOnHold),
  noWithoutAlternative,
  // tone
  ruleFromDefinition(blamesCustomer),
  ruleFromDefinition(citesPolicy),
  ruleFromDefinition(blamesOthers),
  ruleFromDefinition(minimizesFeelings),
  condescending,
  ruleFromDefinition(argues),
  pushy,
  shouting,
  robotic,
  hedging,
  closedQuestion,
  // clarity
  tooLong,
  longSentence,
  publicDetails,
  jargon,
  // template hygiene
  unfilledPlaceholder,
  brokenPlaceholder,
];
