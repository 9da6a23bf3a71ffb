import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MODULE_NAME, SEARCH_PLACES } from '../config/load.js';
import { UsageError } from '../util/errors.js';
import type { Output } from './output.js';

export const STARTER_FILE = '.replylintrc.yaml';

export const STARTER_CONFIG = `# replylint configuration (see "Configuration" in replylint's README).
# It applies to drafts in this folder and below; a config file nearer a draft wins.

# Presets to start from: replylint:recommended turns on every rule at its default severity.
extends: replylint:recommended

# Where replies are sent unless an override below says otherwise: email, chat, social, sms.
channel: email

# Per-rule settings: off, info, warning or error, or [severity, { options }].
rules: {}
#   no-name: warning
#   cites-policy: error

# Phrases your team accepts: a finding inside one is not reported.
# A list applies to every rule; a mapping names the rules ("*" for all).
# allow:
#   - unfortunately

# Settings for some files only. Globs are relative to this file; later overrides win.
overrides:
  - files: ["macros/social/**", "**/*.social.txt"]
    channel: social
  - files: ["macros/chat/**"]
    channel: chat
    # rules:
    #   no-name: off
`;

/** `replylint init`: writes a commented starter config; never overwrites an existing one. */
export async function initCommand(cwd: string, out: Output): Promise<number> {
  const existing = existingConfig(cwd);
  if (existing) {
    throw new UsageError(`init: ${existing} already holds a replylint config; not overwriting it`);
  }
  const target = path.join(cwd, STARTER_FILE);
  try {
    // 'wx': fail rather than overwrite, even if the file appeared a moment ago.
    await writeFile(target, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError(
      e.code === 'EEXIST'
        ? `init: ${STARTER_FILE} already exists; not overwriting it`
        : `init: cannot write ${STARTER_FILE}: ${e.message}`,
    );
  }
  out.stderr(
    `replylint: wrote ${STARTER_FILE}; run \`replylint --print-config <draft>\` to see what applies\n`,
  );
  return 0;
}

function existingConfig(cwd: string): string | undefined {
  for (const place of SEARCH_PLACES) {
    const file = path.join(cwd, place);
    if (!existsSync(file)) continue;
    if (place !== 'package.json') return place;
    try {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (pkg[MODULE_NAME] !== undefined) return 'package.json ("replylint" key)';
    } catch {
      // An unreadable package.json holds no config we could overwrite.
    }
  }
  return undefined;
}
