import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { RuleMeta } from '../engine/rule.js';
import type { Finding, LintReport, Severity } from '../types.js';
import type { FormatOptions } from './index.js';
import { relativePath } from './paths.js';

/** SARIF has no "info" level; "note" is its lowest. */
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const SRCROOT = '%SRCROOT%';
const INFORMATION_URI = 'https://www.npmjs.com/package/replylint';

/**
 * SARIF 2.1.0 (valid against the official schema; a test checks it): one run,
 * the rules that ran in `tool.driver.rules`, artifact URIs relative to the
 * working directory (`%SRCROOT%`), 1-based columns in UTF-16 code units.
 */
export function formatSarif(report: LintReport, options: FormatOptions): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

export function toSarif(report: LintReport, options: FormatOptions): Sarif.Log {
  const rules = ruleDescriptors(report, options.rules ?? []);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const artifactIndex = new Map<string, number>();
  const locate = (file: string): Sarif.ArtifactLocation => {
    const uri = artifactUri(file, options.cwd);
    let index = artifactIndex.get(uri);
    if (index === undefined) {
      index = artifacts.length;
      artifactIndex.set(uri, index);
      artifacts.push({ location: { uri, uriBaseId: SRCROOT } });
    }
    return { uri, uriBaseId: SRCROOT, index };
  };

  const results: Sarif.Result[] = [];
  for (const result of report.results) {
    for (const f of result.findings) {
      const location: Sarif.Location = {
        physicalLocation: { artifactLocation: locate(result.file), region: region(f) },
      };
      if (result.draft !== null) location.logicalLocations = [{ name: result.draft }];
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
        level: LEVEL[f.severity],
        message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
        locations: [location],
        ...(f.suggestions?.length && {
          properties: { suggestions: f.suggestions.map((s) => s.text) },
        }),
      });
    }
  }

  const notifications: Sarif.Notification[] = report.errors.map((e) => ({
    level: 'error',
    message: { text: e.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: locate(e.file),
          ...(e.line !== undefined && {
            region: { startLine: e.line, ...(e.column !== undefined && { startColumn: e.column }) },
          }),
        },
      },
    ],
  }));

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'replylint',
            ...(options.version && { version: options.version, semanticVersion: options.version }),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        artifacts,
        results,
        invocations: [
          {
            executionSuccessful: report.errors.length === 0,
            ...(notifications.length && { toolExecutionNotifications: notifications }),
          },
        ],
        properties: {
          scores: report.results.map((r) => ({ file: r.file, draft: r.draft, score: r.score })),
        },
      },
    ],
  };
}

function ruleDescriptors(
  report: LintReport,
  rules: readonly RuleMeta[],
): Sarif.ReportingDescriptor[] {
  const descriptors = rules.map(descriptorOf);
  const known = new Set(rules.map((r) => r.id));
  // Findings of ids no rule describes (e.g. unused suppressions) still get a descriptor.
  for (const result of report.results) {
    for (const f of result.findings) {
      if (known.has(f.ruleId)) continue;
      known.add(f.ruleId);
      descriptors.push({ id: f.ruleId, shortDescription: { text: f.message } });
    }
  }
  return descriptors;
}

function descriptorOf(rule: RuleMeta): Sarif.ReportingDescriptor {
  // As `explain` shows it: the matched words are not known here.
  const hint = rule.hint.replace(/\{\{\s*match\s*\}\}/g, '…').trim();
  const help = [rule.rationale.trim(), hint && `How to rewrite: ${hint}`].filter(Boolean);
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.rationale.trim() && { fullDescription: { text: rule.rationale.trim() } }),
    ...(help.length && { help: { text: help.join('\n\n') } }),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, weight: rule.weight, tags: [rule.category] },
  };
}

function region(f: Finding): Sarif.Region {
  return {
    startLine: f.line,
    startColumn: f.column,
    endLine: f.endLine,
    endColumn: Math.max(1, f.endColumn),
  };
}

/** A relative URI reference: the path relative to cwd, percent-encoded. */
function artifactUri(file: string, cwd: string): string {
  return relativePath(file, cwd).split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
