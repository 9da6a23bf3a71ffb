import { type NlpTerm, nlp } from './nlp.js';
import { isNameWord, isTitle } from './salutation.js';
import { termKeys } from './stems.js';

// The customer's message (--context): parsed once per distinct text, with its
// own full compromise parse, for what the reply should answer: the key words of
// the problem, the customer's name from their sign-off, and how upset they are.

import type { CustomerState } from '../types.js';

export type { CustomerState } from '../types.js';

export interface KeyTerm {
  /** As the customer wrote it. */
  text: string;
  /** compromise's root form ("arrived" → "arrive"). */
  lemma: string;
  /** Stem and synonym keys the reply's words are compared on. */
  keys: string[];
}

export interface CustomerMessage {
  text: string;
  state: CustomerState;
  /** Why the state was chosen: "“!!!”", "threatens to leave", … */
  reasons: string[];
  /** From their sign-off ("Thanks,\nDana"), or "Rocky here" / "my name is …". */
  name?: string;
  /** Content words of the message (nouns, verbs, problem adjectives, numbers). */
  keyTerms: KeyTerm[];
  /** Reports something wrong (or is upset). */
  complains: boolean;
  /** Asks for something to be done or answered. */
  asks: boolean;
  /** Something happened to them: broken, late, lost, charged twice, cancelled, treated rudely. */
  harmed: boolean;
  /** A short phrase for what it is about, from the reply's side: "your oven". */
  topic?: string;
}

const cache = new Map<string, CustomerMessage>();
const CACHE_LIMIT = 64;

/** Analyses the customer's message (once per distinct text). */
export function analyseCustomer(text: string): CustomerMessage {
  let found = cache.get(text);
  if (!found) {
    found = analyse(text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, found);
  }
  return found;
}

function analyse(text: string): CustomerMessage {
  const body = withoutNoise(text).replace(/[’‘]/g, "'");
  const doc = nlp()(body) as unknown as TaggedDoc;
  doc.compute('root');
  const terms = doc.docs.flat() as NlpTerm[];
  const { state, reasons } = stateOf(text);
  const keyTerms = keyTermsOf(terms);
  const complains = state !== 'neutral' || PROBLEM.test(body);
  // A bare "why…?" is answered by the explanation; asking for something to be done needs a next step.
  const asks = REQUEST.test(body) || complains;
  const harmed = HARM.test(body);
  const name = signatureName(text, terms);
  const topic = topicOf(doc, keyTerms);
  return {
    text,
    state,
    reasons,
    ...(name !== undefined && { name }),
    keyTerms,
    complains,
    asks,
    harmed,
    ...(topic !== undefined && { topic }),
  };
}

interface TaggedDoc {
  docs: NlpTerm[][];
  compute(method: string): void;
  nouns(): { out(format: 'array'): string[] };
}

