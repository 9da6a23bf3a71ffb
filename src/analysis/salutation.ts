import type { Span } from '../types.js';

// The greeting ("Hi Dana,") and the sign-off ("Best,\nSam", "^JB") frame a reply.
// Both are found structurally, on lines, before any NLP runs.

export interface Greeting {
  span: Span;
  /** The word that greets: "Hi", "Dear", "Good morning". */
  salutation: string;
  /** The name greeted, if the greeting addresses a person ("Dana", "Mr. Okafor"). */
  name: { text: string; span: Span } | null;
}

const GREETING =
  /^(?:[ \t]*@[\w.]+[ \t,]*)*[ \t]*(hi|hello|hey|hiya|heya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)\b[ \t]*,?[ \t]*/iu;

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|madame|mme|mlle)\.?$/i;

/** Words that follow a salutation but do not name a person. */
const NOT_A_NAME = new Set(
  (
    'there all everyone everybody team folks friend friends customer customers valued sir ' +
    'madam sir/madam guys again y’all you client member user shopper traveler ' +
    'traveller guest colleague colleagues support thanks thank sorry and from to the we i ' +
    'hope just so ok okay yes no please welcome'
  ).split(' '),
);

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

export function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !NOT_A_NAME.has(word.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(word);
}

export function isTitle(word: string): boolean {
  return TITLE.test(word);
}

/** The greeting on the first line of the text, if any. */
export function findGreeting(text: string): Greeting | null {
  const lineStart = text.search(/\S/);
  if (lineStart < 0) return null;
  const lineEnd = indexOrEnd(text, '\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  const match = GREETING.exec(line);
  if (!match) return null;
  const salutation = match[1] as string;
  const salutationStart = lineStart + match[0].toLowerCase().lastIndexOf(salutation.toLowerCase());
  const restStart = lineStart + match[0].length;
  // The addressee runs to the first comma, stop or exclamation (a title's own dot excepted).
  const rest = text.slice(restStart, lineEnd);
  const words = [...rest.matchAll(/[^\s,!.:;?()]+(?:\.(?=\s))?|[,!.:;?()]/gu)];
  const nameWords: RegExpMatchArray[] = [];
  let end = restStart;
  for (const word of words) {
    const token = word[0];
    if (/^[,!.:;?()]$/.test(token)) {
      end = restStart + (word.index ?? 0) + 1;
      break;
    }
    if (nameWords.length >= 4) {
      nameWords.length = 0;
      break;
    }
    nameWords.push(word);
    end = restStart + (word.index ?? 0) + token.length;
  }
  const tokens = nameWords.map((w) => w[0]);
  const named = tokens.filter((t) => !isTitle(t));
  const isName = named.length > 0 && named.length <= 3 && named.every(isNameWord);
  const first = nameWords[0];
  const last = nameWords[nameWords.length - 1];
  const name =
    isName && first && last
      ? {
          text: tokens.join(' '),
          span: {
            start: restStart + (first.index ?? 0),
            end: restStart + (last.index ?? 0) + last[0].length,
          },
        }
      : null;
  return {
    span: {
      start: salutationStart,
      end: name ? Math.max(end, name.span.end) : salutationStart + salutation.length,
    },
    salutation,
    name,
  };
}

const CLOSING =
  /^(?:best|best wishes|best regards|all the best|kind regards|kindest regards|warm regards|warmest regards|warmly|regards|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours|yours sincerely|yours truly|yours faithfully|respectfully|take care|talk soon|speak soon|with thanks|with gratitude|have a (?:great|good|nice|lovely|wonderful) (?:day|one|night|evening|weekend))[ \t]*[,!.]*[ \t]*$/i;

/**
 * Twitter-style initials or a name after a mark at the end: "^JB", "^jv", "-Becky",
 * "~RD", "*TMC", "/MT", optionally followed by a link ("^AC https://t.co/…").
 */
const TRAILING_SIGNATURE =
  /(?:^|[\s.!?])(?:[\^~*=/]\s*\p{L}|(?:[-–—]\s?)\s*\p{Lu})[\p{L}.]{0,20}\s*\.?(?:\s+https?:\/\/\S+)?\s*$/u;

/** The sign-off at the end of the text: a closing line and the lines after it, or a trailing signature. */
export function findSignoff(text: string): Span | null {
  const lines = linesOf(text);
  const content = lines.filter((l) => l.text.trim() !== '');
  // A closing line among the last five lines, followed by at most three short lines.
  for (let k = Math.max(0, content.length - 5); k < content.length; k++) {
    const line = content[k];
    if (!line) continue;
    const after = content.slice(k + 1);
    if (
      CLOSING.test(line.text.trim()) &&
      after.length <= 3 &&
      after.every((l) => l.text.trim().length <= 60 && !/[.?!]\s*\S/.test(l.text.trim()))
    ) {
      return {
        start: line.start + (line.text.length - line.text.trimStart().length),
        end: text.trimEnd().length,
      };
    }
  }
  const last = content[content.length - 1];
  if (!last) return null;
  const trailing = TRAILING_SIGNATURE.exec(last.text);
  if (trailing) {
    const markStart =
      last.start + trailing.index + (trailing[0].length - trailing[0].trimStart().length);
    const lead = /^[\s.!?]/.test(trailing[0]) ? 1 : 0;
    return {
      start: Math.max(markStart, last.start + trailing.index + lead),
      end: text.trimEnd().length,
    };
  }
  return null;
}

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split(/\r\n|\r|\n/)) {
    lines.push({ text: part, start });
    start += part.length;
    start += text.startsWith('\r\n', start) ? 2 : 1;
  }
  return lines;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const i = text.indexOf(needle, from);
  return i < 0 ? text.length : i;
}
