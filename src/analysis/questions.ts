import type { Span } from '../types.js';
import { perReply } from './memo.js';
import type { Reply, Sentence } from './reply.js';
import type { Word } from './words.js';

/**
 * What a question asks for. Only `yes-no` gathers information with a closed
 * question; the others are fine as they are:
 * - `open`: a wh-question ("What happened when…?")
 * - `yes-no`: "Is there a problem with your order?", "Did you get the email?"
 * - `alternative`: offers the answers ("wired or wireless?")
 * - `request`: a polite request ("Could you send the order number?")
 * - `offer`: "Would you like a refund?", "Shall I resend it?", "Would Friday work?"
 * - `closing`: "Anything else I can help with?", "Does that help?"
 * - `self`: about the writer ("Do I understand that…?")
 * - `other`: no question word up front ("So it arrived empty?", "…, correct?")
 */
export type QuestionKind =
  | 'open'
  | 'yes-no'
  | 'alternative'
  | 'request'
  | 'offer'
  | 'closing'
  | 'self'
  | 'other';

export interface Question {
  sentence: number;
  kind: QuestionKind;
  /** From the word that opens the question (after "Hi Dana," or "Just to check,") to the "?". */
  span: Span;
}

const WH = new Set(['what', 'when', 'where', 'which', 'who', 'whom', 'whose', 'why', 'how']);
const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'will',
  'would',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);
/** Words that may precede the question proper: "So, did you…", "Hey there, are you…". */
const LEADING = new Set([
  'so',
  'and',
  'but',
  'also',
  'just',
  'ok',
  'okay',
  'well',
  'now',
  'then',
  'oh',
  'great',
  'sure',
  'right',
  'lastly',
  'finally',
  'firstly',
  'first',
  'meanwhile',
  'in',
  'addition',
  'otherwise',
]);
const SUBORDINATE = new Set(['when', 'where', 'whenever', 'wherever', 'how', 'what', 'which']);
const SELF = new Set(['i', 'we']);
/** "Can you see…?" asks what they can do (closed); "Can you send…?" asks them to do it. */
const ABILITY = new Set([
  'see',
  'access',
  'find',
  'hear',
  'open',
  'log',
  'sign',
  'use',
  'connect',
  'receive',
  'view',
  'read',
  'load',
  'reach',
  'remember',
  'recall',
  'still',
  'not',
]);
const OFFER_VERBS = new Set(['like', 'prefer', 'want', 'rather', 'fancy']);
const OFFER_ADJECTIVES = new Set(['happy', 'interested', 'open', 'ok', 'okay', 'alright', 'keen']);
const CHECK_WORDS = new Set([
  'help',
  'helps',
  'helped',
  'make',
  'makes',
  'answer',
  'answers',
  'answered',
  'work',
  'works',
  'worked',
  'ok',
  'okay',
  'alright',
  'all',
  'clear',
  'fine',
  'everything',
  'sound',
  'sounds',
  'suit',
  'suits',
  'good',
  'acceptable',
  'enough',
  'useful',
  'helpful',
  'do',
  'be',
  'right',
  'correct',
]);
const POLITE = new Set(['please', 'kindly', 'possibly', 'just', 'also', 'perhaps', 'maybe']);

/** Every question sentence of the reply, classified (computed once per reply). */
export const questionsOf = perReply((reply: Reply): Question[] =>
  reply.sentences.filter((s) => s.question).map((s) => classify(reply.text, s)),
);

function classify(text: string, sentence: Sentence): Question {
  const clauses = clausesOf(text, sentence.words);
  for (const [c, clause] of clauses.entries()) {
    const words = dropLeading(clause);
    const first = words[0];
    if (!first) continue;
    // "When you tried, did it…?": a subordinate clause, not the question.
    const subordinate =
      SUBORDINATE.has(first.norm) && c < clauses.length - 1 && !AUX.has(words[1]?.norm ?? '');
    if (subordinate) continue;
    if (WH.has(first.norm) || AUX.has(first.norm)) {
      let kind: QuestionKind = WH.has(first.norm) ? 'open' : kindOf(words.map((w) => w.norm));
      // "Would Friday work, or would Monday suit you better?": the next clause offers another answer.
      if (kind === 'yes-no' && clauses.slice(c + 1).some((next) => next[0]?.norm === 'or')) {
        kind = 'alternative';
      }
      return {
        sentence: sentence.index,
        kind,
        span: { start: first.span.start, end: sentence.span.end },
      };
    }
    if (first.norm === 'anything' || first.norm === 'something') {
      return { sentence: sentence.index, kind: 'closing', span: spanFrom(first, sentence) };
    }
  }
  const first = sentence.words[0];
  return {
    sentence: sentence.index,
    kind: 'other',
    span: first ? spanFrom(first, sentence) : sentence.span,
  };
}

