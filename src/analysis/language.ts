/**
 * A cheap guess whether a draft is written in English, so a reply in another
 * language is reported as "not checked" instead of flagged with nonsense.
 * English prose is dense with short function words ("the", "to", "you"); other
 * languages share few of them. The guess only says "not English" when the
 * draft has enough words to be sure, and errs towards checking: an English
 * draft with a few foreign words, names or a quoted sentence stays English.
 */

/** Common English function words (and support staples) that rarely double in other languages. */
const ENGLISH_WORDS = new Set(
  `the a an and or but if of to in on at for with by from as into about over after
  before than then so too very just also not no nor is are was were be been being am
  have has had do does did done will would can could should shall may might must
  i me my mine we us our ours you your yours he him his she her it its they them their
  this that these those there here what which who whom whose when where why how
  all any some each every both either more most other such only own same again now
  up out off down back soon today please thank thanks sorry hi hello dear let get got
  know see help sure yes ok okay just still yet one our ll re ve don't can't won't
  i'm it's we're you're we'll i'll we've you've that's there's isn't aren't didn't
  doesn't haven't hasn't wasn't couldn't wouldn't shouldn't let's what's`.split(/\s+/),
);

/** Below this many different words a draft is always checked: too few to judge. */
export const MIN_WORDS = 12;
/** English prose runs at 35–60% function words; other Latin-script languages far lower. */
export const MIN_ENGLISH_SHARE = 0.18;
/** Letters outside the Latin script (Cyrillic, CJK, Arabic…) beyond this share mean another language. */
const MAX_OTHER_SCRIPT_SHARE = 0.5;

export interface LanguageGuess {
  english: boolean;
  /** Words counted, and the share of them that are English function words. */
  words: number;
  share: number;
}

export function guessLanguage(text: string): LanguageGuess {
  // Links, addresses and @handles are not language.
  const prose = text.replace(/\b(?:https?:\/\/|www\.)\S+|\S+@\S+|@\w+|\{\{[^}]*\}\}/gi, ' ');
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  const latin = prose.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= MIN_WORDS * 4 && (letters - latin) / letters > MAX_OTHER_SCRIPT_SHARE) {
    return { english: false, words: 0, share: 0 };
  }
  // Only tokens of letters are words: "order 66", "word12" and codes say nothing of the language.
  const tokens =
    prose
      .toLowerCase()
      .replace(/’/g, "'")
      .match(/[\p{L}\p{N}_']+/gu) ?? [];
  const words = tokens.filter((t) => /^\p{Script=Latin}+(?:'\p{Script=Latin}+)?$/u.test(t));
  let hits = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word)) hits++;
  const share = words.length ? hits / words.length : 1;
  // Different words: "word word word…" (a test of length) is too little to judge.
  const distinct = new Set(words).size;
  return {
    english: distinct < MIN_WORDS || share >= MIN_ENGLISH_SHARE,
    words: words.length,
    share,
  };
}
