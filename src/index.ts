// replylint's programmatic API: the CLI is a thin layer over lint().

export type { MatchedTerm, PatternMatch, PhraseMatch, Reply, Sentence } from './analysis/reply.js';
export type { Word } from './analysis/words.js';
export { exitCodeOf } from './engine/exit-code.js';
export {
  defineRule,
  type ExampleInput,
  type ExpectedFinding,
  type Rule,
  type RuleContext,
  type RuleExample,
  type RuleMeta,
  type RuleReport,
} from './engine/rule.js';
export { BANDS, bandOf, SEVERITY_FACTOR, scoreOf } from './engine/score.js';
export { type LintOptions, lint, lintText } from './lint.js';
export {
  definePlugin,
  type Plugin,
  type PluginCodeRule,
  type PluginPreset,
  type RuleDefinition,
  type RuleSettingInput,
} from './plugins/types.js';
export { formatJson, toJson } from './report/json.js';
export { formatStylish } from './report/stylish.js';
export type * from './types.js';
