// Detection: a cheap trigger scan over the whole text finds candidate sentences; only those get the
// concept analysis in rules.ts. Everything is compiled once per policy object (WeakMap cache).
import type { CustomRule, Policy } from '../policy';
import type { Category, Field, Finding, Severity } from '../types';
import { BUILTIN_RULES, type BuiltinRuleId, type RuleInfo } from './catalog';
import { candidates } from './gate';
import { apos, negated, quotaPressure, type Sentence, unilateralDiscount } from './rules';
import { fold, sentenceAround, sentenceEnd, sentenceStart, trimSpan } from './text';
import { expandClasses, trieSource } from './trie';

export { BUILTIN_RULE_IDS, BUILTIN_RULES } from './catalog';

export interface DetectInput {
  subject: string;
  body: string;
}

/**
 * Anchor words (prefixes of folded words): every built-in rule needs at least one of them in its
 * sentence. One trie-shaped regex finds candidates; per-family gates skip analysis that cannot fire.
 */
const QP_ANCHORS = [
  // subtle pressure (subtle.tuned.txt): whose side the timing counts on, promises, trips
  'para nosotros',
  'nuestro lado',
  'bei uns',
  'internos',
  'for us',
  'on our side',
  'on our end',
  'trip',
  'done deal',
  'told',
  'promised',
  'on the board',
  'forcast',
  'deals',
  'orders',
  'signatures',
  'wins',
  'logos',
  'get paid',
  'owe you',
  'pressure',
  'druck',
  'presi',
  'pression',
  'spif',
  'contest',
  'payout',
  'paycheck',
  'under the gun',
  'crunch',
  'on the line',
  'falta',
  'manque',
  'cfo',
  'coo',
  'founder',
  'save my',
  'quota',
  'cuota',
  'commission',
  'comisi',
  'provision',
  'accelerator',
  'club',
  'target',
  'number',
  'n[uú]mer',
  'forecast',
  'commit',
  'bonus',
  'pipeline',
  'plan',
  'ziel',
  'zahlen',
  'objetivo',
  'meta',
  'objectif',
  'chiffre',
  'prime',
  'quarter',
  'q[1-4]',
  'month',
  'fiscal',
  'fy',
  'half',
  'h[12]',
  'year',
  'books',
  'quartal',
  'monat',
  'gesch',
  'halbjahr',
  'trimestre',
  'mes',
  'ejercicio',
  'semestre',
  'mois',
  'exercice',
  'ann',
  'period',
  'vp',
  'svp',
  'evp',
  'rvp',
  'avp',
  'vice',
  'manager',
  'boss',
  'director',
  'cro',
  'ceo',
  'leadership',
  'management',
  'supervisor',
  'higher',
  'chef',
  'vorgesetz',
  'vertriebsleit',
  'teamleit',
  'jef',
  'gerente',
  'responsable',
  'directeur',
  'directrice',
  'patron',
  'direction',
  'hi[ée]rarch',
  'direcci',
  'leaderboard',
  'variable',
  'comp plan',
  'kicker',
  'ote',
  'goal',
  'strong',
  'on a high',
  'with a bang',
  'stack rank',
  'n\\+1',
  'help',
  'riding',
  'break',
  'shot',
  'away',
  'tough',
  'rough',
  'slow',
  'difficult',
  'brutal',
  'count',
  'favo',
  'mean',
  'between',
  'w[uü]rde',
  'ayudar',
  'aiderai',
  'short',
  'behind',
  'for me',
  'on my',
  'my side',
  'to me',
  'personally',
  'f[uü]r mich',
  'meinerseits',
  'para m',
  'de mi parte',
  'pour moi',
  'de mon',
  'need',
  'must',
  'have to',
  'got to',
  'gotta',
  'trying',
  'try to',
  'love to',
  'like to',
  'hoping',
  'hope to',
  'want to',
  'ich m',
  'ich brauch',
  'wir m',
  'necesit',
  'tengo que',
  'debo',
  'quiero',
  'me gustar',
  'je dois',
  'il me faut',
  'besoin',
  'voudrais',
  'aimerais',
  'closing',
  'wrapping',
  'ending',
  'finishing',
  'matter',
  'do anything',
  'does anything',
  'do much',
  'does much',
  'mir fehl',
  'uns fehl',
  // quota_pressure concept breadth (taxonomy round)
  'upstairs',
  'deal desk',
  'powers that be',
  'superiors',
  'attainment',
  'jahr',
  'cierre',
  'cl[oô]tur',
  'eo[mqy]',
  'banking on',
  'relying on',
  'save me',
  'saving me',
  'gefallen',
  'helfen',
  'hilft',
  'salvar',
  'rendriez',
  'rendrai',
  'aideriez',
  'sauver',
  'juego',
  'joue',
  'd[eé]pann',
  'shy',
  'bono',
  'pr[aä]mie',
  'incentiv',
  'my comp',
  'deal review',
  'deal call',
  'quote',
  'cifra',
  // quota_pressure idiom round
  'make-or',
  'make or',
  'do-or',
  'do or',
  'sink',
  'all-or',
  'all or',
  'difference between',
  'decides',
  'determines',
  'under our',
  'under my',
  'below our',
  'below my',
  'objective',
  'toward',
  'bucket',
  'pot',
  'column',
  'ledger',
  'tally',
  'turns over',
  'rolls',
  'flips',
  'over the',
  'across the',
  'past the',
  // blind3 round
  'piden',
  'exigen',
  'expects of',
  "ce qu'on me",
  "ce qu'ils",
  'updates on',
  'update on',
  'updates about',
  'update about',
  'brauche ich',
  'brauchen wir',
  'wir brauchen',
  'il me manque',
  'il nous manque',
  'me falta',
  'nos falta',
  "m'arrangerait",
  "a m'arrangerait",
  'fehlen mir',
  'fehlt mir',
  'fehlen uns',
  'fehlt uns',
  'umsatzziel',
  'vertriebsziel',
  'given me',
  'gave me',
  'miss',
  'head',
  'not yours',
  'on the hook',
  'depends on',
  'hangs on',
  'rides on',
  'is mine',
];
const UD_ANCHORS = [
  // an increase not applied or suspended (ES, FR, DE): "no aplicamos la subida", "Anpassung ausgesetzt"
  'aplic',
  "n'appliqu",
  'anpassung',
  // subtle concessions (subtle.tuned.txt): costs carried, lines not added, use carried on
  'geht',
  'seguir usando',
  'continuez',
  'reclam',
  'ask for them back',
  'asking for them back',
  'into the',
  'mit dazu',
  'hire',
  'no rush',
  'no hurry',
  'air in',
  'fuss',
  'redond',
  'olvidamos',
  'softer',
  'paid',
  'pay only',
  'ourselves',
  'myself',
  // a price handed over with a pronoun: "drop it to 9.20 a unit", "get that to 310 per pallet"
  'drop it',
  'drop that',
  'drop this',
  'drop them',
  'get it to',
  'get that to',
  'bring it to',
  'bring that to',
  'charg',
  'bill',
  'as a thank',
  'dollar',
  'usd',
  'eur',
  'gbp',
  'chf',
  'pound',
  'half',
  'two for',
  '2 for',
  'mache',
  'gebe',
  'round',
  'call it',
  'courtesy',
  'goodwill',
  'schenk',
  'defer',
  'delay',
  'postpone',
  'credit',
  'refund',
  'make you',
  'percent',
  'per cent',
  'prozent',
  'ciento',
  'pour cent',
  'off',
  'knock',
  'price',
  'pricing',
  'rate',
  'fee',
  'quote',
  'total',
  'amount',
  'subscription',
  'lower',
  'down',
  'difference',
  'middle',
  'cheaper',
  'less',
  'discount',
  'rabatt',
  'nachlass',
  'preis',
  'sonder',
  'descuento',
  'rebaj',
  'bonific',
  'precio',
  'remise',
  'rabais',
  'ristourne',
  'prix',
  'special',
  'better',
  'reduc',
  'r[ée]duc',
  'preferred',
  'geste',
  'entgegen',
  'betrag',
  'angebot',
  'mejorar',
  'mejoro',
  'mejoramos',
  'descend',
  'dej',
  'gr[aâ]ce',
  'ajustar',
  'revoir',
  'am[ée]lior',
  'tarif',
  'oferta',
  'importe',
  'montant',
  'devis',
  'effort',
  'cost',
  'free',
  'house',
  'on us',
  'comp',
  'gratis',
  'umsonst',
  'kosten',
  'aufpreis',
  'mehrkosten',
  'cargo',
  'cobr',
  'regal',
  'gratuit',
  'frais',
  'suppl',
  'surco',
  'cadeau',
  'waiv',
  'erlass',
  'verzicht',
  'condon',
  'perdon',
  'aplaz',
  'rechnung',
  'exon',
  'cover',
  'expense',
  'on me',
  'reduz',
  'baiss',
  'r[ée]dui',
  'diminu',
  'senke',
  'grandfather',
  'lock',
  'pick up',
  'picking up',
  'absorb',
  'eat',
  'pay for',
  'asum',
  'cubr',
  'prend',
  'throw',
  'chuck',
  'halves',
  'split',
  'mates',
  "mate's",
  'let you have',
  'do you a',
  'break',
  'toss',
  'sweeten',
  'obendrauf',
  'dazu',
  'extend',
  'extension',
  'prolong',
  'alarg',
  'prorrog',
  'rallong',
  '[eé]ch[eé]anc',
  'verl[äa]nger',
  'ampli',
  'trial',
  'pilot',
  'poc',
  'proof',
  'evaluation',
  'test',
  'prueba',
  'essai',
  'another',
  'extra',
  'additional',
  'more',
  'further',
  'flexib',
  'room',
  'leeway',
  'scope',
  'give',
  'spielraum',
  'marge',
  'souplesse',
  'best',
  'lowest',
  'sharpest',
  'final',
  'pencil',
  'see what',
  'check what',
  'figure',
  'name your',
  'negotiab',
  'open to',
  'da geht',
  'hay',
  'ver qu',
  'mirar',
  'voir ce',
  'regarder',
  'match',
  'beat',
  'honor',
  'honour',
  'increase',
  'uplift',
  'escalator',
  'keep you',
  'igual',
  'align',
  'gleich',
  'terms',
  'net',
  'grant',
  'accord',
  'consent',
  'conc[eé]d',
  'otorg',
  'gew[aä]hr',
  'einr[aä]um',
  'r[aä]ume',
  'entf[aä]ll',
  'f[aä]llt',
  'fallen',
  'gestrichen',
  'streich',
  'elimin',
  'quit',
  'suprim',
  'supprim',
  'annul',
  'retir',
  'enlev',
  'consider',
  'call the',
  'call that',
  'call your',
  'call this',
  'taking care',
  'foot',
  // taxonomy round: price lock, fees not charged, costs on us, credits, payment relief, flexibility
  'what you pay',
  'berechn',
  'verrechn',
  'fakturier',
  'factur',
  'gasto',
  'cuenta',
  'geht auf',
  'gehen auf',
  'lasten',
  'payment',
  'instal',
  'interest',
  'zins',
  'plazo',
  'zahlungs',
  'stund',
  'verschieb',
  'latitude',
  'headroom',
  'married',
  'wedded',
  'stone',
  'stein',
  'marbre',
  'luft',
  'gutschr',
  'gutgeschr',
  'schreiben ihnen',
  'schreiben wir',
  'abon',
  'un avoir',
  'rund',
  'abrund',
  'poire',
  'diferencia',
  'mitte',
  'erh[oö]hung',
  'rock',
  'without pay',
  'let it',
  'let that',
  'let this',
  'letting',
  'in rechnung',
  'renunc',
  'renon',
  'pagar',
  'payer',
  'r[ée]gler',
  'zahlen',
  'budget',
  'pay in',
  'pay at',
  'pay after',
  'pay within',
  'bundl',
  'nothing',
  'reimburs',
  'weg',
  'demo',
  'loaner',
  'paying',
  'wiggle',
  'say the word',
  'discuter',
  'hablar',
  'negoci',
  'n[ée]goci',
  'works for both',
  // unilateral_discount idiom round
  'zero',
  'instead',
  'rather than',
  'in place of',
  'medio precio',
  'mitad',
  'halben',
  'moiti',
  'demi-tarif',
  'standard',
  'basic',
  'starter',
  'hike',
  'bump',
  'flat',
  'forget',
  'worry',
  'never mind',
  'bother',
  "it's on",
  "that's on",
  'it is on',
  'that is on',
  'scratch',
  // blind3 round: costs not passed on, invoicing held, fee nouns without an anchor, "por la casa"
  'invoic',
  'pass the',
  'pass this',
  'pass that',
  'pass those',
  'pass any',
  'pass our',
  'pass its',
  'passed on',
  'passing',
  'levy',
  'levie',
  'keep invoic',
  'pauschal',
  'zuschlag',
  'por la casa',
  'pagand',
  // blind3b round
  'swallow',
  'let you off',
  'weniger',
  'menos',
  'moins',
  'amigo',
  "d'ami",
  'freundschaft',
  'friends',
  'keep the',
  'enjoy',
  "this year's",
  "last year's",
  "today's",
  // blind3d round
  'write off',
  'writing off',
  'written off',
  'disappear',
  'vanish',
  'go away',
  'fit it',
  'fit that',
  'fit the quote',
  'fit the pric',
  'fit our',
  'fit my',
  // concepts of the sixth session's probe round (reworked numbers, meeting at a figure, honoured old quotes …)
  'meet you',
  'as low as',
  'same money',
  'same amount',
  'forgiv',
  'rework',
  'rejig',
  'restructur',
  'tweak',
  'massag',
  'shuffl',
  'play with',
  'play around',
  'number',
  'do better',
  'do something',
  'nudg',
  'inch',
  'walk',
  'customs',
  'duties',
  'int[ée]r',
  'sandbox',
  'handl',
  'deal with',
  'dealing with',
  'sort',
  // concepts of the blind16 round (a figure offered as an opening, costs that never reach the buyer …)
  'starting point',
  'up for discussion',
  'opening',
  'ballpark',
  'smaller number',
  'sharper',
  'l[öo]sung',
  'einig',
  'schmerzgrenze',
  'wunschpreis',
  'zielpreis',
  'cifra',
  'chiffre',
  'below',
  'beneath',
  'you under',
  'ziehen wir',
  'ziehe ich',
  'problem',
  'headache',
  'nil on',
  '0 on',
  'never reach',
  'reach you',
  'hit your',
  'land on',
  'unbilled',
  'uncharged',
  'while still',
  'but still',
  'and still',
  'while only',
  'but only',
  'and only',
  'write them',
  'write it',
  'write those',
  'write these',
  'write that',
  'writing them',
  'writing it',
  'track',
  'log',
  'clock',
  'record',
  'gift',
  'present',
  "c'est",
  'pagamos',
  'pago',
  'running',
  'stay',
  'remain',
  'lass',
  'laiss',
  'can wait',
  'could wait',
  'peut attendre',
  'kann warten',
  'puede esperar',
  'whenever',
  'the rest',
  'the balance',
  'the remainder',
  'slip',
  'sneak',
  'mov',
  'push',
  'shift',
  'slid',
  'hold',
  'park',
  'sin tocar',
  'without touching',
  'sans toucher',
  'baj',
  'capped',
  'limited',
  'held',
  'frozen',
  'kept',
  'mant',
  'respet',
  'conserv',
  'maint',
  'gard',
  'behalt',
  'belass',
  'halt',
  'at zero',
  'to zero',
  "won't find",
  'will not find',
  'never find',
  'not find',
  "don't find",
  "won't see",
  'appear',
  'show up',
  'be listed',
  'overage',
  'item for item',
  'penny for penny',
  'like for like',
  'no more than',
  'not more than',
  'maximum',
  'for zero',
  'tourner',
  'cuota',
  'mensualidad',
  'nehm',
  'mitnehm',
  'aufnehm',
  'gesamtsumme',
  'gesamtpreis',
  'no extra',
  'start charging',
  'start billing',
  'start invoicing',
  'begin charging',
  'begin billing',
  'nearer',
  'closer',
  'kappe',
  'a[ñn]ad',
  'inclu',
  'ajout',
  'fold',
  'congel',
  'fij',
  'bloqu',
  'g[eè]l',
  'garanti',
  'fix',
  'frier',
  'sicher',
  'keeping',
  'stretch',
  'lengthen',
  'leave',
  'leaving',
  'let you keep',
  'let you hang',
  'let you hold',
  'no charge',
  'picked up',
  'deposit',
  "don't take",
  "won't take",
  'wont take',
  'not take',
  "don't charge",
  "won't charge",
  'giving you',
  'ship you',
  'add you',
  'adding you',
  'on maintient',
  'on garde',
  'take',
  'grab',
  'statt',
  'anstatt',
  'au lieu',
  'en lugar',
  'en vez',
  'arrears',
  'set aside',
  'put aside',
  'shelved',
  'scrapped',
  'forgone',
  'not applied',
  'eight',
  'seven',
  'nine',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'roll',
  'avoir',
  'commercial gesture',
  'd[ií]as',
  'days',
  'tage',
  'jours',
  'revis',
  'adjust',
  'updat',
  'amend',
  'drin',
  'mxn',
  'pesos',
  'inr',
  'gonna',
  'wanna',
  'lemme',
  'in ihrem fall',
  'in your case',
  'en su caso',
  'dans votre cas',
  'next year',
  'statement',
  'took',
  'struck',
  'strike',
  'dropped',
  'pulled',
  'crossed',
  'line',
  'return',
  'pay back',
  'send',
];
// \b is ASCII-only: anchors that start with another letter or a digit get their own branch.
const EXTRA_UD =
  '|\\d\\s?%|[$€£]\\s?\\d|rabatt|nachlass|[uü]bern[ei]hm|m[aá]s barato|moins cher|[àa] nos frais|\\bnot (?:the |our |your )?(?:usual |list |normal |standard |regular |catalog(?:ue)? )?[$€£]?\\d';
