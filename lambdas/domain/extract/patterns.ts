// Lexicon of the forms mail clients use for quotes, forwards, signatures and footers.
// Localized: English, German, Spanish, French, plus common Italian, Dutch, Portuguese, Nordic.

/**
 * Attribution lines ("On … wrote:"), tested on up to three joined lines as a start and an end
 * pattern. Kept as two simple tests rather than one regex with ".{4,300}?" in the middle: the
 * combined form backtracks badly on long lines full of "@" (a ReDoS on crafted mail).
 */
export const ATTRIBUTION: Array<[start: RegExp | null, end: RegExp]> = [
  [/^On\b/i, /\b(?:wrote|writes)\s*:$/i],
  [/^Am\b/i, /\bschrieb\b[^:]{0,200}:$/i],
  [/^El\b/i, /\bescribi[óo]\s*:$/i],
  [/^Le\b/i, /\ba [ée]crit\s*:$/i],
  [/^Il\b/i, /\bha scritto\s*:$/i],
  [/^Op\b/i, /\bschreef\b[^:]{0,200}:$/i],
  [/^(?:Em|No dia)\b/i, /\bescreveu\s*:$/i],
  [/^(?:Den|På)\b/i, /\bskrev\b[^:]{0,200}:$/i],
  [/^(?:W dniu|Dnia)\b/i, /\bnapisa[łl]\w*\s*:$/i],
  // "Jane Doe <jane@x.example> wrote:" without the date part (the caller checks for an "@")
  [
    null,
    /(?:wrote|writes|schrieb|escribi[óo]|a [ée]crit|ha scritto|schreef|escreveu|skrev|написал[аи]?|пишет)\s*:$/i,
  ],
];

/** A run of dashes or similar around a quote or forward title. */
export const SEP = '[-_=*~]{2,}';

/** Separator lines after which everything is an earlier message. */
export const ORIGINAL_MESSAGE = new RegExp(
  String.raw`^\s*${SEP}\s*(?:Original Message|Ursprüngliche Nachricht|Original-?Nachricht|Mensaje original|Message d'origine|Message original|Messaggio originale|Oorspronkelijk bericht|Mensagem original|Originalmeddelande|Opprinnelig melding|Oprindelig meddelelse|Wiadomość oryginalna)\s*${SEP}\s*$`,
  'i',
);

/** What clients write between dashes over a forwarded message, in the languages we see. */
export const FORWARD_TITLE = `(?:Forwarded message|Forwarded e-?mail|Weitergeleitete Nachricht|Weitergeleitete E-Mail|Mensaje reenviado|Correo reenviado|Message transf[ée]r[ée]|Messaggio inoltrato|Doorgestuurd bericht|Mensagem encaminhada|Mensagem reencaminhada|Vidarebefordrat meddelande|Videresendt (?:meddelelse|melding)|Wiadomo[śs][ćc] przekazana dalej)`;

