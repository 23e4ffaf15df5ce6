import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { CorpusWarning } from '../types.js';
import { makeArticle, optionalString, type ReadResult } from './article.js';

// Elements that start a new paragraph; everything else is inline and joins the text around it.
const BLOCKS = new Set(
  ('address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header ' +
    'hr li main nav ol p pre section table tbody td th thead tr ul')
    .split(' '),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Appends the node's text; block elements are fenced by blank lines, <br> becomes a newline. */
function collect(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    // HTML collapses spaces, tabs and newlines, but not no-break spaces, which stay as written.
    out.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1) return;
  const name = node.nodeName.toLowerCase();
  if (name === 'script' || name === 'style' || name === 'noscript' || name === 'template') return;
  if (name === 'br') return void out.push('\n');
  const block = BLOCKS.has(name);
  if (block) out.push('\n\n');
  for (const child of Array.from(node.childNodes)) collect(child, out);
  if (block) out.push('\n\n');
}

/** Text of a DOM subtree with paragraphs separated by blank lines. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  collect(root, out);
  return out
    .join('')
    .split(/\n[ \t]*\n\s*/u)
    .map((p) => p.replace(/ *\n */g, '\n').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

interface Head {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const meta = (doc: Head, selector: string) => optionalString(doc.querySelector(selector)?.getAttribute('content'));

/** "Headline - Site" or "Headline | Site" becomes "Headline" when the site is known. */
function withoutSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title || !site) return title;
  const suffix = new RegExp(`\\s+[-–—|:]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'iu');
  const stripped = title.replace(suffix, '');
  return stripped === '' ? title : stripped;
}

/**
 * Reads an HTML page: Readability finds the article body (navigation, footers and sidebars
 * go), and the page's meta tags give the title, outlet, date and canonical address.
 */
export function readHtmlArticle(html: string, file: string, id: string): ReadResult {
  const { document } = parseHTML(html);
  const outlet = meta(document, 'meta[property="og:site_name"]');
  const published =
    meta(document, 'meta[property="article:published_time"]') ?? meta(document, 'meta[name="date"]');
  const url =
    optionalString(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    meta(document, 'meta[property="og:url"]');
  const pageTitle = optionalString(document.querySelector('title')?.textContent);
  const ogTitle = meta(document, 'meta[property="og:title"]');

  // Readability edits the document it is given, so the meta tags were read first.
  const parsed = new Readability<DomNode>(document, { charThreshold: 0, serializer: (n) => n as DomNode }).parse();
  const body = parsed?.content ? blockText(parsed.content) : '';
  const site = outlet ?? optionalString(parsed?.siteName);
  const title = withoutSiteSuffix(optionalString(parsed?.title) ?? pageTitle ?? ogTitle, site);

  const warnings: CorpusWarning[] = [];
  const article = makeArticle(
    { id, file, raw: body, format: 'html' },
    { title, outlet: site, published: published ?? parsed?.publishedTime, url },
    warnings,
  );
  if (!article) return { articles: [], warnings: [{ file, reason: 'no article text found in the page, skipped' }] };
  return { articles: [article], warnings };
}