const gate = (anchors: string[], extra: string, flags: string) =>
  new RegExp(`\\b${trieSource(anchors.flatMap(expandClasses))}${extra}`, flags);
const TRIGGER = gate([...QP_ANCHORS, ...UD_ANCHORS], EXTRA_UD, 'g');
const QP_GATE = gate(QP_ANCHORS, '', '');
const UD_GATE = gate(UD_ANCHORS, EXTRA_UD, '');

interface CompiledCustom {
  rule: CustomRule;
  /** Global regexes over folded text; phrases and patterns alike. */
  matchers: RegExp[];
  unless?: RegExp;
}

interface Compiled {
  info: Map<BuiltinRuleId, RuleInfo>;
  enabled: (id: BuiltinRuleId) => boolean;
  custom: CompiledCustom[];
}

const cache = new WeakMap<Policy, Compiled>();
const REPLY_PREFIX = /^\s*(?:re|aw|sv|vs|fw|fwd|wg|tr|rv|rif|enc|ant)\s*(?:\[\d+\])?\s*:/i;

function compile(policy: Policy): Compiled {
  const hit = cache.get(policy);
  if (hit) return hit;
  const overrides = policy.overrides ?? {};
  const info = new Map<BuiltinRuleId, RuleInfo>();
  for (const r of BUILTIN_RULES) {
    const o = overrides[r.id];
    if (o?.enabled === false) continue;
    info.set(r.id as BuiltinRuleId, o?.severity ? { ...r, severity: o.severity } : r);
  }
  const custom = (policy.rules ?? [])
    .filter((r) => r.enabled)
    .map((rule) => {
      const matchers = rule.patterns.map((p) => new RegExp(p, 'giu'));
      if (rule.phrases.length) matchers.push(new RegExp(phraseSource(rule.phrases), 'gu'));
      const unless = rule.unless.length ? new RegExp(phraseSource(rule.unless), 'u') : undefined;
      return { rule, matchers, unless };
    });
  const compiled: Compiled = { info, enabled: (id) => info.has(id), custom };
  cache.set(policy, compiled);
  return compiled;
}