/** Forwarded-message markers: the forwarded content is not the rep's text. */
export const FORWARD_MARKERS: RegExp[] = [
  new RegExp(String.raw`^\s*${SEP}\s*${FORWARD_TITLE}\s*${SEP}\s*$`, 'i'),
  /^\s*(?:Begin forwarded message|Anfang der weitergeleiteten (?:Nachricht|E-Mail)|Inicio del mensaje reenviado|D[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|Inizio messaggio inoltrato|Begin doorgestuurd bericht|In[íi]cio da mensagem (?:reencaminhada|encaminhada))\s*:\s*$/i,
  /^\s*-{3,}\s*Forwarded by\b/i,
];

// Outlook-style header fields, optionally in *bold* as Gmail renders HTML bold in plain text.
const B = '[*_]{0,2}';
const field = (names: string) => new RegExp(`^\\s*${B}(?:${names})${B}\\s?:${B}(?:\\s|$)`, 'i');
export const HEADER_FROM = field('From|Von|De|Da|Van|Från|Fra|Od|От|Kimden|Feladó|Lähettäjä');

/** The value of the first From: field among these header lines, or ''. */
export function fromField(lines: readonly string[]): string {
  for (const line of lines) {
    const m = HEADER_FROM.exec(line);
    if (m) return line.slice(m[0].length);
  }
  return '';
}
export const HEADER_SENT = field(
  'Sent|Date|Gesendet|Datum|Enviado el|Enviado|Enviada em|Envoyé le|Envoyé|Inviato|Data|Verzonden|Fecha|Skickat|Sendt|Wysłano|Lähetetty',
);
export const HEADER_TO = field('To|An|Para|À|A|Aan|Till|Til|Do|Cc|CC|Kopie|Cco');
export const HEADER_SUBJECT = field(
  'Subject|Betreff|Asunto|Objet|Oggetto|Onderwerp|Assunto|Ämne|Emne|Temat|Aihe',
);
/** The whole header block on one line, as some clients and HTML conversions produce. */
export const HEADER_ONE_LINE =
  /^\s*[*_]{0,2}(?:From|Von|De|Da|Van)[*_]{0,2}\s?:.{1,300}?\b(?:Sent|Date|Gesendet|Datum|Enviado(?: el)?|Envoy[ée]|Inviato|Verzonden|Fecha)\s?:.{1,200}?\b(?:To|An|Para|À|A|Aan|Subject|Betreff|Asunto|Objet|Oggetto|Onderwerp)\s?:/i;
/** A rule line some clients put above the header block. */
export const RULE_LINE = /^\s*(?:[_]{5,}|[-]{5,}|[=]{5,})\s*$/;

/** `-- ` (RFC 3676) and the bare `--` many clients leave after trimming. */
export const SIG_DELIMITER = /^(?:-- ?|__)$/;

/** P.S. lines are the rep's text even below a signature. */
export const POSTSCRIPT = /^\s*(?:P\.?\s?P?\.?\s?S\.?|PS)\s*[:.,-]?\s/i;

const SIGN_OFFS = [
  // English
  'best',
  'best regards',
  'best wishes',
  'all the best',
  'kind regards',
  'kindest regards',
  'warm regards',
  'warmest regards',
  'regards',
  'rgds',
  'br',
  'many thanks',
  'thanks',
  'thank you',
  'thanks again',
  'thanks so much',
  'thanks & regards',
  'thanks and regards',
  'thx',
  'cheers',
  'sincerely',
  'yours sincerely',
  'sincerely yours',
  'yours truly',
  'yours',
  'talk soon',
  'speak soon',
  'warmly',
  'respectfully',
  'with thanks',
  'take care',
  // German
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'mit besten grüßen',
  'freundliche grüße',
  'freundliche grüsse',
  'viele grüße',
  'viele grüsse',
  'beste grüße',
  'beste grüsse',
  'liebe grüße',
  'herzliche grüße',
  'schöne grüße',
  'gruß',
  'grüße',
  'mfg',
  'lg',
  'vg',
  'vielen dank',
  'besten dank',
  'danke',
  // Spanish
  'saludos',
  'un saludo',
  'saludos cordiales',
  'un cordial saludo',
  'atentamente',
  'cordialmente',
  'un abrazo',
  'gracias',
  'muchas gracias',
  // French
  'cordialement',
  'bien cordialement',
  'bien à vous',
  'salutations',
  'sincères salutations',
  'meilleures salutations',
  'merci',
  'merci beaucoup',
  'bonne journée',
  'belle journée',
  'à bientôt',
  'amitiés',
  // Italian, Portuguese, Dutch
  'cordiali saluti',
  'distinti saluti',
  'saluti',
  'grazie',
  'atenciosamente',
  'abraços',
  'obrigado',
  'obrigada',
  'met vriendelijke groet',
  'met vriendelijke groeten',
  'groeten',
  'mvg',
];
const toPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Longest first: the regex takes the first alternative that matches ("best" before "best regards").
const SIGN_OFF_PHRASE = new RegExp(
  `^\\s*(?:${[...SIGN_OFFS]
    .sort((a, b) => b.length - a.length)
    .map(toPattern)
    .join('|')})\\s*[,.!]*`,
  'iu',
);
// Case-sensitive on purpose: "Merci pour votre retour" is a sentence, "Merci, Hugo" a sign-off.
const SIGN_OFF_NAME = /^(?:\s+\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2})?\s*[,.!]*\s*$/u;

