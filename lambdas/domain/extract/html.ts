// HTML body → plain text the reply/signature rules can read. Quoted HTML is dropped first; the rep's
// inline comments inside it are read separately (inline.ts).
import { compile } from 'html-to-text';
import { inlineComments } from './inline';
import { FORWARD_TITLE, SEP, type Sender } from './patterns';

// Where a client starts the quoted message; everything from here on is not the rep's.
// Cutting the string is enough: the HTML parser closes whatever is left open.
const QUOTE_STARTS: RegExp[] = [
  /<div\b[^>]*\bid\s*=\s*["']?divRplyFwdMsg\b/i, // Outlook on the web / new Outlook
  /<div\b[^>]*\bid\s*=\s*["']?appendonsend\b/i, // Outlook: marks the start of the quoted part
  /<hr\b[^>]*\bid\s*=\s*["']?stopSpelling\b/i, // old Outlook Web Access
  // Outlook desktop reply header: a div with a thin top border around From:/Sent:.
  /<div\b[^>]*\bstyle\s*=\s*["'][^"']*border:\s*none;\s*border-top:\s*solid\b[^"']*["'][^>]*>/i,
  /<div\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(?:yahoo_quoted|OutlookMessageHeader)\b/i,
  // Gmail forward: its header line sits in the skipped gmail_attr, so the plain-text forward rule
  // would never see it and the forwarded message would read as the rep's own.
  new RegExp(
    String.raw`<div\b[^>]*\bclass\s*=\s*["']?[^"'>]*\bgmail_quote\b[^>]*>(?:\s|<br\s*/?>|<div\b[^>]*>)*?<div\b[^>]*\bgmail_attr\b[^>]*>\s*${SEP}\s*${FORWARD_TITLE}`,
    'i',
  ),
];

// htmlparser2 is quadratic in nesting depth (300k nested <b> took minutes) and the conversion is
// synchronous, so no timeout can stop it: deeper markup is flattened first.
const MAX_NESTING = 500;

const convert = compile({
  wordwrap: false,
  // Deeper than MAX_NESTING never reaches the converter (see htmlToPlain), so nothing is cut here.
  limits: { maxDepth: MAX_NESTING + 100, ellipsis: '' },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'title', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'block' },
    // Cells are separate units (layout tables, data rows): inline they would glue into one run-on
    // "sentence" ("...yesterday.Details Thanks...") that merges text from different cells. Each cell
    // is its own paragraph; a blank line always ends a sentence.
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'td', format: 'block', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'th', format: 'block', options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    { selector: 'hr', format: 'blockString', options: { string: '' } },
    // Blockquotes keep html-to-text's "> " prefix: the plain-text rules then treat them as
    // quoted lines, which keeps inline answers written between them.
    { selector: 'blockquote', options: { trimEmptyLines: true } },
    // Quote prefixes and signatures that clients mark with a class or id.
    { selector: 'div.moz-cite-prefix', format: 'skip' },
    { selector: 'div.gmail_attr', format: 'skip' },
    { selector: 'div.yahoo_quoted', format: 'skip' },
    { selector: 'div.gmail_signature', format: 'skip' },
    { selector: 'div[data-smartmail=gmail_signature]', format: 'skip' },
    { selector: 'div.moz-signature', format: 'skip' },
    { selector: 'div#Signature', format: 'skip' },
    { selector: 'div#AppleMailSignature', format: 'skip' },
    { selector: 'div#ms-outlook-mobile-signature', format: 'skip' },
  ],
});

/** Converts HTML to text; quoted parts that clients mark in the markup are removed first. */
export function htmlToPlain(html: string, warnings: string[] = []): string {
  return htmlToParts(html, warnings).own;
}

export interface HtmlParts {
  /** Text above the quoted message. */
  own: string;
  /** The rep's inline comments inside the quoted message (see inline.ts); '' when none. */
  comments: string;
}

/** The own text, plus the rep's inline comments when the quoted part was cut off. */
export function htmlToParts(
  html: string,
  warnings: string[] = [],
  initials: string[] = [],
  rep?: Sender,
): HtmlParts {
  return { own: ownHtmlToPlain(html, warnings), comments: htmlInlineComments(html, initials, rep) };
}

/**
 * The rep's inline comments inside the quoted messages the HTML marks (see inline.ts); '' when none.
 * `rep` is the sender: without it only the first quoted message is read.
 */
export function htmlInlineComments(html: string, initials: string[] = [], rep?: Sender): string {
  if (!QUOTE_STARTS.some((re) => re.test(html)) || nestedDeeperThan(html, MAX_NESTING)) return '';
  return inlineComments(html, convert, initials, rep);
}

function ownHtmlToPlain(html: string, warnings: string[]): string {
  let cut = html.length;
  for (const re of QUOTE_STARTS) {
    const m = re.exec(html);
    if (m && m.index < cut) cut = m.index;
  }
  const own = cut < html.length ? html.slice(0, cut) : html;
  if (nestedDeeperThan(own, MAX_NESTING)) {
    warnings.push(`HTML nested deeper than ${MAX_NESTING} levels: read without its structure`);
    return convertFlat(flatten(own));
  }
  return convert(own);
}

const convertFlat = compile({ wordwrap: false, preserveNewlines: true });

/** Tags dropped (block tags become line breaks); stray "<" escaped so nothing nests any more. */
function flatten(html: string): string {
  return html
    .replace(/<\/?(?:p|div|br|tr|td|th|li|h[1-6]|blockquote|table)\b[^<>]*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/</g, '&lt;');
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// Closed implicitly by their next sibling: a long run of unclosed <td> or <p> does not nest.
const IMPLIED_END = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);

/** Linear estimate of element nesting; "[^<>]" keeps it linear on unclosed "<" too. */
function nestedDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || IMPLIED_END.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[0].endsWith('/>') && ++depth > limit) return true;
  }
  return false;
}
