// Outlook inline replies: the rep answers inside the quoted original, without ">" quoting, and sets
// the comments apart by text colour or an initials prefix. Everything below the reply header is cut
// from the own text (html.ts); this reads the first quoted message again and returns only those
// comments, so a concession hidden in one is scanned.
import { DomUtils, parseDocument } from 'htmlparser2';
import { isNameLine, isSignatureLine } from './own-text';
import {
  CONTACT_LINE,
  HEADER_FROM,
  initialsPattern,
  isSignOff,
  ORIGINAL_MESSAGE,
  STRONG_FOOTER,
  WEAK_FOOTER,
} from './patterns';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type Text = Extract<Node, { type: 'text' }>;

const DEFAULT = '#000000';
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const SKIPPED = new Set(['head', 'style', 'script', 'title']);
// Unmarked text between two comment runs on one line longer than this is the original's.
const MAX_GAP = 40;

/** In the raw HTML wherever isHeaderBlock can find a header block (a superset, before parsing). */
const HEADER_HINT =
  /divRplyFwdMsg|appendonsend|stopSpelling|border-top:\s*solid|yahoo_quoted|OutlookMessageHeader/i;

/**
 * Whether an initials prefix may start a line of the quote: the line pattern, unanchored, over all of
 * the quoted text at once (a superset of what the line-by-line test below can find).
 */
function mayHaveInitials(walked: Walked, initials: string[]): boolean {
  const anywhere = new RegExp(initialsPattern(initials).source.replace(/^\^\\s\*/, ''));
  return anywhere.test(walked.texts.map((t) => t.node.data).join(''));
}

/** Where an Outlook-style client starts the quoted message (kept in step with html.ts). */
function isHeaderBlock(el: Element): boolean {
  const id = el.attribs.id ?? '';
  const style = el.attribs.style ?? '';
  const cls = el.attribs.class ?? '';
  // A bare <hr> is often the rep's own signature rule; only OWA's marked one starts the quote.
  if (el.name === 'hr') return id === 'stopSpelling';
  if (el.name !== 'div') return false;
  return (
    /^(?:divRplyFwdMsg|appendonsend)$/.test(id) ||
    /border:\s*none;\s*border-top:\s*solid\b/i.test(style) ||
    /\b(?:yahoo_quoted|OutlookMessageHeader)\b/.test(cls)
  );
}

const NAMED: Record<string, string> = {
  black: DEFAULT,
  windowtext: DEFAULT,
  white: '#ffffff',
  red: '#ff0000',
  darkred: '#8b0000',
  maroon: '#800000',
  blue: '#0000ff',
  darkblue: '#00008b',
  navy: '#000080',
  green: '#008000',
  darkgreen: '#006400',
  purple: '#800080',
  orange: '#ffa500',
  teal: '#008080',
  olive: '#808000',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  yellow: '#ffff00',
  lime: '#00ff00',
  aqua: '#00ffff',
  cyan: '#00ffff',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
};

/** Colours set on classes by the message's own <style> ("span.EmailStyle18 {color:#1F497D}"). */
type ClassColours = Map<string, { tag: string; colour: string }>;

function classColours(doc: Doc): ClassColours {
  const out: ClassColours = new Map();
  for (const style of DomUtils.getElementsByTagName('style', doc)) {
    const css = DomUtils.textContent(style).replace(/\/\*[\s\S]*?\*\/|<!--|-->/g, '');
    for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const colour = normalizeColour(/(?:^|[;\s])color\s*:\s*([^;!}]+)/i.exec(rule[2] ?? '')?.[1]);
      if (!colour) continue;
      // Only plain "tag.class" selectors: enough for Outlook's styles, never a wrong match.
      for (const sel of (rule[1] ?? '').split(',')) {
        const m = /^\s*([a-z][a-z0-9]*)?\.([\w-]+)\s*$/i.exec(sel);
        if (m?.[2]) out.set(m[2].toLowerCase(), { tag: (m[1] ?? '').toLowerCase(), colour });
      }
    }
  }
  return out;
}

