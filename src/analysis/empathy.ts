import type { Span } from '../types.js';
import { patternFinder } from './lexicon.js';
import { perReply } from './memo.js';

// Empathy statements: the reply says it understands how the situation feels
// ("I can only imagine how stressful this is", "I understand", "delays are
// frustrating"). Apologies are in apologies.ts.

const FEELING_ADJ =
  '(frustrating|stressful|annoying|upsetting|worrying|awful|disappointing|maddening|exhausting|infuriating|inconvenient|difficult|hard|tough|horrible|terrible|irritating)';

const findEmpathy = patternFinder([
  'i #Adverb? (understand|get) (how|why|that|this|your|the|what|it|completely|totally|where)?',
  'we #Adverb? understand (how|why|that|this|your|the|what)',
  '(we|i) (can|could)? only? imagine',
  `(we|i) #Adverb? know (how|that) ${FEELING_ADJ}`,
  '(we|i) #Adverb? know how (much|important|frustrating|annoying|stressful|upsetting|hard|difficult|disappointing|inconvenient|worrying|long)',
  `(that|this|it) (must have|must|would) (be|have been|feel|have felt) (so|really|very|incredibly|super|extremely)? ${FEELING_ADJ}`,
  '(that|this|it) must (be|have been) (a|so|such)',
  `(that|this|it) (sounds|sound|is|was|has been) (so|really|very|incredibly|super|extremely|understandably)? ${FEELING_ADJ}`,
  `(delays|waiting|outages|cancellations|problems|issues|errors|disruptions|waits|changes) (are|is|can be) (so|really|very|incredibly|always)? ${FEELING_ADJ}`,
  'i hear you',
  // "I'd", "that's": compromise reads contractions as their full words.
  '(i|we) (would|will) (be|feel) (frustrated|upset|annoyed|angry|disappointed|the same|worried)',
  'what a (pain|hassle|nightmare|shame|headache|letdown)',
  'not the experience (we|you|i)',
  '(we|i) let you down',
  'you (have|had) every right',
  '(completely|totally|perfectly|entirely|very|so)? understandable',
  '(we|i) would hate',
  '(that is|this is|it is|that was|this was|it was) (not|never) (ok|okay|acceptable|good enough|right|fair|what you)',
  '(that is|this is|that was) unacceptable',
  'i (can|do)? #Adverb? (see|appreciate) (how|why) (this|that|it)',
  'you (are|were) right to',
  'i (can|do)? #Adverb? (relate|sympathize|sympathise|empathize|empathise)',
  'not the (answer|news|outcome|result) you (were|had been)? (hoping|wanted|hoped|expected)',
  'no one (wants to|wants|likes)',
  'nobody (wants|likes)',
]);

/** Empathy statements, outside questions ("Do I understand that…?" asks, it does not empathize). */
export const empathyStatements = perReply((reply): Array<{ span: Span; sentence: number }> => {
  const found: Array<{ span: Span; sentence: number }> = [];
  for (const m of findEmpathy(reply)) {
    if (reply.sentences[m.sentence]?.question) continue;
    // Several patterns may read the same words: keep one statement per stretch of text.
    if (found.some((f) => f.span.start < m.span.end && m.span.start < f.span.end)) continue;
    found.push({ span: m.span, sentence: m.sentence });
  }
  return found;
});