function phraseSource(phrases: string[]): string {
  const parts = phrases.map((p) =>
    fold(p)
      .trim()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s+'),
  );
  return apos(`(?<![\\p{L}\\p{N}_])(?:${parts.join('|')})(?![\\p{L}\\p{N}_])`);
}

export function detect(input: DetectInput, policy: Policy): Finding[] {
  return detectWith(input, policy, 'gated');
}

/**
 * How built-in rules pick sentences. `gated` (production): the concept gate (gate.ts) in front of the
 * trigger walk; `walk`: the trigger walk alone; `exhaustive`: every sentence. Tests prove that the
 * shortcuts lose nothing.
 */
export type DetectMode = 'gated' | 'walk' | 'exhaustive';

/** Like detect, but without the trigger prefilter and family gates: for tests of those shortcuts. */
export function detectExhaustive(input: DetectInput, policy: Policy): Finding[] {
  return detectWith(input, policy, 'exhaustive');
}

export function detectWith(input: DetectInput, policy: Policy, mode: DetectMode): Finding[] {
  const compiled = compile(policy);
  const findings: Finding[] = [];
  scanField('subject', input.subject ?? '', compiled, findings, mode);
  scanField('body', input.body ?? '', compiled, findings, mode);
  return findings;
}

const EVERY_WORD = /[\p{L}\p{N}%$€£]/gu;

