import path from 'node:path';
import type { EffectiveConfig } from '../config/resolve.js';

/** `--print-config FILE`: the configuration that applies to a file, as JSON. */
export function printConfig(file: string, config: EffectiveConfig, cwd: string): string {
  const active = new Map(config.rules.map((r) => [r.rule.id, r]));
  const rules: Record<string, unknown> = {};
  for (const rule of config.registry.rules) {
    const on = active.get(rule.id);
    if (!on) rules[rule.id] = 'off';
    else if (Object.keys(on.options).length) rules[rule.id] = [on.severity, on.options];
    else rules[rule.id] = on.severity;
  }
  const shown = {
    file,
    configFile: config.filepath ? relative(config.filepath, cwd) : null,
    overrides: config.overrides,
    channel: config.channel,
    ...(config.name !== undefined && { name: config.name }),
    allow: config.allow,
    rules,
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}

function relative(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel.split(path.sep).join('/') : file;
}
