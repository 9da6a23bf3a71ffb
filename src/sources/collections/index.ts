import { CHANNELS, type Channel, type Draft, type Helpdesk } from '../../types.js';
import { type DataNode, get, getPath, isStr, itemsOf, ruleListOf, textOf } from '../data.js';
import { type Body, makeDraft } from '../draft.js';
import { type DraftDefaults, NothingToLint } from '../format.js';
import { htmlBody } from '../html-format.js';
import type { SourceText } from '../origin.js';
import type { CollectionMapping } from './mapping.js';
import { candidateItems, type RawBody, SHAPES, type Shape, shapeFor } from './shapes.js';

/** The per-macro field that turns rules off for that macro. */
export const DISABLE_FIELD = 'replylint-disable';

/**
 * Drafts from a helpdesk export (JSON or YAML already parsed): each macro's
 * bodies become templates named by the macro's title (or id). With `only`, the
 * file is read as that helpdesk's shape; with a config mapping, by its fields.
 */
export function collectionDrafts(
  file: string,
  source: SourceText,
  root: DataNode,
  defaults: DraftDefaults,
  only?: Helpdesk,
): Draft[] {
  if (defaults.mapping) return mappedDrafts(file, source, root, defaults, defaults.mapping);
  const forced = only ? shapeFor(only) : undefined;
  const shapes = forced ? [forced] : SHAPES;
  const items = candidateItems(root, shapes);
  const drafts: Draft[] = [];
  let recognised = 0;
  items.forEach((item, index) => {
    const shape = shapes.find((s) => s.matches(item));
    if (!shape) return;
    recognised++;
    drafts.push(...itemDrafts(file, source, defaults, item, index, shape));
  });
  if (recognised === 0) {
    throw new NothingToLint(
      only
        ? `not a ${only} export (no macros found); skipped`
        : 'no replies found (not a known helpdesk export; map its fields with `collections` in config); skipped',
    );
  }
  return drafts;
}

function itemDrafts(
  file: string,
  source: SourceText,
  defaults: DraftDefaults,
  item: DataNode,
  index: number,
  shape: Shape,
): Draft[] {
  const title = shape.title(item) ?? idOf(item, 'id') ?? `#${index + 1}`;
  const disabledRules = ruleListOf(get(item, DISABLE_FIELD));
  return shape.bodies(item).map((raw) =>
    makeDraft(file, source, defaults, {
      ...bodyOf(raw),
      title: raw.suffix ? `${title} (${raw.suffix})` : title,
      kind: 'template',
      helpdesk: shape.helpdesk,
      ...(raw.channel && { channel: raw.channel }),
      ...(disabledRules && { disabledRules }),
    }),
  );
}

function bodyOf(raw: RawBody): Omit<Body, 'title'> {
  if (raw.html) return { ...htmlBody(raw.mapped), email: false };
  return { mapped: raw.mapped };
}

function idOf(item: DataNode, field: string): string | undefined {
  return textOf(get(item, field));
}

/** HTML when it holds a tag a mail body would use. */
const LOOKS_HTML =
  /<\/?(?:p|div|br|span|a|b|strong|em|i|u|ul|ol|li|h[1-6]|table|blockquote|img|attribute)\b[^>]*>/i;

function mappedDrafts(
  file: string,
  source: SourceText,
  root: DataNode,
  defaults: DraftDefaults,
  mapping: CollectionMapping,
): Draft[] {
  const list = mapping.list ? getPath(root, mapping.list) : root;
  if (list === undefined) throw new NothingToLint(`no "${mapping.list}" list found; skipped`);
  const drafts: Draft[] = [];
  itemsOf(list).forEach((item, index) => {
    const title =
      (mapping.title && textOf(getPath(item, mapping.title))) ??
      textOf(getPath(item, mapping.id ?? 'id')) ??
      `#${index + 1}`;
    const present = mapping.body.flatMap((field) => {
      const node = getPath(item, field);
      return isStr(node) && node.value.trim() !== '' ? [{ field, node }] : [];
    });
    const disabledRules = ruleListOf(get(item, DISABLE_FIELD));
    const channel = channelOf(item, mapping.channel);
    for (const { field, node } of present) {
      const html =
        mapping.bodyFormat === 'html' ||
        ((mapping.bodyFormat ?? 'auto') === 'auto' && LOOKS_HTML.test(node.value));
      drafts.push(
        makeDraft(file, source, defaults, {
          ...bodyOf({ mapped: node.mapped(), html }),
          title: present.length > 1 ? `${title} (${field})` : title,
          kind: 'template',
          ...((mapping.helpdesk ?? defaults.helpdesk) && {
            helpdesk: mapping.helpdesk ?? defaults.helpdesk,
          }),
          ...(channel && { channel }),
          ...(disabledRules && { disabledRules }),
        }),
      );
    }
  });
  return drafts;
}

function channelOf(item: DataNode, spec: CollectionMapping['channel']): Channel | undefined {
  if (spec === undefined) return undefined;
  if (typeof spec === 'string') return spec;
  const value = textOf(getPath(item, spec.field))?.toLowerCase();
  return value && (CHANNELS as readonly string[]).includes(value) ? (value as Channel) : undefined;
}
