// The plugin types exported from the package (checked by `npm run typecheck`):
// a code rule needs only id, message and check; data rules take the YAML schema.
import { describe, expect, it } from 'vitest';
import { definePlugin, type Plugin } from '../../src/index.js';

const plugin: Plugin = definePlugin({
  name: 'acme',
  rules: [
    {
      id: 'short-code-rule',
      message: 'Found "{{match}}".',
      check(reply, context) {
        const [first] = reply.words;
        if (first) context.report({ span: first.span, suggestions: [{ text: 'x' }] });
      },
    },
    { id: 'data-rule', kind: 'phrases', message: 'm', phrases: ['x'] },
  ],
  presets: { recommended: { rules: { 'short-code-rule': 'error', 'data-rule': ['warning', {}] } } },
});

describe('Plugin types', () => {
  it('definePlugin returns the plugin as given', () => {
    expect(plugin.name).toBe('acme');
  });
});