/** A sign-off line, optionally followed by the name on the same line ("Thanks, Dana"). */
export function isSignOff(line: string): boolean {
  const m = SIGN_OFF_PHRASE.exec(line);
  return m !== null && SIGN_OFF_NAME.test(line.slice(m[0].length));
}

export const MOBILE_SIGNATURE =
  /^\s*(?:Sent from my\b|Sent from (?:Mail|Outlook|Yahoo)\b|Get Outlook for\b|Von meinem \S+ gesendet|Gesendet von\b|Enviado desde mi\b|Envoy[ée] de mon\b|Inviato da\b|Verzonden vanaf\b|Enviado do meu\b)/i;

/** Footer cues strong enough to drop a trailing paragraph wherever it sits in the tail. */
export const STRONG_FOOTER: RegExp[] = [
  /\bintended (?:solely |only |exclusively )?for the (?:sole )?(?:use of the )?(?:named |intended )?(?:individual|addressee|recipient|person|entity)/i,
  /\bintended only for\b/i,
  /\bif you (?:are not the intended|have received this|received (?:this|it) in error)/i,
  /\b(?:confidentiality|privileged and confidential|legal) notice\b/i,
  /\bthis (?:e-?mail|message|communication|transmission)(?: and any (?:attachments?|files?)(?: transmitted with it)?)? (?:is|are|may contain|contains|and its attachments)\b[^.]{0,80}\b(?:confidential|privileged|intended)/i,
  /\b(?:unsubscribe|opt[- ]out|manage (?:your )?(?:e-?mail )?preferences|update your (?:e-?mail )?preferences)\b/i,
  /\b(?:you(?:'|’)?re receiving this|you are receiving this|don(?:'|’)?t want to hear from (?:me|us)|not the right person\?|reply ["“']?stop\b)/i,
  /\b(?:please consider the environment|think before (?:you )?print)/i,
  /\b(?:registered (?:office|in (?:England|Scotland|Wales|Northern Ireland|Ireland))|company registration|Amtsgericht|Handelsregister|Registergericht|Gesch[äa]ftsf[üu]hr(?:er|ung)\s*:|USt-?IdNr|Sitz der Gesellschaft|SIRET|RCS [A-Z]|Registro Mercantil)\b/i,
  // Trading terms a forwarder or carrier prints under every mail ("all business is transacted under the BIFA conditions").
  /\b(?:all )?business (?:is )?(?:transacted|undertaken|conducted|handled) (?:subject to|under|in accordance with)\b[^.]{0,80}\b(?:conditions|terms)\b/i,
  // German, Spanish, French confidentiality and unsubscribe notices
  /\bDiese (?:E-Mail|Nachricht)[^.]{0,120}\bvertraulich|\birrtümlich erhalten|\bnicht der (?:richtige|vorgesehene) (?:Adressat|Empfänger)|\babmelden\b/i,
  /\bEste (?:correo|mensaje)[^.]{0,120}\bconfidencial|\bdestinatario (?:indicado|previsto)|\bdarse de baja\b|\baviso legal\b/i,
  /\bCe (?:message|courriel|e-mail)[^.]{0,120}\bconfidenti|\bdestinataire (?:indiqu|pr[ée]vu)|\bse d[ée]sinscrire|\bvous d[ée]sabonner|\bd[ée]sinscription/i, // Data-protection notices (GDPR and its Spanish, German and French names).
  /\b(?:RGPD|GDPR|DSGVO|LOPDGDD)\b[^.]{0,200}\b(?:datos|data|Daten|donn[ée]es|personal)/i,
  /\b(?:en cumplimiento|in compliance|conform[ée]ment|gem[äa](?:ß|ss)|in accordance)\b[^.]{0,60}\b(?:RGPD|GDPR|DSGVO|protecci[óo]n de datos|data protection|protection des donn[ée]es|Datenschutz)/i,
];

/** Disclaimers and promo banners: dropped only below a real signature block or a strong footer. */
export const WEAK_FOOTER: RegExp[] = [
  /\bsubject to (?:the )?(?:terms|conditions|availability|change)\b/i,
  /\bmay not be combined\b/i,
  /\bexclud(?:e|es|ing) (?:applicable )?(?:taxes|VAT|tax)\b/i,
  /\bterms (?:and|&) conditions (?:apply|at)\b/i,
  /\b(?:all rights reserved|©|\(c\) \d{4})/i,
];
const PROMO_CAPS = /\b[A-Z]{4,}\b/; // case-sensitive on purpose: "SPRING SALE"
const PROMO_HOOK = /%|\b(?:free|off|sale|new)\b/i;
const PROMO_CTA =
  /https?:\/\/|\bwww\.|\b(?:learn more|ask me about|book a demo|register (?:now|here)|follow us|download (?:our|the)|read (?:our|the) (?:blog|case stud))/i;

/** A one-line banner: an all-caps word with an offer hook, a link, or a call to action. */
export function isPromoLine(line: string): boolean {
  return line.length <= 200 && ((PROMO_CAPS.test(line) && PROMO_HOOK.test(line)) || PROMO_CTA.test(line));
}

export const CONTACT_LINE =
  /(?:\b[\w.+-]+@[\w-]+\.[\w.-]+\b|https?:\/\/|\bwww\.|(?:\+?\d[\d\s().-]{6,}\d)|\b(?:tel|phone|mob|mobile|cell|fax|ph|m|o|t|c|f|d)\s*[.:]?\s*\+?\d)/i;

/** Initials prefixes a rep puts before inline comments: "[DR]", "DR:", ">> DR", "<DR>". */
export function initialsPattern(initials: string[]): RegExp {
  const any = initials.length ? `${initials.join('|')}|[A-Z]{2,3}` : '[A-Z]{2,3}';
  const own = initials.join('|');
  // A bare "XX:" is only taken for the rep's own initials ("CC:", "RE:" and "PS:" are not initials).
  const bare = own ? `|(?:${own})\\s*[:>–—-]|>>\\s*(?:${own})\\b` : '';
  return new RegExp(`^\\s*(?:[[(<]\\s*(?:${any})\\s*[\\])>]${bare})`);
}

/** Two- and three-letter initials of a display name ("Dana Rep", "Rep, Dana", "Dana M. Rep"). */
export function initialsOf(name: string | undefined): string[] {
  const words = (name ?? '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''))
    .filter(Boolean);
  if (words.length < 2 || words.length > 4) return [];
  const first = (w: string) => (w[0] ?? '').toUpperCase();
  const out = new Set<string>();
  const a = words[0] ?? '';
  const z = words[words.length - 1] ?? '';
  out.add(first(a) + first(z));
  if (name?.includes(',')) out.add(first(words[1] ?? '') + first(a)); // "Rep, Dana"
  if (words.length === 3) out.add(words.map(first).join(''));
  return [...out].filter((i) => /^\p{Lu}{2,3}$/u.test(i));
}

/** Display name and address a message is sent from. */
export interface Sender {
  name?: string;
  address?: string;
}

const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Whether the value of a quoted header's From: field names this sender, by address or by display
 * name; undefined when it cannot tell (no value, or nothing both sides give to compare).
 */
export function sentBy(from: string, sender: Sender | undefined): boolean | undefined {
  const value = from.trim();
  if (!value || !sender) return undefined;
  const address = sender.address?.toLowerCase();
  const addresses = (value.match(ADDRESS) ?? []).map((a) => a.toLowerCase());
  if (address && addresses.includes(address)) return true;
  // "Dana Rep", "Rep, Dana", "\"Dana Rep\" <dana@…>": the same words in any order.
  const words = (s: string) =>
    s
      .replace(/<[^>]*>|\[mailto:[^\]]*\]|\S+@\S+/gi, ' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .sort()
      .join(' ');
  const name = words(sender.name ?? '');
  const theirs = words(value);
  if (name && name === theirs) return true;
  return (address && addresses.length) || (name && theirs) ? false : undefined;
}
