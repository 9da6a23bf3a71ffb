import { beforeAll, describe, expect, it } from 'vitest';
import { analyseCustomer, signatureName } from '../../src/analysis/customer.js';
import { loadNlp } from '../../src/analysis/nlp.js';
import { stem, termKeys } from '../../src/analysis/stems.js';

beforeAll(async () => {
  await loadNlp();
});

describe('analyseCustomer: state', () => {
  it.each([
    ['I have guests this weekend!!! I want a refund.', 'angry'],
    ['THIS IS THE THIRD TIME my order is late', 'angry'],
    ["Won't renew prime if this isn't fixed.", 'angry'],
    ['This is ridiculous, nobody answers the phone.', 'angry'],
    ['I am so frustrated with this app.', 'angry'],
    ["I'm really worried I'll run out of my meds tomorrow.", 'anxious'],
    ['Please help, my flight leaves in two hours 😩', 'anxious'],
    ['Where do I change my password?', 'neutral'],
    ['can you fix the guide data for channel 506 WBIN-TV', 'neutral'],
    ['My order is still listed as processing, any news?', 'neutral'],
  ])('%j reads as %s', (text, state) => {
    expect(analyseCustomer(text).state).toBe(state);
  });

  it('says why', () => {
    expect(analyseCustomer('Worst service ever!!! Cancel my account.').reasons.join(' ')).toMatch(
      /!!!.*threatens to leave|threatens to leave.*!!!/,
    );
  });
});

describe('analyseCustomer: what they want', () => {
  it.each([
    ['My blender stopped working after two weeks.', { complains: true, harmed: false }],
    ['My parcel arrived damaged.', { complains: true, harmed: true }],
    ['My sofa finally came and one of the cushions is ripped.', { complains: true, harmed: true }],
    ['I was charged twice for March.', { complains: true, harmed: true }],
    ['Where do I change my password?', { complains: false, harmed: false, asks: true }],
    ["Why don't you sell chorizo anymore?", { complains: false, asks: false }],
    ['Thanks so much, the oven works perfectly now!', { complains: false, asks: false }],
  ])('%j', (text, expected) => {
    expect(analyseCustomer(text)).toMatchObject(expected);
  });
});

describe('analyseCustomer: key terms', () => {
  it('keeps the content words, as lemmas, without handles, links or feelings', () => {
    const found = analyseCustomer(
      '@shop My oven arrived three days late with a cracked door!!! So frustrating https://t.co/x',
    );
    const lemmas = found.keyTerms.map((k) => k.lemma);
    expect(lemmas).toEqual(expect.arrayContaining(['oven', 'arrive', 'late', 'cracked', 'door']));
    expect(lemmas).not.toContain('shop');
    expect(lemmas).not.toContain('frustrating');
    expect(lemmas.some((l) => l.includes('http'))).toBe(false);
  });

  it('keeps order and flight numbers', () => {
    const lemmas = analyseCustomer('Status of BA0257 please, order 55213').keyTerms.map(
      (k) => k.lemma,
    );
    expect(lemmas).toEqual(expect.arrayContaining(['ba0257', '55213']));
  });

  it('drops stretched words', () => {
    expect(analyseCustomer('please help meeeeee').keyTerms).toEqual([]);
  });

  it('names the topic from the reply side', () => {
    expect(analyseCustomer('My oven arrived with a cracked door.').topic).toBe('your oven');
  });
});

describe('signatureName', () => {
  it.each([
    ['My oven is late.\n\nDana Whitfield', 'Dana Whitfield'],
    ['My oven is late.\n\nThanks,\nOmar', 'Omar'],
    ['My oven is late.\nCheers, Priya', 'Priya'],
    ['My oven is late.\n- Sam', 'Sam'],
    ['Hey @AmericanAir! Rocky here on flight AA2254.', 'Rocky'],
  ])('finds the name in %j', (text, name) => {
    expect(analyseCustomer(text).name).toBe(name);
  });

  it.each([
    'My oven is late. Dana',
    'My oven is late.\n\nThanks!',
    'My oven is late.\n\nHelp',
    'where is my order?\nStill Waiting',
    'I have been waiting for hours.\nUnacceptable.',
  ])('finds none in %j', (text) => {
    expect(analyseCustomer(text).name).toBeUndefined();
  });

  it('reads a closing line without compromise too', () => {
    expect(signatureName('Where is it?\n\nKind regards,\nJo Bloggs')).toBe('Jo Bloggs');
  });
});

describe('stems and synonyms', () => {
  it.each([
    ['delivered', 'delivery'],
    ['deliveries', 'deliver'],
    ['cancelled', 'cancellation'],
    ['refunded', 'refunds'],
    ['charged', 'charges'],
    ['arrived', 'arrival'],
    ['shipped', 'shipping'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['parcel', 'package'],
    ['broken', 'damaged'],
    ['suitcase', 'luggage'],
    ['late', 'delayed'],
  ])('%s and %s share a synonym key', (a, b) => {
    expect(termKeys(a).filter((k) => termKeys(b).includes(k))).not.toEqual([]);
  });

  it('keeps unrelated words apart', () => {
    expect(termKeys('oven').filter((k) => termKeys('door').includes(k))).toEqual([]);
  });
});
