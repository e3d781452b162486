// Concept lexicons (EN, DE, ES, FR) as regex sources over folded text (lower case, straight quotes).
// Rules combine concepts (who owns it, what is conceded, what is asked back) rather than phrases.
// Every quantifier is bounded and alternations do not nest repeats: no catastrophic backtracking.

/**
 * Word start. `\\b` is ASCII-only but much cheaper than a Unicode lookbehind, so it is used unless an
 * alternative starts with an accented letter (then `BU`).
 */
export const B = '\\b';
export const BU = '(?<![\\p{L}\\p{N}_])';
export const E = '(?![\\p{L}\\p{N}_])';
/** Up to n intervening tokens (each followed by whitespace). */
export const gap = (n: number) => `(?:[^\\s;:!?]+\\s+){0,${n}}?`;
/** Like gap, but none of the skipped tokens may hand ownership to someone else. */
export const ownGap = (n: number) => `(?:(?!${OTHER_OWNER}${E})[^\\s;:!?]+\\s+){0,${n}}?`;
export const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
const NON_ASCII_START = /^(?:\[[^\]]*[^ -~]|[^ -~\\(])/;
export const word = (...parts: string[]) =>
  `${parts.some((p) => NON_ASCII_START.test(p)) ? BU : B}${alt(...parts)}${E}`;

/** Month names (sources for alternations). "may"/"mai"/"mayo" are left to the callers that need them. */
export const MONTHS_EN = 'january|february|march|april|june|july|august|september|october|november|december';
export const MONTHS_DE =
  'januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember';
export const MONTHS_ES =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
export const MONTHS_FR =
  'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre';

export const OTHER_OWNER = alt(
  'your',
  "you're",
  'you',
  'their',
  'theirs',
  'his',
  'her',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'ihres',
  'euer',
  'eure',
  'su',
  'sus',
  'vuestr[oa]s?',
  'usted',
  'ustedes',
  'votre',
  'vos',
  'vous',
  'leur',
  'leurs',
  "[\\p{L}]+'s",
  'reps',
  'team',
  'customers',
  'clients',
);

export const SELF_POSS = word(
  'my',
  'our',
  'mein',
  'meine',
  'meinen',
  'meinem',
  'meiner',
  'meines',
  'unser',
  'unsere',
  'unseren',
  'unserem',
  'unserer',
  'unseres',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
  'mon',
  'ma',
  'mes',
  'notre',
  'nos',
);

export const SELF_SUBJECT = word(
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
  'me',
  'ich',
  'wir',
  'mir',
  'mich',
  'yo',
  'je',
  "j'",
  'moi',
  'nous',
  'my',
  'our',
);

/** Targets that are always the seller's internal measure when they are "mine". */
export const STRONG_TARGET = alt(
  'spiffs?',
  'spifs?',
  'sales contest',
  'payout',
  'paycheck',
  'quotas?',
  'commissions?',
  'commission (?:check|plan|cheque)',
  'accelerators?',
  "presidents?'?s? club",
  'quota attainment',
  'quartalsziel\\p{L}*',
  'jahresziel\\p{L}*',
  'monatsziel\\p{L}*',
  'umsatzziel\\p{L}*',
  'vertriebsziel\\p{L}*',
  'verkaufsziel\\p{L}*',
  'provision(?:en)?',
  'cuotas?',
  'comisi[oó]n',
  'comisiones',
  'objetivos? (?:de ventas|trimestral(?:es)?|mensual(?:es)?|anual(?:es)?)',
  'objectifs? (?:de vente|commercia(?:l|ux)|trimestriels?|mensuels?|annuels?)',
  'sales targets?',
  'revenue targets?',
  'bonus(?:es)?',
);

/** Words that are a seller target only next to a stakes verb ("make my number"). */
export const WEAK_TARGET = alt(
  'numbers?',
  'targets?',
  'plan',
  'fore?cast',
  'commit',
  'pipeline',
  'month',
  'quarter',
  'year',
  'q[1-4]',
  'ziel',
  'ziele',
  'zahlen',
  'objetivos?',
  'metas?',
  'n[uú]meros',
  'objectifs?',
  'chiffres',
  'prime',
);

export const STAKES_VERB = word(
  'help',
  'helps',
  'helping',
  'save',
  'saves',
  'rescue',
  'falta\\p{L}*',
  'manque\\p{L}*',
  'hit',
  'hitting',
  'make',
  'making',
  'made',
  'reach',
  'reaching',
  'meet',
  'meeting',
  'miss',
  'missing',
  'short of',
  'behind on',
  'counts? (?:toward|towards|for|against)',
  'toward',
  'towards',
  'into',
  'attain',
  'achieve',
  'part of',
  'verfehl\\p{L}*',
  'erreich\\p{L}*',
  'schaff\\p{L}*',
  'cumpl\\p{L}*(?: con)?',
  'alcanz\\p{L}*',
  'lleg\\p{L}*(?: por fin| finalmente| ya)? a',
  'logr\\p{L}*',
  'atteind\\p{L}*',
  'atteign\\p{L}*',
  'hurts?',
  'hurting',
  'kills?',
  'boosts?',
  'ruins?',
  'affects?',
  'fehlt',
  'fehlen',
  'remplir',
  'boucler',
  'r[ée]aliser',
);

/** Other senses of "quota": technical or trade limits. */
export const QUOTA_OTHER_SENSE = word(
  // ES "cuota" as an instalment or a fee: "la cuota de julio", "la cuota de mantenimiento".
  `(?<!mi\\s)(?:cuota|cuotas)\\s+(?:de|del)\\s+(?:${MONTHS_ES}|mantenimiento|socio|alta|inscripci[oó]n|servicio)`,
  'apis?',
  'requests?',
  'calls',
  'call volume',
  'storage',
  'gb',
  'tb',
  'mb',
  'bandwidth',
  'rate[- ]limits?',
  'throttl\\p{L}*',
  'tariff\\p{L}*',
  'imports?',
  'exports?',
  'customs',
  'duty',
  'compute',
  'usage',
  'cpu',
  'gpu',
  'credits',
  'tokens',
  'mailbox(?:es)?',
  'disk',
  'emissions?',
  'quota (?:increase|limit|exceeded|usage)',
  'almacenamiento',
  'speicher\\p{L}*',
  'stockage',
  'kontingent\\p{L}*',
  'fishing',
  'visa',
  'immigration',
);

export const PERIOD = alt(
  'financial (?:year|quarter|half)',
  '(?:quarterly|monthly|annual|year-end|mid-year) (?:review|number|numbers|target|goal|quota|forecast)',
  'quarter',
  'q[1-4]',
  'month',
  'fiscal (?:year|half|quarter)',
  // Sales shorthand "our fiscal closes": bare only as the subject of a closing verb.
  'fiscal(?=\\s+(?:closes|ends|wraps|is (?:closing|ending)))',
  'fy\\d*',
  'half',
  'h[12]',
  'year-end',
  'quarter-end',
  'month-end',
  'books',
  'sales period',
  'sales year',
  'quartal\\p{L}*',
  'gesch[aä]ftsjahr\\p{L}*',
  'halbjahr\\p{L}*',
  'monat\\p{L}*',
  'trimestre',
  'mes',
  'a[nñ]o fiscal',
  'ejercicio',
  'semestre',
  'mois',
  'exercice',
  'ann[ée]e fiscale',
  // The writer's own year, only with a possessive: "boucler mon année", "mein Jahr retten".
  '(?<=(?:mon|notre|mi|nuestro|mein|meinem|meines|unser|unserem|my|our)\\s)(?:ann[ée]e|a[nñ]o|jahr|year)',
);

/** Something that makes a period mention a push rather than a fact. */
export const URGENCY = word(
  'ends?',
  'ending',
  'close',
  'closes',
  'closing',
  'closed',
  'wraps?',
  'wrapping',
  'book',
  'booked',
  'before',
  'by',
  'need',
  'needs',
  'sign(?![-\\p{L}])',
  'signed',
  'deals?',
  'order',
  'po',
  'paperwork',
  'contract',
  'riding',
  'help',
  'counts?',
  'difference',
  'tomorrow',
  'today',
  'this week',
  'land',
  'commit',
  'cierre',
  'cerrar',
  'antes',
  'fin',
  'final',
  'termina',
  'schlie[ßs]t',
  'ende',
  'abschluss',
  'abschlie[ßs]en',
  'bis',
  'vor',
  'cl[ôo]tur\\p{L}*',
  'avant',
  'boucler',
  'signer',
  'signiert',
  'unterschrift',
  'firmar',
  'firma',
);

export const NO_RUSH = word(
  // The seller saying its own side presses nothing ("nothing here hinges on when you sign").
  'nothing (?:on our (?:side|end)|for us|here) (?:depends|hinges|rides|turns)',
  'no rush',
  'no hurry',
  'no pressure',
  'not in a hurry',
  'whenever (?:works|suits|you)',
  'take your time',
  'keine eile',
  'kein stress',
  'sin prisa',
  'no hay prisa',
  "pas d'urgence",
  'rien ne presse',
  'prenez votre temps',
  'tómese su tiempo',
  'lassen sie sich zeit',
);

export const MANAGER = alt(
  'cfo',
  'coo',
  'founders?',
  'head of [\\p{L}]+',
  '(?:sales|delivery|regional|business|zonal|branch|practice|account|vertical) head',
  'vp',
  'svp',
  'evp',
  'rvp',
  'avp',
  'vice[- ]president',
  'manager',
  'boss',
  '(?:sales )?director',
  'head of sales',
  'cro',
  'ceo',
  'leadership',
  'management',
  'supervisor',
  'team lead',
  'sales lead',
  'higher[- ]ups',
  'chef',
  'chefin',
  'vorgesetzte\\p{L}*',
  'vertriebsleit\\p{L}*',
  'gesch[äa]ftsf[üu]hr\\p{L}*',
  'teamleit\\p{L}*',
  'jef[ea]',
  'gerente',
  'directora?',
  'responsable',
  'directeur',
  'directrice',
  'patron',
  'direction',
  'hi[ée]rarchie',
  'direcci[oó]n',
  'gesch[äa]ftsleitung',
  'n\\+1',
);

export const PRESSURE = word(
  'keen',
  'eager',
  'anxious',
  'impatient',
  'flagged',
  'must-win',
  'counting on',
  '(?:has |have )?(?:given|gave) me (?:until|till|to)',
  'necesita\\p{L}*',
  'braucht',
  'a besoin',
  'off my (?:back|case)',
  'pinging',
  'bugging',
  'hounding',
  'nagging',
  'keeps? asking',
  'heat',
  'm[öo]chte',
  'say\\p{L}* (?:that )?(?:we|i|you) (?:must|need|have to|should|gotta)',
  'asking',
  'asked',
  'asks',
  'wants',
  'want',
  'wanted',
  'promised',
  'told',
  'owe',
  'on the hook',
  'answer to',
  'pushing',
  'pushed',
  'pressing',
  'pressure',
  'pressuring',
  'tracking',
  'watching',
  'chasing',
  'breathing',
  'expects',
  'expecting',
  'needs',
  'on me',
  'on my back',
  'on my case',
  'leaning',
  'insist\\p{L}*',
  'dr[äa]ngt',
  'druck',
  // German "will" (wants), not the English auxiliary.
  'will (?:den|die|das|dass|unbedingt|noch|diesen|diese)',
  'fragt',
  'erwartet',
  'verlangt',
  'sitzt',
  'presion\\p{L}*',
  'presi[oó]n',
  'pide',
  'pidi[oó]',
  'pregunta\\p{L}*',
  'quiere',
  'exige',
  'espera',
  'pression',
  'demande',
  'veut',
  'attend',
  'relance',
  'pousse',
);

export const DEAL = word(
  'for the (?:month|quarter)',
  'this (?:month|quarter)',
  'must-win',
  'cerr\\p{L}*',
  'wrap',
  'wrapped',
  'opportunity',
  'finish',
  'commit',
  'committed',
  'close',
  'closed',
  'closing',
  'sign(?![-\\p{L}])',
  'signed',
  'signature',
  'countersign\\p{L}*',
  'deals?',
  'order',
  'contract',
  'paperwork',
  'po',
  'fore?cast',
  'this one',
  'this week',
  'today',
  'tomorrow',
  'by (?:monday|tuesday|wednesday|thursday|friday|the end|end)',
  'before',
  'acuerdo',
  'cerrar',
  'contrato',
  'pedido',
  'firma',
  'auftrag',
  'abschluss',
  'vertrag',
  'abschlie[ßs]en',
  'unterschr\\p{L}*',
  'dossier',
  'contrat',
  'signer',
  'sign[ée]e?s?',
  'commande',
  'boucler',
  'conclure',
);

export const STRONG_APPEAL = word(
  "(?:i'd|i'll|i would|i will) owe you(?: one| big| a favou?r)?",
  '(?:i.m|i am|ich stehe|ich bin|estoy|je suis)\\s+(?:[\\p{L}]+\\s+){0,2}(?:under|unter|bajo|sous)\\s+(?:[\\p{L}]+\\s+){0,2}(?:pressure|druck|presi[oó]n|pression)',
  // The rep's pay, not the buyer's or a third party's ("you are paid on delivery" is the buyer's).
  "(?<!(?:you|you'll|you'd|they|they'll|he|she|it|one|brands|sellers|suppliers|vendors|partners|retailers|merchants|staff|employees)\\s+(?:\\S+\\s+)?)get paid",
  'paid on (?:this|it)',
  'under the gun',
  'in a (?:tight spot|bind)',
  "(?:i'm|i am|i'll be|i'd be|leaves me|puts me|put me)\\s+in a (?:tight|tough|difficult|bad|rough|awkward) (?:spot|position|place) (?:this|for the|with my) (?:month|quarter|year|half|numbers?|quota|target)",
  // The rep finishing their own period well.
  `(?:i|i'm|i've|i'd|we|we're|we've|me|us)\\s+${ownGap(4)}(?:finish|end|close out|wrap up|round out)\\s+(?:the|my|our)\\s+(?:quarter|month|year|half|fiscal year)\\s+(?:strong|on a high(?: note)?|with a bang)`,
  'crunch time',
  'my (?:job|neck|head) is on the line',
  '(?:big |final |last )?(?:end[- ]of[- ](?:the[- ])?(?:quarter|month|year)|quarter[- ]end|month[- ]end|year[- ]end) push',
  'help me out',
  "(?:be|get|am|i'm|i'd be|i'll be) in (?:(?:big|real|serious|deep) )?(?:trouble|hot water|the doghouse) with my",
  '(?:would|will|could|it.d) (?:really |truly |honestly )?help me',
  '(?:a lot|so much|everything|a great deal) riding on',
  'riding\\s+(?:[\\p{L}]+\\s+)?on (?:this|it)',
  'make or break',
  'last shot',
  'one deal away',
  '(?:tough|rough|slow|hard|difficult|brutal|lean) (?:month|quarter|year|few weeks|stretch|patch|run|spell) for me',
  "(?:i'm|i am) (?:really |totally |honestly )?counting on you(?: here| on this(?: one)?| with this(?: one)?)?(?=\\s*(?:[.,;!?\u2014\u2013]|-\\s|$))",
  "(?:would|will|could|it'd) (?:really |totally |honestly )?save (?:me|my (?:month|quarter|year|skin|bacon|neck))(?=\\s*(?:[.,;!?]|$))",
  '(?:this|my) (?:month|quarter|year|half) (?:has been|had been|was|is being) (?:really |pretty |quite |a bit )?(?:rough|tough|slow|brutal|hard|difficult|lean)(?! (?:for|on) (?:you|your|the|everyone|many|all|us all))',
  "(?:it's been|it has been|been) a (?:tough|rough|slow|hard|difficult|brutal) (?:month|quarter|year)",
  "(?:doesn't|does not|won't|will not|wouldn't) count for me",
  'counts? for me',
  'do me a (?:favou?r|solid)',
  'as a (?:personal )?favou?r',
  'mean a lot to me',
  'means a lot to me',
  'würde mir (?:sehr |wirklich )?helfen',
  'me ayudar[ií]a (?:mucho)?',
  "m'aiderait (?:beaucoup)?",
  'me rendrait service',
  // The seller owning the timing: "that date is mine, not yours", "we are on the hook with this one".
  '(?:my|our) (?:own )?(?:timeline|deadline|timing|date|schedule),? not yours',
  '(?:that|this|the) (?:date|deadline|timing|timeline) is (?:mine|ours),? not yours',
  "(?:i'm|i am|we're|we are) on the hook (?:for|with) (?:it|this|that|this one)",
  '(?:my|our) (?:week|month|quarter|year|half|bonus|number) (?:depends|hangs|rides) on',
  '(?:really |very |most |so )?helpful for me',
  "[çc]a m'arrangerait",
  "cela m'arrangerait",
  'short this (?:month|quarter|year)',
  'make my (?:month|quarter|year)',
  'making my (?:month|quarter|year)',
);

/** "for me / on my side": personal only when something is at stake. */
export const SELF_SIDE = word(
  'for me',
  'on my (?:side|end)',
  'my side',
  'to me',
  'personally',
  'für mich',
  'meinerseits',
  'para m[ií]',
  'de mi parte',
  'pour moi',
  'de mon c[ôo]t[ée]',
);
export const STAKES = word(
  'difference',
  'matters?',
  'counts?',
  'important',
  'helps?',
  'critical',
  'huge',
  'big',
  'timing',
  'wichtig',
  'hilft',
  'importante?',
  'ayuda',
  'compte',
  'aide',
  'crucial',
);

export const DEADLINE = word(
  'today',
  'tonight',
  'tomorrow',
  'this week',
  'end of (?:the )?(?:day|week|month|quarter|year)',
  '(?:before|by|until) (?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:before|by|until) (?:the )?\\d{1,2}(?:st|nd|rd|th)?',
  '(?:before|by) (?:the )?(?:end|close)',
  'eo[dwmqy]',
  'month-end',
  'quarter-end',
  'year-end',
  'this (?:month|quarter)',
  'fin de mes',
  'esta semana',
  'diese woche',
  'cette semaine',
  'heute',
  'morgen',
  'hoy',
  'mañana',
  "aujourd'hui",
  'demain',
  'bis (?:montag|dienstag|mittwoch|donnerstag|freitag|ende)',
  'antes del? (?:d[ií]a )?(?:viernes|lunes|\\d+)',
  'avant (?:le |la )?(?:vendredi|lundi|fin|\\d+)',
  'fin du mois',
  '(?:noch )?(?:dieses|diesen|in diesem) (?:quartal|monat|jahr)',
  'este (?:mes|trimestre|a[ñn]o)',
  'ce (?:mois|trimestre)',
  'cette ann[ée]e',
);

export const CLOSE_VERB = word(
  'finish',
  'finished',
  'complete',
  'completed',
  'close',
  'closed',
  'closing',
  'sign(?![-\\p{L}])',
  'signed',
  'signature',
  'countersign\\p{L}*',
  'book',
  'booked',
  'land',
  'landed',
  'wrap',
  'wrapped',
  'finali[sz]e\\p{L}*',
  'lock',
  'locked',
  'committed',
  '(?:over|across) the line',
  'done',
  'po',
  'paperwork',
  'abschlie[ßs]\\p{L}*',
  'abschluss',
  'unterschr\\p{L}*',
  'unterzeichn\\p{L}*',
  'cerrar',
  'cerremos',
  'firmar',
  'firma',
  'cierre',
  'signer',
  'signiez',
  'conclure',
  'boucler',
  'finaliser',
);

export const SELF_NEED = alt(
  `${B}(?:i|we)(?:'d|'m|'re| would| am| are| really| just| still| truly| do)*\\s+(?:really\\s+)?(?:need|must|have to|'ve got to|got to|gotta|trying to|try to|love to|like to|hoping to|hope to|want to)${E}`,
  `^(?:need|must|have to|gotta)${E}`,
  `${B}(?:ich muss|ich brauche|ich m[öo]chte|wir m[üu]ssen|necesito|tengo que|debo|quiero|me gustar[ií]a|je dois|il me faut|j'ai besoin|je voudrais|j'aimerais)${E}`,
);

export const BUYER_REASON = word(
  'so (?:that )?(?!i |we |it counts|my |our )[\\p{L}]+',
  'for your',
  'to meet your',
  'in time for',
  'ahead of your',
  'before your',
  'you (?:mentioned|said|need|asked|wanted|told)',
  'your (?:go-live|launch|deadline|start|event|renewal|board|budget|team|fiscal|timeline|schedule|kickoff|rollout|season|enrollment|cutoff|cut-off|holiday|shutdown)',
  'to (?:start|begin|kick off|be ready|get you live|onboard|go live|hit your|make your|meet)',
  'para que',
  'damit sie',
  'pour que vous',
  'afin que',
  'avant votre',
  'vor ihrem',
  'antes de su',
);

// ------------------------------------------------ quota_pressure: concept breadth (taxonomy round)
// Word classes for the QP taxonomy (test/fixtures/sentences/README.md "Taxonomy"): how a period ends,
// what is pushed, who above the rep presses, what pays the rep, how the rep pleads, in EN/DE/ES/FR.

/** A period ending, as a verb (present or future only: "ended" is reporting). */
export const PERIOD_END_VERB = alt(
  'ends?',
  'is ending',
  'closes?',
  'is closing',
  'wraps?(?: up)?',
  'is wrapping(?: up)?',
  'finish(?:es)?',
  'is finishing',
  'runs? out',
  'is up',
  'rolls? over',
  'turns? over',
  'locks?',
  'comes? to a close',
  'endet',
  'schlie[ßs]t',
  'l[äa]uft (?:aus|ab)',
  'termina',
  'acaba',
  'cierra',
  'finaliza',
  'se termine',
  'se cl[ôo]t',
  'se cl[ôo]ture',
  'finit',
  "s'ach[èe]ve",
  'prend fin',
);

/** A period end as a noun, in any of the four languages ("quarter-end", "Quartalsende", "cierre de mes"). */
export const PERIOD_END_NOUN = alt(
  '(?:quarter|month|year|fiscal year|fy|q[1-4]|half|period|books)[- ](?:end|close)',
  'end of (?:the |our |my |this )?(?:quarter|month|year|fiscal year|fy|q[1-4]|half|period)',
  'close of (?:the |our |my )?(?:quarter|month|year|books|period|fiscal year)',
  'eo[mqy]',
  'fye',
  '(?:quartals|monats|jahres|gesch[äa]ftsjahres|halbjahres|perioden)(?:ende|abschluss)',
  'ende (?:des|unseres) (?:quartals|monats|gesch[äa]ftsjahr\\p{L}*|halbjahr\\p{L}*)',
  '(?:cierre|fin|final|finales) (?:de|del) (?:trimestre|mes|a[ñn]o(?: fiscal)?|ejercicio|semestre|periodo)',
  // French drops the article ("fin de mois", "fin d'exercice", "clôture de fin de trimestre").
  '(?:cl[ôo]ture(?: de(?: la)? fin)?|fin) (?:du|de notre|de mon|de l.|de ce|de|d.) ?(?:trimestre|mois|exercice|semestre|ann[ée]e(?: fiscale)?)',
  // The last stretch, DE/ES/FR (English has PERIOD_END_NEAR): "letzte Woche des Quartals".
  'letzte[nr]? (?:woche|wochen|tage|tagen) (?:des|im|vom|unseres|unseren) (?:quartal|monat|gesch[äa]ftsjahr|halbjahr|jahr)\\p{L}*',
  '(?:(?:la|las|los) )?[úu]ltim[oa]s? (?:semanas?|d[ií]as) (?:del|de nuestro|de mi|de) (?:trimestre|mes|a[ñn]o(?: fiscal)?|ejercicio|semestre)',
  'derni[èe]re?s? (?:semaines?|jours|journ[ée]es?) (?:du|de notre|de mon|de l.|de|d.) ?(?:trimestre|mois|exercice|semestre|ann[ée]e(?: fiscale)?)',
);

/** Seller periods, plus the bare "period" (only used next to an owner and an ending). */
export const PERIOD_X = alt(
  'quarter',
  'q[1-4]',
  'month',
  'fiscal (?:year|half|quarter)',
  'financial (?:year|quarter|half)',
  'fy\\d*',
  'half',
  'h[12]',
  'year',
  'books',
  '(?:sales |reporting |accounting )?period',
  'quartal',
  'gesch[aä]ftsjahr',
  'halbjahr',
  'monat',
  'jahr',
  'trimestre',
  'mes',
  'a[nñ]o fiscal',
  'a[nñ]o',
  'ejercicio',
  'semestre',
  'mois',
  'exercice',
  'ann[ée]e fiscale',
);

/** Getting this deal signed, in any of the four languages (a push narrower than DEAL). */
export const DEAL_CORE = word(
  'sign(?![-\\p{L}])',
  'signed',
  'signing',
  'signature',
  'countersign\\p{L}*',
  'contract',
  'agreement',
  'paperwork',
  'po',
  'purchase order',
  '(?<!in )order',
  'deal',
  'this one',
  'booked',
  '(?:over|across) the line',
  'vertrag\\p{L}*',
  'auftrag\\p{L}*',
  'bestellung',
  'unterschr\\p{L}*',
  'unterzeichn\\p{L}*',
  'abschlie[ßs]en',
  'abzuschlie[ßs]en',
  'abschluss',
  'verbuch\\p{L}*',
  'contrato',
  'pedido',
  'firma',
  'firmar',
  'firmado',
  'firmemos',
  'cerrar',
  'acuerdo',
  'contrat',
  'commande',
  'signer',
  'signiez',
  'signant',
  // Conjugated and imperative forms: "signez", "firmáis", "firmadlo".
  'sign(?:e|es|ez|ons|ent|erez|eriez|erons|ions)',
  'firm(?:as|an|en|amos|[áa]is|[ée]is|ada|ados|adas|ad|adlo|arlo|arla|emoslo)',
  'boucler',
  'conclure',
  'bon de commande',
  // Idioms for "get it done": "unter Dach und Fach", "in trockenen Tüchern", "eintüten".
  'unter dach und fach',
  'in trockene\\p{L}* t[üu]ch\\p{L}*',
  'eint[üu]t\\p{L}*',
  'einget[üu]tet',
);

/** The deal counted into a period: "booked in this period", "part of this quarter", "entra en". */
export const COUNTED_IN = alt(
  `(?:book|booked|booking|land|lands|landed|landing|count|counts|counted|falls?|registered|recogni[sz]ed|recorded|logged|closed|comes? in|goes in|make it|makes it|get it in|get this in|get them in)\\s+(?:(?:it|this|that|them|this one|the deal|your\\s+(?:[\\p{L}-]+\\s+)?(?:order|deal|contract|signature|po|renewal|purchase))\\s+)?(?:in|into|within|for|toward|towards|under|inside)`,
  // Counting needs no preposition ("count it this month"); booking does ("book it this week" is a meeting).
  '(?:count|counted|credit|credited)\\s+(?:it|this|that|them|this one|the deal|the order|your order)',
  'part of',
  '(?:z[äa]hlt|f[äa]llt|l[äa]uft|kommt|geht|verbucht)\\s+(?:es\\s+|er\\s+|sie\\s+|das\\s+)?(?:noch\\s+)?(?:in|f[üu]r|auf|ins)',
  '(?:entra|entre|cuenta|cuente|cae|caiga|se registra|se registre|se contabiliza|se contabilice)\\s+(?:en|para|dentro de)',
  '(?:compte|compt[ée]e?|comptabilis[ée]e?s?|tombe|entre|passe|rentre)\\s+(?:sur|dans|pour)',
);

/** Inherently the seller's own management, no possessive needed ("upstairs", "the deal desk"). */
export const MANAGER_INTERNAL = alt(
  'upstairs',
  'deal desk',
  'higher[- ]ups',
  'powers that be',
  'head office',
  'my superiors',
  'our superiors',
);

/** A manager pressing the rep, DE/ES/FR (object pronoun): "drängt mich", "me presiona", "me met la pression". */
export const PRESSES_ME = alt(
  '(?:dr[äa]ngt|bedr[äa]ngt|fragt|bittet|dr[üu]ckt|treibt|jagt|l[öo]chert|nervt)\\s+mich',
  '(?:setzt|macht)\\s+mir\\s+(?:\\p{L}+\\s+)?druck',
  '(?:setzt|macht)\\s+mich\\s+(?:\\p{L}+\\s+)?(?:unter druck|druck)',
  'sitzt mir im nacken',
  'me (?:presiona\\p{L}*|pide\\p{L}*|pidi[oó]|pregunta\\p{L}*|exige\\p{L}*|apura\\p{L}*|insiste|persigue|mete prisa|est[aá] (?:presionando|apurando|pidiendo|preguntando))',
  'me (?:demande|presse|pousse|relance|harc[èe]le|talonne|met (?:la |une |beaucoup de )?pression|mets la pression)',
);

/** Sales pay outside English, when possessed by the rep ("ma prime", "mi bono", "meine Prämie"). */
export const OWN_PAY_X = alt(
  '(?:ma|mes|notre|nos)\\s+(?:primes?|part variable|r[ée]mun[ée]ration variable|variable|bonus)',
  '(?:mi|mis|nuestr[oa]s?)\\s+(?:bono|bonos|bonus|variable|incentivos?)',
  '(?:mein\\p{L}*|unser\\p{L}*)\\s+(?:bonus|pr[äa]mie\\p{L}*|provision\\p{L}*|variable\\p{L}*|bonuszahlung\\p{L}*|jahresbonus)',
);

/** The rep pleading in DE/ES/FR and EN beyond the fixed STRONG_APPEAL phrases. */
export const PLEA = alt(
  `(?:please|pls|plz|kindly)\\s+help me`,
  `(?:quick|small|little|big|huge|personal|massive)\\s+favou?r`,
  `(?:i'm|i am|i was|we're|we are|i've been|we've been)\\s+(?:really\\s+|truly\\s+|honestly\\s+)?(?:counting|banking|relying) on (?:this|it|your|you to (?:sign|get|send|close))`,
  `(?:you'd|you would|you'll|you will|it'd|it would|that would|this would)\\s+(?:really\\s+|truly\\s+)?(?:be\\s+)?sav(?:e|ing) (?:me|my (?:quarter|month|year|bacon|skin|neck))`,
  `w[üu]rde(?:n|st)?\\s+mir\\s+(?:\\p{L}+\\s+){0,3}(?:helfen|einen (?:\\p{L}+\\s+)?gefallen)`,
  `(?:hilft|helfen|hilfst)\\s+mir\\s+(?:sehr|wirklich|enorm|pers[öo]nlich|ungemein)`,
  `(?:einen|ein)\\s+(?:gro[ßs]en\\s+|riesigen\\s+)?gefallen`,
  `me\\s+(?:har[ií]a(?:s|n)?|hace|hacen|hacer[ií]a(?:s|n)?)\\s+(?:un\\s+|el\\s+)?(?:gran\\s+|enorme\\s+|tremendo\\s+)?favor`,
  `(?:hazme|h[áa]game|h[áa]ganme)\\s+(?:el|un)\\s+favor`,
  `me\\s+(?:ayudar[ií]a(?:s|n)?|salvar[ií]a(?:s|n)?)`,
  `(?:vous\\s+|tu\\s+)?me\\s+(?:rendriez|rendrais)\\s+(?:un\\s+)?(?:grand\\s+|vrai\\s+|immense\\s+|sacr[ée]\\s+)?service`,
  `(?:vous\\s+|tu\\s+)?m'(?:aideriez|aiderais)`,
  `(?:[çc]a|cela)\\s+me\\s+(?:sauverait|d[ée]panner(?:ait)?)`,
  // Being saved, tu/vous: "tu me sauverais (la mise)", "vous me sauveriez".
  `(?:vous\\s+|tu\\s+)?me\\s+(?:sauverais|sauveriez|sauverait)`,
  // Staking one's pay or job on it: "me juego el bonus", "je joue ma prime".
  `me\\s+juego\\s+(?:el|la|mi|mis)\\s+(?:bonus|bono|comisi[oó]n|variable|puesto|trimestre|objetivo)`,
  `(?:je\\s+)?joue\\s+(?:ma|mon|mes)\\s+(?:prime|bonus|commission|variable|poste|trimestre|objectif)`,
);

/** An amount the rep is missing: "$40k", "30.000 Euro", "15 000 euros". */
export const AMOUNT = alt(
  '[$€£]\\s?\\d{1,3}(?:[.,\\s]\\d{3}){0,3}(?:\\s?[km])?',
  '\\d{1,3}(?:[.,\\s]\\d{3}){0,3}(?:[.,]\\d{1,2})?\\s?(?:k|m|mil|tausend|euros?|eur|€|dollars?|usd|\\$|chf|£|gbp)',
);

// ---------------------------------------------------------------- unilateral_discount

/** A line break never joins a number to its unit: the gate treats it as a sentence end. */
export const PCT =
  '(?:\\d{1,3}(?:[.,]\\d{1,2})?|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)(?=[^\\S\\n]?(?:percent|per ?cent)))[^\\S\\n]?(?:%|percent|per ?cent|prozent|por ?ciento|pour ?cent)';
/** As for PCT: a line break never joins a currency sign or unit to its number (the gate agrees). */
export const MONEY =
  '(?:[$€£][^\\S\\n]?\\d[\\d.,]*[^\\S\\n]?k?|(?:usd|eur|gbp|chf|inr|aud|cad|mxn|rs\\.?)[^\\S\\n]?\\d[\\d.,]*|\\d[\\d.,]*[^\\S\\n]?(?:k|€|eur|euros?|dollars?|usd|pounds|gbp|chf|pesos|mxn|francs?|francos?|inr|rupees|aud|cad))';

export const DISCOUNT_NOUN = alt(
  'discount\\p{L}*',
  '\\p{L}*rabatt\\p{L}*',
  '\\p{L}*nachlass\\p{L}*',
  'bonific\\p{L}*',
  'preisnachlass\\p{L}*',
  'sonderpreis\\p{L}*',
  'sonderkondition\\p{L}*',
  'descuentos?',
  'rebajas?',
  'bonificaci[oó]n',
  'precio especial',
  'remises?',
  'rabais',
  'ristournes?',
  '(?:prix|tarifs?) (?:sp[ée]cial|pr[ée]f[ée]rentiel|r[ée]duit)',
  '(?:precio|tarifa) (?:reducid[oa]|preferente)',
  'special (?:price|pricing|rate|deal|offer)',
  'better (?:price|rate|deal)',
  'reduced (?:price|rate|pricing)',
  'price (?:break|cut|reduction|concession)',
  'preferred pricing',
  // Favour prices: "mates' rates", "friends-and-family pricing".
  "mates'? rates?",
  "mate's rates?",
  'geste commercial',
  'entgegenkommen',
);

export const OFF_WORD = alt(
  'off',
  'discount',
  'lower',
  'less',
  'reduction',
  'cheaper',
  'cut',
  'below (?:list|the quote|our quote)',
  'rabatt',
  'nachlass',
  'preisnachlass',
  'weniger',
  'g[üu]nstiger',
  'reduziert',
  'de descuento',
  'descuento',
  'de rebaja',
  'menos',
  'm[aá]s barato',
  'de remise',
  'remise',
  'de r[ée]duction',
  'r[ée]duction',
  'de rabais',
  'de moins',
  'moins cher',
);

export const PRICE_OBJ = alt(
  'price',
  'prices',
  'pricing',
  'rate',
  'fee',
  'fees',
  'quote',
  'number',
  'total',
  'invoice',
  'amount',
  'cost',
  'charge',
  'subscription',
  'licen[cs]e fee',
  'preis',
  'preise',
  'betrag',
  'angebot',
  'precio',
  'tarifa',
  'oferta',
  'importe',
  'cuota',
  'prix',
  'tarif',
  'montant',
  'devis',
);

export const VALUE_ITEM = alt(
  '(?:first |1st |next )?(?:\\d+|one|two|three|four|six|twelve) (?:months?|weeks?|days?)',
  'months?',
  'licen[cs]es?',
  'seats?',
  'users?',
  'shipping',
  'delivery',
  'freight',
  'installation',
  'install',
  'setup',
  'set-up',
  'onboarding',
  'support',
  'training',
  'upgrade',
  'modules?',
  'add-?ons?',
  'consulting',
  'hours',
  'implementation',
  'services?',
  'migration',
  'maintenance',
  'year',
  'quarter',
  'tier',
  'plan',
  'sessions?',
  'workshops?',
  'pilot',
);

export const AGENT = alt(
  `${B}(?:i|we|i'm|i'll|i've|i'd|ive|we'll|we're|we've|we'd|let me|let us|let's|on vous|vous fait|nous vous|happy to|glad to|willing to|able to|prepared to|authori[sz]ed|approved|for you|to you)${E}`,
  `${B}you(?:'ll|'d| will| would| can| could)? (?:get|receive|pay|have|save|keep)${E}`,
  `${B}your (?:new |final |revised |updated )?(?:[\\p{L}-]+ )?(?:price|rate|total|cost|quote|fee) (?:is|would be|will be|comes|drops|goes|has (?:come|dropped|gone|been)|is now|now)${E}`,
  `${B}(?:fine|ok|okay|good) (?:with|by) (?:us|me)${E}|${B}works for (?:us|me)${E}`,
  `${B}you(?:'ll| will)? (?:keep|continue to|still) (?:pay|paying|get)${E}|${BU}(?:sie (?:zahlen|bezahlen)|zahlen sie)${E}`,
  // "the discount is yours": handed over, whoever speaks.
  `${B}(?:is|are|it's|that's|they're) (?:all )?yours${E}`,
  `${B}your (?:[\\p{L}-]+ )?(?:renewal|price|rate|subscription|plan|pricing)s? (?:will |would |can )?(?:stay|stays|remain|remains)${E}`,
  `${B}(?:can|could|may) be (?:settled|paid|split|spread)${E}|${BU}(?:vous (?:faire|consentir|laisser)|m'autoris\\p{L}*|nous autoris\\p{L}*|me permet)${E}|${B}no problem (?:to|for you to)${E}|${B}(?:has|have) (?:now )?(?:disappeared|vanished)${E}`,
  `${B}(?:how does|what if|what about|how about)${E}`,
  // Permission granted by the seller ("feel free to", "you're welcome to").
  `${B}(?:feel free to|you're welcome to|you are welcome to)${E}`,
  // Chat spelling, and an offer put as easing the buyer's side: "for u", "make life easier for your team".
  `${B}(?:you're|you are) getting${E}|${B}for u${E}|${B}make\\s+(?:life|things)\\s+easier\\s+for\\s+you(?:r)?${E}|${B}pay\\s+us\\s+(?:on|in|within|at|over)${E}`,
  // The seller's figure put as a proposal: "fine, call it 80", "sagen wir 3.800", "disons 2 400".
  `^\\s*(?:(?:ok|okay|fine|so|alright|right|look|well)[,\u2014-]?\\s+)?(?:call it|let's call it|let's say|make it|sagen wir|machen wir|disons|mettons|digamos|pongamos)${E}`,
  // Casual mail drops the "I": a sentence opening on the seller's past act ("Kept the old price", "Rounded it down").
  `^\\s*(?:(?:ok|okay|fine|so|also|and|done|right)[,\u2014-]?\\s+)?(?:kept|dropped|added|included|waived|took|knocked|threw|extended|held|rounded|credited|moved|pushed|left|brought|cut|shaved|trimmed|comped|upgraded|matched|sorted|zeroed|had|went|looked|checked|spoke|talked)${E}`,
  `${B}on\\s+(?:vous\\s+|te\\s+)?(?:prolonge|rallonge|ajoute|baisse|r[ée]duit|supprime|retire|enl[èe]ve|inclut|accorde|d[ée]cale|repousse|met|passe|applique|offre|fait)${E}`,
  `${B}(?:been|be|is|are|was)\\s+(?:gone|waived|extended|reduced|lowered|dropped|comped|upgraded|discounted|covered|included at no|removed|taken off|struck|credited|written off|absorbed|refunded|thrown in)${E}`,
  // The seller's own management granting it: "my manager agreed to drop the fee".
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${MANAGER})\\s+(?:has\\s+|have\\s+)?(?:agreed|approved|signed off|okayed|said yes|accepted)${E}`,
  // The seller handing it over, whoever the subject is: "give you", "you can skip".
  `${B}(?:give|giving|offer|offering|grant|granting|let)\\s+you${E}`,
  `${B}you(?: can| could| may)? (?:skip|defer|postpone|keep|move|stay|upgrade|pay|spread|split)${E}`,
  `${B}(?:vous pouvez|usted puede|puede usted|ustedes pueden)${E}|${BU}(?:k[öo]nnen sie|sie k[öo]nnen|d[üu]rfen sie|puedes|pod[ée]is)${E}`,
  // Spanish drops the pronoun: first person is in the verb ("renunciamos", "le dejo").
  `${BU}(?:\\p{L}{2,}(?:amos|emos|imos)|hemos|puedo|hago|doy|ofrezco|incluyo|regalo|dejo|rebajo|quito|elimino|mantengo|mejoro|ajusto|reduzco|alargo|ampl[ií]o|perdono|aplazo|congelo|bloqueo|garantizo|asumo|cubro|a[ñn]ado)${E}`,
  // Passives of giving, DE/ES/FR ("est incluse gratuitement", "se le incluye", "wird erlassen").
  `${BU}(?:est|sont|sera|seront) (?:inclu(?:s|se|ses)|offert\\p{L}*|pris\\p{L}* en charge|supprim\\p{L}*|annul\\p{L}*|prolong\\p{L}*|r[ée]duit\\p{L}*)${E}`,
  `${BU}(?:est[aá]n?|ser[aá]n?|queda(?:n|r[aá]n?)?) (?:incluid\\p{L}*|bonificad\\p{L}*|eliminad\\p{L}*|cubiert\\p{L}*)${E}`,
  `${BU}(?:wird|werden|ist|sind) (?:ihnen )?(?:erlassen|gestrichen|[üu]bernommen|gutgeschrieben|gratis|kostenlos|kostenfrei)${E}`,
  `${B}on (?:peut|pourrait|va|fait|vous|maintient|garde|conserve|laisse|offre|ajoute|prend)${E}`,
  // The offer as an imperative: "grab 5% off this order".
  `^\\s*(?:just\\s+)?(?:take|enjoy|get|grab|have)\\s+(?:an?\\s+)?(?:extra\\s+|another\\s+|additional\\s+)?(?:\\d+\\s?%|[$€£]\\s?\\d)`,
  `${B}(?:von mir|von uns|bekommen sie|erhalten sie|vous (?:est|sont|sera|seront)|se le (?:regala|incluye|descuenta))${E}`,
  `${B}j'(?:ai|avais|aurai)${E}`,
  // Informal first person ("gonna throw in", "lemme"), and a concession made personal ("in Ihrem Fall").
  `${B}(?:gonna|wanna|lemme|imma|i'ma)${E}|${B}(?:in ihrem fall|in your case|en su caso|dans votre cas)${E}`,
  // An imperative of keeping what is handed over: "keep the loaner units through March at no cost".
  `^\\s*(?:please\\s+)?(?:keep|enjoy)\\s+(?!in mind|an eye|me\\s|us\\s|track)`,
  `${B}(?:ich|wir|kann ich|k[öo]nnen wir|ihnen|f[üu]r sie|puedo|podemos|le|te|les|os|para usted|para ti|ofrecerle|le ofrezco|je|nous|pour vous|vous accorder|vous offrir|vous proposer)${E}`,
  // The seller's own management granting it: "our VP has cleared", "the regional manager okayed".
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${MANAGER}\\s+(?:has\\s+|have\\s+|just\\s+|already\\s+|finally\\s+)*(?:signed off|cleared|okayed|ok'd|green-?lit|greenlit|given the (?:ok|green light))${E}`,
  // An offer that holds until a condition: "the 5% holds provided ...".
  `${B}(?:stands|holds|remains valid|is valid|is good)\\s+(?:as long as|so long as|provided|providing|if|until|till|on (?:the )?condition)${E}`,
);

export const NEGATION = word(
  'not',
  'no',
  'never',
  'cannot',
  "can't",
  'can not',
  "won't",
  "wouldn't",
  "couldn't",
  "don't",
  "doesn't",
  "didn't",
  "isn't",
  "aren't",
  "wasn't",
  "shouldn't",
  'unable',
  'nor',
  'neither',
  'nothing',
  'without',
  'instead of',
  'rather than',
  'in lieu of',
  'kein\\p{L}*',
  'nicht',
  'nie',
  'niemals',
  'statt',
  'anstatt',
  'ning[uú]n\\p{L}*',
  'nunca',
  'tampoco',
  'en lugar de',
  'en vez de',
  'jamais',
  'aucun\\p{L}*',
  'ne',
  "n'",
  'pas',
  'au lieu',
  'plus de',
);

/**
 * "Won't charge you" in its forms, EN/DE/ES/FR: the negation is the concession itself. Used as a
 * concession and blanked before the negation check.
 */
const WONT_CHARGE_FORMS = [
  "(?:won't|will not|wouldn't|shan't|not|never) be (?:charged|billed|invoiced)",
  '(?:not|never) (?:to )?(?:charge|bill|invoice)\\p{L}*',
  "(?:won't|will not|wouldn't|not|never) (?:bother|worry about) (?:charging|billing|invoicing)",
  // "den Versand berechnen wir Ihnen nicht", "stellen wir nicht in Rechnung"
  `(?:berechn|verrechn|fakturier)\\p{L}* (?:wir|ich) (?:ihnen |dir |euch )?(?:daf[üu]r |hierf[üu]r |auch |[^\\s;:!?]+ ){0,6}?(?:nicht|nichts)(?! (?:mehr|weniger|doppelt))`,
  '(?:nicht|nichts|keine?n?) (?:in rechnung|berechn\\p{L}*|verrechn\\p{L}*)',
  // Verb-second and the split "abrechnen": "wir berechnen die Schulung nicht", "rechnen wir nicht ab".
  `(?:wir|ich) (?:berechn|verrechn|fakturier)\\p{L}* ${gap(4)}(?:nicht|nichts)(?! (?:mehr|weniger|doppelt))`,
  `(?:(?:wir|ich) rechne\\p{L}* ${gap(4)}|rechne\\p{L}* (?:wir|ich) ${gap(3)})nicht ab`,
  '(?:ihnen|euch|dir) entstehen (?:daf[üu]r |hierf[üu]r )?keine (?:\\p{L}*kosten|geb[üu]hren)',
  // "no le cobraremos", "no se le factura"
  // Not "if it is not invoiced", nor "not invoiced separately" (included in the price).
  '(?<!si )no (?:se )?(?:le |les |te |os )?(?:cobr|factur)\\p{L}*(?! (?:por separado|aparte|dos veces|por duplicado))',
  // "on ne vous facturera pas", "ne sera pas facturé"
  "(?:ne|n') (?:vous |te |leur |les |le |la )?(?:factur|compt)\\p{L}* pas",
  "(?:ne|n') (?:sera|seront|est|sont) pas (?:factur|compt)\\p{L}*",
  // The negated infinitive: "de ne pas vous facturer le déplacement", "ne rien facturer pour".
  "(?:ne|n') (?:pas|rien|plus) (?:vous |te |leur |lui )?factur\\p{L}*(?! (?:[^\\s;:!?]+ ){0,3}?(?:s[ée]par[ée]ment|[àa] part|deux fois|en double))",
  // blind3 round: the progressive and "going to" ("we're not going to invoice the travel time", "won't be
  // charging for that call"), not a timing ("until the PO arrives").
  "(?:won't|will not|wouldn't|not|never) (?:be |going to |gonna )(?:charg|bill|invoic)\\p{L}*(?! (?:[^\\s;:!?]+ ){0,4}?(?:until|till|before|unless|yet)(?![\\p{L}]))",
  '(?:not|never) (?:charging|billing|invoicing)(?! (?:[^\\s;:!?]+ ){0,4}?(?:until|till|before|unless|yet)(?![\\p{L}]))',
  // Spanish with two object pronouns or "vamos a": "no te lo cobramos", "no os lo vamos a facturar".
  '(?<!si )no (?:(?:se|le|les|te|os|nos|lo|la|los|las) ){1,2}(?:(?:vamos|voy|van) a )?(?:cobr|factur)\\p{L}*(?! (?:por separado|aparte|dos veces|por duplicado))',
  'no (?:(?:se|le|les|te|os|nos|lo|la|los|las) ){0,2}(?:vamos|voy|van) a (?:cobr|factur)\\p{L}*',
];
export const WONT_CHARGE = word(...WONT_CHARGE_FORMS);

/**
 * A charge kept off the invoice, whose negation is the concession: "won't put the crane hire on the
 * bill" (not a discount or credit put on it), "the charge is not going to show on the bill". rules.ts adds the
 * context and word end around them; the negation check blanks them.
 */
export const PUT_OFF_INVOICE = `(?:won't|will not|shan't|am not going to|i'm not going to|we're not going to|not going to)\\s+(?:put|add|include|list)\\s+(?!${gap(4)}(?:discounts?|credits?|rebates?|reductions?|markdowns?)${E})${gap(4)}(?:on|onto|to|in|into)\\s+(?:the|your|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:invoice|bill)`;
/** The buyer told a line will not be found on the invoice: "you won't find it on the bill". */
export const NOT_FOUND_ON_INVOICE = `(?:(?:you|you'll)\\s+(?:will not|won't|will never|shall not|do not|don't|never)\\s+(?:find|see)|(?:don't|do not)\\s+look\\s+for)\\s+(?:it\\s+|them\\s+|that\\s+|this\\s+|those\\s+|these\\s+)?(?:on|in)\\s+(?:the|your|any)\\s+(?:[\\p{L}-]+\\s+)?(?:invoice|bill|docket|delivery note|statement)s?`;
/** A charge that never reaches the buyer (the subject before it is the rule's). */
export const NEVER_REACHES = `(?:never|won't|will not|doesn't|does not|shouldn't|should not|isn't going to)\\s+(?:reach(?:es)?|hits?|touch(?:es)?|lands? on|shows? up on|appears? on|makes? it (?:to|onto))\\s+(?:you|your)`;
/** No charge to be seen: "you won't see a charge for the extra seats". */
export const NO_CHARGE_SEEN = `(?:won't|will not|never|shouldn't|should not)\\s+(?:see|get|receive|be sent)\\s+(?:a|an|any)\\s+(?:charge|bill|invoice|fee|line item)s?\\s+for`;
/** The seller not taking a charge: "the deposit we won't take". */
export const WONT_TAKE = `(?:we|i)\\s+(?:don't|do not|won't|will not|wont|not)\\s+(?:take|charge|collect|bill|ask|invoice)`;
export const NOT_ON_INVOICE = `(?:(?:won't|will not|shan't|isn't going to|is not going to)\\s+(?:be\\s+)?(?:appear(?:ing)?|show(?:ing)? up|show(?:ing)?|be listed|be)|you\\s+(?:won't|will not|shan't)\\s+see\\s+(?:the|that|this|any|a)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:fees?|charges?|surcharges?|costs?|lines?))\\s+on\\s+(?:the|your|this|any)(?:\\s+of)?\\s+(?:[^\\s.!?,;]+\\s+){0,2}?(?:invoice|bill|statement|docket|delivery note|account)s?`;

/** Negations inside other concessions (a price that won't rise, "instead of annually"): blanked only. */
const NEGATION_INSIDE = [
  // The price increase that will not happen: "the escalator won't apply", "no uplift this year".
  "(?:uplift|escalator|increase|price rise|indexation|cpi adjustment)\\s+(?:[^\\s;:!?]+\\s+){0,4}?(?:won't|will not|doesn't|does not|shan't) (?:apply|happen|kick in|be applied)",
  "billing (?:won't|will not|doesn't|does not) (?:start|begin|kick in)",
  '(?:(?:at|with) )?no interest',
  'not (?:(?:too|that|so|overly|really|all that) )?(?:married|wedded|tied|attached) to',
  "(?:isn't|is not|not) (?:set|written|carved) in stone",
  'nicht in stein gemei[ßs]elt',
  'no (?:est[aá] )?escrito en piedra',
  "(?:n'est |ne sont )?pas grav[ée]s? dans le marbre",
  "(?:price|pricing|rate|fee|cost)s?\\s+(?:[^\\s;:!?]+\\s+){0,2}?(?:won't|will not|isn't going to|is not going to|shan't|never) (?:go up|goes up|increase|rise|change)",
  '(?:precio|tarifa)s? no (?:sube|subir[aá]|cambia|cambiar[aá]|aumenta|aumentar[aá])',
  "(?:n'augmente|n'augmentera|ne (?:change|changera|bougera|bouge)) pas",
  '(?:monthly|quarterly|in instal?lments) (?:instead of|rather than)',
  'without paying',
  'for nothing',
  PUT_OFF_INVOICE,
  NOT_ON_INVOICE,
  '(?:paying|payments?|billing|invoic\\p{L}*) (?:in|from|after) \\p{L}+ (?:instead of|rather than)',
  // blind3 round: a cost kept, not passed on ("won't pass the surcharge on"); an unchanged price.
  "(?:won't|will not|wouldn't|not|never) (?:to |be )?pass(?:ed|ing)? (?:[^\\s;:!?]+ ){0,5}?on(?![\\p{L}])",
  'no (?:change|increase) (?:to|in) (?:the|your)',
  // blind3b round: a fee dismissed (a setup fee waved away with "let's not worry").
  "(?:let's not|don't|do not|no need to) (?:worry(?:ing)? about|bother(?:ing)? with)",
];

/** Negation words that are part of a concession or of an unrelated idiom; blanked before checking. */
export const NOT_NEGATION = word(
  'at no (?:extra |additional |added )?(?:cost|charge)',
  'no (?:extra |additional |added )?(?:cost|charge)',
  'no strings(?: attached)?',
  'no need to commit',
  'without (?:any |a )?(?:commitment|strings|condition|conditions|asking)',
  'nothing (?:extra )?in return',
  'no (?:problem|worries|rush|doubt|question|obligation)',
  'not sure',
  'no later than',
  'ohne (?:aufpreis|mehrkosten|zusatzkosten|kosten|berechnung|bedingung\\p{L}*|gegenleistung)',
  'sin (?:costo|coste|cargo|condiciones|compromiso)',
  'sans (?:frais|suppl[ée]ment|surco[ûu]t|condition|autre condition|engagement|facturation)',
  'no[- ]cost',
  'no[- ]charge',
  'pas de frais',
  'not only',
  'no need to pay',
  "(?:don't|do not|won't|will not) (?:need to |have to )?pay",
  "(?:won't|will not|don't|do not|not) (?:charge|bill|invoice)\\p{L}*",
  "won't cost you",
  'not be (?:charged|billed)',
  'without (?:any )?(?:extra |additional |added )?(?:cost|charge|payment|fee|pay)',
  '(?:no|not) more than',
  WONT_TAKE,
  'even though',
  // Idiom round: the increase that never reaches the buyer; a cost dismissed ("don't worry about it").
  "(?:increase|uplift|price rise|escalator|hike|bump|indexation)\\s+(?:[^\\s;:!?]+\\s+){0,3}?(?:won't|will not|isn't going to|is not going to|doesn't|does not|shouldn't|wouldn't) (?:show up|appear|apply|hit|reach|affect|land|touch)",
  "(?:you|you'll|you will) (?:won't|will not|not|never|don't) (?:see|feel|notice|pay) (?:the|an?|any|that) (?:price )?(?:increase|uplift|rise|hike|bump)",
  "let's not bother with (?:it|that)",
  "(?:don't|do not|no need to) worry about (?:it|that)",
  'without (?:charging|billing)',
  NO_CHARGE_SEEN,
  // blind16 round: units not billed, charges that never reach the buyer, hours not tracked, no interest.
  "(?:aren't|isn't|are not|is not|won't be|will not be|not to be|never be) (?:billed|charged|invoiced)",
  NEVER_REACHES,
  "(?:won't|will not|not going to|shan't) (?:be )?(?:track|count|log|clock|record)\\p{L}* (?:them|those|these|the hours|that time|those hours)",
  "interest (?:doesn't|does not|won't|will not) (?:come into it|apply)",
  'ne vous (?:compt|factur)\\p{L}* rien',
  '(?:sin tocar|without touching|sans toucher)',
  "(?:won't|will not|not going to|don't|do not|shan't) (?:start|begin) (?:charging|billing|invoicing)",
  "(?:doesn't|does not|won't|will not) (?:change|go up|move)",
  `(?:[äa]ndert sich ${gap(2)}nichts|no cambia|ne change pas)`,
  'no extra',
  NOT_FOUND_ON_INVOICE,
  ...WONT_CHARGE_FORMS,
  ...NEGATION_INSIDE,
);

export const NEG_AFTER = alt(
  // Paid on the buyer's side after all: "the onboarding cost is covered by your budget".
  `^\\s*(?:on your (?:side|end)|by your (?:budget|team|side|company|insurance|department)|from your (?:budget|side)|out of your (?:own )?budget|by you)${E}`,
  "isn't",
  'is not',
  "aren't",
  'are not',
  'not (?:possible|available|an option|something)',
  'off the table',
  'out of the question',
  'nicht (?:m[öo]glich|drin|machbar)',
  'ausgeschlossen',
  `${gap(3)}(?:nicht|keine?n?)${E}`,
  'no (?:es|son|ser[aá]) posibles?',
  `${gap(4)}(?:we|i) (?:cannot|can't|can not|could not|couldn't|are not able to|am not able to|won't|will not) (?:give|offer|do|provide|grant|allow|make)${E}`,
  "n'est pas",
  'ne sont pas',
  'pas possible',
  'impossible',
);

export const REFUSAL = word(
  '(?:price|pricing|prices|rate|quote|offer) (?:will stay|stays|remains|will remain|stands) as (?:quoted|sent|offered|proposed)',
  // FR: no further step ("je ne peux rien faire de plus", "pas aller plus loin").
  "(?:ne|n')\\s*(?:peux|pouvons|pourrai|pourrons|pourrais|pourrions)\\s+(?:malheureusement\\s+|vraiment\\s+|h[ée]las\\s+)?(?:rien faire de plus|pas aller plus loin|pas faire mieux|pas descendre plus bas)",
  // Not when an exception follows ("that's not something we can usually do, but for you ...").
  "(?:it's|that's|it is|that is|this is) not (?:something|anything) (?:we|i)(?: can| could|'re able to|'m able to| are able to| am able to)(?![^.!?]*\\b(?:but|however|though|except|exception|this time|for you)\\b)",
  '(?:price|pricing|prices|rate|quote|offer|number) (?:is|are|stays|remains|has to stay) (?:firm|fixed|final|non-negotiable|not negotiable)',
  'firm (?:on|with) (?:the )?(?:price|pricing)',
  "(?:there's|there is|we have|i have|we've got|i've got) no (?:more|further) (?:room|flexibility|wiggle room|movement|give)",
  'list price stands',
  '(?:current|quoted|present|existing|this|that|our) (?:price|rate|offer|figure) is (?:what|the best|all|as far as) (?:we|i) can (?:offer|do|go)',
  'festpreis\\p{L}*',
  'preise? (?:sind|ist|bleib\\p{L}*) (?:fest|fix)',
  'precios? (?:es |son )?(?:fijos?|firmes?|finale?s?)',
  'prix (?:est |sont )?(?:fermes?|fixes?|d[ée]finitifs?)',
  'wish (?:i|we) could',
  // Wanting to, but: the clause after "but" says no.
  "(?:i'd|we'd|i would|we would) (?:love|like|be happy|be glad) to[^.!?]{0,60}?\\s+but",
  'ojal[aá] (?:pudiera|pudi[ée]ramos)',
  "j'aimerais pouvoir",
  // A refusal given as an answer: "finance's reply to that request was negative".
  `(?:the )?(?:answer|response|reply)\\s+(?:on|to|about|regarding|for)\\s+${gap(6)}(?:is|was)\\s+(?:a\\s+)?(?:no|negative)`,
);

// "if that helps", "if you like": no condition on the buyer.
const IF_COND =
  'if(?!\\s+(?:that|it|this)\\s+(?:helps?|works?|makes|would|is useful)|\\s+(?:useful|needed|helpful|you (?:like|want|wish|prefer|need (?:it|them))))';

/** Conditions that hold over a long sentence ("if we do both jobs together, and you ..., the price comes to"). */
const FIRM_CONDS = [
  IF_COND,
  'provided',
  'providing',
  'as long as',
  'in exchange',
  'in return',
  'wenn',
  'falls',
  'sofern',
  'siempre que',
  '[àa] condition',
  'on (?:the )?condition',
  // FR/ES "si" only before its subject: alone it is also "so" or "yes".
  'si (?:vous|usted(?:es)?|ustedes|nous|nos|tu|on)',
];
export const FIRM_COND = word(...FIRM_CONDS);

export const RECIPROCAL_COND = word(
  ...FIRM_CONDS,
  'should you',
  // A condition put on the buyer's organisation ("should your firm decide to ..."), or a need named after the offer.
  'should your (?:[\\p{L}-]+\\s+){0,2}?(?:agree|decide|commit|choose|sign|opt|take|be willing)',
  "(?:that|this|it)(?:'d| would| will) (?:need|require|take)",
  "if you're",
  'exchange for',
  'return for',
  'contingent',
  'conditional',
  'assuming',
  'with a',
  'with an',
  'where (?:a|an|the|you|your|any)',
  '(?:on|for|with) orders?',
  'when you',
  'once you',
  'in consideration',
  'tied to',
  'only (?:if|with|for|when)',
  'requires?',
  'subject to',
  'against',
  'for a',
  'for an',
  'gegen',
  'im gegenzug',
  'bei',
  'si',
  'a cambio',
  'con la condici[oó]n',
  'en [ée]change',
  'en contrepartie',
  'moyennant',
  'contre (?:un|une)',
  'contre (?:engagement|paiement|pr[ée]paiement|volume|r[èe]glement)',
  'pour un',
  'pour une',
  'pour tout',
  // FR like "with a" and "con un": "avec une durée de trois ans".
  'avec (?:un|une)',
  // The buyer's value already given: "since you've signed up for the two-year plan".
  "(?:since|now that|as|given that) you(?:'ve| have)? (?:signed|agreed|committed|moved|switched|upgraded|chosen|opted|gone)",
  'con un',
  'con una',
  'por un',
  'por una',
);

/** Scope taken out for the lower figure, itself the trade: "down to 25k by dropping the reporting module". */
export const SCOPE_CUT_BY = `${B}by\\s+(?:dropping|removing|taking out|cutting|leaving out)\\s+(?:the|a|an|one|two|three|some)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:modules?|options?|add-?ons?|features?|seats?|sites?|phases?|services?|training|users?|licen[cs]es?|visits?|hours?)${E}`;

/** An imperative trade for a longer or exclusive commitment: "sign the two-season supply contract and I'll match". */
export const SIGN_THIS_AND = `^[\\s*\\u2022-]*(?:sign|commit to|take|book|lock in|go for)\\s+(?:the|a|an|our)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?(?:(?:\\d+|two|three|four|five|multi)[- ]?(?:years?|seasons?|months?|yrs?)|multi-?year|long-?term|annual|exclusive)\\s+(?:[\\p{L}-]+\\s+)?(?:contract|agreement|term|deal|plan|commitment|subscription)\\s+and\\s+(?:i|we)(?:'ll| will| can| could)${E}`;

/** A reward per referral or introduction the buyer makes ("for each shop you introduce to us"). */
export const REFERRAL_TRADE = `${B}(?:for (?:every|each)|per)\\s+(?:referral|introduction|referred (?:client|customer|account))s?${E}|${B}(?:for (?:every|each)|any|each|every)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:that|who|which)\\s+)?you\\s+(?:refer|recommend|introduce|bring (?:us|in|to us|our way)|send (?:us|our way)|point (?:to us|our way))\\p{L}*${E}`;

export const RECIPROCAL_VALUE = word(
  // More scope committed: "if you commit to both phases".
  'commit(?:s|ting)? to (?:\\p{L}+ing\\s+)?(?:both|all|every|the (?:whole|full|entire|second|next|follow-on))',
  '(?:\\d+|two|three|four|five|multi|zwei|drei|vier|f[üu]nf|dos|tres|cuatro|deux|trois|quatre)[- ]?(?:years?|yrs?|jahre?s?|jahres\\p{L}*|a[ñn]os?|ans?)(?: term| deal| agreement| contract| commitment| subscription)?',
  'multi-?year',
  // Volume brought over: "consolidate all six depots with us", "move every site to us".
  'consolidat\\p{L}*',
  '(?:put|run|place|route|give us|send)\\s+(?:the\\s+)?(?:whole|entire|full|complete)\\b[^.!?]{0,30}?(?:through us|with us|our way|to us)',
  // Not where the seller delivers ("the freight to all four depots").
  '(?<!(?:freight|delivery|shipping|transport|haulage|installation|travel|trips?)\\s+to\\s)(?:all|every one of)\\s+(?:your\\s+|the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:sites|depots|locations|offices|branches|stores|plants|warehouses|clinics|regions|phases|stages|lots|buildings)',
  // The whole lot taken: "if you take all forty".
  '(?:take|taking|buy|buying|order|ordering)\\s+all\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred)',
  '(?:eighteen|twenty-four|thirty|thirty-six|forty-eight|sixty)[- ]months?',
  '(?:1[2-9]|[2-6]\\d)[- ]?(?:months?|monate?n?|meses|mois)(?: term| deal| agreement| contract| commitment)?',
  'mehrjahres\\p{L}*',
  'plurianual',
  'pluriannuel\\p{L}*',
  'longer (?:term|commitment|contract)',
  'term length',
  '(?:annual|upfront|up-front|up front|advance|full) (?:pre)?payment',
  'prepa(?:y|ying|id|yment)\\p{L}*',
  'pay(?:ing)? (?:\\p{L}+ ){0,3}(?:upfront|up front|up-front|in advance|annually)',
  'pay(?:ing|s)? (?:with)?in (?:\\d+|ten|fifteen|twenty|thirty) days (?:instead|rather than)',
  '(?:paid|settled) (?:with)?in (?:\\d+|ten|fifteen|seven|fourteen) days',
  // Scope added to the contract: "if you add the second warehouse to the freight contract".
  'add\\s+(?:the|a|an|another|your)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:to|into)\\s+(?:the|this|our|your)\\s+(?:[\\p{L}-]+\\s+)?(?:contract|agreement|order|scope|deal)',
  // Scope the buyer gives up: "si vous le retirez", "if you drop the module".
  '(?:vous (?:le |la |les )?retir\\p{L}*|you (?:drop|remove|take out) (?:it|that|the (?:module|option|add-?on))|sie (?:\\p{L}+ )?(?:streichen|weglassen)|(?:lo |la )?(?:quit|retir)[áa]is)',
  'vorauszahlung\\p{L}*',
  'vorkasse',
  'im voraus',
  'pago anticipado',
  'por adelantado',
  "paiement (?:d'avance|anticip[ée])",
  "d'avance",
  'case stud(?:y|ies)',
  'write-?ups?',
  'references?',
  'client r[ée]f[ée]rence',
  'cliente de referencia',
  'reference calls?',
  'referrals?',
  'testimonials?',
  'logo(?: rights)?',
  'press release',
  'referenz\\p{L}*',
  'fallstudie\\p{L}*',
  'anwenderbericht',
  'casos? de [ée]xito',
  'referencias?',
  '[ée]tudes? de cas',
  't[ée]moignages?',
  'testimonios?',
  'rese[ñn]as?',
  'casos? de estudio',
  'erfahrungsbericht\\p{L}*',
  'kundenstimmen?',
  'volume',
  'volumen',
  '\\d+\\+? (?:seats|users|licen[cs]es|units|pieces|locations|sites)',
  'expand\\p{L}*',
  'expansion',
  '(?:commit|commitment) to (?:a |an |the )?(?:\\d|two|three|multi|annual|full|minimum)',
  'minimum (?:order|commitment|volume|purchase)',
  // A guaranteed minimum: "if you guarantee a minimum of 120 days a year".
  '(?:a\\s+)?minimum\\s+of\\s+(?:\\d[\\d,.]*|ten|twenty|thirty|forty|fifty|a hundred)\\s+(?:[\\p{L}-]+\\s+)?(?:shifts|hours|units|orders|shipments|loads|pallets|seats|users|licen[cs]es|visits|days|nights|rooms|tonnes|tons|boxes|cases|placements|jobs|events|deliveries|trucks)',
  // Paying fast: "pay on 14 days", "settle on 10-day terms".
  '(?:pay|pays|paying|settle|settles|settling)\\s+(?:on|within|in)\\s+(?:[1-9]|1[0-5]|seven|ten|fourteen|fifteen)(?:\\s+|-)days?(?:\\s+terms)?',
  // The whole lot on one purchase: "only if all four units go on a single order".
  '(?:on|in|under)\\s+(?:a\\s+single|one|the same|a combined|one combined)\\s+(?:order|purchase order|po|contract|invoice|agreement)',
  'mindestabnahme\\p{L}*',
  'laufzeit',
  'net ?(?:10|15)',
  'faster payment',
  // Paying more elsewhere: "una cuota mensual un 10 % más alta", "a 10% higher monthly fee".
  '(?:un\\s+|a\\s+)?\\d{1,2}\\s?%\\s+(?:m[áa]s\\s+alt[ao]|higher|plus\\s+[ée]lev[ée]e?|h[öo]her)',
  // FR/ES/DE paying fast: "un paiement à 15 jours", "pago a diez días", "Zahlung binnen 14 Tagen".
  '(?:paiement|payer|r[èe]glement|r[ée]gler)\\s+(?:[àa]|sous|en)\\s+(?:[1-9]|1[0-5]|sept|huit|dix|quinze)\\s+jours',
  '(?:pago|pagar|pagos)\\s+(?:a|en)\\s+(?:[1-9]|1[0-5]|siete|diez|quince)\\s+d[ií]as',
  '(?:zahlung|zahlen|bezahlung|zahlungsziel)\\p{L}*\\s+(?:von\\s+|innerhalb\\s+von\\s+|binnen\\s+|in\\s+)?(?:[1-9]|1[0-5]|sieben|zehn|vierzehn)\\s+tag(?:e|en)',
  '(?:innerhalb\\s+von|binnen)\\s+(?:[1-9]|1[0-5]|sieben|zehn|vierzehn)\\s+tag(?:e|en)\\s+(?:zahlen|bezahlen|[üu]berweisen|begleichen)',
  '(?:annual|yearly|upfront|up-front|up front|advance) (?:billing|invoicing|plan|contract|term|commitment)',
  '(?:move|switch|go|moving|switching|going) to (?:annual|yearly)',
  '(?:go|goes|going) (?:annual|yearly)',
  'j[äa]hrliche (?:zahlung|abrechnung|vorauszahlung)',
  '(?:facturaci[oó]n|pago) anual',
  '(?:facturation|paiement) annuel(?:le)?',
  // Raising the volume: "bump the order to a full truckload", "die Abnahmemenge erhöhen".
  `(?:bump|increase|raise|up|grow|double|triple|expand|top up)\\p{L}*\\s+${gap(3)}(?:order|volume|quantit(?:y|ies)|seats|licen[cs]es|users|units|commitment|spend)`,
  '(?:full )?(?:truck|container|pallet)[- ]?loads?',
  '(?:abnahme|bestell|liefer|jahres)menge\\p{L}*',
  '(?:aument|ampli)\\p{L}* (?:el |la |los |las )?(?:pedido|volumen|cantidad|n[uú]mero de)\\p{L}*',
  '(?:augment)\\p{L}* (?:la |le |les )?(?:commande|volume|quantit[ée])\\p{L}*',
  '\\d[\\d.,]*\\+?[- ](?:seats?|users?|licen[cs]es?|lizenzen|nutzer|units?|pieces?|pcs|locations?|sites?|st[üu]ck|unidades|licencias|unit[ée]s|postes|pallets?|containers?|tons?|tonnes?)',
  // A referral or introduction from the buyer.
  '(?:refer|introduce|recommend)(?:s|red|ring|d)? (?:us|me)',
  'intro(?:duction)?s? to',
  '(?:refer|introduce)(?:s|red|ring|d)? (?:us to )?(?:\\d+|two|three|a few|a couple of|other|more|some)',
  'weiterempfehl\\p{L}*',
  `empfehl\\p{L}* (?:sie )?uns ${gap(2)}weiter`,
  'nos recomiend\\p{L}*',
  'nous recommand\\p{L}*',
  // Expanded scope: more sites, modules or teams.
  `add\\p{L}*\\s+${gap(4)}(?:sites?|locations?|plants?|clinics?|offices?|stores?|branches|warehouses|depots?|modules?|products?|teams?|departments?|business units?|standorte?|sedes|sucursales)`,
  `add\\p{L}*\\s+${gap(5)}(?:to|into)\\s+(?:the|your|this)\\s+(?:scope|order|rollout|contract)`,
  // More units than planned: "statt 20 gleich 60", "instead of 20, 60"; a number the buyer orders.
  '(?:go (?:with|for)|going (?:with|for)|take|taking|order|ordering|buy|buying|commit to)\\s+(?:all\\s+|the full\\s+|the whole\\s+)?\\d+\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:instead of|rather than)\\s+(?:the\\s+)?\\d+(?![\\d.,]\\d)',
  // Publicity the buyer allows: the project shown in the seller's portfolio or channels.
  `(?:feature|show|showcase|photograph|film|mention|display|use)\\p{L}*\\s+${gap(4)}(?:on|in)\\s+(?:our|the)\\s+(?:[\\p{L}-]+\\s+)?(?:portfolio|website|site|newsletter|social media|social channels|channels|blog|brochure|showroom|marketing|catalog(?:ue)?)`,
  '(?:on|in|across) (?:our )?social media',
  // All of the buyer's units moved over: "move all five bakeries onto our round".
  '(?:move|moving|bring|bringing|put|putting|switch|switching)\\s+(?:all|every one of)\\s+(?:your\\s+|the\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+\\p{L}+s\\s+(?:onto|to|over to|across to|into|under)',
  // A season's or year's supply in one contract.
  "(?:whole|full|entire)\\s+(?:season|year)(?:'s)?\\s+(?:supply|supplies|order|orders|contract|volume|requirements?)",
  // Signage the buyer allows: "let us hang our banner on the scaffold".
  '(?:hang|put up|put|display|place|mount)\\s+(?:our|a)\\s+(?:banner|sign|signage|logo|board|hoarding)s?',
  // Exclusivity: the buyer buys only from the seller.
  '(?:exclusive|sole|only|preferred|single) (?:supplier|provider|vendor|partner|distributor|source)',
  // Business moved to the seller alone: "move the lane to us exclusively", DE "exklusiv bei uns".
  '(?:to|with|through) us exclusively',
  'exclusively (?:to|with|through) us',
  'exklusiv (?:bei|mit|[üu]ber) uns',
  'en exclusiva con nosotros',
  'exclusivement (?:avec|chez) nous',
  'exclusivity',
  'single[- ]sourc\\p{L}*',
  'alleinlieferant\\p{L}*',
  'exklusiv(?:lieferant|partner|vertrag|it[äa]t)\\p{L}*',
  'proveedor (?:[úu]nico|exclusivo|preferente)',
  'exclusividad',
  'fournisseur (?:exclusif|unique|privil[ée]gi[ée])',
  "l'exclusivit[ée]",
  // DE minimum quantities: "bei einer Abnahme von mindestens 200 Paletten".
  '(?:abnahme|bestellung|bestellmenge|menge|jahresmenge|volumen)\\s+von\\s+(?:mindestens|[üu]ber|mehr als|wenigstens|ab)\\s+\\d',
  '(?:mindestens|[üu]ber|mehr als)\\s+\\d[\\d.,]*\\s+(?:tonnen|paletten|st[üu]ck|einheiten|kisten|lizenzen|kartons|rollen|liter)',
  `(?:statt|anstatt|instead of|rather than|en lugar de|en vez de|au lieu de)\\s+\\d+(?![\\d.,]\\d),?\\s+(?:gleich\\s+|directly\\s+|just\\s+|go (?:for|with)\\s+)?\\d+(?![\\d.,]\\d)(?!\\s*(?:[$€£%]|eur|euros?|usd|dollars?|pounds?|percent|prozent|por ?ciento)${E})`,
  `(?:order|buy|purchase|take)\\s+(?:\\p{L}+\\s+)?\\d[\\d.,]*\\s+(?!(?:days?|weeks?|months?|years?|hours?)${E})`,
  `\\d[\\d.,]*\\s+${gap(2)}(?:bestellen|abnehmen|ordern|kaufen|nehmen)`,
  `(?:all|every|each)\\s+(?:of\\s+)?(?:your\\s+|the\\s+)?(?:[\\p{L}\\d]+\\s+)?(?:sites|locations|plants|clinics|offices|stores|branches|warehouses|teams|departments|regions|subsidiaries)`,
  '(?:whole|full|entire|complete) (?:product )?(?:suite|bundle|platform|portfolio|range|catalog(?:ue)?)',
  // The buyer dropping a requirement.
  `you\\s+(?:can\\s+|could\\s+|would\\s+|are willing to\\s+)?(?:drop|relax|give up|forgo|waive|remove|live without|loosen)\\s+${gap(3)}(?:requirements?|clauses?|slas?|customi[sz]ations?|exclusivity|penalt(?:y|ies)|demands?|conditions?|specs?)`,
  `(?:pay|settle)\\p{L}*\\s+${gap(2)}within`,
  'auto-?renew\\p{L}*',
  // Bare "engagement"/"compromiso" is any contract or project: only a commitment of term, volume or spend.
  'compromiso (?:de|por) (?:permanencia|volumen|compra|\\d|dos|tres|cuatro|un|una)',
  "engagement (?:de|d'|sur|ferme|annuel|pluriannuel|minimum)",
  'co-marketing',
  'joint webinar',
  // Surer payment: the buyer moving to direct debit or automatic payment.
  '(?:direct debit|auto-?pay|automatic payments?|ach|sepa|lastschrift\\p{L}*|domiciliaci[oó]n|pr[ée]l[èe]vement)',
  '(?:exclusive|sole) (?:supply|supplier|contract|deal|agreement|rights|partnership)',
  // A quantity threshold: "200 chairs or more", "ab 50 Stück", "50 unités ou plus".
  '\\d[\\d.,]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:or (?:more|above|over)|and (?:up|above|over)|oder mehr|o m[áa]s|ou plus)',
  // More of the buyer's business moved over ("bring the other depots across to us too").
  `(?:move|moving|bring|bringing|transfer\\p{L}*|switch\\p{L}*|place|placing|put|putting)\\s+(?:your|the|their)\\s+${gap(4)}(?:to|with|over to|across to|under)\\s+us\\s+(?:as well|too|also)`,
  'speak(?:ing)? at',
);

/**
 * A request for the buyer's side of a trade, stated without "if": an imperative (EN bare verb, DE
 * verb + "Sie", ES formal imperative, FR "-ez" form). Only a trade when RECIPROCAL_VALUE follows in
 * the same clause; a request for a signature or a date alone is not.
 */
export const BUYER_ASK = `(?:(?:so|ok(?:ay)?|well|now|just|simply|please)[,]?\\s+){0,2}${alt(
  `${B}(?:sign|commit|lock|buy|order|purchase|pay|prepay|settle|renew|extend|stretch|go|make|take|move|switch|upgrade|add|roll|bump|increase|double|triple|raise|agree|give|grant|allow|be|become|write|record|introduce|refer|send|put|choose|pick|opt|book|share|join|host|accept|expand|standardi[sz]e|consolidate|bring|get|let us|do)${E}`,
  `${BU}\\p{L}{3,}en sie${E}`,
  `${BU}(?:firm|compr|pagu?|prepagu|contrat|comprom[eé]t|renuev|ampl[ií]|extiend|pid|elij|acept|tom|añad|agregu|suscrib|abon|escrib|recomi[eé]nd|hag|cierr)[ea]n?(?:se|nos|me)?${E}`,
  `${BU}(?:d[eé]|d[eé]j[ea]|perm[ií]t[ea])n?(?:nos|me)${E}`,
  `${BU}(?!chez|assez|avez)\\p{L}{2,}ez(?:-(?:vous|nous|moi))?${E}`,
  // The buyer's side as a bare clause: "you pay upfront for twelve months, we ...", "Sie zahlen ..., wir ..."; not a
  // stated fact or past tenure ("vous êtes client depuis 3 ans").
  `${B}(?:you|sie|usted(?:es)?|vous)\\s+(?!(?:asked|mentioned|said|told|wanted|were|have|has|had|did|requested|inquired|know|may|might|run|use|already|currently|get|gets|receive|enjoy|save|keep|haben|avez|tiene|tienen)${E})(?=\\p{L})(?![^,;.!?]*${B}(?:since|depuis|seit|desde|llevan?|for the (?:past|last)|already|bereits|schon|d[ée]j[àa]|ya)${E})`,
)}`;

/** Where the buyer's ask ends and the seller's side begins: comma, dash, semicolon, "and"/"then". */
export const TRADE_LINK = `(?:,\\s|;|\u2014|\u2013|\\s-\\s|${B}(?:and|then|und|dann|y|et)${E})`;

export const ANTI_RECIPROCAL = word(
  'no strings(?: attached)?',
  'no need to commit',
  'without (?:any |a )?(?:commitment|strings|condition|conditions|catch)',
  'nothing (?:extra )?in return',
  'no catch',
  'regardless',
  'unconditional\\p{L}*',
  'sans (?:autre )?condition',
  'sans contrepartie',
  'sin condiciones',
  'sin compromiso',
  'ohne (?:bedingung\\p{L}*|gegenleistung)',
  'no commitment',
  '(?:also |even )?without (?:a |any )?(?:bigger|larger|higher|more|additional|minimum|extra) (?:quantity|quantities|volume|volumes|order|orders|commitment|term)',
);

export const CONTRACTED = word(
  // Already in the signed contract, FR/ES/DE: "figure déjà dans le contrat", "ya consta en el contrato", "steht bereits im Vertrag".
  '(?:figure|figurent|inscrite?s?|mentionn[ée]e?s?|pr[ée]sente?s?)\\s+d[ée]j[àa]\\s+dans',
  'ya\\s+(?:figura|figuran|aparece|aparecen|consta|constan)\\s+en',
  '(?:steht|stehen)\\s+(?:bereits|schon)\\s+im',
  `(?:per|as per|under|according to|in line with|in accordance with|as (?:agreed|set out|outlined|stated|written|specified|defined) in|as in|already (?:in|included in|written into|part of)|ya (?:est[aá] )?(?:incluid[oa]s? en|en)|d[ée]j[àa] (?:inclus|pr[ée]vu)e?s? dans|(?:bereits|schon) (?:in|im)|written into|stipulated in|laut|gem[äa][ßs]|seg[úu]n|conforme a|conform[ée]ment [àa]|pr[ée]vu(?:e)? (?:dans|par)) ${gap(3)}(?:contract|agreement|order form|msa|sla|sow|terms|vertrag\\p{L}*|contrato|contrat|acuerdo|bestellung)`,
  `(?:under|per|in|see) (?:clause|section|article|schedule|paragraph|§) ${gap(4)}(?:contract|agreement|order form|msa|terms)`,
  "(?:contract|agreement|order form|msa|terms) (?:we|you|you've|we've) (?:both |all )?(?:signed|agreed|countersigned)",
  // Not one still to come back to the seller (a condition on a future signature).
  '(?:existing|current|signed|contracted|original) (?:contract|agreement|order form|msa|terms)(?!\\s+(?:is|are|comes?|gets?|arrives?)\\s+(?:back|in|returned)|\\s+(?:by|before|this week|today))',
  // Agreed before and only applied now: "que firmamos en el contrato", "ya está aplicado".
  'que (?:firmamos|pactamos|acordamos|negociamos)',
  '(?:ya )?est[áa] aplicad[oa]',
  'already (?:applied|reflected|deducted)',
  `(?:im|in unserem|in ihrem|laut|gem[äa][ßs]) (?:\\p{L}*vertrag\\p{L}*|vereinbarung\\p{L}*) ${gap(4)}(?:vereinbart|festgelegt|geregelt|festgeschrieben)\\p{L}*`,
  // The agreed discount named as such: "den vereinbarten Rabatt", "la bonificación pactada", "la remise convenue".
  '(?:vereinbart|ausgehandelt|zugesagt)\\p{L}*\\s+(?:rabatt|bonus|preis|nachlass|konditionen|skonto|jahresbonus)\\p{L}*',
  '(?:descuento|bonificaci[oó]n|rappel|rebaja|precio|tarifa|condiciones)\\s+(?:ya\\s+)?(?:pactad|acordad|negociad|convenid)[oa]s?',
  '(?:remise|rabais|tarif|prix|ristourne)\\s+(?:d[ée]j[àa]\\s+)?(?:convenu|n[ée]goci[ée]|accord[ée])e?s?',
  'vertraglich (?:vereinbart|festgelegt|zugesichert)\\p{L}*',
  `(?:set out|stated|specified|defined|laid down|written|fixed) in ${gap(4)}(?:master|framework|frame|service|supply|signed) (?:agreement|contract)`,
  '(?:contrato marco|accord[- ]cadre|framework (?:contract|agreement)|master (?:services )?agreement)',
  '(?:pactad|acordad|firmad|negociad)\\p{L}* en el contrato',
  `(?:comes?|coming) from (?:your|the|our) ${gap(2)}(?:contract|agreement|gpo)`,
  'carries (?:forward|over) automatically',
  '(?:continues?|remains?|still) (?:to )?appl(?:y|ies)',
  'carries over',
  'as (?:agreed|contracted)',
  // "as before" of the price, not of an item kept in ("installation included as before").
  '(?<!(?:included|includes|include|inclusive|same)\\s)as before',
  '(?:descuento|rabatt|remise|discount|nachlass)\\s+(?:del|des|du|of the|aus dem|laut|im|de votre)\\s+(?:contrato|contrat|vertrag|contract|acuerdo|rahmenvertrag)',
  'already (?:agreed|contracted|negotiated)',
  // "the discount we negotiated", ES/FR/DE: what was agreed before.
  '(?:que|den|die|das) (?:negociamos|acordamos|pactamos|convenimos|nous avons (?:n[ée]goci[ée]|convenu)|wir (?:vereinbart|ausgehandelt) haben)',
  // A price agreed earlier, restated: "the rate we settled on in March still stands".
  `(?:we|you|we've|you've|we'd) (?:both )?(?:agreed|negotiated|settled on|settled|locked in|signed)(?: on| to)?\\s+${gap(4)}(?:still (?:stands?|holds?|applies)|stands|remains? (?:valid|in place|unchanged))`,
  `vereinbarte?n?\\s+${gap(5)}(?:gilt|gelten|bleibt|bleiben) (?:weiterhin|nach wie vor|bestehen)`,
  `(?:acordamos|acordad[oa]s?|pactad[oa]s?|pactamos|negociad[oa]s?|negociamos)\\s+${gap(5)}(?:sigue|siguen) (?:vigentes?|en pie|valiendo|aplicando)`,
  `(?:convenu|n[ée]goci[ée]|accord[ée])e?s?\\s+${gap(5)}(?:reste|restent) (?:valables?|en vigueur|d'actualit[ée])`,
  "(?:form|order|quote|confirmation|paperwork|offer) (?:that )?(?:you|you've|you have) (?:already )?(?:signed|countersigned)",
  // The contract speaking: "the MSA already says", "our agreement provides".
  '(?:contract|agreement|order form|msa|sow) (?:already |clearly )?(?:says|states|provides|specifies|stipulates|sets out|lays out)',
);

export const ADDITIVE = word(
  // The standard price named only to set the seller's own lower figure for this buyer against it.
  "but (?:i've|we've|i have|we have|i'll|we'll) (?:set|put|priced|placed|moved|brought) you",
  // Not when denied: "no es nada adicional", "nothing extra", "not anything additional".
  '(?<!(?:nada|nothing|not anything|nichts|rien|no|not|kein\\p{L}*)\\s)extra',
  '(?<!(?:nada|nothing|not anything|nichts|rien|no|not|kein\\p{L}*)\\s)additional',
  'another',
  // A charge that would normally be made, or an item outside the standard service: the standard is the reference.
  '(?:would|will) normally be (?:billed|charged|invoiced)',
  "(?:is not|isn't|not) (?:part of|included in) (?:the|our|your) standard",
  'on top',
  'further',
  'zus[äa]tzlich\\p{L}*',
  '(?<!(?:nada|nothing|ning[uú]n|no)\\s)adicional',
  'suppl[ée]mentaire',
  'en plus',
  'special',
);

export const FINANCE = word(
  'discount(?:ed|ing)? (?:rate|factor|cash|curve|period|window)',
  'discount(?:ed|ing)? (?:at|back|to present)',
  'discounted cash',
  'cash[- ]flows?',
  'discounted (?:monthly|annually|yearly|quarterly|back)',
  'payback',
  'roi model',
  'dcf',
  'npv',
  'net present value',
  'present value',
  'irr',
  'wacc',
  'cost of capital',
  'hurdle rate',
  'bonds?',
  'yield',
  'treasur\\p{L}*',
  '(?:early|prompt)[- ]pay(?:ment)? discount',
  'skonto',
  'pronto pago',
  'escompte',
  "taux d'actualisation",
  'abzinsung\\p{L}*',
  'tasa de descuento',
  'discounting',
);

export const THIRD_PARTY = alt(
  // The buyer's own offer to its customers: "when you're offering members 15% off".
  `${B}(?:you're|you are|you'll be|you will be|you were)\\s+(?:offering|giving|running)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:\\d{1,3}\\s?%|discounts?|a (?:sale|promotion|promo))`,
  // Not a time clause: "hold it until your guests have checked in" gives the buyer's customers nothing.
  `${B}(?<!(?:until|till|when|once|after|before)\\s)(?:your|their|its|ihre|ihren|sus|su|vos|leurs?)\\s+(?:own\\s+)?(?:[\\p{L}-]+\\s+)?(?:customers?|shoppers?|clients?|buyers?|members?|guests?|users?|students?|patients?|subscribers?|visitors?|consumers?|audiences?|donors?|kunden|k[äa]ufer|clientes|compradores|socios|acheteurs|membres)${E}`,
  `${B}discount (?:codes?|rules?|engine|campaigns?|logic|feature|module|settings?|types?|tiers? for)${E}`,
  // Not the seller's own voucher or ended promotion ("a voucher worth $300", "the promotion closed, but ...").
  `${B}(?:coupons?|vouchers?|promo codes?|promotions?)${E}(?!\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ended|expired|closed|finished|lapsed|ran out|is over|was over|worth)${E})`,
  // The buyer's own sale to its shoppers ("your spring sale", "the January sale", "everything in store");
  // not the rep's own ("close the sale").
  `${B}(?:(?:your|their)\\s+(?:[\\p{L}-]+\\s+)?|the\\s+(?:${MONTHS_EN}|spring|summer|autumn|fall|winter|christmas|easter|holiday|boxing day|black friday|clearance|seasonal|end-of-season|anniversary)\\s+)sale${E}(?!\\s+(?:of|price|to you))|${B}(?:everything in store|in-store|storewide|store-wide)${E}`,
  `${B}(?:create|set up|setup|configure|schedule|run|launch|manage|automate|apply|stack)\\p{L}*\\s+${gap(2)}(?:discounts?|promotions?|promos?|sales|offers)${E}`,
);

/** An earlier season's or year's price level: "last season's", "the previous year's". */
export const EARLIER_SEASON = `(?:last|the previous|the prior|the old)\\s+(?:year|season|quarter|spring|summer|autumn|fall|winter|harvest|term)'s`;

/** Scope the buyer adds as the condition: "adding the night shift to the scope would allow us to lower ...". */
export const SCOPE_ADDED_LETS_US = `^\\s*(?:adding|bundling|including|folding|putting|moving|bringing)\\s+[^.!?]{0,70}?${B}(?:to|into|in|under)\\s+(?:the|your|our|this|one)\\s+(?:[\\p{L}-]+\\s+)?(?:scope|contract|order|agreement|po|package|schedule|route)\\s+(?:would|will|could|should)\\s+(?:let|allow|enable|help)\\s+us${E}`;

export const REPORTED_ASK = alt(
  // FR/ES/DE: the concession the buyer mentioned or asked for ("la remise que vous mentionnez").
  `${B}que vous (?:[ée]voquez|mentionnez|demandez|souhaitez|proposez|avez (?:[ée]voqu[ée]e?|mentionn[ée]e?|demand[ée]e?|sugg[ée]r[ée]e?))${E}`,
  `${B}que (?:usted |ustedes )?(?:menciona|mencionan|pide|piden|solicita|solicitan|propone|proponen|ha (?:mencionado|pedido|solicitado))${E}`,
  `${B}(?:den|die|das) sie (?:erw[äa]hnen|ansprechen|anfragen|erw[äa]hnt haben|angesprochen haben|angefragt haben)${E}`,
  // The buyer's wish acknowledged, or a lower price only looked into: "I know you were hoping for ...",
  // "I checked whether there was room ...".
  `${B}(?:know|understand|appreciate|realise|realize|hear|see|get)\\s+(?:that\\s+)?you(?:'d|'re|\\s+were|\\s+are|\\s+would)?\\s+(?:like|hoping for|looking for|after|wanting|keen on|prefer|asking for|pushing for|holding out for)${E}`,
  `${B}(?:looked at|looked into|checked|explored|considered|wondered|asked (?:around|finance|pricing))\\s+(?:whether|if)\\s+(?:we|i|there)${E}`,
  `${B}(?:you|your team|procurement|purchasing|finance|legal|they|sie|usted|ustedes|vous)\\s+${gap(2)}(?:asked|requested|mentioned|wanted|proposed|suggested|were hoping|are hoping|brought up|pidi[oó]|pidieron|solicit[oó]|avez demand[ée]|gefragt|gebeten|angefragt)${E}`,
  `${B}(?:your|ihre|su|votre) (?:request|ask|question|anfrage|bitte|wunsch|solicitud|petici[oó]n|demande|requ[êe]te)${E}`,
);

/** "As always" right after an included item qualifies the item, not the price ("incluido como siempre"). */
const NOT_AFTER_INCLUDED =
  '(?<!(?:included|incluid[oa]s?|inclus|incluse?s?|inklusive|enthalten|inbegriffen)\\s+(?:as\\s+)?)';

export const STANDARD = word(
  // Not when the standard item is only the price reference of a better one.
  // ...nor in "Premium at the Standard rate" (the higher tier at the lower tier's price).
  // ...nor the fee that a concession drops ("the standard survey charge won't show up").
  // ...nor the ordinary rate kept against a premium date ("although it's a Sunday, at the standard rate").
  "(?<!(?:even though|although|despite|even if)[^.!?]{0,160}at the )(?<!(?:invoice|bill|price|rate|charge) at (?:the )?)(?<!(?:keep|keeping|only|just|swap|swapping|replace|replacing|upgrade|upgrading) (?:the |your |our )?)(?<!(?:waive|waiving|waived|skip|skipping|drop|dropping|forgo|forgoing|scrap|scrapping|without|no need for) (?:the |our |your )?)(?<!(?:price|preis|betrag|precio|prix|tarif) (?:of|des|der|del|de|du) (?:the |a |an |our |your |dem |la |el )?)(?<!(?:premium|enterprise|pro|plus|business|advanced|professional|higher|top|ultimate|gold|platinum|bigger|larger|tier|plan|edition)\\s+(?:[^\\s;:!?]+\\s+){0,3}?(?:at|for) (?:the )?)standard(?!\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:fee|charge|surcharge|cost)s?\\s[^.!?]{0,60}?(?:won't|will not|never|isn't going to|is not going to)\\s)",
  `${NOT_AFTER_INCLUDED}always`,
  'every customer',
  'all customers',
  'all (?:our |of our )?(?:plans|tiers|customers|subscriptions|accounts|clients)',
  'every (?:account|client|invoice|order)',
  `${NOT_AFTER_INCLUDED}as usual`,
  `${NOT_AFTER_INCLUDED}wie gewohnt`,
  `${NOT_AFTER_INCLUDED}como siempre`,
  `${NOT_AFTER_INCLUDED}comme d'habitude`,
  `${NOT_AFTER_INCLUDED}comme toujours`,
  'by default',
  // "N% off the list price" is a cut from list, and "not attached to the list price" a signal it moves.
  "(?<!(?:off|below|under|married to|wedded to|tied to|attached to) (?:the |our |your )?)(?<!(?:though|although|while|whereas) (?:the |our )?)list price(?!\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:is\\s+|will\\s+|is\\s+going\\s+to\\s+)?(?:going up|goes up|go up|rises|rising|rise|increases?|increasing|changes?|changing|going down|goes down|go down|drops?|falls?))(?!\\s+(?:isn't|is not)\\s+(?:fixed|final|set in stone)|\\s+is\\s+(?:negotiable|flexible))",
  'included in (?:every|all|each|the standard)',
  // Not the buyer's own renewal or order given something by the rep ("your order comes with two spare filters").
  '(?<!your\\s+(?:[\\p{L}-]+\\s+){0,2})comes with',
  'part of (?:the|every|our) (?:standard|plan|package|subscription)',
  'our (?:usual|normal) (?:terms|policy|pricing)',
  'f[üu]r alle kunden',
  'standardm[äa][ßs]ig',
  'para todos (?:los|nuestros) clientes',
  'pour tous (?:nos|les) clients',
  // A published scheme: "open to all members, published on our site".
  'open to (?:every|all|any)',
  '(?:listed|published|advertised) on (?:our|the) (?:website|site|price list)',
  // Applied as it would be for anyone; a group's terms stated as policy ("resellers get net 45 from us").
  "(?:for|pour|f[üu]r|para) (?:anyone|anybody|any other (?:customer|client|buyer)|n'importe qui|tout le monde|jeden(?: kunden)?|cualquiera|cualquier (?:otro )?cliente)(?!\\s+(?:else|d'autre|anderen|m[áa]s))",
  '(?<=^[-\\s*\\u2022\\u2013]*)(?:all |our |every )?(?:retailers|resellers|distributors|wholesalers|dealers|partners|members|merchants|brands|franchisees|installers|agencies) (?:get|receive|are given|enjoy|have)',
  // A tier the volume itself earns.
  'volume (?:discount|rate|pricing|price|tier|band|break)s?',
  // As with every order of its kind: "como en cualquier alquiler", "as with any hire".
  '(?:como en|como con|as (?:with|on|for)|like (?:on|with)|wie bei|comme pour|comme (?:avec|sur)) (?:cualquier|todos los|todas las|any|every|all|jede[mnr]?|allen|tous les|toutes les|chaque)',
  // Notice-based terms: no fee when the buyer gives enough notice.
  "(?:with|given) (?:more than |at least |over )?\\d+ (?:days?|hours?|weeks?)'?s?'? notice",
);

export const PERSONAL = word('for you', 'just for you', 'f[üu]r sie', 'para usted', 'para ti', 'pour vous');

/** Fees and costs a seller can drop or absorb, EN/DE/ES/FR (German compounds: "-gebühr", "-kosten"). */
export const FEE_NOUN = alt(
  'fees?',
  'charges?',
  'surcharges?',
  'costs?',
  'expenses',
  'premium',
  'penalt(?:y|ies)',
  'overages?',
  'deposits?',
  'tab',
  'bill',
  '[\\p{L}-]+fees?',
  'brokerage',
  '\\p{L}*(?:geb[üu]hr|kosten|zuschl[äa]g|pauschale|aufpreis)\\p{L}*',
  'gastos',
  'costos?',
  'costes?',
  'cargos?',
  'recargos?',
  'tarifas?',
  'cuotas?',
  'comisi[oó]n(?:es)?',
  'frais',
  'co[ûu]ts?',
  'suppl[ée]ments?',
  'surco[ûu]ts?',
  'majorations?',
);

/** Cost lines a seller can take off a quote (not "costs" at large: a product lowers the buyer's costs). */
export const COST_LINE = alt(
  'travel',
  'shipping',
  'freight',
  'delivery',
  'set-?up',
  'installation',
  'implementation',
  'onboarding',
  'migration',
  'training',
  'consulting',
  'rollout',
  'commissioning',
  'calibration',
);

/** The buyer paying what is due: "once you pay", "as soon as the balance is settled", "sobald ... eingeht". */
export const BUYER_PAYS = word(
  `(?:once|when|as soon as|after|sobald|nachdem|en cuanto|cuando|una vez(?: que)?|d[èe]s que|une fois(?: que)?|lorsque|quand)\\s+${gap(5)}(?:pay|pays|paid|paying|payment|settle\\p{L}*|clear|cleared|zahlung\\p{L}*|bezahl\\p{L}*|beglichen|pag\\p{L}*|r[ée]gl\\p{L}*|paiement)`,
);

/** A price held for a stated time, EN/DE/ES/FR: "freeze your rate through 2028", "3-year price lock". */
const HELD_FOR = `(?:(?:all|the whole of)\\s+(?:next|this|the coming)\\s+year|(?:the\\s+|a\\s+)?(?:next\\s+|full\\s+|whole\\s+|entire\\s+|coming\\s+)?(?:(?:\\d+|two|three|four|five|six|one|a)[- ]?(?:years?|yrs?|months?)|20\\d\\d|(?:renewal\\s+|contract\\s+)?term|contract|renewal|life of)|(?:another|a further|one more|an extra)\\s+(?:(?:\\d+|two|three|six|twelve)\\s+)?(?:years?|months?|seasons?|terms?))`;
export const PRICE_HELD = alt(
  `${B}(?:lock|locking|freez\\p{L}*|fix|fixing|cap|capping|guarantee\\p{L}*|hold|holding|protect\\p{L}*|keep|keeping|kept)\\s+${gap(3)}(?:rates?|pric(?:e|es|ing)|premiums?|fees?|tariffs?)\\s+(?:at\\s+(?:${MONEY}|(?:its\\s+|their\\s+|the\\s+)?20\\d\\d(?:'s)?\\s+(?:levels?|rates?|prices?)|(?:today's|current|this year's|last year's)\\s+(?:levels?|rates?))\\s+)?(?:for you\\s+)?(?:in\\s+)?(?:for|through|thru|until|till|over|to)\\s+${HELD_FOR}${E}`,
  `${B}(?:keep|keeping|leave|hold)\\s+${gap(2)}(?:rates?|pric(?:e|es|ing))\\s+(?:fixed|locked|frozen|flat|unchanged|the same|as is)\\s+(?:for|through|thru|until|till|over)\\s+${HELD_FOR}${E}`,
  `${B}(?:price|pricing|rate)[- ](?:locks?|freezes?|guarantees?|protection|caps?)${E}`,
  `${BU}preis(?:garantie|bindung|stopp)\\p{L}*`,
  `${BU}(?:congel|bloque|fij|garantiz|manten|mantien)\\p{L}*\\s+${gap(2)}(?:precios?|tarifas?|cuotas?|mensualidad\\p{L}*)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:hasta|durante|por)\\s+(?:los\\s+pr[óo]ximos\\s+)?(?:\\d|dos|tres|cuatro|cinco|un)`,
  `${BU}(?:bloqu|g[eè]l|garanti|fix|maint)\\p{L}*\\s+${gap(2)}(?:tarifs?|prix)\\s+(?:pendant|jusqu'(?:en|à|au)|sur|pour)\\s+(?:les\\s+)?(?:\\d|deux|trois|quatre|cinq|un)`,
  `${BU}(?:garantier|frier|friere|halt|fixier|sicher)\\p{L}*\\s+${gap(4)}(?:preis|tarif)\\p{L}*\\s+(?:f[üu]r|bis)\\s+(?:die\\s+n[äa]chsten\\s+)?(?:\\d|zwei|drei|vier|f[üu]nf|ein)`,
);

/** A price the buyer already has: last year's, the current one (kept instead of raised). */
export const OLD_PRICE = alt(
  `(?:last year's|the old|the previous|the prior|the original|your current|your existing|the current|the existing|today's|this year's|current|existing|legacy|old|20\\d\\d) (?:[\\p{L}-]+ ){0,2}?(?:rates?|price|pricing|price list|prices|terms|tariffs?|figures?|levels?)`,
  "what you(?:'re| are)? (?:pay|paying|paid)(?: now| today| currently| last year| when you (?:first )?signed)?",
  '(?:preis\\p{L}*|tarif\\p{L}*|konditionen) (?:vom|aus dem|des) (?:letzten|vorigen|vergangenen) jahr\\p{L}*',
  '(?:alten|bisherigen|jetzigen|aktuellen|heutigen|letztj[äa]hrigen) (?:preis|tarif|konditionen)\\p{L}*',
  'vorjahres(?:preis|tarif|konditionen)\\p{L}*',
  '(?:precio|tarifa|condiciones)s? (?:del a[ñn]o pasado|anterior(?:es)?|actual(?:es)?|de siempre|antigu[oa]s?|vigentes?|de (?:20\\d\\d|este a[ñn]o))',
  '(?:ancien|actuel|m[êe]me) (?:tarif|prix)',
  '(?:the )?(?:price|rate|pricing|tariff)s? (?:of|from) (?:last year|the last year|this year|20\\d\\d)',
  "(?:tarif|prix) (?:actuel|de l'an dernier|de l'ann[ée]e derni[èe]re|habituel)",
  '(?:anciens|actuels) (?:tarifs|prix)',
);
