import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { formatJson } from '../report/json.js';
import { FORMAT_NAMES } from '../report/names.js';
import { CHANNELS, SEVERITIES } from '../types.js';
import { ReplylintError } from '../util/errors.js';
import { collectRule, type RuleFlag } from './options.js';
import { type Output, processOutput } from './output.js';

export { nlpLoaded } from '../analysis/nlp.js';

const EXAMPLES = `
Examples:
  $ replylint draft.txt                        lint a draft
  $ replylint macros/                          lint every reply in a macro repository
  $ replylint 'macros/**/*.json' --ignore-pattern 'macros/archive/**'
  $ pbpaste | replylint -                      lint the clipboard
  $ replylint --name Dana --context msg.txt draft.txt
                                               know the customer's name and message
  $ replylint --channel chat --format json drafts/*.txt
  $ replylint --rule no-name=off draft.txt     turn a rule off for this run
  $ replylint --format github --max-warnings 0 macros/*.txt
                                               annotate a pull request; fail on any warning
  $ replylint --format sarif -o replylint.sarif macros/*.txt
                                               write SARIF, show the usual report too
  $ cat x.md | replylint --stdin-filename macros/x.md
                                               piped input, linted as that file
  $ replylint --fix-dry-run drafts/*.txt       show what --fix would change
  $ replylint init                             write a starter .replylintrc.yaml
  $ replylint rules                            list the rules
  $ replylint explain blames-customer          why a rule exists, with examples
  $ replylint test-rules ./style               run the examples of your own YAML rules

Exit codes: 0 nothing over the thresholds · 1 error-level findings (or over --fail-on,
--max-warnings, --min-score) · 2 usage, config or input problems`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], out: Output = processOutput()): Promise<number> {
  const program = buildProgram(out);
  let exitCode = 0;
  program.action(async (files: string[], opts) => {
    // Loaded on demand: --help and --version should not pay for the linter.
    const { lintCommand } = await import('./lint-command.js');
    exitCode = await lintCommand(files, opts, out, argv);
  });
  // `rules` and `explain` load the config of the working directory (its rule
  // folders and plugins add rules), so they take -c/--config and --no-config too.
  program
    .command('rules')
    .description('list every rule the config knows, with its category, severity and weight')
    .option('--format <format>', 'text or json', 'text')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--no-config', 'ignore config files (built-in rules only)')
    .action(async (opts: { format: string; config?: string | boolean }, command: Command) => {
      const { rulesCommand } = await import('./commands.js');
      exitCode = await rulesCommand({ ...opts, config: configFlag(opts, command) }, out);
    });
  program
    .command('init')
    .description('write a commented starter .replylintrc.yaml (never overwrites a config)')
    .action(async () => {
      const { initCommand } = await import('./init.js');
      exitCode = await initCommand(process.cwd(), out);
    });
  program
    .command('explain')
    .description("print a rule's rationale, hint and examples")
    .argument('<rule>', 'rule id, e.g. blames-customer or acme/no-competitor-names')
    .option('-c, --config <file>', 'use this config file instead of searching for one')
    .option('--no-config', 'ignore config files (built-in rules only)')
    .action(async (id: string, opts: { config?: string | boolean }, command: Command) => {
      const { explainCommand } = await import('./commands.js');
      exitCode = await explainCommand(id, { config: configFlag(opts, command) }, out);
    });
  program
    .command('test-rules')
    .description('run the fires/passes examples of YAML rule files (folders or files)')
    .argument('<paths...>', 'folders of *.yaml rules, or rule files')
    .action(async (paths: string[]) => {
      const { testRulesCommand } = await import('./test-rules-command.js');
      exitCode = await testRulesCommand(paths, out);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    const code = handleError(error, argv.includes('--debug'), out);
    if (wantsJson(argv))
      out.stdout(formatJson({ results: [], errors: [{ file: '', message: errorMessage(error) }] }));
    return code;
  }
}

/** A subcommand's -c/--config or --no-config, else the one given before it. */
function configFlag(
  opts: { config?: string | boolean },
  command: Command,
): string | false | undefined {
  const own = opts.config;
  if (own !== undefined && own !== true) return own;
  const parent = command.parent?.opts().config as string | boolean | undefined;
  return parent === true ? undefined : parent;
}

function buildProgram(out: Output): Command {
  return (
    new Command('replylint')
      // Options after a subcommand belong to it (`replylint rules --format json`).
      .enablePositionalOptions()
      .description(
        'Lint drafted customer-support replies so they de-escalate instead of escalating.',
      )
      .version(pkg.version, '-V, --version')
      .argument('[files...]', "files, directories or globs to lint; '-' reads standard input")
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices([...FORMAT_NAMES])
          .default('stylish'),
      )
      .option(
        '-o, --output-file <file>',
        'write the report (in --format) to a file; the terminal still gets stylish',
      )
      .option('--name <name>', "the customer's name (the reply should use it)")
      .addOption(
        new Option('--channel <channel>', 'where the reply is sent (default: email)').choices([
          ...CHANNELS,
        ]),
      )
      .option('--context <file>', "a file holding the customer's message")
      .option('-c, --config <file>', 'use this config file instead of searching for one')
      .option('--no-config', 'ignore config files')
      .option(
        '--rule <id=severity>',
        'set a rule to off, info, warning or error (repeatable)',
        (value: string, previous: RuleFlag[]) => collectRule(value, previous),
        [] as RuleFlag[],
      )
      .option(
        '--ignore-pattern <pattern>',
        'leave out files matching this pattern (gitignore syntax; repeatable)',
        (value: string, previous: string[]) => [...previous, value],
        [] as string[],
      )
      .option(
        '--no-error-on-unmatched-pattern',
        'do not fail when a path or glob matches no lintable file',
      )
      .option('-q, --quiet', 'report errors only')
      .addOption(
        new Option(
          '--fail-on <severity>',
          'lowest severity that fails the run (default: error)',
        ).choices([...SEVERITIES]),
      )
      .option('--max-warnings <n>', 'fail when there are more warnings than this', count)
      .option('--min-score <n>', 'fail when any draft scores below this (0-100)', score)
      .option('--stdin-filename <path>', "the path standard input ('-') stands for")
      .option('--report-unused-disable', 'report suppression directives that suppress nothing')
      .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
      .option('--fix', 'apply the fixes of fixable rules to the files (atomically)')
      .option('--fix-dry-run', 'print the fixes as a unified diff; write nothing')
      .option(
        '--cache',
        'only re-lint files that changed since the last run; replay an unchanged run',
      )
      .option('--cache-location <path>', 'cache file or folder (default: .replylintcache)')
      .option(
        '--concurrency <n>',
        "worker threads: 'auto' (one per core above 300 files on 2 cores, 100 on more) or a number",
        concurrency,
        'auto' as const,
      )
      .option(
        '--timeout <ms>',
        'time budget per draft in milliseconds; a draft over it is reported (0: no limit)',
        count,
        10_000,
      )
      .option('--color', 'force colour')
      .option('--no-color', 'no colour (also NO_COLOR=1)')
      .option('--debug', 'show stack traces for internal errors')
      .addHelpText('after', EXAMPLES)
      .showSuggestionAfterError(true)
      .exitOverride()
      .configureOutput({
        writeOut: (s) => out.stdout(s),
        writeErr: (s) => out.stderr(s),
      })
  );
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

function concurrency(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new InvalidArgumentError("expected 'auto' or a whole number, 1 or more");
  }
  return Number(value);
}

function score(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n > 100) {
    throw new InvalidArgumentError('expected a score from 0 to 100');
  }
  return n;
}

/** With --format json, stdout stays valid JSON even when the run fails. */
function wantsJson(argv: string[]): boolean {
  return argv.some(
    (a, i) =>
      a === '--format=json' ||
      a === '-fjson' ||
      ((a === '--format' || a === '-f') && argv[i + 1] === 'json'),
  );
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error: /, '').split('\n')[0] ?? message;
}

function handleError(error: unknown, debug: boolean, out: Output): number {
  if (error instanceof CommanderError) {
    // --help and --version end here with exit code 0; usage errors are already printed.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof ReplylintError) {
    out.stderr(`replylint: ${error.message}\n`);
    if (debug) out.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const e = error as Error;
  out.stderr(`replylint: internal error: ${e?.message ?? String(error)}\n`);
  out.stderr(debug ? `${e?.stack}\n` : 'Run again with --debug for details.\n');
  return 2;
}
