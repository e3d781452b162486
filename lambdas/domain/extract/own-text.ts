// The rep's own new text from a plain-text body: quoted replies, forwarded messages,
// signatures and footers removed. Works line by line; the result is rebuilt from kept lines.
import {
  ATTRIBUTION,
  CONTACT_LINE,
  FORWARD_MARKERS,
  fromField,
  HEADER_FROM,
  HEADER_ONE_LINE,
  HEADER_SENT,
  HEADER_SUBJECT,
  HEADER_TO,
  initialsPattern,
  isPromoLine,
  isSignOff,
  MOBILE_SIGNATURE,
  ORIGINAL_MESSAGE,
  POSTSCRIPT,
  RULE_LINE,
  type Sender,
  SIG_DELIMITER,
  STRONG_FOOTER,
  sentBy,
  WEAK_FOOTER,
} from './patterns';

/** What follows a run of kept lines: decides whether its tail may hold a signature. */
type Follow = 'end' | 'cut' | 'header' | 'quote';

interface Segment {
  lines: string[];
  follow: Follow;
}

const BLANK = /^(?:\s|\u200b|\u200c|\u200d)*$/;
const QUOTED = /^[ \t]*>/;
const MAX_HEADER_LOOKAHEAD = 6;
// Quote headers and markers are short; longer lines are text and skip those checks.
const MAX_MARKER_LINE = 1000;

export interface OwnTextOptions {
  /**
   * The rep's initials. When given, lines below a cut that start with an initials prefix ("[DR]",
   * "DR:") are kept: a plain-text Outlook inline reply has no other mark of the rep's comments.
   */
  initials?: string[];
  /**
   * The message's sender. With it, initials comments are also read in deeper earlier messages, as
   * long as neither such a message nor any above it is known to be the sender's own (older comments
   * were scanned when they were sent); without it only the first earlier message is read.
   */
  sender?: Sender;
}