/** Handles, links and hashtags' # are not words of the problem. */
function withoutNoise(text: string): string {
  return (
    text
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/(^|[\s.(])@\w+/g, '$1 ')
      .replace(/#(\w)/g, '$1')
      // "catch...flight delayed": dots run words together.
      .replace(/(?:\.{2,}|…)/g, '. ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

// ---- state ----------------------------------------------------------------

const THREAT =
  /\b(?:cancel(?:l?ing)? (?:my|our|the) (?:account|subscription|service|membership|contract|plan)|close my account|switch(?:ing)? (?:to|providers?|over)|take my (?:business|money) elsewhere|(?:lost|losing) (?:me|a customer)|won'?t (?:renew|be (?:back|returning|using|ordering|shopping|flying|buying))|never (?:again|(?:be )?(?:using|use|shop|shopping|order|ordering|fly|flying|buy|buying|book|booking) (?:with|from|here|you))|not (?:going to|gonna) (?:choose|use|buy|shop|fly|renew|order)|done with (?:you|this company)|(?:leave|leaving) (?:you|for another)|don'?t want to be a customer|(?:find|finding) (?:a |another )?(?:new )?(?:provider|company|bank|airline)|(?:report|reporting) you|legal action|lawyer|solicitor|chargeback|ombudsman|trading standards|\bbbb\b)/i;
const STRONG_WORDS =
  /\b(?:furious|livid|outraged|unacceptable|ridiculous|disgusting|disgraceful|appalling|atrocious|pathetic|useless|incompetent|incompetency|incompetance|incompetancy|worst|terrible|horrible|awful|shocking|outrageous|shady|scam(?:med|mers?)?|rip[- ]?off|joke|nonsense|sick (?:and tired )?of|fed up|had enough|pissed|wtf|bs|bullshit|fuck\w*|shit\w*|crap|damn|hell|suck|sucks|hate|liars?|lied|insulting|nuts|absurd|seriously\?)\b/i;
const MILD_WORDS =
  /\b(?:frustrat\w*|annoy\w*|angry|mad|upset|disappoint\w*|unhappy|dissatisfied|irritat\w*|rude|fuming|not happy|not impressed|not good enough|come on|still (?:waiting|not|no|nothing|haven'?t|hasn'?t)|(?:three|four|five|several|multiple|many|\d+) times|no (?:one|response|reply|answer)|nobody|been waiting|on hold for|yet again|once again)\b/i;
const ANXIOUS_WORDS =
  /\b(?:worried|worry(?:ing)?|anxious|nervous|scared|afraid|panic\w*|stress(?:ed|ful)?|urgent(?:ly)?|emergency|asap|desperate(?:ly)?|stranded|deadline|(?:please|pls|plz|someone|somebody) help|help me (?:please|pls|plz)|help me!|need (?:it|this|help|them) (?:today|now|urgently|asap|by)|as soon as possible|can'?t afford|bills? to pay|what (?:do|should|can) i do|(?:my|our) (?:wedding|funeral|exam|interview|surgery|rent|mortgage))\b/iu;
const ANGRY_EMOJI = /[😡🤬😤👿💢😠🖕]/u;
const ANXIOUS_EMOJI = /[😩😭😰😟😢🙏😫😨😥]/u;
const NOT_SHOUTING = new Set(
  'ok okay usa uk eu us id pin atm sms dm tv pc ios os usb hdmi gps faq etr eta asap fyi lol omg wtf bbb pdf nyc la ceo vip nhs tsa aa ba ua ups dhl uk tsb hsbc ee bt ps4 ps5 xbox wifi api url vpn'.split(
    ' ',
  ),
);

function stateOf(text: string): { state: CustomerState; reasons: string[] } {
  const body = text
    .replace(/[’‘]/g, "'")
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/#(\w)/g, '$1');
  const strong: string[] = [];
  const mild: string[] = [];
  const anxious: string[] = [];
  const caps = (body.match(/\b\p{Lu}{3,}\b/gu) ?? []).filter(
    (w) => !NOT_SHOUTING.has(w.toLowerCase()),
  );
  // One capitalized word is as often a name or a code (WBIN, AA2254) as a shout.
  if (caps.length >= 2) strong.push(`writes in capitals (“${caps.slice(0, 2).join(' ')}”)`);
  const marks = /[!?]*!{2,}[!?]*|\?{3,}|\?!|!\?/.exec(body);
  if (marks) strong.push(`“${marks[0]}”`);
  else if ((body.match(/!/g) ?? []).length >= 2) mild.push('exclamations');
  else if (/\?\?/.test(body)) mild.push('“??”');
  const threat = THREAT.exec(body);
  if (threat) strong.push(`threatens to leave (“${threat[0]}”)`);
  const word = STRONG_WORDS.exec(body);
  if (word) strong.push(`“${word[0]}”`);
  const mildWord = MILD_WORDS.exec(body);
  if (mildWord) mild.push(`“${mildWord[0]}”`);
  if (ANGRY_EMOJI.test(body)) mild.push('angry emoji');
  const worry = ANXIOUS_WORDS.exec(body);
  if (worry) anxious.push(`“${worry[0]}”`);
  if (ANXIOUS_EMOJI.test(body)) anxious.push('distressed emoji');
  if (strong.length > 0 || mild.length >= 2)
    return { state: 'angry', reasons: [...strong, ...mild] };
  if (anxious.length > 0) return { state: 'anxious', reasons: anxious };
  if (mild.length > 0 && /\bfrustrat|\bannoy|\bupset|\bangry|\bmad\b|\bfuming/i.test(body)) {
    return { state: 'angry', reasons: mild };
  }
  return { state: 'neutral', reasons: mild };
}

// ---- problem and request ----------------------------------------------------

/** What went wrong with a thing, in both the problem and the harm a customer describes. */
const DAMAGE =
  'broken|broke|damaged|cracked|faulty|defective|smashed|ripped|torn|scratched|dented|chipped|shattered|stained|crushed|soaked|spoil(?:ed|t)|rotten|mou?ldy|leak(?:s|ing|ed)?|late|delay(?:ed|s)?|missing|lost';

const PROBLEM = new RegExp(
  String.raw`\b(?:${DAMAGE}|wrong|incorrect|error|outage|down|offline|not (?:working|loading|showing|arrived|received|delivered|fixed|refunded|possible|available)|(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|didn'?t|did not|can'?t|cannot|couldn'?t|unable to) (?:work|load|open|connect|start|turn on|let|log ?in|sign ?in|access|join|download|export|play|pay|book|track|stay|arrive|come|show|update|install|adjust|restore|validate|verify|receive|get through)|fail(?:ed|s|ing)?|stop(?:ped|s) (?:working|loading|responding|charging)|crash(?:ed|es|ing)?|stuck|froze|frozen|freez\w*|never (?:arrived|received|came|showed|got|answered|called)|hasn'?t (?:arrived|come|shipped|been)|haven'?t (?:received|heard|got)|still (?:waiting|not|no|haven'?t|hasn'?t|on hold|broken|down)|(?:over|double[- ]?|wrongly |twice )charged|charged (?:twice|again|me|for)|took (?:my )?money|cancel(?:l)?ed|corrupt(?:ed)?|bug|glitch|issue|problem|trouble|rude|complain\w*|no (?:response|reply|answer|one)|locked|blocked|declined|expired|slow|drain\w*|overbooked|bumped|stranded|refund|compensation|(?:left|forgotten) behind|nobody|no one|no-one|where (?:is|are) my|hasn'?t (?:heard|turned up)|disappointed|unhappy)\b`,
  'i',
);
const REQUEST =
  /\b(?:can you|could you|would you|will you|please|pls|plz|help|need|want|would like|fix|sort (?:it|this)|refund|cancel|change|replace|send|resolve|look into|any (?:update|news|word)|update me|advise|what (?:can|should|do) i|how (?:do|can|to)|where (?:do|can|is)|when (?:will|can|is))\b/i;

const HARM = new RegExp(
  String.raw`\b(?:${DAMAGE}|never (?:arrived|received|came|showed|got)|hasn'?t (?:arrived|come|shipped|turned up)|haven'?t (?:received|got)|still (?:waiting|not|no|haven'?t|hasn'?t|on hold)|(?:over|double[- ]?|wrongly |twice )charged|charged (?:twice|again|me)|took (?:my )?money|cancel(?:l)?ed|rude|(?:left|forgotten) behind|stranded|bumped|overbooked|on hold for|hours? on hold|locked out|blocked|scam(?:med)?|(?:meant|supposed) to (?:come|arrive|be delivered|be here|have arrived))\b`,
  'i',
);

// ---- key terms ---------------------------------------------------------------

const SKIP_TAGS = [
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Auxiliary',
  'Copula',
  'Modal',
  'Negative',
  'QuestionWord',
  'Expression',
  'Url',
  'AtMention',
  'Emoji',
  'Emoticon',
  'Possessive',
];

/** Words any message to support may hold: sharing them restates nothing. */
const GENERIC = new Set(
  (
    'be have do get go make want need know think say tell ask help assist please thank thanks hi hello hey ' +
    'dear guys guy people person someone anyone everyone something anything everything nothing thing things ' +
    'way lot bit time times day days today yesterday tomorrow week now still just really very even also ' +
    'again already ever never yet look see try use work come take give let keep put call seem feel ' +
    'customer customers service support team company business question questions issue issues problem ' +
    'problems trouble help info information update updates reply response answer message email ' +
    'good great bad nice new old sure able last next first other same own much many more most ' +
    'frustrated frustrating annoyed annoying angry upset disappointed disappointing unacceptable ridiculous ' +
    'terrible horrible awful worst shocked shocking unhappy happy sad mad pissed seriously literally ' +
    'least best better well fine ok okay yes no lol omg wtf please pls plz thx hope expect wish guess ' +
    'hi ya ye yo oh ah uh um eh im id ur u2 pm am ' +
    'nobody noone somebody anybody everybody fix fixed sort ask forward hear try look ' +
    'when where why how what who which for from with about into onto than then there here this that ' +
    'these those you your yours they them their we our us me my mine he she him her it its all any some ' +
    'mean means meant like'
  ).split(' '),
);

/** Problem words kept whatever compromise tags them as. */
const KEEP_WORDS =
  /^(?:broken|damaged|cracked|faulty|defective|late|delayed|missing|lost|wrong|incorrect|early|slow|cold|dirty|expired|locked|blocked|cancelled|canceled|overcharged|double|corrupted|empty|stuck|leaking|wet|torn|stale|raw|mouldy|moldy|down|offline|outage|unplayable|playable|unavailable)$/;

function keyTermsOf(terms: readonly NlpTerm[]): KeyTerm[] {
  const seen = new Set<string>();
  const found: KeyTerm[] = [];
  for (const term of terms) {
    const tags = term.tags ?? new Set<string>();
    const word = (term.normal || term.text).toLowerCase().replace(/[’']s$/, '');
    if (!word || (SKIP_TAGS.some((t) => tags.has(t)) && !KEEP_WORDS.test(word))) continue;
    // "meeeeee", "sllllloooooow": stretched for effect, not a word to restate.
    if (/(\p{L})\1\1/u.test(word)) continue;
    const isCode = /\d/.test(word) && /^[a-z0-9-]{3,}$/i.test(word) && !/^\d{1,2}$/.test(word);
    const isContent =
      KEEP_WORDS.test(word) ||
      ((tags.has('Noun') || (tags.has('Verb') && !tags.has('Auxiliary'))) && !tags.has('Adverb'));
    if (!isCode && (!isContent || tags.has('Value'))) continue;
    // Two letters only for nouns ("ad", "tv"): "ok", "hi" and the like are in GENERIC.
    const minLength = tags.has('Noun') && !tags.has('Pronoun') ? 2 : 3;
    if (!isCode && (word.length < minLength || !/^\p{L}[\p{L}'-]*$/u.test(word))) continue;
    const lemma = (term.root || word).toLowerCase();
    if (GENERIC.has(word) || GENERIC.has(lemma)) continue;
    if (seen.has(lemma)) continue;
    seen.add(lemma);
    // "100mbps" is also "mbps"; "AA2254" also "aa".
    const letters = isCode ? (word.match(/\p{L}{3,}/u)?.[0] ?? '') : '';
    const keys = [...termKeys(word), ...termKeys(lemma), ...(letters ? termKeys(letters) : [])];
    found.push({ text: term.text, lemma, keys: [...new Set(keys)] });
  }
  return found;
}

/** The first short noun phrase holding a key term, seen from the reply's side ("my oven" → "your oven"). */
function topicOf(doc: TaggedDoc, keyTerms: readonly KeyTerm[]): string | undefined {
  const lemmas = new Set(keyTerms.flatMap((k) => [k.lemma, k.text.toLowerCase()]));
  for (const phrase of doc.nouns().out('array')) {
    const clean = phrase.replace(/[.,!?;:"“”]+$/g, '').trim();
    const words = clean.toLowerCase().split(/\s+/);
    if (words.length === 0 || words.length > 4) continue;
    if (!words.some((w) => lemmas.has(w) || lemmas.has(w.replace(/s$/, '')))) continue;
    if (/[@#/]|\d{4,}/.test(clean)) continue;
    return swapPerson(clean);
  }
  return undefined;
}

function swapPerson(phrase: string): string {
  return phrase
    .split(/\s+/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (lower === 'my') return 'your';
      if (lower === 'our') return 'your';
      if (lower === 'your') return 'our';
      if (i === 0 && (lower === 'a' || lower === 'an')) return 'the';
      return w;
    })
    .join(' ');
}

// ---- name ------------------------------------------------------------------

const CLOSING_WORD =
  /^(?:thanks|thank you|many thanks|thanks again|cheers|regards|kind regards|best|best regards|best wishes|sincerely|yours|yours sincerely|warm regards|respectfully|ta)[ \t]*[,!.-]*[ \t]*/i;
const SELF_INTRO =
  /\b(?:my name is|this is|it'?s)\s+(\p{Lu}\p{L}+)|(?:^|[.!?]\s+|^(?:hey|hi|hello)\s*[,!.]?\s+)(\p{Lu}\p{L}+) here\b/u;

/**
 * The customer's name as they sign: a last line of one to three name words,
 * optionally after a closing ("Thanks, Dana" / "Cheers,\nDana W."), or "Rocky here".
 */
export function signatureName(text: string, terms: readonly NlpTerm[] = []): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^sent from my/i.test(l));
  const last = lines[lines.length - 1];
  if (last) {
    const candidate = last
      .replace(CLOSING_WORD, '')
      .replace(/^[-–—~]\s*/, '')
      .replace(/[.!]+$/, '')
      .trim();
    const fromLine = nameOf(candidate, terms);
    if (fromLine && (candidate !== last || lines.length > 1 || CLOSING_WORD.test(last)))
      return fromLine;
  }
  const intro = SELF_INTRO.exec(text);
  // "my name is Dana" needs compromise to agree it is a name; "Rocky here" is one by its form.
  if (intro?.[1] && isPersonName(intro[1], terms)) return intro[1];
  if (intro?.[2] && isNameWord(intro[2]) && !COMMON_CAPITALIZED.has(intro[2].toLowerCase()))
    return intro[2];
  return undefined;
}

function nameOf(candidate: string, terms: readonly NlpTerm[]): string | undefined {
  if (candidate === '' || /[?,:;@#/\d]/.test(candidate)) return undefined;
  const words = candidate.split(/\s+/).filter((w) => !isTitle(w));
  if (words.length === 0 || words.length > 3) return undefined;
  const [first, ...rest] = words;
  if (!first || !isNameWord(first) || first.length < 2) return undefined;
  if (!rest.every((w) => isNameWord(w) || /^\p{Lu}\.?$/u.test(w))) return undefined;
  if (COMMON_CAPITALIZED.has(first.toLowerCase())) return undefined;
  if (words.some((w) => notAName(w, terms))) return undefined;
  return candidate.replace(/\s+/g, ' ');
}

/** Capitalized words that end messages without being a name. */
const COMMON_CAPITALIZED = new Set(
  'help urgent asap please thanks regards cheers ridiculous unacceptable disappointed seriously great awful terrible why what when where how really nothing this that it me someone anyone everyone nobody customer'.split(
    ' ',
  ),
);

/** compromise reads it as a verb, adjective or adverb, and not as a person. */
function notAName(word: string, terms: readonly NlpTerm[]): boolean {
  const tags = terms.find((t) => t.text.replace(/[.,!]+$/, '') === word)?.tags;
  if (!tags || tags.has('Person') || tags.has('FirstName')) return false;
  return ['Verb', 'Adjective', 'Adverb', 'Expression', 'QuestionWord', 'Date'].some((t) =>
    tags.has(t),
  );
}

function isPersonName(word: string, terms: readonly NlpTerm[]): boolean {
  const term = terms.find((t) => t.text === word);
  return term?.tags?.has('Person') === true || term?.tags?.has('FirstName') === true;
}
