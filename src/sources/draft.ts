import type { Channel, Draft, Helpdesk, Placeholder } from '../types.js';
import { splitEmail } from './email.js';
import type { DraftDefaults } from './format.js';
import { inferHelpdesk, isNameVariable } from './helpdesks.js';
import { blankSpans, type MappedText } from './mapped.js';
import { identityOrigin, type SourceText, tableOrigin } from './origin.js';
import { findPlaceholders } from './placeholders.js';

/** One reply body found in a file, before placeholders and quoted history are taken out. */
export interface Body {
  /** The body's text with the source offset of every character (null: the whole file, 1:1). */
  mapped: MappedText | null;
  title: string | null;
  kind?: 'reply' | 'template';
  channel?: Channel;
  helpdesk?: Helpdesk;
  name?: string;
  context?: string;
  disabledRules?: string[];
  /** Placeholders the extractor found itself (Intercom `<attribute>` tags in HTML). */
  placeholders?: Placeholder[];
  /** Quoted text the extractor set aside (HTML blockquotes): the message being answered. */
  quoted?: string;
  /** Take quoted history and the signature out (email drafts, plain text). */
  email?: boolean;
}

/**
 * Turns a body into a Draft: quoted history and the signature are blanked
 * (the quoted message becomes the context), placeholders are found, recorded
 * and blanked. Blanking keeps lengths, so the body's offset map still holds.
 */
export function makeDraft(
  file: string,
  source: SourceText,
  defaults: DraftDefaults,
  body: Body,
): Draft {
  let text = body.mapped ? body.mapped.text : source.text;
  let quoted = body.quoted;
  if (body.email) {
    const parts = splitEmail(text);
    text = blankSpans(text, parts.hidden);
    quoted = [quoted, parts.context].filter(Boolean).join('\n\n') || undefined;
  }
  const declared = body.helpdesk ?? defaults.helpdesk;
  const found = [...(body.placeholders ?? []), ...findPlaceholders(text, declared)].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const helpdesk = declared ?? inferHelpdesk(found);
  const placeholders = found.map((p) => classify(p, helpdesk));
  text = blankSpans(
    text,
    placeholders.map((p) => p.span),
  );
  const context = defaults.context ?? body.context ?? quoted;
  const name = defaults.name ?? body.name;
  return {
    file,
    title: body.title,
    text,
    kind: body.kind ?? defaults.kind,
    channel: body.channel ?? defaults.channel,
    ...(context !== undefined && context !== '' && { context }),
    ...(name !== undefined && { name }),
    ...(body.disabledRules?.length && { disabledRules: body.disabledRules }),
    ...(placeholders.length > 0 && { placeholders }),
    ...(helpdesk !== undefined && { helpdesk }),
    origin: body.mapped ? tableOrigin(source, body.mapped.offsets) : identityOrigin(source),
  };
}

function classify(p: Placeholder, helpdesk: Helpdesk | undefined): Placeholder {
  if (p.syntax === 'marker' || p.syntax === 'liquid-tag') return { ...p, kind: 'other' };
  return { ...p, kind: isNameVariable(p.variable, helpdesk) ? 'name' : 'other' };
}
