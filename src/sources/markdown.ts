import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parse as parseYaml } from 'yaml';
import { CHANNELS, type Channel, type Draft, HELPDESKS, type Helpdesk } from '../types.js';
import { makeDraft } from './draft.js';
import type { DraftDefaults } from './format.js';
import { identityMapped } from './mapped.js';
import type { SourceText } from './origin.js';

/**
 * A Markdown file holds one reply. Only prose is linted: code, inline code,
 * link URLs, images, HTML and front matter are blanked (same length, so
 * offsets are the file's own). Front matter may set `title`, `channel`,
 * `template: true`, `helpdesk` and `replylint-disable`.
 */
export function markdownDrafts(file: string, source: SourceText, defaults: DraftDefaults): Draft[] {
  const tree = fromMarkdown(source.text, {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  });
  const keep: Array<[number, number]> = [];
  collectProse(tree, keep);
  const chars = source.text.replace(/[^\r\n]/g, ' ').split('');
  for (const [start, end] of keep) {
    for (let i = start; i < end; i++) chars[i] = source.text[i] as string;
  }
  // A backslash escape ("\*") shows only the character it escapes.
  for (const [start, end] of keep) {
    for (let i = start; i < end - 1; i++) {
      if (source.text[i] === '\\' && /[!-/:-@[-`{-~]/.test(source.text[i + 1] ?? ''))
        chars[i] = ' ';
    }
  }
  const meta = frontMatter(tree);
  const text = chars.join('');
  return [
    makeDraft(file, source, defaults, {
      mapped: identityMapped(text),
      title: meta.title ?? null,
      email: false,
      ...(meta.kind && { kind: meta.kind }),
      ...(meta.channel && { channel: meta.channel }),
      ...(meta.helpdesk && { helpdesk: meta.helpdesk }),
      ...(meta.disabledRules && { disabledRules: meta.disabledRules }),
    }),
  ];
}

function collectProse(node: Nodes, keep: Array<[number, number]>): void {
  switch (node.type) {
    case 'text': {
      const { start, end } = node.position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined)
        keep.push([start.offset, end.offset]);
      return;
    }
    case 'html': {
      // "<NAME>" in Markdown parses as HTML; it is a fill-in marker, kept for placeholder checks.
      if (/^<[A-Z][A-Z _-]*>$/.test(node.value) && node.position?.start.offset !== undefined) {
        const start = node.position.start.offset;
        keep.push([start, start + node.value.length]);
      }
      return;
    }
    case 'link': {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      // An autolink's text is its URL: not prose.
      if (
        only?.type === 'text' &&
        only.value.replace(/^mailto:/, '') === node.url.replace(/^mailto:/, '')
      )
        return;
      break;
    }
    case 'code':
    case 'inlineCode':
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'yaml':
      return;
  }
  if ('children' in node) for (const child of node.children) collectProse(child as Nodes, keep);
}

interface FrontMatter {
  title?: string;
  kind?: 'reply' | 'template';
  channel?: Channel;
  helpdesk?: Helpdesk;
  disabledRules?: string[];
}

function frontMatter(tree: Root): FrontMatter {
  const node = tree.children.find((c) => c.type === 'yaml');
  if (node?.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = parseYaml(node.value, { customTags: [] });
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null) return {};
  const d = data as Record<string, unknown>;
  const meta: FrontMatter = {};
  if (typeof d.title === 'string') meta.title = d.title;
  if (d.template === true || d.kind === 'template') meta.kind = 'template';
  if (d.kind === 'reply') meta.kind = 'reply';
  if (typeof d.channel === 'string' && (CHANNELS as readonly string[]).includes(d.channel))
    meta.channel = d.channel as Channel;
  if (typeof d.helpdesk === 'string' && (HELPDESKS as readonly string[]).includes(d.helpdesk))
    meta.helpdesk = d.helpdesk as Helpdesk;
  const disable = d['replylint-disable'];
  if (typeof disable === 'string') meta.disabledRules = disable.split(',').map((s) => s.trim());
  else if (Array.isArray(disable)) meta.disabledRules = disable.map(String);
  return meta;
}
