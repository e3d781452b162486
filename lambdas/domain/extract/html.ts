// HTML body → plain text the reply/signature rules can read. Quoted HTML is dropped first.
import { compile } from 'html-to-text';

// Where a client starts the quoted message; everything from here on is not the rep's.
// Cutting the string is enough: the HTML parser closes whatever is left open.
const QUOTE_STARTS: RegExp[] = [
  /<div\b[^>]*\bid\s*=\s*["']?divRplyFwdMsg\b/i, // Outlook on the web / new Outlook
  /<div\b[^>]*\bid\s*=\s*["']?appendonsend\b/i, // Outlook: marks the start of the quoted part
  /<hr\b[^>]*\bid\s*=\s*["']?stopSpelling\b/i, // old Outlook Web Access
  // Outlook desktop reply header: a div with a thin top border around From:/Sent:.
  /<div\b[^>]*\bstyle\s*=\s*["'][^"']*border:\s*none;\s*border-top:\s*solid\b[^"']*["'][^>]*>/i,
  /<div\b[^>]*\bclass\s*=\s*["']?[^"'>]*\b(?:yahoo_quoted|OutlookMessageHeader)\b/i,
];

const convert = compile({
  wordwrap: false,
  limits: { maxDepth: 200, maxChildNodes: 10_000, ellipsis: '' },
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
export function htmlToPlain(html: string): string {
  let cut = html.length;
  for (const re of QUOTE_STARTS) {
    const m = re.exec(html);
    if (m && m.index < cut) cut = m.index;
  }
  return convert(cut < html.length ? html.slice(0, cut) : html);
}