export function ownText(text: string, opts: OwnTextOptions = {}): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const prefix = opts.initials ? initialsPattern(opts.initials) : undefined;
  const segments = splitQuotes(lines, prefix, opts.sender);
  const kept: string[][] = [];
  segments.forEach((seg, n) => {
    let body = cutSignatureDelimiter(seg.lines);
    // Text before a quote goes on below it, unless nothing of the rep's follows (Apple Mail puts
    // the "On … wrote:" line inside the quote, so a top-posted reply ends right at the quote).
    if (seg.follow !== 'quote' || n === segments.length - 1) body = dropTail(body);
    body = trimBlank(body);
    if (body.length) kept.push(body);
  });
  return kept
    .map((seg) => seg.join('\n'))
    .join('\n\n')
    .split('\n')
    .map((l) => (BLANK.test(l) ? '' : l.trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Splits the body into runs of kept lines, dropping quotes, attributions and what follows a cut. */
function splitQuotes(lines: string[], prefix?: RegExp, sender?: Sender): Segment[] {
  const segments: Segment[] = [];
  let current: string[] = [];
  const close = (follow: Follow) => {
    const lines = dropRuleTail(current);
    if (lines.length) segments.push({ lines, follow });
    current = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (QUOTED.test(line)) {
      close('quote');
      while (i < lines.length && (QUOTED.test(lines[i] ?? '') || BLANK.test(lines[i] ?? ''))) i++;
      continue;
    }
    if (startsCut(lines, i)) {
      // A forward whose content is quoted ("Begin forwarded message:" then "> ..." lines) ends
      // with the quote: what follows it is the rep's again.
      const end = quotedForwardEnd(lines, i);
      if (end < 0) {
        close('cut');
        return [...segments, ...prefixedComments(lines, i, prefix, sender)];
      }
      close('quote');
      i = end;
      continue;
    }
    const attribution = attributionLength(lines, i);
    if (attribution) {
      let next = i + attribution;
      while (next < lines.length && BLANK.test(lines[next] ?? '')) next++;
      if (next < lines.length && !QUOTED.test(lines[next] ?? '')) {
        // An unprefixed quote: the rest is the earlier message.
        close('cut');
        return [...segments, ...prefixedComments(lines, next - 1, prefix)];
      }
      close('header');
      i = next;
      continue;
    }
    current.push(line);
    i++;
  }
  close('end');
  return segments;
}

/**
 * Paragraphs of the earlier message starting at the cut or quote at `at` that open with the rep's
 * initials prefix; each runs to the next blank line or cut. At the next cut, the message below is
 * read too when both its header and the one at `at` name someone other than the sender; otherwise
 * reading stops there.
 */
function prefixedComments(
  lines: string[],
  at: number,
  prefix: RegExp | undefined,
  sender?: Sender,
): Segment[] {
  if (!prefix) return [];
  const out: Segment[] = [];
  let above = sender ? headerFrom(lines, at) : '';
  let i = afterHeader(lines, at + 1);
  while (i < lines.length) {
    if (startsCut(lines, i)) {
      if (sentBy(above, sender) !== false) break;
      above = headerFrom(lines, i);
      // The sender's own earlier message was scanned when it was sent.
      if (sentBy(above, sender) !== false) break;
      i = afterHeader(lines, i + 1);
      continue;
    }
    if (!prefix.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    const ends = (j: number) =>
      BLANK.test(lines[j] ?? '') || prefix.test(lines[j] ?? '') || startsCut(lines, j);
    while (i + 1 < lines.length && !ends(i + 1)) i++;
    out.push({ lines: lines.slice(start, i + 1), follow: 'quote' });
    i++;
  }
  return out;
}

/** The first line from i that is neither blank nor part of a header block. */
function afterHeader(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length && (BLANK.test(lines[j] ?? '') || isHeaderLine(lines[j] ?? ''))) j++;
  return j;
}

/** The value of the From: field of a header block at i (after a separator line), or ''. */
function headerFrom(lines: string[], i: number): string {
  return fromField(lines.slice(i, i + 3));
}

function isHeaderLine(line: string): boolean {
  return (
    [HEADER_FROM, HEADER_SENT, HEADER_TO, HEADER_SUBJECT].some((re) => re.test(line)) || /^\s/.test(line)
  );
}

/**
 * For a forward marker at i whose next non-blank line is quoted: the index after the quoted block
 * (and the blank lines around it). -1 for any other cut.
 */
function quotedForwardEnd(lines: string[], i: number): number {
  const line = lines[i] ?? '';
  if (!FORWARD_MARKERS.some((re) => re.test(line))) return -1;
  let j = i + 1;
  while (j < lines.length && BLANK.test(lines[j] ?? '')) j++;
  if (j >= lines.length || !QUOTED.test(lines[j] ?? '')) return -1;
  while (j < lines.length && (QUOTED.test(lines[j] ?? '') || BLANK.test(lines[j] ?? ''))) j++;
  return j;
}

function startsCut(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (line.length > MAX_MARKER_LINE) return false;
  // Cheap gate: every marker has a colon or a run of rule characters.
  const colon = line.indexOf(':');
  if (colon < 0 && !/[-_=*~]{2}/.test(line)) return false;
  if (ORIGINAL_MESSAGE.test(line) || FORWARD_MARKERS.some((re) => re.test(line))) return true;
  if (colon < 0 || colon > 40 || !HEADER_FROM.test(line)) return false;
  if (HEADER_ONE_LINE.test(line)) return true;
  // An Outlook header block: From: then Sent:/Date: and To:/Subject: within a few lines. Without
  // an address on the From: line all three are required ("From: Boston / To: Chicago" is prose).
  const address = /@|\[mailto:/i.test(line);
  let sent = false;
  let to = false;
  let subject = false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < MAX_HEADER_LOOKAHEAD; j++) {
    const l = lines[j] ?? '';
    if (BLANK.test(l)) continue;
    seen++;
    if (HEADER_SENT.test(l)) sent = true;
    else if (HEADER_SUBJECT.test(l)) subject = true;
    else if (HEADER_TO.test(l)) to = true;
    else if (!/^\s/.test(l)) break; // a folded address list continues indented
    if (sent && (address ? to || subject : to && subject)) return true;
  }
  return false;
}

/** Number of lines (1-3) forming an attribution line at i, or 0. */
function attributionLength(lines: string[], i: number): number {
  let joined = '';
  for (let n = 1; n <= 3 && i + n - 1 < lines.length; n++) {
    const l = lines[i + n - 1] ?? '';
    if (l.length > MAX_MARKER_LINE || BLANK.test(l) || QUOTED.test(l)) return 0;
    joined = (joined ? `${joined} ` : '') + l.trim();
    if (joined.length > 500) return 0;
    if (!joined.endsWith(':')) continue;
    // A date or an address in it: "On Tuesday you wrote:" in prose is not an attribution.
    if (!/[\d@]/.test(joined)) continue;
    for (const [start, end] of ATTRIBUTION) {
      // Without a start word it needs an address, and its first line must already be part of it
      // ("Hello" on the line above is not).
      const opens = start ? start.test(joined) : joined.includes('@') && /[\d@]/.test(lines[i] ?? '');
      if (opens && end.test(joined)) return n;
    }
  }
  return 0;
}

/** A trailing rule line ("________" above an Outlook header) belongs to the cut below it. */
function dropRuleTail(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (BLANK.test(lines[end - 1] ?? '') || RULE_LINE.test(lines[end - 1] ?? ''))) end--;
  return lines.slice(0, end);
}

/**
 * Everything from a `-- ` delimiter to the end of the run is signature, except P.S. paragraphs, and
 * except when only a bare name sits between it and more paragraphs of prose (see proseAfterName).
 */
function cutSignatureDelimiter(lines: string[]): string[] {
  const at = lines.findIndex(
    (l, i) =>
      SIG_DELIMITER.test(l) && (proseAfterName(lines, i + 1) > 0 || !signsOffLater(lines.slice(i + 1))),
  );
  if (at < 0) return lines;
  const resumes = proseAfterName(lines, at + 1);
  // The delimiter and the name go; the letter goes on (and may still end in a real signature).
  if (resumes > 0) return [...lines.slice(0, at), ...cutSignatureDelimiter(lines.slice(resumes))];
  const kept = lines.slice(0, at);
  const after = paragraphs(lines.slice(at + 1));
  for (const p of after) if (POSTSCRIPT.test(p[0] ?? '')) kept.push('', ...p);
  return kept;
}

/**
 * A `--` line followed by prose and then the rep's sign-off separates sections of the message; a
 * signature block does not contain a letter that is signed again.
 */
function signsOffLater(after: string[]): boolean {
  let prose = false;
  for (const p of paragraphs(after)) {
    if (!prose) {
      if (POSTSCRIPT.test(p[0] ?? '') || classify(p) !== 'prose') continue;
      prose = true;
      if (dropTrailingSignOff(p).length < p.length) return true;
    } else if (isSignOff(p[0] ?? '') && isSignatureBlock(p.slice(1))) return true;
  }
  return false;
}

// The paragraphs of prose below a `--` and a bare name that show the letter goes on. A single one
// may be a signature's tagline or slogan; a real signature has more than a bare name (title,
// company, contact) and is cut whatever follows.
const MIN_PROSE_AFTER_NAME = 2;

/**
 * For a `--` line whose next paragraph is only a bare name ("Dana", "Dana Rep") and is followed right
 * away by at least two paragraphs of prose: the index of the first line of that prose, else 0.
 */
function proseAfterName(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && BLANK.test(lines[i] ?? '')) i++;
  const name = (lines[i] ?? '').trim();
  if (!isBareName(name) || !BLANK.test(lines[i + 1] ?? '')) return 0;
  let start = i + 1;
  while (start < lines.length && BLANK.test(lines[start] ?? '')) start++;
  const next = paragraphs(lines.slice(start)).slice(0, MIN_PROSE_AFTER_NAME);
  if (next.length < MIN_PROSE_AFTER_NAME || next.some((p) => classify(p) !== 'prose')) return 0;
  return start;
}

