import { describe, expect, it } from 'vitest';
import { BUILTIN_RULES } from '../../rules/index.js';
import { validateConfig } from '../../src/config/validate.js';
import { sourceSettingsFor } from '../../src/sources/settings.js';

const validate = (value: unknown) =>
  validateConfig(value, BUILTIN_RULES, ['replylint:recommended']);

describe('source config keys', () => {
  it('reads formats, templates, collections and helpdesk', () => {
    const data = validate({
      formats: { '*.macro': 'zendesk', '.snippet': 'markdown' },
      templates: 'snippets/**',
      helpdesk: 'freshdesk',
      collections: [{ files: 'kb/*.json', body: 'answer', channel: 'chat' }],
    });
    expect(data).toMatchObject({
      formats: [
        { pattern: '*.macro', format: 'zendesk' },
        { pattern: '.snippet', format: 'markdown' },
      ],
      templates: ['snippets/**'],
      helpdesk: 'freshdesk',
      collections: [{ files: ['kb/*.json'], body: ['answer'], channel: 'chat' }],
    });
  });

  it.each([
    [
      { formats: { '*.x': 'zendsk' } },
      /unknown format "zendsk" \(did you mean "zendesk"\?\)/,
      ['formats', '*.x'],
    ],
    [{ templates: 3 }, /"templates" must be a string or a list/, ['templates']],
    [
      { helpdesk: 'zendes' },
      /helpdesk must be one of .* \(did you mean "zendesk"\?\)/,
      ['helpdesk'],
    ],
    [{ collections: [{ files: 'a' }] }, /needs "body"/, ['collections', 0]],
    [
      { collections: [{ files: 'a', body: 'b', channel: 'fax' }] },
      /channel must be one of/,
      ['collections', 0, 'channel'],
    ],
    [
      { collections: [{ files: 'a', body: 'b', bodyFormat: 'rtf' }] },
      /"bodyFormat" must be/,
      ['collections', 0, 'bodyFormat'],
    ],
  ])('rejects %j with a key path', (config, message, keyPath) => {
    expect(() => validate(config)).toThrow(message);
    try {
      validate(config);
    } catch (e) {
      expect((e as { keyPath: unknown }).keyPath).toEqual(keyPath);
    }
  });

  it('matches globs relative to the config directory, extensions anywhere', () => {
    const config = {
      dir: '/repo',
      formats: [
        { pattern: '*.macro', format: 'zendesk' },
        { pattern: '.snippet', format: 'markdown' },
      ],
      templates: ['snippets/**'],
    };
    expect(sourceSettingsFor('/repo/deep/a.macro', config).format?.name).toBe('zendesk');
    expect(sourceSettingsFor('/elsewhere/b.snippet', config).format?.name).toBe('markdown');
    expect(sourceSettingsFor('/repo/snippets/x/hello.txt', config)).toMatchObject({
      template: true,
    });
    expect(sourceSettingsFor('/repo/hello.txt', config)).toMatchObject({ template: false });
    expect(sourceSettingsFor('/repo/a.csv', config).format).toBeUndefined();
  });
});