type Emit = (start: number, end: number, id: BuiltinRuleId) => void;

function scanField(field: Field, text: string, c: Compiled, out: Finding[], mode: DetectMode): void {
  if (!text) return;
  // Folding a long two-byte string costs more than the whole gate: only done when needed.
  let folded: string | undefined;
  const lower = () => {
    folded ??= fold(text);
    return folded;
  };
  // A reply/forward subject was written by the other side: judge it like body text (needs a voice).
  const isSubject = field === 'subject' && !REPLY_PREFIX.test(text);
  const emit = (
    start: number,
    end: number,
    rule: string,
    category: Category,
    severity: Severity,
    why: string,
    suggestion: string,
  ) => {
    out.push({
      rule,
      category,
      severity,
      field,
      excerpt: text.slice(start, end),
      start,
      end,
      why,
      suggestion,
    });
  };
  const builtin: Emit = (start, end, id) => {
    const r = c.info.get(id);
    if (r) emit(start, end, r.id, r.category, r.severity, r.why, r.suggestion);
  };

  if (c.info.size > 0) {
    const found: Array<[number, number, BuiltinRuleId]> = [];
    const keep: Emit = (s, e, id) => found.push([s, e, id]);
    if (mode !== 'gated' || !gatedWalk(text, lower, isSubject, c, keep)) {
      found.length = 0;
      walk(lower(), isSubject, c, keep, mode === 'exhaustive');
    }
    for (const [s, e, id] of found) builtin(s, e, id);
  }

  for (const { rule, matchers, unless } of c.custom) {
    if (!rule.fields.includes(field)) continue;
    const low = lower();
    const done = new Set<number>();
    for (const rx of matchers) {
      rx.lastIndex = 0;
      let count = 0;
      for (let m = rx.exec(low); m && count < 50; m = rx.exec(low), count++) {
        if (m[0].length === 0) rx.lastIndex++;
        const [s, e] = trimSpan(low, sentenceStart(low, m.index), sentenceEnd(low, m.index + m[0].length));
        if (done.has(s) || e <= s) continue;
        const sent = low.slice(s, e);
        if (unless?.test(sent)) continue;
        if (rule.negation && negated(sent, m.index - s, m.index - s + m[0].length)) continue;
        done.add(s);
        emit(s, e, rule.id, rule.category, rule.severity, rule.why, rule.suggestion);
      }
    }
  }
}

