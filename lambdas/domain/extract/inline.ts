// Outlook inline replies: the rep answers inside the quoted original, without ">" quoting, and sets
// the comments apart by text colour, an initials prefix, or whole lines in bold or italic. Everything
// below the reply header is cut from the own text (html.ts); this reads the quoted messages again
// and returns only those comments, so a concession hidden in one is scanned. Deeper quoted messages
// are read while neither they nor a newer one is the rep's own (older comments were scanned when
// they were sent), and only for the cues the rep is seen using in this reply.
import { DomUtils, parseDocument } from 'htmlparser2';
import { isNameLine, isSignatureLine } from './own-text';
import {
  CONTACT_LINE,
  fromField,
  HEADER_FROM,
  initialsPattern,
  isSignOff,
  MOBILE_SIGNATURE,
  ORIGINAL_MESSAGE,
  type Sender,
  STRONG_FOOTER,
  sentBy,
  WEAK_FOOTER,
} from './patterns';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type Text = Extract<Node, { type: 'text' }>;

const DEFAULT = '#000000';
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
// Emphasis of the original's colour: one opening mark per kind (bold, italic, both), one closing.
const BOLD = 1;
const ITALIC = 2;
const IN_TABLE = 4;
const EMPH_OPEN = ['', '\uE002', '\uE003', '\uE004'];
const EMPH_CLOSE = '\uE005';
// Starts each quoted message's text in the converted document.
const MESSAGE = '\uE006';
const MARKS = /[\uE000-\uE006]/g;
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
function mayHaveInitials(texts: string[], initials: string[]): boolean {
  const anywhere = new RegExp(initialsPattern(initials).source.replace(/^\^\\s\*/, ''));
  return anywhere.test(texts.join(''));
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

/**
 * Bold and italic (BOLD | ITALIC) of an element's text, from its tag and its style. Table cells
 * carry none: bold there is the table's own (header rows, totals), not a comment.
 */
function emphasisOf(el: Element, inherited: number): number {
  if (inherited & IN_TABLE || el.name === 'td' || el.name === 'th') return IN_TABLE;
  let e = inherited;
  if (/^(?:b|strong|h[1-6])$/.test(el.name)) e |= BOLD;
  if (el.name === 'i' || el.name === 'em') e |= ITALIC;
  const style = el.attribs.style ?? '';
  if (!style) return e;
  const weight = /(?:^|;)\s*font-weight\s*:\s*([^;!]+)/i.exec(style)?.[1]?.trim().toLowerCase();
  if (weight && /^(?:bold|bolder|[6-9]00)$/.test(weight)) e |= BOLD;
  else if (weight && /^(?:normal|lighter|[1-5]00)$/.test(weight)) e &= ~BOLD;
  const slant = /(?:^|;)\s*font-style\s*:\s*([^;!]+)/i.exec(style)?.[1]?.trim().toLowerCase();
  if (slant && /^(?:italic|oblique)/.test(slant)) e |= ITALIC;
  else if (slant === 'normal') e &= ~ITALIC;
  return e;
}

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

interface QuotedText {
  node: Text;
  colour: string;
  /** BOLD | ITALIC */
  emphasis: number;
}

/** One quoted message: the text of its header block and its own text nodes. */
interface Message {
  header: string;
  texts: QuotedText[];
  /** Letters per colour. */
  quoted: Map<string, number>;
  /** Colour of the first words of the message. */
  first?: string;
}

interface Walked {
  own: Map<string, number>;
  /** The quoted messages in order, the reply's original first. */
  messages: Message[];
  /** Text nodes in no quoted message (own part, headers, what follows a plain-text header). */
  other: Text[];
}

const BREAKS = new Set(['br', 'p', 'div', 'tr']);

/**
 * Walks the document in order, giving each text node the colour and emphasis it inherits. Link
 * colours are ignored (a link takes the colour around it): blue links in the original are not
 * comments, and a link inside a comment stays part of it. Each header block (isHeaderBlock) starts
 * a quoted message; a plain-text header or separator inside one ends the walk, as its sender and
 * extent cannot be told from the markup.
 */
function walk(doc: Doc): Walked | undefined {
  const classes = classColours(doc);
  const out: Walked = { own: new Map(), messages: [], other: [] };
  let phase: 'own' | 'header' | 'quoted' | 'after' = 'own';
  let seen = false; // any quoted text yet: OWA puts an <hr> and a header div after "appendonsend"
  let message: Message | undefined;
  const begin = () => {
    message = { header: '', texts: [], quoted: new Map() };
    out.messages.push(message);
    seen = false;
    phase = 'header';
  };
  const count = (map: Map<string, number>, colour: string, text: string) => {
    const n = text.replace(/\s+/g, '').length;
    if (n) map.set(colour, (map.get(colour) ?? 0) + n);
  };
  // A highlighted run is told apart by its highlight: "#000000 on #ffff00" is not a neutral colour.
  const visit = (node: Node, fg: string, hl: string | undefined, emphasis: number, inLink: boolean): void => {
    if (DomUtils.isText(node)) {
      const colour = hl ? `${fg} on ${hl}` : fg;
      if (phase === 'quoted') {
        if (ORIGINAL_MESSAGE.test(node.data) || HEADER_FROM.test(node.data)) phase = 'after';
      }
      if (phase === 'quoted' && message) {
        seen ||= Boolean(node.data.trim());
        if (!message.first && /\p{L}/u.test(node.data)) message.first = colour;
        message.texts.push({ node, colour, emphasis });
        count(message.quoted, colour, node.data);
      } else {
        if (phase === 'own') count(out.own, colour, node.data);
        if (phase === 'header' && message) message.header += node.data;
        out.other.push(node);
      }
      return;
    }
    if (!DomUtils.isTag(node)) {
      if (DomUtils.hasChildren(node)) for (const c of node.children) visit(c, fg, hl, emphasis, inLink);
      return;
    }
    if (SKIPPED.has(node.name)) return;
    if (phase === 'header' && message && BREAKS.has(node.name)) message.header += '\n';
    const header = isHeaderBlock(node);
    if (header) {
      if (phase === 'own' || (phase === 'quoted' && seen)) begin();
      else if (phase === 'quoted') phase = 'header';
    }
    const link = inLink || node.name === 'a';
    const nextFg = link ? fg : (colourOf(node, classes) ?? fg);
    const nextHl = link ? hl : (highlightOf(node) ?? hl);
    for (const c of node.children) visit(c, nextFg, nextHl, emphasisOf(node, emphasis), link);
    if (header && phase === 'header') phase = 'quoted';
  };
  for (const c of doc.children) visit(c, DEFAULT, undefined, 0, false);
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
function repColours(own: Map<string, number>, message: Message): Set<string> {
  const { quoted, first } = message;
  const ownColour = mainColour(own);
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

function mainColour(own: Map<string, number>): string | undefined {
  return [...own].sort((a, b) => b[1] - a[1])[0]?.[0];
}

interface Kept {
  para: number;
  text: string;
  /** Kept for its colour alone (no initials prefix): may still be the original's signature. */
  colourOnly: boolean;
  /** A second comment on the same line, with the original's words between: its own paragraph. */
  apart?: boolean;
  /** Kept for being a whole line in bold or italic: these kinds of emphasis. */
  emphasis?: number;
}

/**
 * The rep's inline comments in the quoted messages of an HTML reply, as paragraphs separated by
 * blank lines ('' when there are none). `convert` is the converter used for the own text; `rep`
 * the reply's sender, without which only the first quoted message is read.
 */
export function inlineComments(
  html: string,
  convert: (html: string) => string,
  initials: string[],
  rep?: Sender,
): string {
  // Most mail has no such quote: no need to parse it again.
  if (!HEADER_HINT.test(html)) return '';
  const doc = parseDocument(html);
  const walked = walk(doc);
  const [first, ...older] = walked?.messages ?? [];
  if (!walked || !first?.texts.length) return '';
  const data = new Map<Text, string>();
  for (const m of walked.messages) for (const t of m.texts) data.set(t.node, t.node.data);
  for (const t of walked.other) t.data = '';
  /** Converts the document with only these messages' text in it, marked for their cues. */
  const read = (targets: Target[]): string[] => {
    const marking = new Map(targets.map((t) => [t.message, t]));
    for (const m of walked.messages) {
      const target = marking.get(m);
      let start = true;
      for (const { node, colour, emphasis } of m.texts) {
        const text = data.get(node) ?? '';
        if (!target) node.data = '';
        else if (!text.trim()) node.data = text;
        else {
          const e = emphasis & target.emphasis;
          const marked = target.colours.has(colour)
            ? MARK_OPEN + text + MARK_CLOSE
            : e
              ? (EMPH_OPEN[e] ?? '') + text + EMPH_CLOSE
              : text;
          // Each message's text starts with a mark of its own: one conversion reads them all apart.
          node.data = (start ? MESSAGE : '') + marked;
          start = false;
        }
      }
    }
    return convert(DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8' }))
      .split(MESSAGE)
      .slice(1);
  };
  // The text as parsed: reading a message blanks the others.
  const textOf = (x: QuotedText) => data.get(x.node) ?? '';
  const cueIn = (t: Target) =>
    t.colours.size > 0 ||
    t.message.texts.some((x) => x.emphasis & t.emphasis && !t.colours.has(x.colour) && textOf(x).trim()) ||
    mayHaveInitials(t.message.texts.map(textOf), initials);

  const out: string[] = [];
  // The first quoted message is the one replied to: any colour the rep may use, and emphasis.
  const target: Target = { message: first, colours: repColours(walked.own, first), emphasis: BOLD | ITALIC };
  // The cues the rep is seen using in this reply, the only ones deeper messages are read for: a
  // colour written in above the header, and what comments in the first quoted message were kept for.
  const ownColour = mainColour(walked.own);
  const colourCues = new Set(ownColour && !isNeutral(ownColour) ? [ownColour] : []);
  let emphasisCues = 0;
  // No cue anywhere in the message: skip converting it (the costly part).
  if (cueIn(target)) {
    const found = commentsIn(read([target])[0] ?? '', initials, target.emphasis);
    if (found.coloured) for (const c of target.colours) colourCues.add(c);
    emphasisCues = found.emphasis;
    if (found.text) out.push(found.text);
  }
  // Deeper messages, while each and every one above it are known not to be the rep's own (whose
  // text, and comments in what it quoted, were scanned when it was sent), read in one conversion.
  const deeper: Target[] = [];
  const notRep = (m: Message) => sentBy(fromField(m.header.split('\n')), rep) === false;
  if (notRep(first)) {
    for (const message of older) {
      if (!notRep(message)) break;
      const colours = repColours(walked.own, message);
      for (const c of colours) if (!colourCues.has(c)) colours.delete(c);
      const t = { message, colours, emphasis: emphasisCues };
      if (cueIn(t)) deeper.push(t);
    }
  }
  if (deeper.length) {
    for (const text of read(deeper)) {
      const found = commentsIn(text, initials, emphasisCues).text;
      if (found) out.push(found);
    }
  }
  return out.join('\n\n');
}

/** A quoted message to read, with the colours and emphasis that mark the rep's comments in it. */
interface Target {
  message: Message;
  colours: Set<string>;
  emphasis: number;
}

interface Line {
  para: number;
  /** Without marks. */
  clean: string;
  /** The rep's by its initials prefix. */
  prefixed: boolean;
  /** Marked (coloured) runs, and the unmarked rest. */
  runs: string[];
  rest: string;
  /** Kinds of emphasis that cover every letter of the line (0 when none or not all). */
  emphasis: number;
}

/** The comments in one converted quoted message, and the cues they were kept for. */
function commentsIn(
  text: string,
  initials: string[],
  allowed: number,
): { text: string; coloured: boolean; emphasis: number } {
  const prefix = initialsPattern(initials);
  const lines: Line[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .forEach((para, idx) => {
      for (const line of para.split('\n')) {
        const clean = line.replace(MARKS, '');
        if (prefix.test(clean)) {
          lines.push({ para: idx, clean, prefixed: true, runs: [], rest: '', emphasis: 0 });
          continue;
        }
        const { runs, rest } = markedRuns(line.replace(/[\uE002-\uE005]/g, ''));
        const emphasis = runs.length ? 0 : wholeEmphasis(line);
        lines.push({ para: idx, clean, prefixed: false, runs, rest: emphasis ? '' : rest, emphasis });
      }
    });
  const usable = allowed & ~originalEmphasis(lines);

  const kept: Kept[] = [];
  const signOffs: number[] = [];
  let lastProse = -1;
  let para = -1;
  let plain: string[] = [];
  const endPara = () => {
    const rest = plain.join('\n');
    if (plain.length && !plain.every(isSignatureLine) && !isFooter(rest)) lastProse = para;
    plain = [];
  };
  for (const line of lines) {
    if (line.para !== para) endPara();
    para = line.para;
    if (isSignOff(line.clean) || MOBILE_SIGNATURE.test(line.clean)) signOffs.push(line.para);
    if (line.prefixed) {
      kept.push({ para: line.para, text: line.clean.trim(), colourOnly: false });
      continue;
    }
    line.runs.forEach((r, n) => {
      kept.push({ para: line.para, text: r, colourOnly: true, apart: n > 0 });
    });
    if (line.emphasis & usable) {
      kept.push({
        para: line.para,
        text: line.clean.trim(),
        colourOnly: true,
        emphasis: line.emphasis & usable,
      });
    } else if (line.emphasis) plain.push(line.clean.trim());
    else if (line.rest.trim()) plain.push(line.rest.trim());
  }
  endPara();

  // The original's own signature or disclaimer may be coloured too. Below its last paragraph of
  // prose, a coloured footer is the sender's, and so is a coloured signature-shaped line from the
  // sign-off on, or a name or contact line; a short answer such as "Yes." above the sign-off stays.
  // Emphasis is a weaker cue: nothing from the sign-off or the sender's name line on is kept for it
  // (a bold title under a bold name, a tagline in italics).
  const signedFrom = signOffs.find((i) => i > lastProse) ?? Number.POSITIVE_INFINITY;
  const namedFrom =
    lines.find((l) => l.para > lastProse && isNameLine(l.clean))?.para ?? Number.POSITIVE_INFINITY;
  const senders = (k: Kept) =>
    STRONG_FOOTER.some((re) => re.test(k.text)) ||
    (k.para > lastProse &&
      (isFooter(k.text) ||
        (k.emphasis !== undefined && k.para >= Math.min(signedFrom, namedFrom)) ||
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
  return {
    text: paras
      .map((p) => p.join('\n'))
      .join('\n\n')
      .trim(),
    coloured: comments.some((k) => k.colourOnly && k.emphasis === undefined),
    emphasis: comments.reduce((e, k) => e | (k.emphasis ?? 0), 0),
  };
}

/** The kinds of emphasis that cover every letter of a line carrying emphasis marks, else 0. */
function wholeEmphasis(line: string): number {
  let current = 0;
  let all = BOLD | ITALIC;
  let letters = false;
  for (const ch of line) {
    const open = EMPH_OPEN.indexOf(ch);
    if (open > 0) current = open;
    else if (ch === EMPH_CLOSE) current = 0;
    else if (/[\p{L}\p{N}]/u.test(ch)) {
      letters = true;
      all &= current;
      if (!all) return 0;
    }
  }
  return letters ? all : 0;
}

/**
 * The kinds of emphasis the original itself uses for whole lines, which then mark nothing: a line
 * that opens the message or follows a line ending in ":" ("Please note:"), and a heading (short,
 * no sentence end, not after a question, with more of the original's prose below it). Emphasized
 * words inside the original's sentences never make a whole line and are simply not taken.
 */
function originalEmphasis(lines: Line[]): number {
  let lastProse = -1;
  lines.forEach((l, i) => {
    const rest = l.rest.trim();
    if (!l.emphasis && rest && !isSignatureLine(rest) && !isFooter(rest)) lastProse = i;
  });
  let used = 0;
  let before: string | undefined;
  lines.forEach((l, i) => {
    const text = l.clean.trim();
    if (l.emphasis) {
      const heading =
        !/[.!?…]["'”’)\]]*$/.test(text) &&
        (text.endsWith(':') || lowerWords(text) < 3) &&
        !before?.endsWith('?') &&
        i < lastProse;
      if (before === undefined || before.endsWith(':') || heading) used |= l.emphasis;
    } else if (!l.prefixed && l.rest.trim()) before = l.rest.trim();
    else if (l.prefixed || l.runs.length) before ??= '';
  });
  return used;
}

function lowerWords(text: string): number {
  return text.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
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
