import type { Draft } from '../types.js';
import { type Body, makeDraft } from './draft.js';
import type { DraftDefaults } from './format.js';
import { htmlToText } from './html.js';
import { compose, identityMapped, type MappedText } from './mapped.js';
import type { SourceText } from './origin.js';

/** An HTML file holds one reply: its rendered text, with quoted history set aside. */
export function htmlDrafts(file: string, source: SourceText, defaults: DraftDefaults): Draft[] {
  return [
    makeDraft(file, source, defaults, {
      title: null,
      ...htmlBody(identityMapped(source.text)),
    }),
  ];
}

/** The parts of a Body that an HTML string gives (`html.offsets` point into the file). */
export function htmlBody(
  html: MappedText,
): Pick<Body, 'mapped' | 'placeholders' | 'quoted' | 'email'> {
  const rendered = htmlToText(html.text);
  return {
    mapped: compose(rendered.mapped, html),
    placeholders: rendered.placeholders,
    ...(rendered.quoted && { quoted: rendered.quoted }),
    email: true,
  };
}
