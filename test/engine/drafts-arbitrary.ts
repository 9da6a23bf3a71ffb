import fc from 'fast-check';

/** Pieces of real support replies, chosen so that most rules get something to chew on. */
const FRAGMENTS = [
  'Hi Dana,',
  'Hello there,',
  'Per our policy, we cannot refund this.',
  'You should have read the terms.',
  'I apologize for any inconvenience this may have caused.',
  "I'm sorry you feel that way.",
  'PLEASE DO NOT REPLY TO THIS EMAIL!!!',
  'Thanks for your patience',
  'Unfortunately there is nothing we can do.',
  "We'll refund you by Friday.",
  'As I said before, the order shipped.',
  'Is there anything else I can help with?',
  'Best regards,\nSam',
  '-- \nSam from Support',
  '> On Monday, Dana wrote:\n> Where is my order???',
  'Your ticket has been escalated to tier 2 per the SLA.',
  'Please be advised that your account is locked.',
  'I completely understand how frustrating this is.',
  'Click https://example.com/help or email help@example.com.',
  '{{ticket.requester.first_name}}',
  '<!-- replylint-disable-next-line no-name -->',
  '# replylint-disable cites-policy',
  'Order #12345 ships on 2024-05-01 at 10:00.',
  'WOW!!! That is GREAT news!!!',
  'ok',
  '🙂👍🏽 👨‍👩‍👧',
  'مرحبا بك، شكرا لك',
  'שלום, תודה רבה',
  '请稍等，我们正在处理。',
  'Ñandú café naïve résumé',
  'e\u0301\u0301\u0301 combining',
  'zero\u200bwidth\u200djoiner\u2028line\u2029para',
  '\t',
  '\u00a0',
];

const SEPARATORS = [' ', '  ', '\n', '\r\n', '\r', '\n\n', '', '!', '?', '...', ','];

/** Arbitrary unicode, including astral characters and lone surrogates. */
export const anyText = fc.string({ unit: 'binary', maxLength: 200 });

/** Realistic sentence fragments mixed with random unicode and odd line endings. */
export function fragments(maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
          { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
          { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
        ),
        fc.constantFrom(...SEPARATORS),
      ),
      { maxLength },
    )
    .map((parts) => parts.map(([text, separator]) => text + separator).join(''));
}

export const draftText = fragments(14);

/** Either kind: most generated drafts look like replies, some are noise. */
export const anyDraft = fc.oneof(
  { weight: 3, arbitrary: draftText },
  { weight: 1, arbitrary: anyText },
);

/** 1-based line and UTF-16 column of an offset, counting \r\n, \r and \n as line breaks. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    const end = m.index + m[0].length;
    if (end > offset) break;
    line++;
    lineStart = end;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A short draft (a few fragments), for runs of thousands. */
export const shortDraft = fc.oneof(
  { weight: 4, arbitrary: fragments(6) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);
