// Built-in rule files are YAML, inlined at build time (scripts/yaml-module.mjs).
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
