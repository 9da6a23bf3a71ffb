// Generates a deterministic corpus of realistic support-reply drafts for the
// benchmark: the same seed always gives the same files. Drafts mix channels,
// good and bad moves, and run 30–250 words.
//   node scripts/corpus.mjs [--count 2000] [--seed 42] [--out DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a tiny seeded PRNG, so the corpus is identical on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Dana',
  'Priya',
  'Marcus',
  'Leo',
  'Aisha',
  'Tomás',
  'Mei',
  'Olu',
  'Hannah',
  'Jonas',
  'Ruth',
  'Sven',
];
const AGENTS = ['Sam', 'Jordan', 'Alex', 'Maria', 'Kofi', 'Lena'];
const ITEMS = [
  'oven',
  'order',
  'parcel',
  'subscription',
  'router',
  'booking',
  'refund',
  'phone',
  'sofa',
  'invoice',
];
const PROBLEMS = [
  'arrived three days late',
  'came with a cracked door',
  'was charged twice',
  'stopped working after a week',
  'never showed up',
  'was cancelled without notice',
  'shows the wrong price',
  'keeps dropping the connection',
];
const TIMES = [
  'by 5 pm today',
  'by Thursday',
  'within 24 hours',
  'tomorrow morning',
  'on Monday',
  'within 3 working days',
];

const GOOD = [
  'Thank you for letting us know about the {item}.',
  "I'm so sorry your {item} {problem}; that's not the service you should get from us.",
  'I can only imagine how frustrating it has been to chase this.',
  "That's our mistake, and I want to put it right.",
  "I've arranged a replacement and it will reach you {time}.",
  "I've refunded the delivery charge, so you'll see it {time}.",
  "I'll email you the tracking link as soon as it's ready.",
  'If you would prefer a refund instead, just reply and I will process it straight away.',
  'You can choose between a replacement and a full refund, whichever suits you best.',
  'Thanks for your patience while we looked into it.',
];
const BAD = [
  'You should have read the instructions before using the {item}.',
  'Per our policy, we cannot refund a {item} that has been used.',
  "I'm sorry you feel that way about the {item}.",
  'As you were told, the fee is non-refundable.',
  'Please calm down, it is not a big deal.',
  'We apologize for any inconvenience this may have caused.',
  "We'll get back to you soon.",
  "That's not my department, so you'll have to contact the courier.",
  'Obviously the {item} needs to be charged first.',
  'You need to send us the receipt again.',
  'We CANNOT do that!!!',
  'Please be advised that your request has been noted.',
  'Actually, that is not true.',
  'Is there a problem with your {item}?',
  'I think maybe we might possibly be able to look at it.',
];
const FILLER = [
  'I checked the account history this morning.',
  'The warehouse confirmed the {item} left on time.',
  'Our team looked at the logs from last week.',
  'The courier scanned it at the depot on Tuesday.',
  'I can see the payment on our side as well.',
  'Your order number is on the confirmation email.',
  'The settings page has a reset option near the bottom.',
];

const CHANNELS = [
  { name: 'email', weight: 0.45, words: [90, 250] },
  { name: 'chat', weight: 0.25, words: [30, 70] },
  { name: 'social', weight: 0.2, words: [30, 50] },
  { name: 'sms', weight: 0.1, words: [30, 40] },
];

/** The item whose cumulative weight first exceeds `r` (0 ≤ r < 1). */
function weightedPick(items, r) {
  let rest = r;
  for (const item of items) {
    rest -= item.weight;
    if (rest < 0) return item;
  }
  return items[0];
}

export function generateCorpus({ count = 2000, seed = 42 } = {}) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const fill = (s) =>
    s
      .replace('{item}', pick(ITEMS))
      .replace('{problem}', pick(PROBLEMS))
      .replace('{time}', pick(TIMES));
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const channel = weightedPick(CHANNELS, random());
    const [min, max] = channel.words;
    const target = min + Math.floor(random() * (max - min + 1));
    const badness = random();
    const sentences = [];
    let words = 0;
    while (words < target) {
      const source = random() < badness * 0.6 ? BAD : random() < 0.7 ? GOOD : FILLER;
      const sentence = fill(pick(source));
      sentences.push(sentence);
      words += sentence.split(/\s+/).length;
    }
    const name = random() < 0.7 ? pick(NAMES) : null;
    const greeting = name ? `Hi ${name},` : random() < 0.5 ? 'Hello,' : 'Hi there,';
    let text;
    if (channel.name === 'email') {
      const paragraphs = [];
      for (let k = 0; k < sentences.length; k += 3)
        paragraphs.push(sentences.slice(k, k + 3).join(' '));
      text = `${greeting}\n\n${paragraphs.join('\n\n')}\n\nBest,\n${pick(AGENTS)}\n`;
    } else if (channel.name === 'social') {
      text = `@customer${1000 + i} ${sentences.join(' ')} ^${pick(AGENTS).slice(0, 2).toUpperCase()}\n`;
    } else {
      text = `${name ? `${name}, ` : ''}${sentences.join(' ')}\n`;
    }
    drafts.push({
      file: `${String(i + 1).padStart(4, '0')}-${channel.name}.txt`,
      channel: channel.name,
      text,
    });
  }
  return drafts;
}

/** Writes the corpus to `out` and returns the file paths. */
export function writeCorpus(out, options) {
  mkdirSync(out, { recursive: true });
  return generateCorpus(options).map((d) => {
    const file = path.join(out, d.file);
    writeFileSync(file, d.text);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const out = arg('out', path.join(os.tmpdir(), 'replylint-corpus'));
  const files = writeCorpus(out, {
    count: Number(arg('count', 2000)),
    seed: Number(arg('seed', 42)),
  });
  console.log(`${files.length} drafts in ${out}`);
}
