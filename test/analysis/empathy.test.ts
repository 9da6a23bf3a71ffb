import { describe, expect, it } from 'vitest';
import { empathyStatements } from '../../src/analysis/empathy.js';
import { replyOf } from '../helpers/reply.js';

describe('empathyStatements', () => {
  // Alternatives are listed longest first ("must have" before "must"):
  // compromise's matcher takes the first that fits (test/rules/patterns.test.ts).
  it.each([
    'That must have been so frustrating.',
    'That must be really stressful.',
    'No one wants to wait that long for a parcel.',
  ])('finds empathy in %j', async (text) => {
    expect(empathyStatements(await replyOf(text))).toHaveLength(1);
  });

  it('finds none in a plain update', async () => {
    expect(empathyStatements(await replyOf('The parcel left the depot this morning.'))).toEqual([]);
  });
});