/** The kind of a question that opens with an auxiliary: `words` start with it. */
function kindOf(words: readonly string[]): QuestionKind {
  const [aux = '', ...rest] = words;
  const body = rest[0] === 'not' ? rest.slice(1) : rest;
  const [subject = '', ...after] = body;
  const verbs = after.filter((w) => !POLITE.has(w));
  const next = verbs[0] ?? '';
  const joined = ` ${words.join(' ')} `;

  if (/ (anything|something) (else|more|further|other)\b/.test(joined)) return 'closing';
  if (/^ (are|is) you still (there|with me|around|online|here) /.test(joined)) return 'closing';
  if (/ (chance|possible for) you (could|can|would|to) /.test(joined)) return 'request';
  // "Is there a particular time that suits you?" asks which, not whether.
  if (/^ is there (a|any) (particular|specific|preferred|good|best|better) /.test(joined)) {
    return 'offer';
  }
  if (/ is there anything (i|we) /.test(joined)) return 'closing';
  if (SELF.has(subject)) {
    return ['can', 'could', 'may', 'shall', 'should'].includes(aux) ? 'offer' : 'self';
  }
  if (subject === 'you') {
    if (OFFER_VERBS.has(next) || (next === 'be' && OFFER_ADJECTIVES.has(verbs[1] ?? ''))) {
      return 'offer';
    }
    if (OFFER_ADJECTIVES.has(next) && ['are', 'would', 'will'].includes(aux)) return 'offer';
    if (/ you (want|need) (me|us|a|an|the|any|anything|help|some) /.test(joined)) return 'offer';
    if (next === 'mind') return 'request';
    const ability = next === 'able' ? (verbs[2] ?? '') : next;
    // "Will you be home on Friday?" asks, "Will you be able to send…?" requests.
    if (aux === 'will' && next === 'be' && verbs[1] !== 'able') return 'yes-no';
    const modal = ['can', 'could', 'would', 'will'].includes(aux);
    if (modal || (next === 'able' && aux === 'are')) {
      return ABILITY.has(ability) ? 'yes-no' : 'request';
    }
  }
  if (/^ is it (ok|okay|alright|all right|fine) (if|for|to) /.test(joined)) return 'offer';
  if (['that', 'this', 'it'].includes(subject) && CHECK_WORDS.has(next)) return 'closing';
  if (['would', 'does', 'will'].includes(aux) && /^(work|works|suit|suits)$/.test(next)) {
    return 'offer';
  }
  // "Would that slot work for you?", "Does the 3 pm time suit you?"
  if (/^ (would|does|will) (that|this|the|a) (\w+ ){0,3}(work|suit|suits|works) /.test(joined)) {
    return 'offer';
  }
  if (aux === 'would' && (subject === 'it' || subject === 'that') && next === 'help')
    return 'offer';
  if (/ or (?!not )/.test(joined)) return 'alternative';
  return 'yes-no';
}

/** Splits a sentence's words where a comma, semicolon, colon or dash separates them. */
function clausesOf(text: string, words: readonly Word[]): Word[][] {
  const clauses: Word[][] = [];
  let current: Word[] = [];
  words.forEach((word, i) => {
    const previous = words[i - 1];
    if (previous && previous.span.end <= word.span.start) {
      const between = text.slice(previous.span.end, word.span.start);
      if (/[,;:!\u2013\u2014]|\s-\s/.test(between) && current.length) {
        clauses.push(current);
        current = [];
      }
    }
    current.push(word);
  });
  if (current.length) clauses.push(current);
  return clauses;
}

function dropLeading(words: readonly Word[]): readonly Word[] {
  let i = 0;
  while (i < words.length - 1 && LEADING.has((words[i] as Word).norm)) i++;
  return words.slice(i);
}

function spanFrom(word: Word, sentence: Sentence): Span {
  return { start: word.span.start, end: sentence.span.end };
}