/** A name alone on its line: a full name, or one capitalized word ("Dana,"). */
function isBareName(line: string): boolean {
  return isNameLine(line) || (/^\p{Lu}[\p{Ll}'’.-]*,?$/u.test(line) && !isReplyPhrase(line));
}

type ParagraphKind = 'prose' | 'sig' | 'signedSig' | 'strong' | 'weak';

/** Drops trailing signature blocks and footers; stops at the first paragraph of prose. */
function dropTail(lines: string[]): string[] {
  const paras = paragraphs(lines);
  // Classified from the end only as far as needed: long bodies cost one prose paragraph.
  const kinds: ParagraphKind[] = [];
  let start = paras.length;
  while (start > 0) {
    const kind = classify(paras[start - 1] ?? []);
    kinds[start - 1] = kind;
    if (kind === 'prose') break;
    start--;
  }
  // A message that is nothing but a short line ("Hello", a one-word answer) keeps it.
  if (start === 0 && paras[0] && kinds[0] === 'sig' && !isSignOff(paras[0][0] ?? '')) start = 1;
  // Weak footers (disclaimers, promo banners) count only below a real signature or notice.
  const anchor = kinds.findIndex((k, idx) => idx >= start && (k === 'signedSig' || k === 'strong'));
  for (let idx = start; idx < (anchor < 0 ? paras.length : anchor); idx++) {
    if (kinds[idx] === 'weak') start = idx + 1;
  }
  const keep = paras.slice(0, start);
  // The last kept paragraph may end in "Thanks,\nName" without a blank line before it.
  const last = keep[keep.length - 1];
  if (last) keep[keep.length - 1] = dropTrailingSignOff(last);
  return keep.flatMap((p, idx) => (idx ? ['', ...p] : p));
}

function dropTrailingSignOff(para: string[]): string[] {
  for (let i = Math.max(1, para.length - 6); i < para.length; i++) {
    if (isSignOff(para[i] ?? '') && isSignatureBlock(para.slice(i + 1))) return para.slice(0, i);
  }
  return para;
}

function classify(para: string[]): ParagraphKind {
  const text = para.join('\n');
  if (POSTSCRIPT.test(para[0] ?? '')) return 'prose';
  if (STRONG_FOOTER.some((re) => re.test(text))) return 'strong';
  if (isSignatureBlock(para)) {
    const signed = isSignOff(para[0] ?? '') || MOBILE_SIGNATURE.test(para[0] ?? '');
    return signed || para.length >= 2 ? 'signedSig' : 'sig';
  }
  if (WEAK_FOOTER.some((re) => re.test(text))) return 'weak';
  if (para.length === 1 && isPromoLine(text)) return 'weak';
  return 'prose';
}

const CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'at',
  'in',
  'on',
  'de',
  'del',
  'la',
  'le',
  'du',
  'des',
  'von',
  'van',
  'der',
  'für',
  'und',
  'y',
  'et',
  'e',
  'da',
  'do',
  'z',
  'o.o.',
  // Company forms written in lower case ("ChronoPuce inc.", "Bohemia Coaches s.r.o.").
  'inc.',
  's.r.o.',
  's.a.',
  's.l.',
  's.r.l.',
  'b.v.',
]);

