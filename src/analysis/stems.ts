// Comparing the customer's words with the reply's without tagging the reply:
// both sides go through the same light stemmer ("delivered", "delivery",
// "deliveries" → "deliver"), and support-desk synonyms share a group key
// ("parcel" and "package", "broken" and "damaged"), so a paraphrase counts.

const IRREGULAR: Record<string, string> = {
  broke: 'break',
  broken: 'break',
  sent: 'send',
  paid: 'pay',
  bought: 'buy',
  told: 'tell',
  left: 'leave',
  got: 'get',
  gotten: 'get',
  went: 'go',
  gone: 'go',
  came: 'come',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  made: 'make',
  said: 'say',
  lost: 'lose',
  shown: 'show',
  kept: 'keep',
  stuck: 'stick',
  ran: 'run',
  wrote: 'write',
  written: 'write',
  spoke: 'speak',
  spoken: 'speak',
  children: 'child',
  men: 'man',
  women: 'woman',
  people: 'person',
};

const SUFFIXES: Array<[RegExp, string]> = [
  [/ations?$/, ''],
  [/ments?$/, ''],
  [/ings?$/, ''],
  [/(?<=[^aeiou])ies$/, ''],
  [/(?<=[^aeiou])ied$/, ''],
  [/eries$/, 'er'],
  [/ery$/, 'er'],
  [/edly$/, ''],
  [/ed$/, ''],
  [/(?<=[sxz]|ch|sh)es$/, ''],
  [/(?<!s)s$/, ''],
  [/(?<=[^aeiou])y$/, ''],
  [/(?<=[^aeiou])ion$/, ''],
  [/als?$/, ''],
];

/** A light stem: the same for a word's common inflections and derivations. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  const irregular = IRREGULAR[w];
  if (irregular) return stem(irregular);
  let s = w;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!suffix.test(s)) continue;
    const cut = s.replace(suffix, replacement);
    if (cut.length >= 3) s = cut;
    break;
  }
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  // "cancell" → "cancel", "shipp" → "ship"
  if (s.length > 3 && /([bdfglmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

/** Words a support reply may use for the same thing the customer wrote. */
const SYNONYMS: readonly string[][] = [
  ['parcel', 'package', 'shipment', 'delivery', 'deliver', 'courier', 'ship', 'shipping', 'post'],
  ['refund', 'reimburse', 'reimbursement', 'repay', 'moneyback'],
  ['broken', 'damaged', 'damage', 'cracked', 'crack', 'faulty', 'defective', 'smashed', 'dented'],
  ['late', 'delay', 'delayed', 'overdue', 'lateness'],
  ['charge', 'overcharge', 'bill', 'billing', 'payment', 'pay', 'fee', 'debit', 'price', 'cost'],
  ['login', 'log', 'sign', 'password', 'locked', 'lockout', 'verification', 'code'],
  ['cancel', 'cancellation', 'cancelled', 'canceled'],
  ['outage', 'offline', 'internet', 'connection', 'wifi', 'broadband', 'signal', 'speed', 'mbps'],
  ['missing', 'lost', 'lose', 'disappeared'],
  ['wrong', 'incorrect', 'mistake', 'error', 'mix-up'],
  [
    'flight',
    'plane',
    'flying',
    'fly',
    'depart',
    'departure',
    'boarding',
    'gate',
    'airport',
    'travel',
  ],
  ['app', 'application', 'website', 'site', 'online', 'web'],
  ['wait', 'waiting', 'hold', 'queue'],
  ['rude', 'unhelpful', 'attitude', 'behaviour', 'behavior', 'manner', 'staff', 'employee'],
  ['train', 'service', 'journey', 'rail'],
  ['seat', 'seating', 'seated'],
  ['download', 'install', 'update', 'upgrade'],
  ['crash', 'freeze', 'frozen', 'restart', 'reboot'],
  ['book', 'booking', 'reservation', 'reserve'],
  ['tv', 'channel', 'guide', 'programming', 'game', 'show'],
  ['order', 'purchase', 'buy', 'bought'],
  ['suitcase', 'bag', 'bags', 'luggage', 'baggage', 'case', 'suitcases'],
  ['album', 'song', 'track', 'playlist', 'content', 'music', 'artist'],
  ['card', 'account', 'bank'],
];

let synonymIndex: Map<string, string[]> | undefined;

function synonymsOf(s: string): string[] {
  if (!synonymIndex) {
    synonymIndex = new Map();
    SYNONYMS.forEach((group, i) => {
      for (const word of group) {
        const key = stem(word);
        const groups = synonymIndex?.get(key) ?? [];
        groups.push(`~${i}`);
        synonymIndex?.set(key, groups);
      }
    });
  }
  return synonymIndex.get(s) ?? [];
}

/** The keys a word is compared on: its stem and its synonym groups. */
export function termKeys(word: string): string[] {
  const s = stem(word);
  return [s, ...synonymsOf(s)];
}
