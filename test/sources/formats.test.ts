import { describe, expect, it } from 'vitest';
import {
  FORMAT_NAMES,
  formatByExtension,
  formatFor,
  formatNamed,
} from '../../src/sources/formats.js';
import { draftsFromText } from '../../src/sources/index.js';

const defaults = { channel: 'email', kind: 'reply' } as const;

describe('formats', () => {
  it('claim files by their longest ending; plain text when none does', () => {
    expect(formatByExtension('macros/refund.reply.yaml')?.name).toBe('conversation');
    expect(formatByExtension('macros/all.YAML')?.name).toBe('collection');
    expect(formatByExtension('notes.md')?.name).toBe('markdown');
    expect(formatByExtension('Makefile')).toBeUndefined();
    expect(formatFor('Makefile').name).toBe('text');
  });

  // The names config may give (sources/formats.ts) and the readers (sources/index.ts)
  // live in two modules: every name must have a reader.
  it.each(FORMAT_NAMES)('%s has a reader', (name) => {
    // A reader may refuse this text (not its kind of file), but not for want of a reader.
    const read = () => draftsFromText('x', '{}', defaults, formatNamed(name));
    expect(read).not.toThrow(/no reader/);
  });
});