/** The colour an element sets for its text: its style, a <font color>, then its class. */
function colourOf(el: Element, classes: ClassColours): string | undefined {
  const own = normalizeColour(
    /(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(el.attribs.style ?? '')?.[1] ??
      (el.name === 'font' ? el.attribs.color : undefined),
  );
  if (own) return own;
  for (const cls of (el.attribs.class ?? '').toLowerCase().split(/\s+/)) {
    const rule = classes.get(cls);
    if (rule && (!rule.tag || rule.tag === el.name)) return rule.colour;
  }
  return undefined;
}

const INLINE = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u', 'mark']);

/** A highlight on inline text (a marker pen, not a table cell's background): reps mark comments so. */
function highlightOf(el: Element): string | undefined {
  if (!INLINE.has(el.name)) return undefined;
  if (el.name === 'mark') return '#ffff00';
  const style = el.attribs.style ?? '';
  const raw = /(?:^|;)\s*(?:mso-highlight|background(?:-color)?)\s*:\s*([^;!]+)/i.exec(style)?.[1];
  const c = normalizeColour(raw?.trim().split(/\s+/)[0]);
  return c && /^#[0-9a-f]{6}$/.test(c) && c !== '#ffffff' ? c : undefined;
}

/** A CSS colour normalized to #rrggbb where possible. */
function normalizeColour(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const c = raw
    .trim()
    .toLowerCase()
    .replace(/["'\s]/g, '');
  if (!c || c === 'auto' || c === 'inherit' || c === 'currentcolor') return undefined;
  if (NAMED[c]) return NAMED[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgba?\((\d+),(\d+),(\d+)/.exec(c);
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('')}`;
  return c;
}

/** Black, greys and white: the colours of body text, headers and disclaimers, not of comments. */
function isNeutral(colour: string): boolean {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(colour);
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => Number.parseInt(h ?? '0', 16)) as [number, number, number];
  return Math.max(r, g, b) - Math.min(r, g, b) < 40;
}

interface Walked {
  own: Map<string, number>;
  quoted: Map<string, number>;
  /** Text nodes of the first quoted message with their colour. */
  texts: Array<{ node: Text; colour: string }>;
  /** Text nodes not in the first quoted message (own part, headers, earlier messages). */
  other: Text[];
  /** Colour of the first words of the quoted message. */
  first?: string;
}

/**
 * Walks the document in order, giving each text node the colour it inherits. Link colours are
 * ignored (a link takes the colour around it): blue links in the original are not comments, and
 * a link inside a comment stays part of it.
 */
function walk(doc: Doc): Walked | undefined {
  const classes = classColours(doc);
  const out: Walked = { own: new Map(), quoted: new Map(), texts: [], other: [] };
  let phase: 'own' | 'header' | 'quoted' | 'after' = 'own';
  let seen = false; // any quoted text yet: OWA puts an <hr> and a header div after "appendonsend"
  const count = (map: Map<string, number>, colour: string, text: string) => {
    const n = text.replace(/\s+/g, '').length;
    if (n) map.set(colour, (map.get(colour) ?? 0) + n);
  };
  // A highlighted run is told apart by its highlight: "#000000 on #ffff00" is not a neutral colour.
  const visit = (node: Node, fg: string, hl: string | undefined, inLink: boolean): void => {
    if (DomUtils.isText(node)) {
      const colour = hl ? `${fg} on ${hl}` : fg;
      if (phase === 'quoted') {
        if (ORIGINAL_MESSAGE.test(node.data) || HEADER_FROM.test(node.data)) phase = 'after';
      }
      if (phase === 'quoted') {
        seen ||= Boolean(node.data.trim());
        if (!out.first && /\p{L}/u.test(node.data)) out.first = colour;
        out.texts.push({ node, colour });
        count(out.quoted, colour, node.data);
      } else {
        if (phase === 'own') count(out.own, colour, node.data);
        out.other.push(node);
      }
      return;
    }
    if (!DomUtils.isTag(node)) {
      if (DomUtils.hasChildren(node)) for (const c of node.children) visit(c, fg, hl, inLink);
      return;
    }
    if (SKIPPED.has(node.name)) return;
    const header = isHeaderBlock(node);
    if (header) {
      if (phase === 'own' || (phase === 'quoted' && !seen)) phase = 'header';
      else if (phase === 'quoted') phase = 'after';
    }
    const link = inLink || node.name === 'a';
    const nextFg = link ? fg : (colourOf(node, classes) ?? fg);
    const nextHl = link ? hl : (highlightOf(node) ?? hl);
    for (const c of node.children) visit(c, nextFg, nextHl, link);
    if (header && phase === 'header') phase = 'quoted';
  };
  for (const c of doc.children) visit(c, DEFAULT, undefined, false);
  return phase === 'own' ? undefined : out;
}

/**
 * Which colours in the quoted message are the rep's. A chromatic colour the rep also wrote in above
 * the header is the rep's, unless the quote opens in it. Of the rest, the original's colour is the one its first words are in
 * (comments follow what they answer), unless those are chromatic and a neutral colour (black,
 * grey) has at least as much text: a comment may open the quote, and senders mostly write in black. Every other chromatic colour is the rep's (when in doubt the text is
 * kept); other neutral colours are headers and disclaimers, unless the rep wrote in that colour
 * above and the original is in colour.
 */
function repColours(walked: Walked): Set<string> {
  const { own, quoted, first } = walked;
  const ownColour = [...own].sort((a, b) => b[1] - a[1])[0]?.[0];
  let pool = [...quoted].sort((a, b) => b[1] - a[1]);
  if (pool.length < 2) return new Set();
  // Unless the quote opens in it too: then both sides just use the same reply style.
  if (ownColour && !isNeutral(ownColour) && first !== ownColour) pool = pool.filter(([c]) => c !== ownColour);
  const opening = pool.find(([c]) => c === first) ?? pool[0];
  if (!opening) return new Set();
  const neutral = pool.find(([c]) => isNeutral(c));
  const original = isNeutral(opening[0]) || !neutral || neutral[1] < opening[1] ? opening[0] : neutral[0];
  const rep = new Set<string>();
  for (const [c] of quoted) {
    if (c === original) continue;
    if (!isNeutral(c) || (c === ownColour && !isNeutral(original))) rep.add(c);
  }
  return rep;
}

interface Kept {
  para: number;
  text: string;
  /** Kept for its colour alone (no initials prefix): may still be the original's signature. */
  colourOnly: boolean;
  /** A second comment on the same line, with the original's words between: its own paragraph. */
  apart?: boolean;
}

/**
 * The rep's inline comments in the first quoted message of an HTML reply, as paragraphs separated
 * by blank lines ('' when there are none). `convert` is the converter used for the own text.
 */
export function inlineComments(html: string, convert: (html: string) => string, initials: string[]): string {
  // Most mail has no such quote: no need to parse it again.
  if (!HEADER_HINT.test(html)) return '';
  const doc = parseDocument(html);
  const walked = walk(doc);
  if (!walked?.texts.length) return '';
  const rep = repColours(walked);
  // No comment colour and no initials anywhere in the quote: skip converting it (the costly part).
  if (rep.size === 0 && !mayHaveInitials(walked, initials)) return '';
  for (const t of walked.other) t.data = '';
  for (const { node, colour } of walked.texts) {
    if (rep.has(colour) && node.data.trim()) node.data = MARK_OPEN + node.data + MARK_CLOSE;
  }
  const text = convert(DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8' }));
  const prefix = initialsPattern(initials);

  const kept: Kept[] = [];
  const signOffs: number[] = [];
  let lastProse = -1;
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .forEach((para, idx) => {
      const plain: string[] = [];
      for (const line of para.split('\n')) {
        const clean = line.replace(MARKS, '');
        if (isSignOff(clean)) signOffs.push(idx);
        if (prefix.test(clean)) {
          kept.push({ para: idx, text: clean.trim(), colourOnly: false });
          continue;
        }
        const { runs, rest } = markedRuns(line);
        runs.forEach((r, n) => {
          kept.push({ para: idx, text: r, colourOnly: true, apart: n > 0 });
        });
        if (rest.trim()) plain.push(rest.trim());
      }
      const rest = plain.join('\n');
      if (plain.length && !plain.every(isSignatureLine) && !isFooter(rest)) lastProse = idx;
    });

  // The original's own signature or disclaimer may be coloured too. Below its last paragraph of
  // prose, a coloured footer is the sender's, and so is a coloured signature-shaped line from the
  // sign-off on, or a name or contact line; a short answer such as "Yes." above the sign-off stays.
  const signedFrom = signOffs.find((i) => i > lastProse) ?? Number.POSITIVE_INFINITY;
  const senders = (k: Kept) =>
    STRONG_FOOTER.some((re) => re.test(k.text)) ||
    (k.para > lastProse &&
      (isFooter(k.text) ||
        (isSignatureLine(k.text) &&
          (k.para >= signedFrom || CONTACT_LINE.test(k.text) || isNameLine(k.text)))));
  const comments = kept.filter((k) => !k.colourOnly || !senders(k));
  const paras: string[][] = [];
  let prev = -1;
  for (const k of comments) {
    if (k.para !== prev || k.apart || !paras.length) paras.push([]);
    paras[paras.length - 1]?.push(k.text);
    prev = k.para;
  }
  return paras
    .map((p) => p.join('\n'))
    .join('\n\n')
    .trim();
}

function isFooter(text: string): boolean {
  return STRONG_FOOTER.some((re) => re.test(text)) || WEAK_FOOTER.some((re) => re.test(text));
}

/** The marked stretches of a line (short unmarked gaps between them kept) and the unmarked rest. */
function markedRuns(line: string): { runs: string[]; rest: string } {
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let marked = false;
  let buf = '';
  for (const ch of line) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      if (buf) pieces.push({ text: buf, marked });
      buf = '';
      marked = ch === MARK_OPEN;
    } else buf += ch;
  }
  if (buf) pieces.push({ text: buf, marked });
  const runs: string[] = [];
  let rest = '';
  let run = '';
  let gap = '';
  for (const p of pieces) {
    if (p.marked) {
      run += run && gap.length <= MAX_GAP ? gap : '';
      if (run && gap.length > MAX_GAP) {
        runs.push(run.trim());
        run = '';
        rest += ` ${gap}`;
      }
      run += p.text;
      gap = '';
    } else if (run) gap += p.text;
    else rest += p.text;
  }
  if (run.trim()) runs.push(run.trim());
  // A short gap was part of the run only if a marked piece followed; otherwise it is plain text.
  rest += gap;
  return { runs: runs.filter(Boolean), rest };
}