/** Name, title, company, phone, address or sign-off: what signature blocks are made of. */
export function isSignatureLine(line: string): boolean {
  const l = line.trim();
  if (!l) return true;
  if (l.length > 100 || POSTSCRIPT.test(l)) return false;
  if (isSignOff(l) || MOBILE_SIGNATURE.test(l)) return true;
  if (isReplyPhrase(l)) return false;
  // A short label and an address alone ("Book a call: acme.example/dana"): a signature's booking link.
  if (LABELED_LINK.test(l)) return true;
  // Only words of cased scripts can look like names; Japanese or Chinese prose has no case.
  const words = l.split(/\s+/).filter((w) => /^[^\p{L}]*[\p{Lu}\p{Ll}]/u.test(w));
  const lower = words.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase()));
  // Sentences are not signatures, even short ones with a phone number in them.
  if (lower.length >= 3 && lower.length * 2 >= words.length) return false;
  // Ends like a sentence: "?", "!" or a full stop after a lowercase word ("Ltd." and "o.o." do not).
  if (/[?!]$/.test(l) || (/\p{Ll}{4,}\.$/u.test(l) && words.length >= 3)) return false;
  if (CONTACT_LINE.test(l) || BARE_DOMAIN.test(l)) return true;
  if (/%|[$€£¥]\s?\d/.test(l) || words.length === 0 || words.length > 10) return false;
  return lower.length * 10 <= words.length * 4;
}

// A web address without scheme or "www." on its own line ("ledgerleaf.io", "acme.co.uk/contact").
const BARE_DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/i;
const LABELED_LINK =
  /^[\p{L}][\p{L} '’-]{1,30}:\s*(?:https?:\/\/\S+|www\.\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?)$/iu;

// A full name on its own line ("Hugo Marchand", "Ana de la Cruz").
const NAME_LINE =
  /^\p{Lu}[\p{L}'.-]*(?:\s+(?:\p{Lu}[\p{L}'.-]*|de|la|van|von|der|da|del|du))*\s+\p{Lu}[\p{L}'.-]*$/u;
// Sentence-case titles ("Responsable commercial", "Sales manager") fail the capitalisation test
// but are signature lines when they sit under a full name.
const SHORT_TITLE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&–—-]+){1,3}\s*$/u;

