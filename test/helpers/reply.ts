import { loadNlp, nlp } from '../../src/analysis/nlp.js';
import { Reply } from '../../src/analysis/reply.js';
import { draftsFromText } from '../../src/sources/index.js';
import type { Channel, Span } from '../../src/types.js';

/** The analysed Reply of a draft given as text (loads compromise first). */
export async function replyOf(
  text: string,
  options: { context?: string; name?: string; channel?: Channel } = {},
): Promise<Reply> {
  await loadNlp();
  const [draft] = draftsFromText('test.txt', text, {
    channel: options.channel ?? 'email',
    kind: 'reply',
    ...(options.context !== undefined && { context: options.context }),
    ...(options.name !== undefined && { name: options.name }),
  });
  if (!draft) throw new Error('no draft');
  return new Reply(draft);
}

/** The text under each span. */
export function textsOf(reply: Reply, spans: ReadonlyArray<Span | { span: Span }>): string[] {
  return spans.map((s) => {
    const span = 'span' in s ? s.span : s;
    return reply.text.slice(span.start, span.end);
  });
}

/** How many times compromise's tagger runs while `work` runs (compromise must be loaded). */
export function taggerRuns(work: () => void): number {
  const compute = (nlp().world() as { compute: Record<string, (view: unknown) => unknown> })
    .compute;
  const postTagger = compute.postTagger as (view: unknown) => unknown;
  let runs = 0;
  compute.postTagger = (view) => {
    runs++;
    return postTagger(view);
  };
  try {
    work();
  } finally {
    compute.postTagger = postTagger;
  }
  return runs;
}
