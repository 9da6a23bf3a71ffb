import { stat } from 'node:fs/promises';
import { listRuleFiles, readRuleFile } from '../plugins/rule-files.js';
import { checkExamples } from '../testing/examples.js';
import { displayPath } from '../util/display-path.js';
import { ReplylintError } from '../util/errors.js';
import type { Output } from './output.js';

/**
 * `replylint test-rules <folders or files...>`: loads YAML rule files exactly
 * as a config's `rulesDirs` would, runs each rule's `fires` and `passes`
 * examples, and prints what passed and what did not. Exit 0 when every rule
 * passed, 1 when one failed (or has no examples), 2 when a file could not be
 * loaded (the others are still tested).
 */
export async function testRulesCommand(paths: string[], out: Output): Promise<number> {
  let loadErrors = 0;
  let rulesFailed = 0;
  let rulesPassed = 0;
  let examplesFailed = 0;
  let examplesPassed = 0;
  for (const file of await ruleFilesOf(paths, out, () => loadErrors++)) {
    let rule: Awaited<ReturnType<typeof readRuleFile>>;
    try {
      rule = await readRuleFile(file);
    } catch (error) {
      if (!(error instanceof ReplylintError)) throw error;
      out.stderr(`replylint: ${error.message}\n`);
      loadErrors++;
      continue;
    }
    const outcomes = await checkExamples(rule);
    const failed = outcomes.filter((o) => !o.ok);
    examplesFailed += failed.length;
    examplesPassed += outcomes.length - failed.length;
    const lines = [displayPath(file)];
    if (outcomes.length === 0) {
      rulesFailed++;
      lines.push(`  ✗ ${rule.id}: no examples (add examples: fires: and passes:)`);
    } else if (failed.length === 0) {
      rulesPassed++;
      const fires = outcomes.filter((o) => o.expected === 'fires').length;
      lines.push(`  ✓ ${rule.id}: ${fires} fires, ${outcomes.length - fires} passes`);
    } else {
      rulesFailed++;
      lines.push(`  ✗ ${rule.id}: ${failed.length} of ${outcomes.length} examples failed`);
      for (const o of failed) {
        lines.push(`      ✗ ${o.expected}: ${JSON.stringify(oneLine(o.text))}`);
        for (const problem of o.problems) lines.push(`          ${problem}`);
      }
    }
    out.stdout(`${lines.join('\n')}\n`);
  }
  const rules = rulesPassed + rulesFailed;
  out.stdout(
    `\n${rules} rule${rules === 1 ? '' : 's'}: ${rulesPassed} passed, ${rulesFailed} failed` +
      `${loadErrors ? `, ${loadErrors} could not be loaded` : ''}\n` +
      `examples: ${examplesPassed} passed, ${examplesFailed} failed\n`,
  );
  if (loadErrors > 0) return 2;
  return rulesFailed > 0 ? 1 : 0;
}

/** The YAML rule files of each folder, and each file given directly. */
async function ruleFilesOf(paths: string[], out: Output, onError: () => void): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) {
      out.stderr(`replylint: ${p}: no such file or folder\n`);
      onError();
    } else if (info.isDirectory()) {
      const found = await listRuleFiles(p);
      if (found.length === 0) {
        out.stderr(`replylint: ${p}: no rule files (*.yaml, *.yml) in this folder\n`);
        onError();
      }
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return files;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