/** Both families on one sentence, as the trigger walk has always done it. */
function analyse(
  low: string,
  s: number,
  e: number,
  isSubject: boolean,
  c: Compiled,
  emit: Emit,
  families: { qp: boolean; ud: boolean; concessions?: readonly number[]; quota?: readonly number[] },
): void {
  const sentence = new TextSentence(low, s, e, isSubject);
  const ud = families.ud ? unilateralDiscount(sentence, c.enabled, families.concessions) : undefined;
  let qp = families.qp ? quotaPressure(sentence, c.enabled, families.quota) : undefined;
  if (!qp && ud?.deadline && c.enabled('qp.deadline-offer')) qp = 'qp.deadline-offer';
  if (qp) emit(s, e, qp);
  if (ud) emit(s, e, ud.rule);
}

/** The trigger walk: a cheap trigger regex finds candidate sentences over the folded text. */
function walk(low: string, isSubject: boolean, c: Compiled, emit: Emit, exhaustive: boolean): void {
  // Exhaustive mode (tests only) analyses every sentence, to prove the trigger and gates lose nothing.
  const trigger = exhaustive ? EVERY_WORD : TRIGGER;
  const seen = new Set<number>();
  trigger.lastIndex = 0;
  for (let m = trigger.exec(low); m; m = trigger.exec(low)) {
    const [s, e] = trimSpan(low, sentenceStart(low, m.index), sentenceEnd(low, m.index + m[0].length));
    trigger.lastIndex = Math.max(e, m.index + 1);
    if (e <= s || seen.has(s)) continue;
    seen.add(s);
    const sentence = low.slice(s, e);
    analyse(low, s, e, isSubject, c, emit, {
      qp: exhaustive || QP_GATE.test(sentence),
      ud: exhaustive || UD_GATE.test(sentence),
    });
  }
}

