import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { formatJson } from '../report/json.js';
import { CHANNELS } from '../types.js';
import { ReplylintError } from '../util/errors.js';
import { collectRule, type RuleFlag } from './options.js';
import { type Output, processOutput } from './output.js';

const EXAMPLES = `
Examples:
  $ replylint draft.txt                        lint a draft
  $ pbpaste | replylint -                      lint the clipboard
  $ replylint --name Dana --context msg.txt draft.txt
                                               know the customer's name and message
  $ replylint --channel chat --format json drafts/*.txt
  $ replylint --rule no-name=off draft.txt     turn a rule off for this run
  $ replylint rules                            list the rules
  $ replylint explain blames-customer          why a rule exists, with examples

Exit codes: 0 no errors · 1 error-level findings · 2 usage, config or input problems`;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[], out: Output = processOutput()): Promise<number> {
  const program = buildProgram(out);
  let exitCode = 0;
  program.action(async (files: string[], opts) => {
    // Loaded on demand: --help and --version should not pay for the linter.
    const { lintCommand } = await import('./lint-command.js');
    exitCode = await lintCommand(files, opts, out);
  });
  program
    .command('rules')
    .description('list every rule with its category, severity and weight')
    .option('--format <format>', 'text or json', 'text')
    .action(async (opts: { format: string }) => {
      const { rulesCommand } = await import('./commands.js');
      // The top-level -f/--format takes "--format json" wherever it is written.
      const format = program.opts().format === 'json' ? 'json' : opts.format;
      exitCode = await rulesCommand({ format }, out);
    });
  program
    .command('explain')
    .description("print a rule's rationale, hint and examples")
    .argument('<rule>', 'rule id')
    .action(async (id: string) => {
      const { explainCommand } = await import('./commands.js');
      exitCode = await explainCommand(id, out);
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

function buildProgram(out: Output): Command {
  return new Command('replylint')
    .description('Lint drafted customer-support replies so they de-escalate instead of escalating.')
    .version(pkg.version, '-V, --version')
    .argument('[files...]', "draft files to lint; '-' reads standard input")
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json'])
        .default('stylish'),
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
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => out.stdout(s),
      writeErr: (s) => out.stderr(s),
    });
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