// "Hi Pat" has the shape of a name but opens a message.
const GREETING = /^(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|hej)\b/i;

function isSignatureBlock(lines: string[]): boolean {
  // With a phone, mail or web line in the block, a sentence-case title may sit under a company line
  // too ("Bohemia Coaches s.r.o." / "Charter department" / "+420 ...").
  const contact = lines.some((l) => CONTACT_LINE.test(l));
  return lines.every(
    (l, i) =>
      isSignatureLine(l) ||
      (i > 0 &&
        (isNameLine(lines[i - 1]) || (contact && isSignatureLine(lines[i - 1] ?? ''))) &&
        isShortTitle(l.trim(), contact && isNameLine(lines[i - 1]))),
  );
}

/** A full name on its own line (not a greeting such as "Hi Pat"). */
export function isNameLine(line: string | undefined): boolean {
  const l = (line ?? '').trim();
  return l.length <= 60 && NAME_LINE.test(l) && !GREETING.test(l) && !isReplyPhrase(l);
}

// A short reply in title case ("Sounds Good", "Works For Me", "Will Do") has the shape of a name.
// Names are told from it by the words, not by a list of names: a reply opens with a verb or an
// answer word, or has a pronoun or an auxiliary in it, which names and company lines do not.
// Words that are also common first names or surnames ("Will", "May", "Hope", "Grace", "Young",
// "Good") are left out; adjectives only count alone on their line ("Perfect"), never at the head of
// a longer line ("Great Lakes Logistics"), and a pronoun only with other words ("Me." signs a note).
const REPLY_HEAD = new Set(
  'sounds looks works seems makes agreed done noted confirmed understood approved accepted absolutely definitely certainly sure okay ok yes yep yeah nope exactly correct'.split(
    ' ',
  ),
);
const REPLY_ALONE = new Set('perfect great fine excellent wonderful'.split(' '));
const REPLY_WORD = new Set(
  "me us you it we i'm i'll i've i'd we'll we're we've you're you'll it's that's let's is are am was be do does did don't doesn't won't can't not".split(
    ' ',
  ),
);

/** A short title-case reply rather than a name, title or company line (see REPLY_HEAD). */
export function isReplyPhrase(line: string): boolean {
  const words = line
    .trim()
    .replace(/[,.!]+$/, '')
    .replace(/’/g, "'")
    .split(/\s+/)
    // An all-caps word is an acronym ("IT Manager"), not the pronoun.
    .filter((w) => w && !/^\p{Lu}{2,}$/u.test(w));
  if (!words.length || words.length > 5) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/[,.!:;]+$/, ''));
  const head = lower[0] ?? '';
  // A lower-case connector between capitalised words joins a name ("Cortiças do Vouga"), not a reply.
  const capital = (i: number) => /^[^\p{L}]*\p{Lu}/u.test(words[i] ?? '');
  const joins = (i: number) => i > 0 && capital(i - 1) && capital(i + 1) && !capital(i);
  return (
    REPLY_HEAD.has(head) ||
    (words.length === 1
      ? REPLY_ALONE.has(head)
      : lower.some((w, i) => REPLY_WORD.has(w) && !(CONNECTORS.has(w) && joins(i))))
  );
}

function isShortTitle(line: string, underNameWithContact = false): boolean {
  if (!SHORT_TITLE.test(line)) return false;
  const words = line.split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w.toLowerCase()));
  // French and Spanish titles keep two words lower case ("Responsable commerciale export",
  // "Director técnico y comercial"), three under a name in a block with a phone or mail line
  // ("Chargé d'affaires marchés publics"); a pronoun or auxiliary makes it a sentence.
  const most = underNameWithContact ? 3 : 2;
  return (
    lower.length <= 1 ||
    (lower.length <= most && words.length <= 4 && !words.some((w) => REPLY_WORD.has(w.toLowerCase())))
  );
}

function paragraphs(lines: string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const l of lines) {
    if (BLANK.test(l)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && BLANK.test(lines[a] ?? '')) a++;
  while (b > a && BLANK.test(lines[b - 1] ?? '')) b--;
  return lines.slice(a, b);
}