/**
 * The walk restricted to the sentences the concept gate lets through; gives exactly what `walk` gives.
 * Returns false (caller walks instead) when that cannot be guaranteed: a candidate sentence so long
 * that the walk's bounds depend on where in it the trigger was found.
 */
function gatedWalk(text: string, lower: () => string, isSubject: boolean, c: Compiled, emit: Emit): boolean {
  const found = candidates(text, isSubject);
  if (found.length === 0) return true;
  const low = lower();
  const seen = new Set<number>();
  for (const cand of found) {
    const bounds = sentenceAround(low, cand.at, cand.at + 1);
    if (!bounds) return false;
    const [s0, e0] = bounds;
    // The walk only looks at sentences that hold a trigger.
    TRIGGER.lastIndex = s0;
    const m = TRIGGER.exec(low);
    if (!m || m.index >= e0) continue;
    const [s, e] = trimSpan(low, s0, e0);
    if (e <= s || seen.has(s)) continue;
    seen.add(s);
    const sentence = low.slice(s, e);
    analyse(low, s, e, isSubject, c, emit, {
      qp: cand.quota.length > 0 && QP_GATE.test(sentence),
      ud: cand.concessions.length > 0 && UD_GATE.test(sentence),
      concessions: cand.concessions,
      quota: cand.quota,
    });
  }
  return true;
}

/** A sentence of the folded text; its neighbours are found only if a rule asks for them. */
class TextSentence implements Sentence {
  readonly low: string;
  private before: string | undefined;
  private after: string | undefined;
  constructor(
    private readonly text: string,
    private readonly s: number,
    private readonly e: number,
    readonly isSubject: boolean,
  ) {
    this.low = text.slice(s, e);
  }

  prev(): string {
    if (this.before === undefined) {
      const low = this.text;
      let j = this.s - 1;
      while (j >= 0 && /\s/.test(low[j] as string)) j--;
      this.before = j < 0 ? '' : low.slice(sentenceStart(low, j), j + 1);
    }
    return this.before;
  }

  next(): string {
    if (this.after === undefined) {
      const low = this.text;
      let i = this.e;
      while (i < low.length && /\s/.test(low[i] as string)) i++;
      this.after = i >= low.length ? '' : low.slice(i, sentenceEnd(low, i + 1));
    }
    return this.after;
  }
}
