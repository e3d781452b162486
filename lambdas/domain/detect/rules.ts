// Built-in analysis of one sentence. Each rule is a concept check, not a phrase list:
//   quota_pressure      = the seller's own target / period / manager / stakes + a push on the deal;
//   unilateral_discount = a concession (price, free extra, trial, flexibility, match, terms)
//                         offered by the seller, not negated, not reciprocal, not another sense.
import type { BuiltinRuleId } from './catalog';
import * as L from './lexicon';

const { B, BU, E, gap, ownGap, alt } = L;

/** Sources write a straight apostrophe; mail also has the typographic one. */
export const apos = (src: string) => src.replace(/'/g, "['\u2019]");
const re = (src: string) => new RegExp(apos(src), 'u');
const reG = (src: string) => new RegExp(apos(src), 'gu');
/** A pattern only used as part of a bigger regex: its source, without compiling a RegExp of its own. */
interface Pattern {
  source: string;
}
const pat = (src: string): Pattern => ({ source: apos(src) });

/** A sentence to analyse; `low` is the folded sentence, `prev`/`next` lazily give neighbours. */
export interface Sentence {
  low: string;
  isSubject: boolean;
  prev(): string;
  next(): string;
}

export interface RuleHit {
  rule: BuiltinRuleId;
}

// ----------------------------------------------------------------------------- quota_pressure

const OWN_STRONG = re(`${L.SELF_POSS}\\s+${ownGap(2)}${L.STRONG_TARGET}${E}(?!-(?:free|based))`);
const SUBJ_STRONG = re(
  `${B}(?:i|i'm|i am|we|we're|we are|still)\\s+${ownGap(4)}(?:short of|behind on|behind|away from|close to|to hit|hit|hitting|to make|make|making|reach|reaching|meet|miss|missing)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:${L.STRONG_TARGET}|plan|numbers?|target|club)${E}`,
);
// Not the buyer's figure: "tell me where you need the number to land".
const TARGET_TO_HIT = re(
  `(?<!${B}you\\s+(?:need|want|would like|'d like)\\s+(?:the\\s+|a\\s+|your\\s+)?)${B}(?:numbers?|quota|target|plan)\\s+to\\s+(?:hit|make|reach|close|land)${E}`,
);
const MY_LAST_DEAL = re(
  `${L.SELF_POSS}\\s+${ownGap(2)}(?:deal|order|opportunity|close|signature)s?\\s+(?:of|this|for)\\s+(?:the\\s+)?(?:quarter|month|year|half|q[1-4])${E}`,
);
const OWN_WEAK_A = re(`${L.STAKES_VERB}\\s+${ownGap(2)}${L.SELF_POSS}\\s+${ownGap(1)}${L.WEAK_TARGET}${E}`);
const OWN_WEAK_DE = re(
  `${L.SELF_POSS}\\s+${ownGap(1)}${L.WEAK_TARGET}\\s+${gap(2)}(?:zu\\s+)?(?:verfehl|erreich|schaff)\\p{L}*`,
);
const OWN_WEAK_PERIOD = re(
  `${L.SELF_POSS}\\s+(?:numbers?|targets?|fore?cast|plan|ziele?|zahlen|objetivos?|objectifs?|chiffres)\\s+(?:this|for the|for this|f[üu]r (?:das|dieses)|de este|ce)\\s+(?:month|quarter|year|q[1-4]|quartal|monat|jahr|mes|trimestre|mois)`,
);
const FOR_MY = re(
  alt(
    `${B}(?:for|f[üu]r|para|pour|because of|due to)\\s+${L.SELF_POSS}\\s+(?:(?:yearly|annual|monthly|quarterly|own|sales|personal|j[äa]hrlich\\p{L}*|anual(?:es)?|mensual(?:es)?|trimestral(?:es)?|annuels?|mensuels?|trimestriels?)\\s+)?(?:numbers?|quarter|month|q[1-4]|targets?|quartal|trimestre|mes|mois|zahlen|objetivos?|objectifs?|ziele?|cuotas?|chiffres|cifras|n[úu]meros)${E}`,
    // Not a price: "at this year's number".
    `(?<!${B}at\\s)${B}(?:this|the) (?:month|quarter|year)'s (?:numbers|fore?cast|bookings|number)${E}`,
    `${B}in\\s+${L.SELF_POSS}\\s+(?:zahlen|numbers|target|ziel|fore?cast|pipeline|commit)${E}`,
  ),
);
/** "my quarter" (singular first person) is always the rep's own period. */
const MY_PERIOD = re(
  `${B}(?:my|mein\\p{L}*|mi|mon|ma)\\s+${ownGap(1)}(?:quarter|month|fiscal year|year-end|quarter-end|quartal\\p{L}*|monat\\p{L}*|trimestre|mes|mois|exercice)${E}`,
);
const ME_TO_TARGET = re(
  `${B}(?:me|us)\\s+(?:to|over|across|past|closer to)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:${L.STRONG_TARGET}|plan|numbers?|target)${E}`,
);
/** Sales incentives that only a seller has. */
const INCENTIVE = re(`${B}(?:spiffs?|spifs?|sales contest|accelerators?|president'?s club)${E}`);
const FIRST_PERSON = re(`${B}(?:i|i'd|i'm|i'll|i've|ich|je|j')${E}`);
/** The rep's own forecast, not a product feature named so ("our pipeline view"). */
const OWN_FORECAST = re(
  `${L.SELF_POSS}\\s+${ownGap(2)}(?:fore?cast|pipeline|commit)${E}(?!\\s+(?:features?|views?|tabs?|modules?|reports?|dashboards?|tools?|pages?|screens?|templates?|stages?|management|software|product|app|integration|settings|analytics|visibility|insights?|data|hygiene|metrics))`,
);
const FORECAST_CTX = re(
  `${B}(?:commit|committed|call|this one|deal|quarter|q[1-4]|month|into|finali[sz]e|clean|review\\p{L}*|won|today|tomorrow|this week)${E}|${BU}(?:monat|quartal|woche|auftrag|abschluss|mes|trimestre|semana|pedido|mois|semaine|commande)${E}`,
);
const SHORT_PERIOD = re(
  `${B}(?:i'm|i am|we're|we are)\\s+${gap(2)}(?:short|behind)\\s+(?:this|for the|on the)\\s+(?:month|quarter|year)`,
);
const QUOTA_WORD = re(`${B}(?:quotas?|cuotas?|kontingent\\p{L}*)${E}`);
const PHONE = re(
  `${B}(?:phone|cell|mobile|direct|fax|contact|reference|order|tracking|case|ticket|account|po|invoice|serial|part|model|vat|tax|telefon\\p{L}*|tel[ée]fono)\\s+numbers?|numbers? (?:is|below|above|:)`,
);

const OWN_PERIOD = re(`${L.SELF_POSS}\\s+${ownGap(2)}${L.PERIOD}${E}`);
const CLOSING_OUT = re(
  `${B}(?:we're|we are|i'm|i am)\\s+${gap(1)}(?:closing|wrapping|ending|finishing)\\s+(?:out\\s+|up\\s+)?(?:the|our|my)\\s+(?:quarter|month|year|fiscal|books|q[1-4])`,
);
const MANAGER_OWN = re(`${L.SELF_POSS}\\s+${ownGap(2)}${L.MANAGER}${E}`);
/** Thanks or regards passed on through the writer: "... to pass along her thanks". */
const PASS_ON_THANKS = `to\\s+(?:pass|send|say|extend|give|convey)\\s+(?:along\\s+|on\\s+)?(?:her|his|their|our|my)?\\s*(?:thanks|regards|greetings|congratulations|best(?: wishes)?|hello|welcome)${E}`;
/** A manager's thanks or regards passed on: courtesy, not pressure. */
const THANKS_RELAYED = re(`${B}(?:asked|asks|wanted|wants)\\s+me\\s+${PASS_ON_THANKS}`);
/** The date a manager set is for something the rep delivers (slides, a proposal, an agenda), not for the buyer. */
const REP_DELIVERS = re(
  `${B}(?:i'd|i would|i'll|i will|i'm going to|me to|i have to|i need to|i must|we'd|we'll|we will|us to)\\s+(?:(?:send|share|forward|email|mail|deliver)\\s+(?:you|over|${gap(5)}(?:with|to)\\s+you)|(?:get|send|bring)\\s+${gap(4)}(?:to|over to|across to)\\s+you|(?:prepare|put together|draft|finish|write up|have)\\s+(?:the|a|an|your|our)\\s+${gap(3)}(?:ready|for you|over to you)|(?:prepare|put together|draft|finish|write up)\\s+(?:the|a|an|your|our)${E})`,
);
/** ... unless the buyer's own act (a signature, an approval, a decision) is asked for in the same sentence. */
const BUYER_ACT = re(
  `${B}(?:sign|signs|signed|signing|signature|countersign\\p{L}*|commit|commits|committed|commitment|close|closed|closing|booked|approv\\p{L}*|decision|decide|answer|go-ahead|green light|verbal|po|purchase order|a yes)${E}`,
);
const repDeliversOnly = (low: string) => REP_DELIVERS.test(low) && !BUYER_ACT.test(low);
/** The deal wanted in the seller's own numbers or period: "wants it in this period". */
const IN_OWN_PERIOD = re(
  `${B}(?:it|this|that|the deal|the order|them)\\s+(?:in|into)\\s+(?:the|this|my|our)\\s+(?:[\\p{L}]+\\s+)?(?:numbers|period|quarter|month|half|books)${E}`,
);
/** The seller's management named with or without a possessive ("my VP", "leadership"). */
const MANAGER_ANY = re(
  `${L.SELF_POSS}\\s+${ownGap(2)}${L.MANAGER}${E}|${B}${L.MANAGER_INTERNAL}${E}|(?<!(?:your|their|his|her|its)\\s+(?:[\\p{L}-]+\\s+)?)${B}(?:leadership|management)${E}`,
);
/** "the sales director asked me ...": a manager pressing the rep personally. */
const MANAGER_ON_ME = re(
  `(?:${B}(?:the|our|my)\\s+${gap(2)}|^)${L.MANAGER}\\s+${gap(3)}(?:asked|asking|told|wants|needs|pushing|pressing|expects|chasing)\\s+me${E}(?!\\s+${PASS_ON_THANKS})`,
);
/** The rep's own numbers reported upward. */
/** "I still need three more signatures in Q4": the rep counting their own closes. */
const DEALS_NEEDED = re(
  `${B}(?:i|we)\\s+(?:still\\s+|really\\s+)?(?:need|have to close|must close|'m short|am short)\\s+(?:just\\s+|only\\s+)?(?:(?:\\d+|one|two|three|four|five|a few|a couple(?: of)?|several)\\s+more|more|\\d+|two|three|four|five|a few|a couple of|several)\\s+(?:deals?|orders?|signatures?|logos?|wins?|closes)\\s+(?:this|by|before|to)${E}`,
);
/** "I've got leadership asking ...": the rep's own managers, no possessive needed. */
const GOT_MANAGER = re(
  `${B}(?:i've got|i have|i've had|i got)\\s+(?:my\\s+)?${L.MANAGER}\\s+${gap(1)}${L.PRESSURE}`,
);
/** "my biggest win of the quarter": a win only counts as pressure with a push in the sentence. */
const MY_BIG_WIN = re(
  `${L.SELF_POSS}\\s+(?:biggest|largest|last|final|only|big)\\s+(?:win|sale)s?\\s+(?:of|this|for)\\s+(?:the\\s+)?(?:quarter|month|year|half|q[1-4])${E}`,
);
/** The deal promised upward: "told my VP this one would close". */
const COMMITTED_UP = re(
  `${B}(?:committed|promised|fore?cast(?:ed)?|called)\\s+(?:this|it|the deal|your)\\s+${gap(2)}to\\s+(?:my|our)\\s+${gap(1)}${L.MANAGER}${E}`,
);
/** Management inspecting the rep's own book of deals. */
const MY_BOOK = re(`${B}my\\s+(?:[\\p{L}-]+\\s+)?(?:territory|pipeline|deals|book|accounts)${E}`);
/** "I'm at 85% of my target": the rep's own attainment. */
const ATTAINMENT = re(
  `${L.PCT}\\s+(?:of|to)\\s+(?:my\\s+(?:[\\p{L}-]+\\s+)?(?:target|quota|number|plan|goal))${E}(?!\\s+(?:market|audience|group|customers?|accounts?|segment))`,
);
/** Pay that only a rep has, when it is "mine". */
const MY_INCENTIVE = re(
  `${B}my\\s+(?:[\\p{L}-]+\\s+)?(?:incentive|variable (?:pay|comp)|comp plan|sales comp|kicker|ote)${E}`,
);
/** A period that is "mine" slipping away with the deal. */
const SLIP = re(
  `${B}(?:miss|misses|missing|missed|out of|outside|past|beyond)\\s+my\\s+(?:quarter|month|year|half|fiscal year)${E}(?!\\s*(?:review|report|update|plan))`,
);
const INSPECTS = re(`${B}(?:review\\p{L}*|inspect\\p{L}*|scrub\\p{L}*|going through|looking at)${E}`);
/** Books closing with no other owner named: the seller's own close ("before the books close"). */
const BOOKS_CLOSE = re(`(?<!(?:your|their|his|her|its) )${B}books\\s+(?:close|closes|closing)${E}`);
/** ...and the deal must be at stake in it, not just an accounting date. */
const BOOKS_STAKE = re(
  `${B}(?:miss|missing|slip|slips|hate|need|needs|in before|get (?:this|it) in|land|landing|count|counts)${E}`,
);
/** The rep's sales ranking: "I'm ranked second on the leaderboard". */
const LEADERBOARD = re(
  `${B}(?:i'm|i am|i'd be|i'll be|me|puts me|put me|gets me|get me)\\s+${gap(3)}(?:on|top of|atop|of|up)\\s+(?:the|our)\\s+(?:sales\\s+)?(?:leaderboard|stack rank\\p{L}*)${E}|${B}(?:on|in)\\s+(?:the|our)\\s+(?:sales\\s+|team\\s+|company\\s+)?(?:ranking|leaderboard|league table)s?\\s+(?:i'm|i am)${E}|${B}(?:i'm|i am)\\s+${gap(3)}(?:first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th)|top|last|bottom)\\s+(?:on|in)\\s+(?:the|our)\\s+(?:sales\\s+|team\\s+|company\\s+)?(?:leaderboard|ranking|rankings|league table|stack rank\\p{L}*)${E}|${BU}(?:subo|paso|quedo|estoy|llego)\\s+${gap(3)}(?:puesto|lugar)\\s+${gap(2)}(?:ranking|clasificaci[oó]n)\\s+(?:de\\s+)?(?:ventas|comercial\\p{L}*|vendedores)${E}|${BU}(?:je (?:passe|suis|monte|termine))\\s+${gap(3)}(?:place|rang)\\s+${gap(2)}classement${E}|${BU}(?:ich (?:bin|komme|lande|steige))\\s+${gap(4)}(?:platz|rang)\\s+${gap(3)}(?:ranking|rangliste|vertriebsranking|verkaufsranking)${E}`,
);
const NUMBERS_UP = re(
  `${L.SELF_POSS}\\s+(?:numbers|fore?cast|pipeline|commit)\\s+${gap(3)}(?:due|go(?:es)? to|review\\p{L}*)${E}`,
);
/** The rep's own standing in a period: "how my quarter turns out", "I'm behind this month". */
const MY_STANDING = re(
  `${B}(?:where i (?:land|end up|finish)|i'm (?:behind|short|under)|i am (?:behind|short|under)|i(?:'d| would|'ll| will)? be in (?:great|good|better|decent|much better) shape|(?:save|make|rescue|salvage|turn around) my|get me back|put me (?:over|ahead|back))${E}`,
);
const THIS_PERIOD = re(`${B}(?:this|the|my) (?:month|quarter|year|half)${E}`);
const FORECAST_CALL = re(
  `${B}fore?cast (?:call|review|meeting)s?\\s+with\\s+(?:my |our )?(?:leadership|management|vp|manager|boss|director)`,
);
/** Appeals that are ordinary politeness unless the deal or its timing is what they ask for. */
const HELP_ME = re(
  `${B}(?:help me|do me a (?:favou?r|solid)|as a (?:personal )?favou?r)${E}|${BU}(?:[çc]a|cela) m'arrangerait${E}`,
);
const SELF_SUBJ = re(L.SELF_SUBJECT);
/** "when this closes": only with a manager asking; "our quarter closes" alone is a fact. */
const CLOSES = re(`${B}(?:this|it|the deal)\\s+closes${E}`);
const PERIODISH = re(`${B}(?:${L.PERIOD}|timing|timeline)${E}`);

/** A push on this deal: pressure words, or getting it signed/in/over the line. */
const PUSH = re(
  `${L.PRESSURE}|${B}(?:sign|signed|signing|signature|countersign\\p{L}*|paperwork|po|this one|(?:over|across) the line|booked|get (?:this|it|the deal|the order) (?:in|done|signed|booked|over|through|closed|wrapped))${E}`,
);
/** Another party's possessives, EN/DE/ES/FR. */
const OTHER_POSS = `your|their|his|her|ihr\\p{L}*|su|sus|votre|vos|leurs?`;
/** Someone else's period ("your fiscal year", "their quarter"): the buyer's calendar, not pressure. */
const OTHER_PERIOD = re(
  `${B}(?:${OTHER_POSS}|you|you're|they're)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.PERIOD}|budget|fiscal)${E}`,
);
/** The last stretch of a period: "the final week of our fiscal year", "the last days of Q3". */
const PERIOD_END_NEAR = re(
  `${B}(?:last|final|closing|remaining)\\s+(?:few\\s+|couple of\\s+|\\d+\\s+|two\\s+|three\\s+)?(?:days?|weeks?|hours|stretch|lap|sprint|stages)\\s+(?:of|in|before)\\s+(?:the\\s+|our\\s+|my\\s+|this\\s+)?(?:${L.PERIOD})${E}`,
);
/** A period end named without "my/our": "quarter-end is Friday", "the month closes". */
const PERIOD_END = re(
  `${B}(?:(?:quarter|month|year|fiscal year|q[1-4]|fy\\d*)[- ]end|end of (?:the )?(?:quarter|month|year|fiscal year|q[1-4])|(?:quarter|month|fiscal year|year|books|q[1-4]|period)\\s+(?:closes|ends|close|is closing|is ending|wraps up))${E}`,
);
/** ...owned by the writer: "for us", "on our end". */
const FOR_US = re(
  `${B}(?:for us|for me|on our (?:side|end)|on my (?:side|end)|at our end|over here|bei uns|f[üu]r uns|f[üu]r mich|para nosotros|para m[ií]|pour nous|pour moi|chez nous)${E}`,
);
const WE_OR_I = re(`${B}(?:i|i'm|i've|i'd|i'll|we|we're|we've|we'd|we'll|my|our)${E}`);
/** Cheap precheck for MANAGER_AT_ME. */
const AT_ME = /\b(?:me|my (?:back|case|neck))\b/;
/** A manager pressing the rep in person: "on me", "down my neck", "after me". */
const MANAGER_AT_ME = re(
  `(?:${B}(?:the|our|my)\\s+${gap(2)}|^)${L.MANAGER}\\s+${gap(4)}(?:(?:on|after|at) me|on my (?:back|case)|(?:down|up) my neck|(?:riding|pushing|pressing|chasing|hounding|bugging|pinging|nagging|asking|leaning on|all over|sitting on|push(?:es)?|press(?:es)?|chas(?:e|es)|ask(?:s)?|nag(?:s)?) me)${E}`,
);
/** Attainment of the period: "hit 100% for the year", "gets me to 110% of plan". */
const PCT_OF_PERIOD = re(
  `${B}(?:hit|hitting|reach|reaching|get to|make|making|cross|clear|over|at|to)\\s+\\d{2,3}\\s?(?:%|percent)\\s+(?:for|of|this|in|on)\\s+(?:the\\s+|my\\s+|this\\s+)?(?:year|quarter|month|half|plan|target|quota|number|goal)${E}`,
);
const ME = re(`${B}(?:i|i'm|i'd|i'll|i've|me|my)${E}`);
/** "the last order I need to hit plan": the rep counting down their own closes. */
const LAST_ONE_NEEDED = re(
  `${B}(?:last|final|only|one more)\\s+(?:deal|order|sale|close|logo|contract)s?\\s+(?:that\\s+)?(?:i|we)\\s+(?:still\\s+)?need\\s+(?:to (?:hit|make|reach|close out|finish)|for (?:my|the|this) (?:quarter|month|year|number|quota|target|plan))${E}`,
);
/** Timing that only matters to the rep: "if it lands after the 31st it doesn't help me". */
const HELPS_ME_ONLY = re(
  `${B}(?:doesn't|does not|won't|will not|wouldn't|would not|don't|do not|no longer|only)\\s+(?:really\\s+|even\\s+|actually\\s+)?(?:help|helps|count|counts|matter|matters|do anything|does anything|do much|does much)\\s+(?:for\\s+|to\\s+)?me${E}(?=\\s*(?:at all|much|one bit|any ?more|if|unless|when|[.,;!]|$))`,
);
const LATE = re(
  `${B}(?:lands?|landing|slips?|slipping|comes? in|goes|closes?|signs?|signed|arrives?|happens?)\\s+${gap(2)}(?:after|past|later than|before|by|in (?:next|the next))${E}|${B}(?:next (?:month|quarter|year)|after the \\d+\\p{L}*)`,
);
/** The rep's own measure restarting when a new period starts. */
const TARGET_RESETS = re(
  `${L.SELF_POSS}\\s+${ownGap(2)}(?:targets?|numbers?|quotas?|goals?|commissions?|comp plan|bonus|ziele?|zahlen|objetivos?|objectifs?|cuotas?)\\s+(?:resets?|roll(?:s)? over|start(?:s)? over|restarts?|go(?:es)? back to zero|zero out)${E}`,
);
const RESET_WORD =
  /\b(?:reset|resets|restart|restarts|roll over|rolls over|start over|starts over|back to zero|zero out)\b/;
/** A deal slipping into the next period, for the writer. */
const ROLLS_INTO = re(
  `${B}(?:rolls?|slips?|falls?|counts?|goes|moves)\\s+(?:it\\s+)?(?:into|to|toward|towards|against)\\s+(?:next|the next)\\s+(?:month|quarter|year|period|fiscal year)${E}`,
);
const MINE = re(`${L.SELF_SIDE}|${B}(?:my|mein\\p{L}*|mi|mon|ma)${E}`);
/** Closes still missing, in DE/ES/FR and EN ("uns fehlt noch ein Auftrag", "two deals short"). */
/** German closes still missing, after "mir fehlen" or "fehlen mir": "noch zwei Abschlüsse". */
const DE_CLOSES = `(?:noch |nur noch )?(?:\\d+|ein\\p{L}*|zwei|drei|vier|f[üu]nf|ein paar|wenige)\\s+(?:abschl[üu]ss\\p{L}*|deals?|auftr[äa]g\\p{L}*|vertr[äa]g\\p{L}*|verk[äa]uf\\p{L}*)`;
const CLOSES_MISSING = re(
  alt(
    `${B}(?:mir|uns) fehl(?:en|t) (?:(?:f[üu]r|in|im|bis)\\s+(?:[\\p{L}]+\\s+){1,2}?)?${DE_CLOSES}`,
    `${B}fehl(?:en|t) (?:mir|uns) ${DE_CLOSES}`,
    `${B}(?:it\\s+)?miss(?:es|ing)?\\s+me\\s+(?:only\\s+|just\\s+|still\\s+)?(?:this|one|your|two|three|\\d+)\\s+(?:contracts?|deals?|orders?|signatures?|sales?)`,
    `${B}(?:brauche ich|brauchen wir|ich brauche|wir brauchen) (?:noch |nur noch )?(?:\\d+|ein\\p{L}*|zwei|drei|ein paar)\\s+(?:abschl[üu]ss\\p{L}*|deals?|auftr[äa]g\\p{L}*|vertr[äa]g\\p{L}*)`,
    `${B}(?:me|nos) falta(?:n)? (?:todav[ií]a |a[uú]n |solo )?(?:\\d+|una?|dos|tres|cuatro|cinco|un par de|unas? pocas?)\\s+(?:ventas?|cierres?|contratos?|pedidos?|operaciones?|acuerdos?|firmas?|clientes?)`,
    `${B}il (?:me|nous) manque (?:encore )?(?:\\d+|une?|deux|trois|quatre|cinq|quelques)\\s+(?:ventes?|contrats?|commandes?|affaires?|deals?|signatures?|clients?)`,
    `${B}(?:i'm|i am|we're|we are)\\s+(?:\\d+|one|two|three|a few|a couple of)\\s+(?:deals?|orders?|logos?|wins?|closes)\\s+(?:short|away|behind)`,
  ),
);

const DEAL = re(L.DEAL);
const DEADLINE = re(L.DEADLINE);
const DEADLINE_G = reG(L.DEADLINE);
const PURPOSE = re(`${B}(?:so|to|for|because|since|as|damit|um|para|pour|afin|weil|porque|car)${E}`);
const SELF_IN_TAIL = re(`${B}(?:my|our|me|i|i'm|mein\\p{L}*|unser\\p{L}*|mi|mon|ma|mes|notre)${E}`);

const CHECKS = {
  noRush: re(L.NO_RUSH),
  urgency: re(L.URGENCY),
  pressure: re(L.PRESSURE),
  strongAppeal: re(L.STRONG_APPEAL),
  selfSide: re(L.SELF_SIDE),
  stakes: re(L.STAKES),
  selfNeed: re(L.SELF_NEED),
  closeVerb: re(L.CLOSE_VERB),
  buyerReason: re(L.BUYER_REASON),
  quotaOther: re(L.QUOTA_OTHER_SENSE),
};

// ------------------------------------------------ quota_pressure: concept breadth (taxonomy round)
// Concepts from the QP taxonomy (test/fixtures/sentences/README.md "Taxonomy"): an owner cue (my/our,
// "for us", "we close", the rep's own management) + a seller concept + a push on this deal.

const DEAL_CORE = re(L.DEAL_CORE);
/** Signing asked for: what a neighbouring sentence must hold for a bare "our quarter closes". */
const SIGN_ASK = re(
  `${B}(?:sign(?![-\\p{L}])|signing|signature|countersign\\p{L}*|paperwork|po|purchase order|unterschr\\p{L}*|unterzeichn\\p{L}*|abschlie[ßs]en|abzuschlie[ßs]en|firmar|firma|firmamos|firmemos|signer|signiez|boucler|verbuch\\p{L}*|contabiliz\\p{L}*|comptabilis\\p{L}*)${E}`,
);
const PUSH_X = re(
  `${L.DEAL_CORE}|${B}(?:finali[sz]e\\p{L}*|(?:close|closing|wrap up|wrapping up) (?:this|it|the deal|the order)|get (?:this|it|the deal|the order) (?:in|done|signed|booked|over|through|closed|wrapped)|(?:it|this|this one|the deal|the order) (?:goes|gets|can go|can get) through|firmamos|firmen)${E}`,
);
/** Another party's period or calendar, by possessive ("your fiscal year", "su año fiscal"). */
const OTHER_POSS_PERIOD = re(
  `${B}(?:${OTHER_POSS})\\s+(?:[\\p{L}-]+\\s+)?(?:${L.PERIOD_X}|budget|fiscal|board|renewal|go-live|launch)${E}`,
);
/** (a) "our quarter closes", "unser Geschäftsjahr endet", "termina nuestro trimestre". */
const OWN_PERIOD_ENDS = re(
  alt(
    `${L.SELF_POSS}\\s+(?:current\\s+)?${L.PERIOD_X}${E}(?!')\\s+${gap(1)}${L.PERIOD_END_VERB}${E}`,
    `${B}${L.PERIOD_END_VERB}\\s+${L.SELF_POSS}\\s+${L.PERIOD_X}${E}`,
    `${L.SELF_POSS}\\s+${L.PERIOD_END_NOUN}${E}`,
  ),
);
/** (a) "before we close out the half", "wir schließen das Quartal", "cerramos el trimestre". */
const WE_CLOSE_PERIOD = re(
  alt(
    `${B}(?:we|we're|we are|we'll|we will|i|i'm|i am|i'll)\\s+${gap(1)}(?:close|closing|wrap|wrapping|end|ending|finish|finishing|lock|locking)\\s+(?:out\\s+|up\\s+)?(?:the|our|my|this)\\s+${L.PERIOD_X}${E}(?!')`,
    `${B}(?:wir\\s+)?schlie[ßs]en\\s+(?:das|unser|den|unseren)\\s+(?:quartal|gesch[äa]ftsjahr|monat|halbjahr)\\p{L}*`,
    `${B}cerramos\\s+(?:el\\s+)?(?:trimestre|mes|a[ñn]o|ejercicio|semestre)${E}`,
    `${B}(?:nous\\s+)?(?:cl[ôo]turons|bouclons)\\s+(?:le|notre|l')\\s*(?:trimestre|mois|exercice|semestre)${E}`,
    `^(?:closing|wrapping|ending|finishing)\\s+(?:out\\s+|up\\s+)?(?:the\\s+|our\\s+|my\\s+)?${L.PERIOD_X}${E}(?!')`,
    `${B}(?:we|we're|we are|i|i'm|i am)\\s+(?:closing|wrapping|ending|finishing)\\s+(?:out\\s+|up\\s+)?(?:q[1-4]|h[12]|fy\\d*)\\s+(?:on our (?:end|side)|for us|over here)${E}`,
  ),
);
/**
 * (a) "we are at quarter end": "estamos a final de trimestre", "on est en fin de mois", "wir sind am
 * Quartalsende". Apart from WE_CLOSE_PERIOD so the gate can ask for its own words: joined, the two
 * only shared the closing verbs, whose "end" is in every "send".
 */
const WE_AT_PERIOD_END = re(
  alt(
    `${B}(?:estamos|andamos)\\s+(?:a|en)\\s+(?:pleno\\s+)?(?:cierre|fin|final)\\s+(?:de|del)\\s+(?:trimestre|mes|a[ñn]o|ejercicio|semestre)${E}`,
    `${B}(?:nous sommes|on est|on arrive)\\s+(?:en|[àa] la)\\s+(?:fin|cl[ôo]ture)\\s+(?:de|du|d')\\s*(?:trimestre|mois|exercice|semestre|ann[ée]e)${E}`,
    `${B}wir\\s+(?:sind|stehen)\\s+(?:kurz\\s+)?(?:vor\\s+dem|am|im)\\s+(?:quartals|monats|jahres|gesch[äa]ftsjahres)(?:ende|abschluss)${E}`,
  ),
);
/** (a) a period end named without an owner: "end of period", "Q3 wraps", "Quartalsende". */
const PERIOD_END_ANY = re(
  alt(
    `${B}${L.PERIOD_END_NOUN}${E}`,
    `${B}${L.PERIOD_X}${E}(?!')\\s+${gap(1)}${L.PERIOD_END_VERB}${E}`,
    // DE/ES/FR put the verb first: "bei uns endet der Monat", "termina el trimestre".
    `${B}${L.PERIOD_END_VERB}\\s+(?:der|das|die|el|la|le|l')\\s*${L.PERIOD_X}${E}(?!')`,
  ),
);
/** (f) the deal counted into the seller's period: "booked in this period", "entra en nuestro trimestre". */
const COUNTED_IN_PERIOD = re(
  `${B}${L.COUNTED_IN}\\s+(?:(?:(?:this|our|my|the current|unser\\p{L}*|mein\\p{L}*|dies\\p{L}*|nuestr[oa]|mi|este|esta|notre|mon|ce|cet|cette)\\s+${L.PERIOD_X})|q[1-4]|fy\\d*|h[12])${E}(?!'(?!s\\s+(?:goal|goals|target|targets|number|numbers|quota|plan|figures)${E}))|${B}${L.COUNTED_IN}\\s+(?:my|our|mon|notre|mi|nuestro|mein\\p{L}*|unser\\p{L}*)\\s+(?:[\\p{L}-]+\\s+)?(?:objectif|objetivo|target|ziel|numbers?|quota|cuota|chiffre|figures|zahlen|cifras)\\p{L}*|${BU}(?:in|ins|f[üu]r|auf)\\s+(?:unser|mein)\\p{L}*\\s+(?:quartal|monat|jahr|gesch[äa]ftsjahr|halbjahr|\\p{L}*ziel)\\p{L}*\\s+(?:f[äa]llt|z[äa]hlt|kommt|geht|l[äa]uft|rutscht)${E}`,
);
const SELF_ANY = re(
  `${B}(?:i|i'm|i'd|i'll|i've|me|my|we|we're|we'd|we'll|we've|our|us|ich|mir|mich|wir|unser\\p{L}*|mein\\p{L}*|yo|mi|nuestr\\p{L}*|nosotros|je|j'|moi|mon|ma|mes|notre|nos|nous)${E}`,
);
/** (b) the deal already in the rep's forecast: "I've got you forecast for Q3", "called it as a commit". */
const FORECASTED = re(
  alt(
    `${B}(?:fore?cast(?:ed)?|committed|called)\\s+(?:you|it|this(?: one| deal| order)?|that(?: one| deal)?|your (?:deal|order|contract|business|signature)|the deal)\\s+(?:as\\s+(?:a\\s+)?(?:commit|fore?cast|closed|won|upside)|(?:for|in|into)\\s+(?:this|the|my|our)\\s+(?:month|quarter|year|half|fore?cast|commit|number))${E}`,
    `${B}(?:have|got|had|put|listed|pencil(?:l)?ed|counted)\\s+(?:you|it|this(?: one| deal| order)?|that(?: one| deal)?|your (?:deal|order|contract|business|signature)|the deal)\\s+(?:down\\s+|in\\s+)?(?:as\\s+(?:a\\s+)?(?:commit|fore?cast(?:ed)?|closed[- ]won|won|best[- ]case)|in (?:my|our) (?:fore?cast|commit|number)|(?:fore?cast(?:ed)?|committed)(?:\\s+(?:for|in|this))?)${E}`,
  ),
);
/** (b) an amount still missing: "$40k short", "mir fehlen noch 30.000 Euro", "il me manque 15 000 euros". */
const AMOUNT_SHORT = re(
  alt(
    `${B}(?:i'm|i am|we're|we are|still|only|just)\\s+${gap(2)}(?:short|behind|away|shy)\\s+(?:by\\s+)?(?:about\\s+|around\\s+|roughly\\s+|just\\s+|only\\s+)?${L.AMOUNT}`,
    `${B}(?:i'm|i am|we're|we are)\\s+(?:still\\s+)?(?:about\\s+|around\\s+|roughly\\s+|just\\s+|only\\s+)?${L.AMOUNT}\\s+(?:short|behind|shy)${E}`,
    `${L.AMOUNT}\\s+(?:short of|away from|shy of|off)\\s+(?:my|our|the)\\s+(?:number|quota|target|plan|goal|club|bonus|accelerators?)${E}`,
    // Deals still missing: "three orders away from making our team number", "two deals off the Q3 plan".
    `${B}(?:one|two|three|four|five|a few|a couple of|\\d+)\\s+(?:more\\s+)?(?:deals?|renewals?|contracts?|orders?|signatures?|logos?|closes?|wins?)\\s+(?:short of|away from|shy of|off)\\s+(?:(?:hitting|making|reaching)\\s+)?(?:my|our|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:number|quota|target|plan|goal|club|bonus)${E}`,
    `${B}(?:mir|uns)\\s+fehl(?:en|t)\\s+(?:noch\\s+|nur noch\\s+)?(?:rund\\s+|etwa\\s+|knapp\\s+|ungef[äa]hr\\s+|gut\\s+)?${L.AMOUNT}`,
    `${B}(?:me|nos)\\s+falta(?:n)?\\s+(?:todav[ií]a\\s+|a[uú]n\\s+|solo\\s+)?(?:unos\\s+|unas\\s+|casi\\s+|apenas\\s+)?${L.AMOUNT}`,
    `${B}il\\s+(?:me|nous)\\s+manque\\s+(?:encore\\s+|seulement\\s+|environ\\s+|[àa] peine\\s+|juste\\s+)?${L.AMOUNT}`,
  ),
);
const TARGETISH = re(
  `${B}(?:quotas?|quote|cuotas?|numbers?|target|plan|goal|objetivos?|objectifs?|chiffres?|ziel\\p{L}*|(?:jahres|quartals|monats|umsatz|vertriebs)ziel\\p{L}*|zahlen|club|bonus|prime|metas?)${E}|${B}(?:close|closes|closing|fill|fills|bridge|bridges|cover|covers) (?:the|that|my|our) gap${E}`,
);
/** (b) attainment: "get me to 100%", "100% attainment", "my attainment". */
const ATTAIN_X = re(
  alt(
    `${B}\\d{2,3}\\s?(?:%|percent)\\s+(?:attainment|of (?:quota|plan|target|goal)|to (?:quota|plan))${E}`,
    `${B}(?:me|us)\\s+(?:to|over|past|above|beyond)\\s+\\d{2,3}\\s?(?:%|percent)`,
    `${B}my\\s+(?:quota\\s+)?attainment${E}`,
  ),
);
/** (b) the rep's measure outside English ("meine Quote", "mon chiffre", "mi meta"). */
const OWN_MEASURE_X = re(
  `${B}(?:(?:mein\\p{L}*|unser\\p{L}*)\\s+(?:quote|soll|umsatzziel\\p{L}*|zielvorgabe\\p{L}*)|(?:mon|notre)\\s+chiffre|(?:mi|nuestra)\\s+(?:cifra|meta))${E}`,
);
/** (d) President's Club and the like: "qualify me for Club", "my trip to Club". */
const CLUB = re(
  `${B}(?:make|makes|making|made it to|qualif\\p{L}*(?: me)? for|earn\\p{L}*|secur\\p{L}*|hit|reach|trip to|spot (?:at|in|on)|place (?:at|in)|on track for|short of|away from|gets? me to|sends? me to|counts?\\s+towards?|counting\\s+towards?|go(?:es)?\\s+towards?)\\s+(?:my\\s+|a\\s+|the\\s+)?(?:spot (?:at|in|on)\\s+|trip to\\s+|place (?:at|in)\\s+)?(?:president'?s\\s+|presidents\\s+|chairman'?s\\s+|sales\\s+)?club${E}|${B}club trip${E}`,
);
const OWN_PAY_X = re(`${B}(?:${L.OWN_PAY_X})${E}`);
const MY_COMP = re(`${B}my\\s+(?:variable\\s+)?comp${E}`);
const DEPENDS = re(
  `${B}(?:depends?|depending|hinges?|rides?|riding|h[äa]ngt|h[äa]ngen|depende\\p{L}*|d[ée]pend\\p{L}*)${E}`,
);
/** (c) the rep's own management without a possessive, or "leadership" opening the sentence. */
const MGR_BARE = re(
  alt(`${B}(?:${L.MANAGER_INTERNAL})${E}`, `^(?:senior |executive )?(?:leadership|management)${E}`),
);
/** (c) a manager pressing the rep, DE/ES/FR: "die Geschäftsleitung drängt mich". */
const MGR_PRESSES_ME = re(
  `(?:^|${B}(?:the|our|my|die|der|mein\\p{L}*|unser\\p{L}*|el|la|mi|nuestr\\p{L}*|le|mon|ma|notre)\\s+${gap(2)})${L.MANAGER}\\s+${gap(2)}(?:${L.PRESSES_ME})${E}`,
);
/** (c) management going through every open deal. */
const REVIEW_ALL = re(
  `${B}(?:review\\p{L}*|inspect\\p{L}*|scrub\\p{L}*|going (?:through|over)|looking at|asking about|checking|combing through)\\s+(?:every|all|each|all of (?:my|our|the))\\s+(?:[\\p{L}-]+\\s+)?(?:deals?|opportunit\\p{L}*|pipeline|fore?cast)${E}`,
);
/** (c) a forecast/pipeline/deal review the rep faces on a given day. */
const REVIEW_EVENT = re(
  `${B}(?:fore?cast|pipeline|deal|commit)\\s+(?:call|review|meeting|inspection|scrub)s?${E}(?!\\s+(?:with|for)\\s+(?:you|your|their|the customer))`,
);
const REVIEW_WHEN = re(
  `${B}(?:today|tomorrow|tonight|(?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday)|this week|next week|this afternoon|in the morning)${E}`,
);
const MY_OWN = re(`${B}(?:i|i'm|i've|i have|i'd|i'll|me|my|our)${E}`);
/** (e) pleading beyond the fixed appeals. */
const PLEA = re(`${L.BU}(?:${L.PLEA})${E}`);

/** Concept-breadth checks, per rule id (their terms are in QP_CHECKS). */
function periodEndsOurs(s: Sentence): boolean {
  const t = s.low;
  const strong = OWN_PERIOD_ENDS.test(t) || WE_CLOSE_PERIOD.test(t) || WE_AT_PERIOD_END.test(t);
  if (!strong && !(PERIOD_END_ANY.test(t) && FOR_US.test(t))) return false;
  if (OTHER_POSS_PERIOD.test(t)) return false;
  if (PUSH_X.test(t)) return true;
  return strong && (SIGN_ASK.test(s.prev()) || SIGN_ASK.test(s.next()));
}

function countedInPeriod(s: Sentence): boolean {
  const t = s.low;
  if (!COUNTED_IN_PERIOD.test(t) || !SELF_ANY.test(t) || OTHER_POSS_PERIOD.test(t)) return false;
  return PUSH_X.test(t) || SIGN_ASK.test(s.prev()) || OFFER_CUE.test(t) || LAST_CHANCE.test(t);
}

/** The date pressed as the seller's last chance: "my final chance to count it", "the cut-off for me". */
const LAST_CHANCE = re(
  `${B}(?:last|final|only)\\s+(?:chance|day|opportunity|window|shot|date)${E}|${B}cut-?off${E}|${BU}(?:[úu]ltim[oa]\\s+(?:d[ií]a|oportunidad)|derni[èe]re?\\s+(?:chance|jour|occasion)|letzte\\s+(?:chance|gelegenheit|tag))${E}`,
);

/** A price offer in the same sentence: what the seller gives so that the deal lands in their period. */
const OFFER_CUE = re(
  `\\d\\s?%|${B}(?:${L.DISCOUNT_NOUN}|waiv\\p{L}*|erlass\\p{L}*|free|gratis|gratuit\\p{L}*|offert\\p{L}*)${E}`,
);

/** One regex that matches where any of them does (same flags), for a term that takes alternatives. */
const anyOf = (...rs: RegExp[]) => new RegExp(rs.map((r) => r.source).join('|'), 'u');
/** Whether every regex of some term matches: the checks below and their gate terms are the same lists. */
const someTerm = (t: string, terms: RegExp[][]) => terms.some((term) => term.every((r) => r.test(t)));

/** Whose side the timing counts on: "it would land in the right period for us", "por temas internos". */
const SIDE_TIMING_WORD = `(?:(?:would|could|'d)\\s+(?:\\p{L}+\\s+){0,2}?(?:count|land)s?|verbucht|entr[ea]|internal|internos|internas|internes?)`;
const OUR_SIDE = `(?:for us|on our (?:side|end)|bei uns|para nosotros|de nuestro lado|por nuestro lado|chez nous|de notre c[ôo]t[ée])`;
/** Whose side the timing counts on ("it would count in the right period for us", "por temas internos"); not
 * parts that land or pallets counted on our side. */
const SIDE_TIMING = re(
  `${BU}${SIDE_TIMING_WORD}${E}[^.!?]{0,70}?${BU}${OUR_SIDE}${E}|${BU}${OUR_SIDE}${E}[^.!?]{0,90}?${BU}${SIDE_TIMING_WORD}${E}`,
);
/** Before the seller's numbers close: "before our numbers close next week". */
const NUMBERS_CLOSE = re(
  alt(
    `${B}(?:before|until|by|ahead of)\\s+(?:our|my)\\s+(?:numbers|books|figures)\\s+(?:close|closes|are closing|lock|are locked)${E}`,
    `${B}(?:before|until|by|ahead of)\\s+the\\s+(?:numbers|books|figures)\\s+(?:close|closes|are closing|lock|are locked)\\s+(?:on our (?:side|end)|for us)${E}`,
    // over a line the rep has been chasing (their own goal, named as a line)
    `${B}(?:put|puts|get|gets)\\s+me\\s+over\\s+the\\s+line\\s+(?:that\\s+)?(?:i've|i have|i'm|i am)\\s+(?:been\\s+)?(?:chasing|working|aiming|pushing)${E}`,
    `${BU}mir\\s+fehl(?:t|en)\\s+(?:nur\\s+)?(?:noch\\s+)?(?:dieser|ein|eine?n?|zwei|drei|\\d+)\\s+(?:eine\\s+)?(?:abschl[üu]ss\\p{L}*|auftr[äa]g\\p{L}*|unterschrift\\p{L}*|deals?)${E}`,
  ),
);
/** A promise to the seller's leadership: "I told leadership I'd have your signature by Thursday". */
const PROMISED_UP = re(
  `${B}(?:told|promised|assured|committed to)\\s+(?:my\\s+|our\\s+)?(?:${L.MANAGER})\\s+(?:that\\s+)?(?:i'd|i would|i'll|we'd|we would)\\s+(?:have|get|bring|land|close)\\s+(?:your\\s+|the\\s+|this\\s+)?(?:signature|signed|deal|order|po|contract|paperwork|it (?:signed|closed|done|in))${E}`,
);
/** Deals short of what the rep promised: "two signatures short of where I told my boss I'd be". */
const SHORT_OF_PROMISE = re(
  `${B}(?:one|two|three|a|a couple of|\\d+)\\s+(?:signatures?|deals?|orders?|contracts?|closes?)\\s+short of\\s+(?:where|what)\\s+(?:i|we)${E}`,
);
/** The incentive trip: "get me on the incentive trip", "make the trip with the rest of the team". */
const INCENTIVE_TRIP = re(
  `${B}(?:the|my|our)\\s+(?:incentive|club|president'?s)\\s+trip${E}|${B}make the trip\\s+(?:to\\s+\\p{L}+\\s+)?with the (?:rest of the )?(?:team|winners|club)${E}`,
);
/** ES: what the rep has riding on it ("me juego mucho con este contrato"). */
const ME_JUEGO = re(`${BU}me juego\\s+(?:mucho|bastante|much[oa]s?|el|la|mi)${E}`);
/** The seller's manager already counts the deal: "our CEO already counts your stores as a done deal". */
const MGR_DONE_DEAL = re(
  `${B}(?:my|our)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:already\\s+)?(?:counts|has|sees|lists|treats|considers)\\s+${gap(5)}(?:as\\s+(?:a\\s+)?(?:done|closed|won|sure)(?:\\s+(?:deal|thing))?|on the board)${E}`,
);

const BREADTH_TARGET: RegExp[][] = [
  [SHORT_OF_PROMISE],
  [INCENTIVE_TRIP, ME],
  [NUMBERS_CLOSE],
  [FORECASTED, WE_OR_I],
  [AMOUNT_SHORT, anyOf(PERIODISH, DEADLINE, TARGETISH)],
  [ATTAIN_X, ME],
  [OWN_MEASURE_X, anyOf(PERIODISH, DEADLINE, DEAL_CORE)],
  [INCENTIVE, ME],
  [CLUB, ME],
  [OWN_PAY_X, anyOf(DEAL_CORE, PERIODISH, DEADLINE, DEPENDS)],
  [MY_COMP, anyOf(DEAL_CORE, PERIODISH, DEADLINE, DEPENDS)],
];
/** The seller's manager wants the deals signed by a date: "mi jefa quiere los pedidos firmados antes del 30". */
const MGR_WANTS_SIGNED = re(
  alt(
    `${B}(?:my|our)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:wants|needs|expects)\\s+${gap(6)}(?:signed|closed|booked)\\s+(?:by|before)${E}`,
    `${B}(?:mi|nuestr[oa])\\s+${L.MANAGER}\\s+(?:quiere|necesita|espera|exige|pide)\\s+${gap(9)}(?:firmad[oa]s?|cerrad[oa]s?)\\s+(?:antes|para)${E}`,
    `${B}(?:mon|ma|notre)\\s+${L.MANAGER}\\s+(?:veut|attend|exige|souhaite)\\s+${gap(9)}(?:sign[ée]e?s?|boucl[ée]e?s?)\\s+(?:avant|d'ici|pour)${E}`,
    `${BU}(?:mein\\p{L}*|unser\\p{L}*)\\s+${L.MANAGER}\\s+(?:will|m[öo]chte|erwartet|braucht)\\s+${gap(9)}(?:unterschrieben|abgeschlossen)\\s+(?:bis|vor)${E}`,
  ),
);
/** The rep hoping to report the buyer's yes upward: "so I can tell my director it's signed", "give them good news". */
const REPORT_UP = re(
  alt(
    `${B}(?:i'd love to|i would love to|i'd like to|i would like to|i want to|i need to|i'm hoping to|i am hoping to|i hope to|so i can)\\s+(?:tell|give|bring|show|report to|update)\\s+(?:him|her|them|my\\s+${ownGap(1)}${L.MANAGER}|leadership|management)\\s+(?:some\\s+|the\\s+)?(?:good news|a yes|a win|(?:that\\s+)?${gap(5)}(?:is|was|are|has been|got|came back)\\s+(?:signed|closed|done|booked|committed|won|in))${E}`,
    `${BU}(?:darle|darles|dar)\\s+(?:buenas noticias|una buena noticia)${E}|${BU}(?:annoncer|donner|apporter)\\s+(?:une |de )?bonnes? nouvelles?${E}|${BU}gute nachrichten\\s+(?:melden|überbringen|bringen|verkünden)${E}`,
  ),
);
/** The commission on this deal as what the rep is counting on. */
const COMMISSION_ON_THIS = re(
  `${B}(?:the|my|la|mi|ma|die|meine)\\s+(?:commission|bonus|provision|comisi[oó]n|prime)\\s+(?:on|from|for|de|sur|aus|f[üu]r)\\s+(?:this|the|your|este|esta|ce|cette|diesem|dieser)\\s+(?:one|deal|order|contract|account|sale|pedido|contrato|commande|contrat|auftrag|vertrag)${E}`,
);
const MY_RELIANCE = re(
  `${B}(?:i'm|i am|i|we're|we are)\\s+(?:really\\s+|honestly\\s+)?(?:counting|relying|depending|banking)\\s+on${E}|${B}what\\s+(?:i'm|i am|i)\\s+(?:really\\s+|honestly\\s+)?(?:counting|relying|banking)\\s+on${E}|${B}(?:make|makes|making)\\s+(?:my\\s+)?(?:[\\p{L}-]+\\s+)?(?:work|happen)\\s+for me${E}|${B}to make\\s+(?:my\\s+)?(?:december|christmas|the holidays|rent|my month|the month|ends meet)\\s*(?:work)?${E}|${BU}(?:cuento|cuenta) con${E}|${BU}con lo que (?:cuento|conto)${E}|${BU}je compte (?:dessus|sur)${E}|${BU}ich (?:rechne|zähle) (?:damit|darauf|fest)${E}`,
);
const BREADTH_MANAGER: RegExp[][] = [
  [REPORT_UP, anyOf(MANAGER_ANY, MGR_BARE)],
  [MGR_WANTS_SIGNED],
  [MGR_DONE_DEAL],
  [PROMISED_UP],
  [MGR_BARE, CHECKS.pressure, DEAL_CORE, anyOf(DEADLINE, PERIODISH)],
  [MGR_PRESSES_ME, DEAL_CORE],
  [REVIEW_ALL, anyOf(MANAGER_OWN, MGR_BARE)],
  [REVIEW_EVENT, REVIEW_WHEN, MY_OWN, DEAL_CORE],
];
const BREADTH_STAKES: RegExp[][] = [
  [PLEA, anyOf(DEAL_CORE, PUSH_X, PERIODISH, DEADLINE)],
  [SIDE_TIMING, DEADLINE],
  [ME_JUEGO],
  [COMMISSION_ON_THIS, MY_RELIANCE],
];

// -------------------------------------------- end quota_pressure: concept breadth (taxonomy round)

// ------------------------------------------------ quota_pressure: idiom round
// Idioms for the seller's stakes (test/fixtures/sentences/idioms.tuned.txt), each over word classes:
// a make-or-break period that is the writer's, the deal deciding the writer's year, closes short of
// "my/our" number, a target not yet complete (non-native), the writer's calendar rolling the deal into
// another bucket, the deal carrying the writer past the line in a period.

const IDIOM_PERIOD = `(?:week|month|quarter|year|half|q[1-4]|fiscal year|trimestre|mes|a[ñn]o|mois|ann[ée]e|quartal|monat|jahr)`;
/** "a make-or-break quarter for me", "do-or-die month on my side". */
const MAKE_OR_BREAK = re(
  `${B}(?:make[- ]or[- ](?:break|miss)|do[- ]or[- ]die|sink[- ]or[- ]swim|all[- ]or[- ]nothing)${E}`,
);
const IDIOM_PERIOD_RE = re(`${B}${IDIOM_PERIOD}${E}`);
/** "makes or breaks my half", "decides whether I have a good year": the deal deciding the writer's period. */
const DECIDES_MY_PERIOD = re(
  `${B}(?:difference between|decides? whether|determines? whether|decides? if|determines? if)\\s+${gap(6)}${IDIOM_PERIOD}${E}`,
);
const ME_OWNS = re(
  `${B}(?:for me|for us|on my (?:side|end)|on our (?:side|end)|i (?:have|get|end up with|finish with)|i'll have|my|me)${E}`,
);
/** "two signatures short of our team target", "a couple of deals shy of my number", "under our goal". */
const SHORT_OF_OURS = re(
  `${B}(?:short|shy|under|below|behind|away from)\\s+(?:of\\s+)?(?:my|our)\\s+(?:team\\s+|team's\\s+|sales\\s+|monthly\\s+|quarterly\\s+|annual\\s+|yearly\\s+|own\\s+)?(?:number|numbers|target|targets|goal|goals|quota|plan)${E}(?!\\s+(?:for (?:hiring|headcount|training|uptime)|of (?:hires|candidates)))`,
);
/** Non-native: "the target of me for this quarter is still far", "my objective is not yet complete". */
const TARGET_NOT_DONE = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:targets?|objectives?|goals?|quotas?|numbers?)\\s+${gap(4)}(?:not|still not|yet not|isn't|is not|not yet)\\s+${gap(1)}(?:complete|completed|completing|reach|reached|achieve|achieved|done|finish|finished|full|met|meet|fulfil\\p{L}*|cover|covered)${E}`,
);
const PERIOD_OR_ASK = re(`${B}(?:${IDIOM_PERIOD}|closing|close|end|ending)${E}|${L.DEAL_CORE}`);
/** The deal counted on the writer's side: "counts toward my numbers", "goes in next year's pot on my side". */
const COUNTS_FOR_MINE = re(
  alt(
    `${B}(?:count|counts|counted|counting|credited|goes|go)\\s+(?:toward|towards|to|against|in|into)\\s+(?:my|our)\\s+(?:numbers?|targets?|quota|quarter|year|month|plan|goals?|bonus|attainment|commission|scorecard)${E}`,
    `${B}(?:different|another|other|wrong|separate|new|next year's|next quarter's|next month's)\\s+(?:bucket|pot|column|ledger|tally)\\s+(?:for me|for us|on my side|on our side|on my end|on our end)${E}`,
  ),
);
/** "our fiscal year turns over": the writer's calendar rolling, with the deal slipping past it. */
const OUR_CALENDAR_ROLLS = re(
  `${B}(?:our|my)\\s+(?:new\\s+)?(?:fiscal\\s+)?(?:year|calendar|quarter|fy|books|period)\\s+${gap(1)}(?:turns over|rolls over|flips|resets|starts over|rolls)${E}`,
);
const SLIPS = re(`${B}(?:slip|slips|slipping|lands?|past|after|misses|miss)${E}`);
/** "would carry me past the line this quarter", "gets me across the finish line this year". */
const ME_OVER_LINE = re(
  `${B}(?:me|us)\\s+(?:over|across|past)\\s+(?:the\\s+)?(?:finish(?:ing)?\\s+)?(?:line|top|hump|mark)${E}`,
);
/** ES "lo que me falta para cerrar el trimestre". */
const FALTA_PARA = re(
  `${B}(?:me|nos)\\s+falta\\p{L}*\\s+para\\s+(?:cerrar|llegar|cumplir|alcanzar|completar|hacer)${E}`,
);

// ------------------------------------------------ quota_pressure: blind3 round
// Concepts from corpus-blind3's misses (test/fixtures/sentences/blind3.tuned.txt): the writer's own manager
// asking about this deal again and again, the deal counted in the writer's next period, the writer's
// targets tallied at a date, and the target described as what is demanded of the writer.

/** "my boss keeps asking me whether you've signed", "mi jefa me pregunta cada mañana si ...". */
const MGR_ASKS_ME = re(
  `${B}(?:my|our|mi|mis|nuestr\\p{L}*)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:keeps\\s+|has been\\s+|is\\s+|still\\s+)?(?:ask|check|chas|ping|nag|bug|hound|pregunt|insist)\\p{L}*\\s+(?:(?:with|in with|on)\\s+)?me${E}|${B}(?:mi|mis|nuestr\\p{L}*)\\s+${ownGap(2)}${L.MANAGER}\\s+me\\s+(?:est[áa]\\s+|anda\\s+|sigue\\s+)?(?:pregunt|insist|llam|escrib)\\p{L}*|${BU}(?:mein|meine|unser|unsere)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:fragt|erkundigt|hakt|dr[äa]ngelt|l[öo]chert|bohrt|ruft)\\p{L}*${E}|${BU}(?:mon|ma|notre)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:me\\s+)?(?:demande|relance|harc[èe]le|questionne|appelle)\\p{L}*${E}`,
);
/** Again and again, or about this deal being signed or in. */
const AGAIN_OR_SIGNED = re(
  `${B}(?:every|each|daily|twice|again|keeps|cada|todos los d[ií]as|t[äa]glich|jeden tag|st[äa]ndig|dauernd|immer wieder|st[üu]ndlich|chaque (?:jour|matin|semaine)|tous les jours|sans arr[êe]t)${E}|${B}(?:whether|if|si)\\s+${gap(5)}(?:signed|in|done|closed|through|firmad\\p{L}*|firm\\p{L}*|cerrad\\p{L}*)${E}|${BU}(?:por lo de|por el pedido|por el contrato|por la firma|about (?:this|the|your) (?:deal|order|contract|po|signature)|nach (?:dem|ihrem|diesem) (?:auftrag|vertrag|abschluss)|(?:sur|pour) (?:votre|ce) (?:dossier|contrat|commande))${E}`,
);
/** "it gets counted in the next period for me", "counts toward next quarter for me". */
const COUNTED_NEXT = re(
  `${B}(?:count|counts|counted|counting|goes|go|lands?|falls?)\\s+(?:in|into|toward|towards|for|to)\\s+(?:the\\s+)?(?:next|following|new|another)\\s+(?:period|quarter|month|year|half|fiscal year)${E}`,
);
const FOR_ME_LOSS = re(
  `${B}(?:for me|for us|on my (?:side|end)|on our (?:side|end)|i lose|i'm losing|i am losing|i'd lose|i would lose)${E}`,
);
/** The period's count of the writer's own figures: "my targets get tallied on the 30th", "our numbers are frozen Friday". */
const MY_TARGETS_TALLIED = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:targets?|numbers|quota|goals?|attainment)\\s+(?:get|gets|are|is|will be)\\s+(?:tallied|counted|totall?ed|measured|added up|calculated|locked|frozen|assessed|scored)${E}`,
);
/** ES/FR/EN: the target as what is demanded of the writer ("cumplir con lo que me exigen a fin de mes"). */
const WHAT_THEY_ASK_OF_ME = re(
  `${B}(?:llegar|llego|cumplir|cumplo|alcanzar|alcanzo)\\s+(?:a\\s+|con\\s+)?lo que me (?:piden|exigen|han pedido|han marcado|marcan|ponen)${E}|${B}(?:atteindre|faire)\\s+ce qu'(?:on|ils) (?:me demande|attend(?:ent)? de moi)${E}|${B}(?:hit|reach|make)\\s+what\\s+(?:they|management|leadership|my boss|my manager)\\s+(?:expects?|wants?|needs?)\\s+(?:of|from)\\s+me${E}`,
);

/** The writer's sales management wanting updates on this deal: "the VP of sales is asking for a daily update on your deal". */
const MGR_UPDATES = re(
  `${B}(?:the|my|our)\\s+(?:[\\p{L}-]+\\s+)?${L.MANAGER}(?:\\s+of\\s+sales)?\\s+(?:is\\s+|keeps\\s+|has been\\s+)?(?:asking|chasing|pushing|pressing|pinging)\\s+(?:me\\s+)?(?:for|about)\\s+(?:an?\\s+)?(?:daily|hourly|weekly|constant|regular|twice-daily|new)?\\s*(?:updates?|news|status)\\s+(?:on|about)\\s+(?:your|this|the)\\s+(?:deal|order|contract|signature|po|paperwork)${E}`,
);

/** ES/FR/DE: the rep's manager wanting the rep to close this (pedir/querer que + firmar, vouloir que + signer, wollen dass). */
const MGR_WANTS_ME_TO_CLOSE = re(
  `${BU}(?:mi|nuestr[oa])\\s+${ownGap(2)}${L.MANAGER}\\s+(?:me\\s+)?(?:ha pedido|han pedido|pide|pidi[oó]|quiere|exige|insiste en|necesita)\\s+(?:que\\s+)?(?:cierre|cerremos|firme|firmemos|consiga|consigamos|cerrar|firmar|tenga|tengamos|traiga|amarre)${E}|${BU}(?:mon|ma|notre)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:m'a demand[ée]|me demande|veut|exige|insiste pour|attend)\\s+(?:de\\s+|que\\s+(?:je|nous|l'on|on)\\s+|qu'on\\s+)?(?:conclu|sign|boucl|cl[ôo]tur|finalis|clo|obten|ram[èe]n)\\p{L}*|${BU}(?:mein|meine|unser|unsere)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:will|m[öo]chte|verlangt|erwartet|hat mich gebeten|besteht darauf),?\\s+(?:dass\\s+(?:ich|wir)\\s+)?${gap(8)}(?:abschlie|unterschr|unterzeichn|zumach|fertig\\s*mach|eintüt|einsack)\\p{L}*`,
);

const BLIND3_QP: RegExp[][] = [
  [MGR_ASKS_ME, AGAIN_OR_SIGNED],
  [MGR_UPDATES],
  [MGR_WANTS_ME_TO_CLOSE, anyOf(DEADLINE, PERIODISH, DEAL_CORE)],
  [COUNTED_NEXT, FOR_ME_LOSS],
  [MY_TARGETS_TALLIED],
  [WHAT_THEY_ASK_OF_ME, anyOf(IDIOM_PERIOD_RE, DEAL_CORE)],
];

// ------------------------------------------------ quota_pressure: session9 round
// Concepts from blind28's misses (test/fixtures/sentences/session9.tuned.txt): the rep short of a target
// (DE "fehlt mir … zum Ziel"), month or quarter figures that are the rep's own (DE compounds), the rep
// reporting the sale by a date, a manager squeezing the rep (ES).

/** DE: "fehlen mir noch 15 Prozent zum Ziel", "mir fehlt dieser Auftrag zu meinem Ziel". */
const MISSING_TO_TARGET = re(
  `${BU}(?:fehl\\p{L}*\\s+(?:sie\\s+|er\\s+|es\\s+|das\\s+)?mir|mir\\s+fehl\\p{L}*)\\s+${gap(8)}(?:zu|zum|zur|bis zu|bis zum|f[üu]r|in|bei)\\s+(?:meinem\\s+|unserem\\s+|meiner\\s+|meinen\\s+|dem\\s+)?\\p{L}*(?:ziel|soll|plan|quote|zahlen)\\p{L}*${E}`,
);
/** DE: "meine Dezemberzahlen", "meine Quartalszahlen": the rep's figures for a period (singular owner only). */
const MY_PERIOD_FIGURES = re(
  `${BU}mein\\p{L}*\\s+(?:${L.MONTHS_DE}|monats|quartals|jahres)(?:zahlen|ziel|ziele|umsatz|plan)${E}`,
);
/** The rep reporting the sale ("I need to report this deal as closed", "necesito reportar esta venta"). */
const REPORT_SALE = re(
  `${BU}(?:i need to|i have to|i must|i've got to|necesito|tengo que|debo|j'ai besoin de|je dois|il faut que je|ich muss)\\s+(?:report|book|log|declare|register|reportar|registrar|declarar|contabilizar|d[ée]clarer|enregistrer|comptabiliser|melden|verbuchen)\\s+(?:this|the|your|esta|este|la|cette|ce|diesen|diese|den|ihren|vuestr[oa]|su|votre)\\s+(?:deal|sale|order|contract|venta|pedido|contrato|vente|commande|contrat|abschluss|auftrag|verkauf)${E}`,
);
/** ES: the rep's manager squeezing the rep ("me aprieta", "me está agobiando"). */
const MGR_SQUEEZES = re(
  `${BU}(?:mi|nuestr[oa])\\s+${ownGap(2)}${L.MANAGER}\\s+me\\s+(?:aprieta|agobia|presiona|est[aá] apretando|est[aá] agobiando|est[aá] presionando|tiene (?:frit[oa]|agobiad[oa]|presionad[oa]|contra las cuerdas|entre la espada y la pared))${E}`,
);
// Without "may" and "mai" (other words too).
const MONTH_NAME = re(
  `${BU}(?:${L.MONTHS_EN}|${L.MONTHS_DE.replace('|mai|', '|')}|${L.MONTHS_ES}|${L.MONTHS_FR.replace('|mai|', '|')}|christmas|weihnachten|navidad|no[ëe]l)${E}`,
);
/** "before my pipeline review on Thursday": the rep's own review date. */
const BEFORE_MY_REVIEW = re(
  `${B}(?:before|ahead of|by)\\s+my\\s+(?:[\\p{L}-]+\\s+)?(?:review|one-on-one|1:1|1-on-1|forecast call|check-in)${E}(?!\\s+of\\s)`,
);
/** DE: "meine Chefin geht meine Abschlüsse durch", "mein Chef schaut sich meine Zahlen an". */
const MGR_GOES_THROUGH_MINE = re(
  `${BU}(?:mein|meine)\\s+${L.MANAGER}\\s+${gap(6)}(?:meine|unsere)\\s+(?:abschl[üu]sse|zahlen|pipeline|deals|auftr[äa]ge|forecast)\\s+${gap(2)}(?:durch|an)${E}`,
);
/** The rep's own target or figures (qp.own-target). */
const SESSION9_TARGET: RegExp[][] = [
  [MISSING_TO_TARGET],
  [MY_PERIOD_FIGURES],
  [REPORT_SALE, anyOf(DEADLINE, PERIODISH, MONTH_NAME)],
  [BEFORE_MY_REVIEW, DEAL_CORE],
];
/** The rep's manager on the rep (qp.manager-pressure). */
const SESSION9_MANAGER: RegExp[][] = [
  [MGR_SQUEEZES, anyOf(DEAL_CORE, DEADLINE, PERIODISH)],
  [MGR_GOES_THROUGH_MINE],
];

const IDIOM_TERMS: RegExp[][] = [
  [MAKE_OR_BREAK, IDIOM_PERIOD_RE, FOR_US],
  [DECIDES_MY_PERIOD, ME_OWNS],
  [SHORT_OF_OURS],
  [TARGET_NOT_DONE, PERIOD_OR_ASK],
  [COUNTS_FOR_MINE],
  [OUR_CALENDAR_ROLLS, SLIPS],
  [ME_OVER_LINE, IDIOM_PERIOD_RE],
  [FALTA_PARA, IDIOM_PERIOD_RE],
];
// -------------------------------------------- end quota_pressure: idiom round

// ------------------------------------------------ quota_pressure: session10 round
// Concepts from blind30's misses (test/fixtures/sentences/session10.tuned.txt): the rep's figures described as
// thin or needing to look good, the rep measured or paid on this period's bookings, a commission cut-off,
// needing a win this period, the rep's boss counting this deal in a forecast or wanting it by a date, the
// rep told from above that it has to close, the period rolling over for "us", ES/FR period closes.

/** "my numbers are looking thin", "so my number looks respectable", "mis números". */
const MY_FIGURES_LOOK = re(
  `${B}my\\s+(?:[\\p{L}-]+\\s+)?(?:numbers?|figures|quota|target|month|quarter|pipeline|attainment)\\s+(?:is\\s+|are\\s+)?(?:looks?|looking|look|is looking|are looking)\\s+(?:a bit\\s+|a little\\s+|pretty\\s+|really\\s+|very\\s+|quite\\s+|more\\s+|less\\s+)?(?:thin|light|short|low|weak|grim|rough|bad|tight|slow|empty|respectable|good|better|decent|ok|okay|healthy|presentable|sad|poor)${E}`,
);
/** Measured or paid on this period's bookings: "I'm being reviewed on December bookings". */
const MEASURED_ON = re(
  `${B}(?:i'm|i am|i get|i'll be|i will be|i'm getting)\\s+(?:being\\s+)?(?:reviewed|measured|judged|assessed|evaluated|paid|ranked|scored|compensated)\\s+on\\s+(?:[\\p{L}-]+(?:'s)?\\s+){0,2}?(?:bookings|numbers|sales|revenue|closed deals|signatures|deals|orders|new business)${E}`,
);
/** A cut-off for the rep's pay: "the commission cut-off is the 28th". */
const PAY_CUTOFF = re(
  `${BU}(?:commission|bonus|spiff|spif|payout|provision|comisi[oó]n|prime)\\p{L}*\\s+(?:[\\p{L}-]+\\s+)?(?:cut-?off|deadline|window|date|stichtag|fecha l[íi]mite|date limite)${E}`,
);
/** Needing a win this period: "I really need a win this month". */
const NEED_A_WIN = re(
  `${B}(?:i|we)\\s+(?:really\\s+|badly\\s+|desperately\\s+|just\\s+|honestly\\s+)?need\\s+(?:a|one more|another|this)\\s+(?:win|deal|signature|close|logo)\\s+(?:this|before\\s+(?:the\\s+)?(?:end|close)\\s+of\\s+(?:this\\s+|the\\s+)?)\\s*${L.PERIOD_X}${E}`,
);
/** The rep's boss counting on this deal: "my boss has the forklift hire in the forecast", "my VP wants it in December". */
const MGR_HAS_IT_IN = re(
  `${B}(?:my|our)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:has|had|put|puts|included|includes|counted|counts|is counting|listed)\\s+${gap(5)}(?:in|into|on)\\s+(?:the|his|her|their|our|my)\\s+(?:[\\p{L}-]+\\s+)?(?:forecast|pipeline|commit|numbers|plan)${E}|${B}(?:my|our)\\s+${ownGap(2)}${L.MANAGER}\\s+(?:wants|needs|expects)\\s+(?:it|this|this one|the deal|the order|the contract|the po)\\s+(?:in|by|before)\\s+(?:${L.MONTHS_EN}|this (?:week|month|quarter)|the end of|month-end|quarter-end|friday|monday)${E}`,
);
/** Told from above that this deal must close or come in (the pressure is passed down to the buyer). */
const TOLD_IT_MUST_CLOSE = re(
  `${B}(?:i've been|i have been|i was|i'm being|i am being|we've been|we were)\\s+told\\s+(?:that\\s+)?(?:this|it|this one|the deal|your deal|the order|this (?:account|deal|order|contract|renewal)|your (?:account|order|contract|renewal))\\s+(?:has|needs|must|is going)\\s+(?:to\\s+)?(?:close|be signed|be closed|land|be booked|be in|sign|come (?:through|in)|go through)${E}`,
);
/** The seller's period rolling over: "before we roll into the new quarter". */
const WE_ROLL_OVER = re(
  `${B}(?:before|until|once|when)\\s+(?:we|i)\\s+(?:roll|move|head|go|tip|flip)\\s+(?:over\\s+)?into\\s+(?:the\\s+)?(?:new|next)\\s+${L.PERIOD_X}${E}`,
);
/** ES/FR: "cierro mes", "on clôture le trimestre"; ES helps with my numbers ("me ayuda con mis números"). */
const I_CLOSE_PERIOD = re(
  `${BU}(?:cierro|cierra|on cl[ôo]ture|je cl[ôo]ture|on boucle|je boucle)\\s+(?:el\\s+|le\\s+|mon\\s+|notre\\s+)?(?:mes|trimestre|a[ñn]o|semestre|mois|exercice)${E}`,
);
/** ES: the period closing on the rep, dative "se me" (the month or quarter ends for me). */
const PERIOD_CLOSES_ON_ME = re(
  `${BU}(?:el|mi)\\s+(?:mes|trimestre|a[ñn]o|semestre)\\s+se me\\s+(?:cierra|acaba|termina|va)${E}`,
);
const HELPS_MY_NUMBERS = re(
  `${BU}(?:me\\s+)?(?:ayuda|ayudar[ií]a|vendr[ií]a (?:genial|bien|de maravilla))\\s+${gap(4)}(?:con|para)\\s+(?:mis|mi)\\s+(?:n[úu]meros|objetivos?|cuota|meta|comisi[oó]n)${E}|${BU}me falta\\p{L}*\\s+${gap(3)}para\\s+(?:el|mi|llegar al?)\\s+(?:objetivo|cuota|n[úu]mero|meta)${E}`,
);
/** "my target closing is tomorrow", "my quota cut-off is Friday". */
const MY_TARGET_CLOSES = re(
  `${B}my\\s+(?:[\\p{L}-]+\\s+)?(?:target|quota|numbers?|forecast|attainment)\\s+(?:closing|closes|close|cut-?off|deadline|ends|ending|locks|lock|is due)${E}`,
);
const SESSION10_TARGET: RegExp[][] = [
  [MY_FIGURES_LOOK],
  [MY_TARGET_CLOSES, DEADLINE],
  [MEASURED_ON],
  [PAY_CUTOFF, SELF_ANY],
  [NEED_A_WIN],
  [HELPS_MY_NUMBERS],
];
const SESSION10_MANAGER: RegExp[][] = [[MGR_HAS_IT_IN], [TOLD_IT_MUST_CLOSE]];
/** "we close the books on Friday": the seller's own books (with a push on this deal). */
const WE_CLOSE_BOOKS = re(`${B}(?:we|i) (?:close|shut|lock) (?:the|our|my) books${E}`);
const SESSION10_PERIOD: RegExp[][] = [
  [WE_CLOSE_BOOKS, PUSH_X],
  [WE_ROLL_OVER, anyOf(DEAL_CORE, PUSH_X)],
  [I_CLOSE_PERIOD],
  [PERIOD_CLOSES_ON_ME],
];

// ------------------------------------------------ quota_pressure: blind31 round
// Account managers' own measures: retention or churn figures, leadership told or tracking, churn reviews with
// the rep's management, pressure "from upstairs", the last deal before a sales club, FR/DE portfolio measures.

/** "our net retention figure is looking grim": the seller's renewal measures described. */
const RETENTION_LOOKS = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:retention|churn|renewals?|nrr|grr|expansion)\\s+(?:figures?|numbers?|rates?|targets?)\\s+${gap(4)}(?:looks?|looking|is looking|are looking)\\s+(?:a bit\\s+|pretty\\s+|really\\s+|very\\s+|quite\\s+)?(?:thin|light|short|low|weak|grim|rough|bad|tight|poor|shaky)${E}`,
);
/** "I've told leadership the seats will land before quarter close". */
const TOLD_UPSTAIRS = re(
  `${B}(?:i've|i have|i)\\s+(?:told|promised|assured|committed to)\\s+(?:my\\s+|our\\s+)?(?:leadership|management|(?:boss|manager|vp|director|cro))\\s+(?:that\\s+)?[^.!?]{0,60}?${B}(?:will|would)\\s+(?:land|close|sign|come in|be signed|be in)${E}`,
);
/** A churn or renewal review with the rep's management: "the churn review with our CRO is on Thursday". */
const REVIEW_WITH_MGR = re(
  `${B}(?:churn|renewal|retention|forecast|pipeline|deal|commit|at-risk)\\s+(?:review|call|meeting|check-?in)\\s+with\\s+(?:our|my)\\s+(?:[\\p{L}-]+\\s+)?${L.MANAGER}${E}`,
);
const TELL_UP = re(`${B}(?:tell|show|report to|update)\\s+(?:him|her|them)${E}|${L.DEAL_CORE}`);
/** "under a fair bit of pressure from upstairs". */
const PRESSURE_FROM_ABOVE = re(
  `${B}(?:i'm|i am|we're|we are)\\s+(?:[\\p{L}-]+\\s+){0,2}?under\\s+(?:a\\s+)?(?:fair\\s+bit\\s+of\\s+|lot\\s+of\\s+|some\\s+|real\\s+|serious\\s+|bit\\s+of\\s+|huge\\s+|heavy\\s+)?pressure\\s+from\\s+(?:upstairs|above|management|leadership|my\\s+[\\p{L}-]+|the top|head office|hq)${E}`,
);
/** The deal as all that stands between the rep and an incentive (a sales club, a bonus, quota). */
const BETWEEN_ME_AND = re(
  `${B}between\\s+me\\s+and\\s+(?:my (?:bonus|quota|target|number|accelerators?|commission)|quota|president'?s club|the club|club)${E}`,
);
/** The rep's leadership tracking at-risk renewals, or asking for this quarter: "my manager strongly requests ... within this quarter". */
const LEADERSHIP_TRACKS = re(
  `${B}(?:our|my)\\s+(?:leadership|management|${L.MANAGER})\\s+(?:is|are)\\s+(?:tracking|watching|monitoring|reviewing)\\s+${gap(6)}(?:churn|at-risk|renewals?|retention|pipeline|forecast)${E}|${B}(?:my|our)\\s+${L.MANAGER}\\s+(?:\\p{L}+ly\\s+)?(?:requests?|asks?|insists?|demands?|expects?)\\s+(?:that\\s+)?${gap(6)}(?:within|before|by|in)\\s+(?:this|the)\\s+(?:quarter|month|year|week)${E}`,
);
/** FR: "ma direction suit de près le taux de rétention de mon portefeuille". */
const FR_MGMT_WATCHES_MINE = re(
  `${BU}(?:ma|notre|mon)\\s+(?:direction|hi[ée]rarchie|manager|directeur|directrice|responsable|n\\+1)\\s+(?:suit|surveille|regarde|scrute|mesure)\\s+${gap(9)}(?:mon|mes|notre|nos)\\s+(?:taux|chiffres?|objectifs?|portefeuille|r[ée]sultats?)${E}`,
);
/** "I'm desperate to get this in": pleading. */
const DESPERATE = re(
  `${B}(?:i'm|i am|we're|we are)\\s+(?:really\\s+|pretty\\s+|a bit\\s+|getting\\s+)?desperate\\s+(?:to|for)${E}`,
);
const BLIND31_QP: RegExp[][] = [
  [RETENTION_LOOKS],
  [TOLD_UPSTAIRS],
  [REVIEW_WITH_MGR, TELL_UP],
  [PRESSURE_FROM_ABOVE],
  [BETWEEN_ME_AND],
  [LEADERSHIP_TRACKS],
  [FR_MGMT_WATCHES_MINE],
  [DESPERATE, anyOf(DEAL_CORE, DEADLINE, PERIODISH, PUSH_X)],
];

// ------------------------------------------------ quota_pressure: session11 round
// Concepts from blind33's misses (test/fixtures/sentences/session11.tuned.txt): the rep's pay counting only
// what is booked by a date, ES pay lost; the rep a deal short of a count that resets; the boss already told
// the deal is won; a win needed on the board; management on the rep's back; the rep in trouble with the
// boss; asking for the deal "for my own sake"; a cut-off on the seller's side; the manager asking daily;
// the deal helping the rep's forecast; ES a sale added to the rep's figures.

/** "the bonus only counts deals invoiced before the 30th" (not the buyer's reps' bonus). */
const PAY_COUNTS_BY = re(
  `(?<!${B}(?:your|their|its)\\s+(?:[^\\s.!?]+\\s+)?)${B}(?:commission|bonus|bonuses|spiff|spif|payouts?|accelerators?|incentives?)(?:\\s+payouts?)?\\s+${gap(6)}(?:only\\s+)?(?:counts?|applies|apply|pays?(?:\\s+out)?|is paid|are paid)\\s+(?:on\\s+|for\\s+|to\\s+)?${gap(4)}(?:booked|signed|closed|invoiced|in|landed|received)\\s+(?:by|before)${E}`,
);
/** ES: the rep left without pay ("me quedo sin la comisión", "fuera del bono"). */
const ES_PAY_LOST = re(
  `${BU}me\\s+(?:quedo|quedar[ée]|quedar[ií]a|voy a quedar)\\s+(?:sin|fuera\\s+de)\\s+(?:la\\s+|el\\s+|los\\s+|las\\s+|mi\\s+|mis\\s+)?(?:comisi[oó]n|comisiones|bono|bonus|incentivos?|prima|variable)${E}|${BU}me\\s+(?:quedo|quedar[ée]|quedar[ií]a)\\s+fuera\\s+del\\s+(?:bono|bonus|incentivo|variable|objetivo)${E}`,
);
/** "I'm one signature short", "still a single contract short". */
const DEALS_SHORT = re(
  `${B}(?:i'm|i am|im|we're|we are)\\s+(?:still\\s+|just\\s+|only\\s+)?(?:a single|one|two|three|a couple of|a few)\\s+(?:signed\\s+|new\\s+)?(?:signatures?|contracts?|deals?|clients?|customers?|orders?|logos?|accounts?|sales?)\\s+short${E}`,
);
/** The rep's count that resets: "my leaderboard resets on Monday", "our team scorecard resets". */
const SCORE_RESETS = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:leaderboard|scoreboard|scorecard|ranking|league table|stack ranking)\\s+(?:resets?|clears?|closes|locks|rolls over|is reset|gets reset|starts over)${E}`,
);
/** The boss already told the deal is won: "I told my manager your renewal was in the bag". */
const TOLD_MGR_WON = re(
  `${B}(?:i've|i have|i)\\s+(?:already\\s+)?(?:told|assured|promised|let)\\s+(?:my|our)\\s+${ownGap(1)}${L.MANAGER}\\s+(?:know\\s+)?(?:that\\s+)?[^.!?]{0,60}?${B}(?:in the bag|as good as (?:signed|done|closed|won)|(?:basically|practically|pretty much|all but|essentially)\\s+(?:done|signed|closed|won|agreed)|a done deal|a sure thing|a lock|locked in)${E}`,
);
/** A win the rep needs on the board: "a win on my board", "I need a win on the board". */
const WIN_ON_BOARD = re(
  `${B}a\\s+win\\s+on\\s+my\\s+board${E}|${B}(?:i|we)\\s+(?:really\\s+|badly\\s+|just\\s+|honestly\\s+)?need\\s+(?:a|one more|another)\\s+win\\s+on\\s+the\\s+board${E}`,
);
/** Management on the rep's back: "head office keeps breathing down my neck". */
const ON_MY_BACK = re(
  `${B}(?:breath\\p{L}*\\s+down\\s+my\\s+neck|(?:been|is|are|was|were|keeps?\\s+being|get|gets|getting)\\s+on\\s+my\\s+(?:back|case)|riding\\s+me)${E}`,
);
const FROM_ABOVE = re(`${B}(?:upstairs|head office|hq|headquarters|higher-ups|${L.MANAGER})${E}`);
/** The rep in trouble with the boss: "I'm in hot water with my boss", "im toast with my lead". */
const IN_TROUBLE_WITH_MGR = re(
  `${B}(?:i'm|i am|im|i'll be|i will be|i'd be|i would be)\\s+(?:in\\s+(?:real\\s+|big\\s+|serious\\s+|deep\\s+|such\\s+)?(?:trouble|hot water|the doghouse|the dog house)|toast|dead|done for|in for it|cooked)\\s+with\\s+(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|lead|chief)${E}`,
);
/** The deal asked for the rep's own sake. */
const FOR_MY_SAKE = re(`${B}for\\s+my\\s+(?:own\\s+)?sake${E}`);
/** A cut-off on the seller's side: "there's a half-year cutoff on our end". */
const CUTOFF_OUR_SIDE = re(
  `${B}(?:half-year|half year|year-end|quarter-end|month-end|quarterly|monthly|period|fiscal|booking|books)\\s+(?:cut-?off|close|closing|deadline)\\s+on\\s+(?:our|my)\\s+(?:side|end)${E}`,
);
/** The manager asking the rep every day about this deal. */
const MGR_ASKS_DAILY = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|chief)\\s+(?:is\\s+|keeps\\s+)?(?:ask|asks|asking|calls?|calling|phones?|phoning|chases?|chasing|pings?|pinging|texts?|texting)\\s+(?:me\\s+)?(?:every|each)\\s+(?:single\\s+)?(?:day|morning|evening|afternoon|hour)${E}`,
);
/** Non-native: the deal helping the writer's own forecast ("it help me a lot for my forecast"). */
const HELPS_MY_FORECAST = re(
  `${B}(?:it|this|that)\\s+(?:would\\s+|will\\s+)?helps?\\s+me\\s+(?:a lot\\s+|very much\\s+|so much\\s+|much\\s+|really\\s+|a great deal\\s+)?(?:for|with|in)\\s+my\\s+(?:fore?cast|numbers?|target|quota|commission|bonus)${E}`,
);
/** ES: the sale counted in the rep's own figures ("sumar su pedido a mis cifras de diciembre"). */
const ES_ADD_TO_MY_FIGURES = re(
  `${BU}(?:sumar|meter|a[ñn]adir|incluir|contar|poner|apuntar)\\s+${gap(3)}(?:a|en)\\s+mis\\s+(?:cifras|n[úu]meros|ventas|objetivos?|resultados)${E}`,
);
// Second round, from blind34: management asking where the deal stands, a reseller's target with its vendor,
// the rep's promotion, finishing the period strong for the seller, reporting the deal upstairs, ES the boss
// reviewing the rep's numbers, FR the rep's director chasing, a subject naming the seller's manager.

/** "leadership keeps asking me where the contract stands" (not the buyer's leadership). */
const MGR_ASKS_WHERE = re(
  `(?<!${B}(?:your|their)\\s+(?:[\\p{L}-]+\\s+)?)${B}(?:(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?${L.MANAGER}|leadership|management|upstairs|head office)\\s+(?:keeps|kept|has been|have been|is|are)\\s+(?:asking|chasing|pushing|pinging|pressing)\\s+(?:me\\s+)?(?:every\\s+\\p{L}+\\s+)?(?:where|whether|if|when|how)${E}`,
);
const ABOUT_A_DEAL = re(
  `${L.DEAL_CORE}|${B}(?:deal|order|contract|renewal|signature|po|paperwork|agreement|lease)s?${E}`,
);
/** A reseller's own target with its vendor: "a volume target with the manufacturer". */
const VENDOR_TARGET = re(
  `${B}(?:target|goal|number|quota|commitment|plan)s?\\s+(?:set\\s+)?(?:from|with|by|for)\\s+(?:the\\s+|our\\s+)?(?:vendor|manufacturer|oem|distributor|principal|supplier|brand)${E}`,
);
const WE_US = re(`${B}(?:we|we're|we've|us|our)${E}`);
/** The rep's promotion riding on the deal. */
const MY_PROMOTION = re(
  `${B}(?:i'm|i am|im)\\s+up\\s+for\\s+(?:a\\s+)?promotion${E}|${B}my\\s+promotion${E}`,
);
/** Finishing the seller's period strong: "we want to close the half strong on our side". */
const FINISH_STRONG = re(
  `${B}(?:close|wrap|finish|end)\\s+(?:the|this|our|my)\\s+(?:year|quarter|month|half|period)\\s+(?:strong|on a high|with a bang)${E}`,
);
const WE_OR_OUR_SIDE = re(`${B}(?:we|we're|i|i'm|on our (?:side|end)|for us)${E}`);
/** The deal reported to the rep's management: "I can report it upstairs". */
const REPORT_UPSTAIRS = re(
  `${B}report\\s+(?:it|this|the deal|the order|the signature|that)\\s+(?:upstairs|up the chain|to (?:my|our)\\s+(?:[\\p{L}-]+\\s+)?${L.MANAGER})${E}`,
);
/** ES: the writer's own boss, before what the boss does ("mi jefa ..."). */
const ES_MY_MANAGER = 'mi\\s+(?:jef[ea]|directora?|gerente|responsable|manager)\\s+';
/** ES: the rep's boss reviewing the rep's own figures. */
const ES_BOSS_REVIEWS_MINE = re(
  `${BU}${ES_MY_MANAGER}(?:revisa|repasa|mira|va a revisar|revisar[áa]|controla|supervisa)\\s+mis\\s+(?:n[úu]meros|cifras|resultados|ventas|objetivos)${E}`,
);
/** FR: the rep's director chasing the rep ("ma directrice me relance"). */
const FR_MGR_CHASES_ME = re(
  `${BU}(?:mon|ma|notre)\\s+(?:directeur|directrice|manager|responsable|patron|patronne|chef|cheffe|n\\+1|direction|hi[ée]rarchie)\\s+(?:me|nous)\\s+(?:relance|presse|pousse|harc[eè]le|talonne|court apr[eè]s)${E}`,
);
/** A subject naming the seller's manager wanting this deal now ("VP needs it signed this week"). */
const SUBJ_MGR_WANTS_IT = re(
  `(?<!${B}(?:your|their)\\s+)${B}(?:vp|boss|manager|director|cro|ceo|head of sales|leadership|management)\\s+(?:wants|needs|expects)\\s+(?:it|this|the deal|the order|the contract|the po|the lease|the paperwork)\\s+(?:booked\\s+|signed\\s+|closed\\s+|done\\s+|in\\s+|inked\\s+|wrapped\\s+)?(?:this week|today|by|before|this month)${E}`,
);

// From corpus-blind14: someone asking the rep whether the buyer's signature is coming, DE the rep left
// empty-handed, the rep's manager closing out a board or forecast.

/** "X has been pinging me about whether your PO will arrive" (not the buyer's people asking about ours). */
const ASKED_ABOUT_YOURS = re(
  `(?<!${B}your\\s+(?:[\\p{L}-]+\\s+){0,2})${B}(?:has been|have been|keeps|kept|is|was|asks|asked)\\s+(?:asking|pinging|chasing|pushing|nudging|checking with\\s+)?\\s*me\\s+(?:[^.!?]{0,30}?\\s)?(?:whether|if|when|about)\\s+(?:whether\\s+|if\\s+)?your\\s+(?:[\\p{L}-]+\\s+)?(?:signature|po|purchase order|order|contract|paperwork|sign-?off|approval)${E}`,
);
/** DE: the rep left empty-handed this period ("stehe ich mit leeren Händen da"). */
const DE_EMPTY_HANDED = re(
  `${BU}stehe\\s+ich\\s+${gap(4)}(?:blank|mit leeren h[äa]nden|ohne abschluss)(?:\\s+da)?${E}`,
);
/** "my sales director locks his forecast on Thursday", "our VP is closing out her board". */
const MGR_CLOSES_BOARD = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${L.MANAGER}\\s+(?:is\\s+)?(?:closing|locks?|locking|closes|finali[sz]ing|finali[sz]es|wrapping up|wraps up|submits?|submitting)\\s+(?:out\\s+)?(?:his|her|their|the|our)\\s+(?:[\\p{L}-]+\\s+)?(?:board|forecast|numbers|pipeline|commit|sheet)${E}`,
);

// From blind35: a hard talk with the rep's manager hanging on the deal, walking into the rep's review with
// the deal, the rep chased by the boss (passive), management going through the rep's deals (EN/FR), figures
// counted after a date, DE the order counting for the rep.

/** "spare me a tough conversation with my director", "an awkward one-on-one with my sales manager". */
const HARD_TALK_WITH_MGR = re(
  `${B}(?:uncomfortable|awkward|tough|difficult|hard|painful|unpleasant)\\s+(?:one\\s+)?(?:call|conversation|chat|meeting|talk|one-on-one|1:1|review)\\s+with\\s+(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|lead|chief)${E}`,
);
/** The rep's review coming, with the buyer's deal to bring in as won. */
const MY_REVIEW = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:pipeline|deal|forecast|commit|coverage|renewal|account|sales)\\s+(?:review|call|meeting)\\s+(?:is|on|happens|takes place)${E}`,
);
const IN_AS_WON = re(
  `${B}(?:walk|go|head|bring|show|present)\\s+${gap(4)}(?:in\\s+)?(?:with\\s+)?(?:your|this|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:in\\s+)?(?:as|marked as)\\s+(?:signed|bound|closed|won|done|booked)${E}`,
);
/** The rep chased by the boss: "I've been getting chased daily by my manager". */
const CHASED_BY_MGR = re(
  `${B}(?:i'm|i am|im|i've been|ive been|i have been|i was)\\s+(?:getting|being)\\s+(?:pinged|chased|asked|pushed|hounded|nagged|pressed|grilled)\\s+(?:[^.!?]{0,25}?\\s)?by\\s+(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|lead|chief)${E}`,
);
/** Management going through the rep's own deals: "leadership goes through all my open deals". */
const MGR_REVIEWS_MY_DEALS = re(
  `${B}(?:${L.MANAGER}|upstairs)\\s+(?:reviews?|goes through|go through|checks?|looks? at|audits?|walks? through)\\s+(?:all\\s+)?my\\s+(?:[\\p{L}-]+\\s+)?(?:renewals|deals|pipeline|accounts|numbers|forecast|opportunities|book)${E}|${BU}(?:mon|ma)\\s+(?:responsable|manager|directeur|directrice|chef|cheffe|n\\+1)\\s+(?:fait le point sur|passe en revue|revoit|examine|regarde)\\s+(?:mes|mon)\\s+(?:dossiers|affaires|comptes|chiffres|pipeline|renouvellements)${E}`,
);
/** Non-native: "after this my numbers for the month are already counted". */
const MY_NUMBERS_COUNTED = re(
  `${B}my\\s+(?:numbers|figures|targets?|results)\\s+(?:for\\s+(?:the|this)\\s+(?:period|month|quarter|year)\\s+)?(?:are|is|will be|get)\\s+(?:already\\s+)?(?:calculated|counted|closed|locked|done|fixed|made)${E}`,
);
/** DE: "bei mir zählt der Auftrag nur ... in diesem Quartal". */
const DE_COUNTS_FOR_ME = re(`${BU}(?:bei\\s+mir|f[üu]r\\s+mich)\\s+z[äa]hlt${E}`);
const DE_PERIOD = re(
  `${BU}(?:gesch[äa]ftsjahr|quartal|monat|jahr|halbjahr|monatsende|quartalsende|jahresende|zeitraum)${E}`,
);

// From corpus-blind15: a weight off the rep's shoulders, DE/FR the rep's manager going through or closing
// the rep's deals, a list handed to the rep to land by a date.

/** The deal lifting a burden the rep carries ("... a real weight off my shoulders"). */
const WEIGHT_OFF_ME = re(
  `${B}(?:take|takes|taking|took|lift|lifts|lifting)\\s+(?:a\\s+)?(?:(?:huge|big|real|massive|great)\\s+)?weight\\s+off\\s+my\\s+shoulders${E}`,
);
/** DE/FR: "mein Teamleiter prüft meine offenen Angebote", "ma directrice fige les prévisions de notre équipe". */
const MGR_ON_MY_DEALS_X = re(
  `${BU}(?:mein|unser)\\p{L}*\\s+(?:vertriebsleit\\p{L}*|chef\\p{L}*|vorgesetzte\\p{L}*|teamleit\\p{L}*|gesch[äa]ftsf[üu]hr\\p{L}*|manager\\p{L}*)\\s+(?:geht|gehen|pr[üu]ft|schaut|checkt)\\s+${gap(3)}meine\\s+(?:[\\p{L}-]+\\s+)?(?:verl[äa]ngerungen|abschl[üu]sse|deals|zahlen|auftr[äa]ge|pipeline|angebote)${E}|${BU}(?:mon|ma|notre)\\s+(?:responsable|manager|directeur|directrice|chef|cheffe|n\\+1|direction)\\s+(?:cl[ôo]ture|boucle|arr[êe]te|fige|ferme|verrouille)\\s+(?:les|nos|mes|le)\\s+(?:renouvellements|chiffres|comptes|ventes|pr[ée]visions|forecast|pipeline|trimestre|mois)${E}`,
);
/** A list or number handed to the rep to land by a date: "I've been handed a list of lapsed accounts to bring back". */
const HANDED_A_LIST = re(
  `${B}(?:i've|i have|i was|i've been|i have been|i got|ive been)\\s+(?:been\\s+)?(?:given|handed|assigned)\\s+(?:a\\s+)?(?:list|number|target|goal|set)\\s+(?:of\\s+[^.!?]{0,40}?\\s)?to\\s+(?:win back|bring back|close|sign|land|bring in|convert|renew)${E}`,
);

// Paraphrase round (paraphrase37): known concepts in more wordings. The rep's incentive paid on this deal,
// the deal already in the forecast the rep submitted, needing this one deal, the deal lifting the rep in a
// ranking, the deal promised to management, the rep's review or appraisal riding on it, the rep's team a deal
// or two from its target, the seller's internal cut-off or ledger close, the deal wanted in the rep's period.

/** "there's an incentive payout for me if it closes". */
const PAY_FOR_ME = re(
  `${B}(?:incentive|bonus|commission|spiff|spif|payout|accelerator|kicker)s?(?:\\s+payouts?)?\\s+(?:in it\\s+)?for\\s+me${E}`,
);
/** The deal already in what the rep submitted: "in the pipeline numbers I submitted", "meine Umsatzprognose". */
const IN_MY_SUBMITTED_FORECAST = re(
  `${B}(?:pipeline|forecast|commit)\\s+(?:numbers?\\s+|figures?\\s+|call\\s+)?(?:i|we)\\s+(?:submitted|sent|gave|put in|called|handed in)${E}|${B}(?:our|my)\\s+(?:[\\p{L}-]+\\s+)?forecast\\s+(?:counts on|includes|has|assumes|relies on|depends on)\\s+(?:your|this|the)${E}|${BU}(?:meiner|unserer|meine|unsere)\\s+(?:[\\p{L}-]+\\s+)?(?:umsatz)?prognose${E}`,
);
/** The rep needing this particular deal. */
const NEED_THIS_ONE = re(`${B}i\\s+(?:really\\s+|truly\\s+|badly\\s+|honestly\\s+)?need\\s+this\\s+one${E}`);
/** The deal lifting the rep in a ranking: "would put me in first place", "je passerais en tête du classement". */
const PUTS_ME_ON_TOP = re(
  `${B}(?:put|get|move|take|bump)\\s+me\\s+(?:in|into|to|at|up to)\\s+(?:first|1st|the top|top|second|the lead|number one)(?:\\s+place|\\s+spot)?${E}|${BU}(?:je passerais|je serais|me mettrait|je passe)\\s+en\\s+t[êe]te\\s+du\\s+classement${E}|${B}(?:top[- ]seller|sales|incentive|club)\\s+trip${E}(?=[^.!?]{0,80}${B}(?:i'd|i would|me|my)${E})`,
);
/** The deal promised to management: "I've already committed this deal to leadership", "meinem Chef versprochen". */
const PROMISED_MGMT = re(
  `${B}(?:committed|promised|pledged|guaranteed)\\s+(?:this|the|your)\\s+(?:deal|order|contract|renewal|signature)\\s+to\\s+(?:leadership|management|my\\s+[\\p{L}-]+|head office|hq|the board)${E}|${B}(?:given|gave)\\s+(?:my\\s+|our\\s+)?(?:${L.MANAGER}|head office|hq)\\s+my\\s+word${E}|${BU}(?:habe|hab)\\s+(?:ich\\s+)?(?:meinem|meiner|unserem|unserer)\\s+(?:chef\\p{L}*|vorgesetzten|vertriebsleit\\p{L}*|teamleit\\p{L}*|gesch[äa]ftsf[üu]hr\\p{L}*)\\s+(?:versprochen|zugesagt|garantiert)${E}`,
);
/** The rep's review or appraisal riding on the deal. */
const MY_APPRAISAL = re(
  `${BU}(?:my|mi|ma|mon|meine?)\\s+(?:performance\\s+|annual\\s+|year-end\\s+|mid-year\\s+|half-year\\s+)?(?:review|appraisal|evaluation|evaluaci[oó]n|[ée]valuation|beurteilung|jahresgespr[äa]ch)(?!\\s+of)${E}|${B}(?:goals?|targets?|objectives?|things)\\s+(?:i'm|i am)\\s+(?:being\\s+)?(?:assessed|measured|judged|evaluated|reviewed)\\s+on${E}`,
);
const APPRAISAL_STAKE = re(
  `${B}(?:counts?|depends?|depende|difference|close|closing|closed|cerrar|finish|signed|sign|deal|contract|order|account|cuentas)${E}`,
);
/** The rep's team a deal or two from its target: "our branch is one order away from its team target". */
const TEAM_DEALS_AWAY = re(
  `${B}(?:our|my)\\s+(?:branch|team|office|region|squad|desk|group)\\s+(?:is\\s+)?(?:just\\s+|only\\s+)?(?:one|two|three|a couple of|a few|\\d+)\\s+(?:orders?|deals?|contracts?|sales?|signatures?)\\s+(?:away\\s+from|short\\s+of|off)${E}|${BU}notre\\s+(?:[ée]quipe|agence|r[ée]gion|bureau)\\s+a\\s+besoin\\s+de\\s+\\p{L}+\\s+(?:contrats?|commandes?|ventes?|signatures?)\\s+de\\s+plus${E}`,
);
/** The seller's internal cut-off: "our finance team locks the ledger on the 28th", "nuestro cierre contable interno". */
const OUR_CUTOFF = re(
  `${B}(?:lock|locks|close|closes|closing|freeze|freezes)\\s+(?:the|our)\\s+(?:ledger|books|period|accounts)${E}(?<=${B}(?:our|my|we)${E}[^.!?]{0,60})|${BU}(?:nuestro|notre|unser\\p{L}*)\\s+(?:cierre\\s+contable|cl[ôo]ture\\s+comptable|buchungsschluss|internal\\s+cut-?off)${E}|${B}after\\s+our\\s+(?:internal\\s+)?cut-?off${E}`,
);
/** The deal in the rep's own period: "into the current period on my end", "für mich zählt der Auftrag nur". */
const MY_PERIOD_ON_MY_END = re(
  `${B}(?:into|in)\\s+(?:the\\s+)?(?:current|this)\\s+(?:period|quarter|month|year|half)\\s+(?:on my (?:end|side)|for me)${E}`,
);

// Second paraphrase round (paraphrase38): sales clubs (ES), the manager the rep reports to, ES the boss asking,
// the deal counting toward the rep's total, the rush admitted as the seller's own, a higher commission bracket,
// a kindness to the rep.

const ES_CLUB = re(
  `${BU}(?:entrar|llegar|clasificar\\p{L}*|meterme)\\s+(?:en|a|al)\\s+(?:el\\s+)?club${E}|${BU}club\\s+de\\s+(?:los\\s+)?mejores\\s+vendedores${E}`,
);
/** "the VP I report to wants this one closed". */
const MGR_I_REPORT_TO = re(
  `${B}${L.MANAGER}\\s+i\\s+report\\s+to\\s+(?:wants|needs|expects|asked|has asked|is asking|is pushing)${E}`,
);
/** ES: the rep's boss asking the rep for the signature ("mi director me pide que ..."). */
const ES_BOSS_ASKED_ME = re(
  `${BU}${ES_MY_MANAGER}me\\s+(?:ha\\s+)?(?:pedido|pide|exige|ha exigido|dijo|ha dicho)\\s+que${E}`,
);
/** The deal counting toward the rep's own total: "count toward my annual total", "a big difference to my figures". */
const TOWARD_MY_TOTAL = re(
  `${B}counts?\\s+(?:toward|towards|to|for)\\s+my\\s+(?:annual\\s+|yearly\\s+|quarterly\\s+|monthly\\s+)?(?:total|number|numbers|figures|target|quota)${E}|${B}(?:difference|boost)\\s+to\\s+my\\s+(?:figures|numbers|month|quarter|year|total)${E}|${BU}(?:entra|entre|cuenta|cuente)\\s+en\\s+mis\\s+(?:n[úu]meros|cifras|objetivos)${E}`,
);
/** The rush admitted as the seller's own: "the rush is entirely on my side", "la prisa es mía". */
const RUSH_IS_MINE = re(
  `${B}(?:rush|hurry|urgency|pressure|time pressure)\\s+(?:is|comes?)\\s+(?:entirely\\s+|all\\s+|really\\s+|only\\s+)?(?:on my (?:side|end)|mine|from my (?:own\\s+)?(?:side|end|targets?|numbers?|quota))${E}|${B}for\\s+internal\\s+reasons\\s+on\\s+my\\s+(?:side|end)${E}|${BU}la\\s+prisa\\s+es\\s+m[ií]a${E}`,
);
/** "push me into the higher commission bracket". */
const HIGHER_BRACKET = re(
  `${B}(?:push|put|get|move|bump|take|tip)\\s+me\\s+(?:into|up to|over|to)\\s+(?:the|a|my)\\s+(?:higher|next|top|better)\\s+(?:commission|bonus|pay|payout)\\s+(?:bracket|tier|band|level|rate)${E}`,
);
/** "as a kindness to me". */
const KINDNESS_TO_ME = re(`${B}(?:as\\s+a\\s+)?(?:kindness|favou?r)\\s+to\\s+me${E}`);

const SESSION11_TARGET: RegExp[][] = [
  [PAY_COUNTS_BY, ME],
  [ES_PAY_LOST],
  [DEALS_SHORT],
  [SCORE_RESETS, anyOf(DEAL_CORE, PUSH_X, DEADLINE, ME)],
  [WIN_ON_BOARD],
  [HELPS_MY_FORECAST],
  [ES_ADD_TO_MY_FIGURES],
  [VENDOR_TARGET, WE_US],
  [MY_PROMOTION, anyOf(PUSH_X, ABOUT_A_DEAL)],
  [FINISH_STRONG, WE_OR_OUR_SIDE],
  [HANDED_A_LIST, anyOf(DEADLINE, PERIODISH)],
  [PAY_FOR_ME, anyOf(ABOUT_A_DEAL, PUSH_X, DEADLINE)],
  [IN_MY_SUBMITTED_FORECAST, ABOUT_A_DEAL],
  [PUTS_ME_ON_TOP, anyOf(ABOUT_A_DEAL, PUSH_X)],
  [MY_APPRAISAL, APPRAISAL_STAKE],
  [TEAM_DEALS_AWAY],
  [ES_CLUB],
  [TOWARD_MY_TOTAL],
  [RUSH_IS_MINE],
  [HIGHER_BRACKET],
  [MY_PERIOD_ON_MY_END],
  [MY_REVIEW, IN_AS_WON],
  [MY_NUMBERS_COUNTED],
  [DE_COUNTS_FOR_ME, DE_PERIOD],
  [
    DE_EMPTY_HANDED,
    anyOf(PERIODISH, DEADLINE, ABOUT_A_DEAL, re(`${BU}(?:auftrag|unterschrift|bestellung)${E}`)),
  ],
];
const SESSION11_MANAGER: RegExp[][] = [
  [MGR_I_REPORT_TO, anyOf(ABOUT_A_DEAL, PUSH_X, DEADLINE)],
  [ES_BOSS_ASKED_ME, anyOf(ABOUT_A_DEAL, DEADLINE, re(`${BU}(?:firm\\p{L}*|pedido|contrato)${E}`))],
  [PROMISED_MGMT],
  [MGR_ON_MY_DEALS_X],
  [HARD_TALK_WITH_MGR],
  [CHASED_BY_MGR],
  [MGR_REVIEWS_MY_DEALS],
  [ASKED_ABOUT_YOURS],
  [MGR_CLOSES_BOARD, anyOf(ABOUT_A_DEAL, PUSH_X, ME)],
  [MGR_ASKS_WHERE, ABOUT_A_DEAL],
  [REPORT_UPSTAIRS],
  [ES_BOSS_REVIEWS_MINE],
  [FR_MGR_CHASES_ME],
  [TOLD_MGR_WON],
  [ON_MY_BACK, FROM_ABOVE],
  [IN_TROUBLE_WITH_MGR],
  [MGR_ASKS_DAILY, anyOf(DEAL_CORE, PUSH_X)],
];
const SESSION11_PERIOD: RegExp[][] = [
  [CUTOFF_OUR_SIDE],
  [OUR_CUTOFF, anyOf(ABOUT_A_DEAL, PUSH_X, DEADLINE, ME)],
];
const SESSION11_STAKES: RegExp[][] = [
  [FOR_MY_SAKE, anyOf(DEAL_CORE, PUSH_X, DEADLINE)],
  [WEIGHT_OFF_ME, anyOf(DEAL_CORE, PUSH_X, DEADLINE, ABOUT_A_DEAL)],
  [NEED_THIS_ONE],
  [KINDNESS_TO_ME, anyOf(DEAL_CORE, PUSH_X, DEADLINE, ABOUT_A_DEAL)],
];

// ---- session12 round (paraphrase39): the seller's company's board or funding round, a new rep's first
// win, where the rep stands against target, internal heat on the rep.
/** The seller's own board, investors or funding round ("our board reviews the pipeline", "a funding round"). */
const OUR_BOARD = re(
  `${B}(?:our|my)\\s+(?:board|investors|vcs|backers|shareholders)${E}|${B}(?:funding round|fundraise|fundraising|our series [a-d]|series [a-d] (?:round|raise|funding)|our raise)${E}|${BU}(?:notre conseil d'administration|nos investisseurs|lev[ée]e de fonds|nuestro consejo|nuestros inversores|ronda de financiaci[oó]n|unser(?:e|em)? (?:vorstand|investoren|aufsichtsrat|geldgeber)|finanzierungsrunde)${E}`,
);
/** What the board or round would be shown: this deal, a logo, a closed order, with a need or a help. */
const SHOW_THEM_A_WIN = re(
  `${B}(?:need|needs|needed|show|showing|help us|help me|would help|would mean|would look|land|landing)${E}(?=[^.!?]{0,80}${B}(?:deal|logo|closed|signed|order|contract|win|account|customer|client)s?${E})|${B}(?:landing|closing|signing|winning|adding)\\s+(?:a|an|this|the|your)\\s+(?:[^\\s.!?]+\\s+){0,4}?(?:would|will|could)\\s+(?:really\\s+)?(?:help|mean|matter|look)${E}|${BU}(?:besoin|necesit\\p{L}*|brauche|brauchen|aiderait|ayudar[íi]a|helfen w[üu]rde)${E}`,
);
/** The rep new in the job or on probation. */
const NEW_IN_JOB = re(
  `${B}(?:my|the end of my)\\s+(?:probation(?:ary)?(?: period)?|trial period)${E}|${B}(?:i(?:'ve| have)?\\s+(?:just|only)\\s+(?:started|joined)|i'm\\s+(?:still\\s+)?new)\\s+(?:here|at|in (?:the|this) (?:role|job|team|company)|to (?:the|this) (?:role|job|team|company))${E}|${BU}(?:mi periodo de prueba|soy nuev[oa] en (?:el puesto|la empresa|el cargo|el equipo)|acabo de (?:empezar|entrar|llegar) (?:en|a))${E}|${BU}(?:ma p[ée]riode d'essai|je viens d'(?:arriver|entrer|commencer) (?:dans|chez|[àa]))${E}|${BU}(?:meine[rn]? probezeit|ich bin (?:noch\\s+)?neu (?:hier|im unternehmen|in der firma|im team)|ich habe (?:gerade|erst) (?:hier\\s+)?angefangen)${E}`,
);
/** The rep's first win: "my first closed deal", "ma première vraie victoire", "mi primer contrato". */
const MY_FIRST_WIN = re(
  `${B}my\\s+(?:very\\s+)?first\\s+(?:(?:closed|real|big|proper|signed)\\s+)?(?:deal|sale|win|contract|signature|client|customer|close|logo)${E}|${BU}(?:ma|mon)\\s+(?:toute\\s+)?premi[èe]re?\\s+(?:(?:vraie|grande|vrai|grand)\\s+)?(?:victoire|vente|contrat|signature|affaire|client)${E}|${BU}mi\\s+primer(?:a)?\\s+(?:gran\\s+)?(?:contrato|venta|cliente|cierre|firma|victoria)${E}|${BU}mein(?:en|e)?\\s+erste[nrs]?\\s+(?:gro[ßs]e[nr]?\\s+)?(?:abschluss|auftrag|kunde|kunden|deal|vertrag)${E}`,
);
/** Keeping the rep's job riding on it. */
const KEEP_MY_JOB = re(
  `${B}keep\\s+(?:this|my)\\s+job${E}|${BU}(?:mantener|conservar)\\s+(?:el|mi)\\s+(?:puesto|trabajo|empleo)${E}|${BU}garder\\s+(?:mon|ce)\\s+(?:poste|job|emploi|travail)${E}|${BU}(?:meinen|den)\\s+job\\s+(?:behalten|sichern)${E}`,
);
const WOULD_BE = re(`${B}(?:would|will|could|'d)\\s+be${E}|${BU}(?:ser[íi]a|serait|w[äa]re|sera|será)${E}`);
/** Where the rep stands against target: "I'm at 85% of my number", "N % de mon objectif". */
const AT_PCT_OF_MINE = re(
  `${B}(?:at|on|sitting at|reached|hit|only at)\\s+${L.PCT}\\s+(?:of|from|to|towards?)\\s+(?:my|our team's|the team's)\\s+(?:[\\p{L}-]+\\s+)?(?:target|quota|number|goal|plan|objective)${E}|${BU}(?:[àa]|au)\\s+${L.PCT}\\s+de\\s+(?:mon|mes)\\s+(?:objectif|quota|chiffre)s?${E}|${BU}al\\s+${L.PCT}\\s+de\\s+mi\\s+(?:objetivo|cuota|meta)${E}|${BU}bei\\s+${L.PCT}\\s+(?:meine[sr]?)\\s+(?:ziel\\p{L}*|quote|vorgabe|plan\\p{L}*)${E}`,
);
/** The deal taking the rep over a line: "would bring me over the line". */
const ME_OVER_THE_LINE = re(
  `${B}(?:bring|get|push|put|take|carry|tip)s?\\s+me\\s+(?:over|across|past)\\s+(?:the\\s+line|my\\s+(?:target|number|quota|goal|plan))${E}`,
);
/** Heat on the rep from inside: "a lot of heat on me internally", "my head is on the block". */
const HEAT_ON_ME = re(
  `${B}(?:heat|pressure|pushback|scrutiny)\\s+on\\s+me${E}|${B}my\\s+(?:head|neck|job)\\s+(?:is|'s)\\s+on\\s+the\\s+(?:block|line|chopping block)${E}|${B}(?:i'm|i am|i've been)\\s+(?:under|getting|taking)\\s+(?:a lot of\\s+|lots of\\s+|huge\\s+|real\\s+|serious\\s+|massive\\s+)?(?:pressure|heat|flak)\\s+(?:internally|from (?:upstairs|above|management|leadership|head office|my\\s+\\p{L}+))${E}|${BU}(?:la direction|ma direction|mon (?:chef|patron|manager|directeur|responsable)|ma hi[ée]rarchie)\\s+me\\s+met\\s+(?:\\p{L}+\\s+){0,3}?pression${E}|${BU}(?:mon|ma)\\s+(?:${L.MANAGER})\\s+me\\s+(?:talonne|harc[èe]le|relance\\s+sans\\s+cesse)${E}|${BU}(?:mi jef[ea]|la direcci[oó]n|mis superiores|mi gerente)\\s+me\\s+(?:est[áa]\\s+)?presion\\p{L}*${E}|${BU}tengo\\s+mucha\\s+presi[oó]n\\s+(?:interna|de arriba|de la direcci[oó]n)${E}|${BU}(?:intern|von oben|mein(?:e)? (?:chef|chefin|vorgesetzte\\p{L}*))\\s+(?:\\p{L}+\\s+){0,3}?druck${E}`,
);
/** This deal, named loosely: "this one", "across the line", "ce dossier". */
const THIS_ONE = re(
  `${B}(?:this one|across the line|over the line|wrapped|this deal|ce dossier|cette affaire|este (?:acuerdo|trato|pedido)|diesen auftrag|diesen deal)${E}`,
);

// ---- session12 second round (paraphrase40): the rep's leave or move, an internal meeting to show the deal
// at, colleagues already closed, the rep's own money or award riding on it.
/** The rep going away: "before I fly out", "my two weeks off", "avant mon départ", "vor meinem Urlaub". */
const MY_LEAVE = re(
  `${B}(?:before|until|while)\\s+(?:i|i'm|i am)\\s+(?:fly out|go on (?:leave|holiday|vacation|paternity leave|maternity leave)|head off|leave for|go away|(?:'m|am) away|(?:'m|am) off|go off)${E}|${B}my\\s+(?:leave|holiday|holidays|vacation|time off|pto|paternity leave|maternity leave|two weeks off)${E}|${B}(?:i'm|i am|i'll be|i will be)\\s+(?:off\\s+)?on\\s+(?:paternity\\s+|maternity\\s+|parental\\s+|annual\\s+)?(?:leave|holiday|vacation)${E}|${BU}(?:avant\\s+mon\\s+(?:d[ée]part|cong[ée]|absence)|je\\s+pars\\s+en\\s+(?:cong[ée]|vacances))${E}|${BU}(?:antes\\s+de\\s+(?:irme|mis\\s+vacaciones|mi\\s+baja)|me\\s+voy\\s+de\\s+vacaciones)${E}|${BU}(?:vor\\s+meinem\\s+urlaub|bevor\\s+ich\\s+in\\s+(?:den\\s+)?urlaub)${E}`,
);
/** The rep leaving the account: a move, a promotion, handing it over. */
const MY_MOVE = re(
  `${B}(?:i'm|i am|i'll be|i will be)\\s+(?:moving|leaving|switching|transferring|being moved|changing)\\s+(?:to\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:territory|region|team|role|office|patch|position)|the company|(?:this|my)\\s+(?:role|territory|job|position|company))${E}|${B}before\\s+i\\s+(?:hand\\s+(?:it|this|you|your account|the account)\\s+over|go|leave|move)${E}|${B}(?:i've been|i have been|i was|i got)\\s+promoted${E}|${B}wrap\\s+up\\s+my\\s+open\\s+deals${E}|${BU}(?:me\\s+(?:trasladan|cambian\\s+de\\s+zona)|antes\\s+de\\s+pasar\\s+(?:la|su)\\s+cuenta|dejo\\s+la\\s+empresa)${E}|${BU}je\\s+(?:quitte|change\\s+de)\\s+(?:l'entreprise|secteur|poste|r[ée]gion|territoire)${E}|${BU}ich\\s+(?:wechsle|verlasse)\\s+(?:das\\s+unternehmen|die\\s+firma|in\\s+(?:ein|das)\\s+(?:anderes\\s+)?(?:gebiet|team))${E}`,
);
/** Signing or closing asked for, loosely. */
const CLOSE_ASK = anyOf(
  ABOUT_A_DEAL,
  PUSH_X,
  THIS_ONE,
  SIGN_ASK,
  re(`${B}(?:close|closed|wrap\\p{L}*|cerrado|cerrar|conclure|sign[ée]|abschlie\\p{L}*)${E}`),
);
/** An internal meeting of the rep's: "my quarterly business review", "Monday's sales meeting". */
const MY_SALES_MEETING = re(
  `${B}(?:my|our|the|monday's|tuesday's|friday's|tomorrow's|next week's)\\s+(?:quarterly\\s+|monthly\\s+|weekly\\s+)?(?:business review|qbr|sales meeting|pipeline review|forecast call|deal review|sales call|team meeting)${E}|${BU}(?:presentar\\s+mis\\s+n[úu]meros|mi\\s+reuni[oó]n\\s+de\\s+ventas)${E}|${BU}(?:ma\\s+revue\\s+(?:d'activit[ée]|commerciale|trimestrielle)|pr[ée]senter\\s+mes\\s+chiffres)${E}|${BU}(?:im|beim|vor\\s+dem|f[üu]rs)\\s+vertriebs(?:meeting|runde|besprechung)|meine\\s+zahlen\\s+pr[äa]sentieren${E}|${BU}(?:une|ma|notre)\\s+(?:revue|r[ée]union|point)\\s+(?:de\\s+)?(?:pipe(?:line)?|forecast|pr[ée]visions?)${E}|${BU}(?:una|mi)\\s+(?:revisi[oó]n|reuni[oó]n)\\s+de\\s+(?:pipeline|forecast|previsiones)${E}|${BU}(?:pipeline|forecast)-?(?:review|call|meeting|runde|besprechung)${E}`,
);
/** Something won to show there. */
const SHOW_AS_WON = re(
  `${BU}annonc\\p{L}*\\s+(?:[^.!?]{0,40}?\\s)?(?:votre|la)\\s+(?:signature|commande)${E}|${BU}anunciar\\s+(?:[^.!?]{0,40}?\\s)?(?:vuestra|su|tu|la)\\s+firma${E}|${B}(?:show|present|report|include)\\p{L}*\\s+(?:[^.!?]{0,40}?\\s)?(?:as\\s+)?(?:closed|won|signed|done)${E}|${B}something\\s+(?:solid|concrete|real|signed)\\s+to\\s+show${E}|${BU}(?:incluir|mostrar|presentar)\\s+[^.!?]{0,50}?(?:cerrad[oa]|firmad[oa])${E}|${BU}(?:montrer|pr[ée]senter)\\s+[^.!?]{0,50}?sign[ée]e?${E}|${BU}(?:zeigen|pr[äa]sentieren)\\s+[^.!?]{0,50}?(?:abgeschlossen|unterschrieben)${E}`,
);
/** The rep's colleagues, who already closed: the rest of the rep's team, "mes collègues", "meine Kollegen". */
const MY_COLLEAGUES = re(
  `${B}(?:everyone|everybody|all|the rest)\\s+(?:else\\s+)?(?:on|in|of)\\s+my\\s+team${E}|${B}my\\s+(?:colleagues?|teammates?|peers|co-?workers)${E}|${BU}(?:mes\\s+coll[èe]gues|mis\\s+compa[ñn]eros|meine\\s+(?:kollegen|kolleginnen))${E}`,
);
/** The rep behind them: "I'm the only one still waiting", "lagging behind", "nur ich warte noch". */
const BEHIND_THEM = re(
  `${B}(?:i'm|i am)\\s+the\\s+only\\s+one${E}|${B}(?:lagging|falling|left)\\s+behind${E}|${B}(?:be|being)\\s+the\\s+one\\s+(?:lagging|left|behind)${E}|${BU}(?:[àa]\\s+leur\\s+niveau|manque\\s+plus\\s+que\\s+(?:le\\s+v[ôo]tre|vous))${E}|${BU}(?:soy\\s+el\\s+[úu]nico|soy\\s+la\\s+[úu]nica|solo\\s+me\\s+falta)${E}|${BU}nur\\s+ich\\s+(?:warte|h[äa]nge|bin)${E}`,
);
/** The rep's own money from the deal: "the bonus from this deal", "I can finally afford". */
const MY_MONEY_FROM_IT = re(
  `${B}(?:my\\s+(?:bonus|commission|payout|commission check)|the\\s+(?:bonus|commission|payout)(?=\\s+(?:from|on|for)\\s+(?:this|your)\\s+(?:deal|order|contract|renewal|signature)\\s+(?:would|will|could)\\s+(?:cover|pay|buy|fund|get me|let me|mean|go (?:to|toward)s? (?:my|our))))\\s+(?:from|on|for)\\s+(?:this|your)\\s+(?:deal|order|contract|renewal|signature)${E}|${B}(?:i can|i could|i'll be able to|i would be able to)\\s+(?:finally\\s+)?afford${E}|${BU}(?:la\\s+prime|la\\s+commission)\\s+(?:de|sur)\\s+(?:cette|votre)\\s+(?:affaire|commande|vente)${E}|${BU}(?:el\\s+bono|la\\s+comisi[oó]n)\\s+de\\s+(?:este|su)\\s+(?:pedido|contrato|acuerdo)${E}|${BU}(?:der\\s+bonus|die\\s+provision)\\s+(?:aus|f[üu]r)\\s+(?:diesem|diesen|ihrem|ihren)\\s+(?:auftrag|abschluss|deal)${E}`,
);
/** An award for the rep: "put me on stage at our kickoff", "the rep-of-the-year trophy", "als Top-Verkäufer ausgezeichnet". */
const MY_AWARD = re(
  `${B}in\\s+the\\s+running\\s+for\\s+(?:our|the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:award|trophy|prize|contest|incentive trip)${E}|${B}(?:put|get)\\s+me\\s+on\\s+(?:the\\s+)?stage${E}|${B}(?:i|i'd|i'll|i would)\\s+(?:win|get|take|earn|receive|bag)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:trophy|award|prize|plaque)${E}|${B}(?:rep|seller|salesperson|account executive|ae)[- ]of[- ]the[- ](?:year|quarter|month)${E}|${BU}als\\s+top-?verk[äa]ufer\\p{L}*\\s+ausgezeichnet${E}|${BU}(?:vendeu?r|commercial)\\s+de\\s+l'ann[ée]e${E}|${BU}(?:vendedor|comercial)\\s+del\\s+(?:a[ñn]o|mes|trimestre)${E}`,
);
const YOURS = re(
  `${B}(?:yours|your order|your deal|your contract|your signature)${E}|${BU}(?:ihrem|ihren|ihrer)\\s+(?:auftrag|bestellung|unterschrift)${E}|${BU}(?:votre|su)\\s+(?:commande|contrat|pedido|contrato)${E}`,
);

// ---- session12 third round (paraphrase43: everyday-voice pressure): the deal making the rep's month, the
// rep's own cut-off, a personal favour with a date, the boss checking in, the rep's forecast sheet.
const MAKES_MY_PERIOD = re(
  `${B}(?:would|will|'d|could|it'd)\\s+(?:really\\s+|totally\\s+|honestly\\s+)?make\\s+my\\s+(?:whole\\s+|entire\\s+)?(?:month|week|quarter|year|${L.MONTHS_EN})${E}|${BU}me\\s+salva(?:s|r[íi]as|r[íi]a)?\\s+el\\s+(?:mes|trimestre|a[ñn]o)${E}|${BU}cerrar\\s+el\\s+mes\\s+en\\s+verde${E}`,
);
const MY_CUTOFF = re(
  `${B}(?:before|by|after|past)\\s+my\\s+(?:cut-?off|closing|close date|month-?end|year-?end|books close)${E}|${B}my\\s+(?:closing|cut-?off)\\s+is${E}|${B}(?:in|into)\\s+my\\s+(?:period|month|quarter|numbers)\\s+rather\\s+than${E}|${B}(?:last|only|final|biggest)\\s+(?:deal|one|order)\\s+on\\s+my\\s+(?:sheet|list|board|forecast)${E}`,
);
const FAVOUR_FOR_ME = re(
  `${B}(?:changes|means|matters)\\s+(?:a lot|so much|everything|loads|a great deal)\\s+(?:for|to)\\s+me${E}|${B}(?:massive|big|huge)\\s+win\\s+for\\s+me${E}|${B}take\\s+(?:a lot of\\s+|some\\s+|the\\s+)?pressure\\s+off\\s+me${E}|${B}do\\s+me\\s+a\\s+(?:solid|favou?r|kindness)${E}|${B}helps?\\s+me\\s+more\\s+than${E}|${B}(?:would|will|it'd|'d)\\s+help\\s+me\\s+(?:loads|massively|hugely|enormously|personally|big time|so much|a ton)${E}|${B}(?:really|badly|desperately)\\s+need\\s+(?:it|this|this one)${E}|${B}need\\s+this\\s+(?:one\\s+)?in\\s+by${E}|${BU}(?:w[äa]re|ist)\\s+mir\\s+(?:pers[öo]nlich\\s+)?(?:sehr\\s+|enorm\\s+|wirklich\\s+)?geholfen${E}|${BU}me\\s+rendr(?:ait|iez)\\s+(?:un\\s+)?(?:grand\\s+|[ée]norme\\s+|sacr[ée]\\s+|vrai\\s+)?service${E}|${BU}[àa]\\s+moi\\s+personnellement${E}|${BU}mir\\s+w[üu]rd(?:e|'s|s)?\\s+(?:es\\s+|das\\s+)?(?:echt\\s+|wirklich\\s+|sehr\\s+|enorm\\s+|total\\s+)?helfen${E}|${BU}(?:einen\\s+)?riesen-?gefallen${E}|${BU}(?:ça|cela)\\s+m'aiderait${E}|${BU}me\\s+(?:vendr[íi]a|viene|ir[íi]a)\\s+(?:genial|de\\s+lujo|de\\s+maravilla|fenomenal)${E}|${BU}me\\s+(?:estar[íi]a\\s+)?(?:har[íi]a|haciendo|hace)\\s+un\\s+(?:favor|favorazo)\\s+(?:enorme|grande|tremendo)${E}`,
);
const BOSS_CHECKS_ME = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|head|boss|lead|leadership|management)\\s+(?:\\p{L}+\\s+){0,8}?checks?\\s+(?:in\\s+)?with\\s+me${E}|${B}(?:head office|hq|upstairs|management|leadership|my boss|my manager)\\s+(?:keeps?|has been|have been|is|are)\\s+(?:pinging|chasing|asking|nudging|pushing|checking with|on at)\\s+me${E}|${B}(?:give|tell|update|report to)\\s+my\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|boss|head|lead)\\s+(?:with\\s+)?(?:a\\s+|an\\s+)?(?:firm\\s+|final\\s+|clear\\s+)?(?:yes|answer|update|decision|number|firm)${E}|${B}review\\p{L}*\\s+my\\s+(?:target|number|numbers|pipeline|forecast|figures)${E}|${B}(?:told|promised|assured)\\s+my\\s+(?:team|boss|manager|vp|director|lead|head)\\s+(?:that\\s+)?(?:this|it|your|the)${E}|${B}(?:called|committed|forecast(?:ed)?|put|flagged)\\s+(?:this|your|the)\\s+(?:deal|order|one)\\s+(?:as\\s+)?(?:a\\s+)?(?:sure thing|commit|certain|done deal|won|closing)${E}`,
);
const IN_MY_FORECAST = re(
  `${BU}(?:habe|hab)\\s+(?:sie|euch|das|ihren\\s+auftrag)\\s+(?:\\p{L}+\\s+){0,4}?(?:fest\\s+)?eingeplant${E}|${BU}(?:te|le|lo|la)\\s+tengo\\s+(?:apuntad[oa]|anotad[oa]|contad[oa])${E}|${BU}en\\s+mi\\s+previsi[oó]n${E}|${BU}(?:dans|sur)\\s+mes\\s+pr[ée]visions${E}`,
);
const WHEN_OR_DEAL = anyOf(ABOUT_A_DEAL, PUSH_X, DEADLINE, THIS_ONE, SIGN_ASK, YOURS);

/** The favour's deal or date may sit in the sentence before ("A signature today? Would help me loads."). */
const FAVOUR_TERMS = [[MAKES_MY_PERIOD], [FAVOUR_FOR_ME]];
/** The seller's period end named without an owner, DE/ES/FR ("vor Monatsende", and the ES and FR month close). */
const PERIOD_END_DE_ES_FR = re(
  `${BU}(?:vor|bis)\\s+(?:zum\\s+)?(?:monats|quartals|jahres)ende${E}|${BU}antes\\s+del?\\s+(?:cierre|fin|final)\\s+de(?:l)?\\s+(?:mes|trimestre|a[ñn]o)${E}|${BU}avant\\s+la\\s+(?:fin|cl[ôo]ture)\\s+du\\s+(?:mois|trimestre)${E}`,
);
const WHEN_OR_DEAL_OR_END = anyOf(WHEN_OR_DEAL, PERIOD_END_DE_ES_FR);
const favourForADeal = (s: Sentence) =>
  someTerm(s.low, FAVOUR_TERMS) && (WHEN_OR_DEAL_OR_END.test(s.low) || WHEN_OR_DEAL_OR_END.test(s.prev()));

// ---- session12 sixth round (paraphrase45): a review with the rep's manager, FR "j'ai un objectif à atteindre".
const REVIEW_WITH_MY_MGR = re(
  `${B}(?:review|meeting|1:1|one-to-one|one-on-one|catch-up|check-in)\\s+with\\s+my\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER}|boss|lead|head)${E}|${BU}j'ai\\s+un\\s+objectif\\s+[àa]\\s+(?:atteindre|tenir|faire)${E}`,
);

/** The session12 rounds' terms, by check, in the order they were added. */
const SESSION12_QP: Array<[BuiltinRuleId, RegExp[][]]> = [
  ['qp.manager-pressure', [[OUR_BOARD, SHOW_THEM_A_WIN]]],
  [
    'qp.personal-stakes',
    [
      [NEW_IN_JOB, anyOf(ABOUT_A_DEAL, PUSH_X, MY_FIRST_WIN, KEEP_MY_JOB, DEADLINE)],
      [MY_FIRST_WIN, WOULD_BE],
      [KEEP_MY_JOB, anyOf(ABOUT_A_DEAL, PUSH_X)],
    ],
  ],
  ['qp.own-target', [[AT_PCT_OF_MINE], [ME_OVER_THE_LINE]]],
  ['qp.manager-pressure', [[HEAT_ON_ME, anyOf(ABOUT_A_DEAL, PUSH_X, DEADLINE, THIS_ONE)]]],
  [
    'qp.seller-deadline',
    [
      [MY_LEAVE, CLOSE_ASK],
      [MY_MOVE, CLOSE_ASK],
    ],
  ],
  ['qp.manager-pressure', [[MY_SALES_MEETING, anyOf(SHOW_AS_WON, PUSH_X)]]],
  ['qp.own-target', [[MY_COLLEAGUES, BEHIND_THEM]]],
  [
    'qp.personal-stakes',
    [
      [MY_MONEY_FROM_IT, anyOf(ABOUT_A_DEAL, PUSH_X, YOURS, THIS_ONE)],
      [MY_AWARD, anyOf(ABOUT_A_DEAL, PUSH_X, YOURS, THIS_ONE)],
    ],
  ],
  ['qp.own-period', [[MY_CUTOFF]]],
  ['qp.manager-pressure', [[BOSS_CHECKS_ME, WHEN_OR_DEAL]]],
  ['qp.own-target', [[IN_MY_FORECAST]]],
  ['qp.manager-pressure', [[REVIEW_WITH_MY_MGR, anyOf(WHEN_OR_DEAL, re(`${BU}(?:boucler|signer|fin)${E}`))]]],
];

// ---- session13 round (paraphrase47: the seller's pressure in quiet words): the seller's period turning
// over, a number hanging over the rep, the last piece of the rep's year, management wanting the deal in,
// a commit to give, a date asked for by the rep's manager, a promotion, the rep behind on the year, help
// "internally", pressure from above.
/** The seller's own period turning over: "before we roll over", "our period closes", DE "bei uns schließt die Periode". */
const OUR_PERIOD_TURNS = re(
  `${B}(?:before|until|when|once|as soon as)\\s+(?:we|our\\s+(?:books|period|month|quarter|year|system|numbers|figures))\\s+rolls?\\s+over${E}(?!\\s+(?:the|your|it|this|that|them|to|into|onto|unused|any)${E})|${B}(?:our|my)\\s+(?:accounting\\s+|sales\\s+|booking\\s+|reporting\\s+|commission\\s+)?period\\s+(?:closes|ends|shuts|locks|rolls over|finishes)${E}|${BU}bei\\s+uns\\s+(?:schlie[ßs]t|endet|schliesst)\\s+(?:die|der|das)\\s+(?:periode|monat|quartal|gesch[äa]ftsjahr|buchungs\\p{L}*|abrechnungs\\p{L}*)${E}|${BU}(?:cierra|termina|se\\s+cierra)\\s+(?:nuestro|mi)\\s+periodo${E}|${BU}(?:notre|ma)\\s+p[ée]riode\\s+(?:se\\s+termine|se\\s+cl[ôo]t|ferme|s'ach[èe]ve)${E}`,
);
/** The rep's board for the period: "on this month's board", "on my sheet this quarter". */
const ON_PERIOD_BOARD = re(
  `${B}on\\s+(?:this|my|our)\\s+(?:month|quarter|year|week)'s\\s+(?:board|leaderboard|sheet|list|tally)${E}|${B}on\\s+my\\s+(?:board|leaderboard|sheet|tally)\\s+(?:this|for the)\\s+(?:month|quarter|year)${E}`,
);
/** The month or quarter turning over, as a moment to close by (DE "vor dem Monatswechsel"). */
const PERIOD_TURN = re(
  `${BU}(?:vor\\s+dem|zum|bis\\s+zum)\\s+(?:monats|quartals|jahres|perioden)wechsel${E}|${B}before\\s+the\\s+(?:month|quarter|year)\\s+(?:turns|rolls over|flips)${E}|${BU}antes\\s+del\\s+cambio\\s+de\\s+(?:mes|trimestre)${E}|${BU}avant\\s+le\\s+changement\\s+de\\s+(?:mois|trimestre)${E}`,
);
/** A target weighing on the rep: a number that hangs over the rep, a big target still to reach. */
const NUMBER_OVER_ME = re(
  `${B}(?:a|my|the|this)\\s+(?:big\\s+|huge\\s+|scary\\s+|nasty\\s+)?(?:number|target|quota)\\s+(?:hanging|looming|hovering)\\s+over\\s+(?:me|my head)${E}|${B}(?:i've|i have|i)\\s+got\\s+a\\s+(?:big\\s+|tough\\s+|huge\\s+|stretch\\s+)?(?:number|target)\\s+to\\s+(?:hit|make|close|land|reach)${E}`,
);
/** The deal as the last piece of the rep's period: "the only order I'm still short for the quarter". */
const LAST_PIECE_OF_MY_PERIOD = re(
  `${B}(?:last|final|only)\\s+(?:piece|bit|deal|order|one|chunk)\\s+(?:i'm|i am|i)\\s+(?:still\\s+)?(?:missing|short|need|lack)\\s+(?:for|in|this)\\s+(?:the\\s+|my\\s+|this\\s+)?(?:year|month|quarter|period|half)${E}|${BU}(?:lo\\s+[úu]nico|lo\\s+que|el\\s+[úu]ltimo\\s+\\p{L}+)\\s+que\\s+me\\s+falta\\s+para\\s+(?:cerrar\\s+)?(?:el|mi)\\s+(?:a[ñn]o|mes|trimestre|objetivo)${E}|${BU}(?:la\\s+derni[èe]re|le\\s+dernier)\\s+(?:pi[èe]ce|affaire|commande|dossier|signature)\\s+qui\\s+me\\s+manque${E}|${BU}(?:das|der|die)\\s+letzte\\s+(?:st[üu]ck|auftrag|deal|abschluss|bestellung)\\s+(?:der|das|die)\\s+mir\\s+(?:noch\\s+)?(?:[^.!?]{0,30}?\\s)?fehlt${E}`,
);
/** The rep's management wanting this deal in: "leadership wants this one in", "my VP needs it signed". */
const MGMT_WANTS_IT_IN = re(
  `${B}(?:(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER})|leadership|management|upstairs|head office|hq|the higher-ups)\\s+(?:really\\s+)?(?:wants?|needs?|expects?|is expecting|are expecting|would like|is pushing to get)\\s+(?:this|it|this one|the deal|your (?:order|deal|contract|renewal|signature))\\s+(?:one\\s+)?(?:in|closed|signed|booked|wrapped|landed|on the books)${E}`,
);
/** A forecast commitment the rep must make: "I have to give a commit", "submit my commit". */
const GIVE_A_COMMIT = re(
  `${B}(?:give|submit|make|call|send|put in|lock)\\s+(?:a|my|the|in\\s+my)\\s+(?:firm\\s+|final\\s+|weekly\\s+|monthly\\s+)?commit${E}`,
);
const YOUR_NAME_ON_IT = re(
  `${B}(?:put|have|write|add)\\s+(?:your|you)\\s+(?:name\\s+|company\\s+|logo\\s+|account\\s+)?(?:on|in|to)\\s+(?:it|that|there|the list|my list)${E}`,
);
/** The rep's manager asking the rep for a date: "my VP asked me for a firm date", ES "me ha pedido una fecha". */
const MGR_ASKED_ME_DATE = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER})\\s+(?:has\\s+|have\\s+|just\\s+|already\\s+|keeps?\\s+)*(?:asked|asking|pressed|pushed)\\s+me\\s+(?:for|to (?:give|get|confirm|find))\\s+(?:a|an|the)\\s+(?:firm\\s+|concrete\\s+|specific\\s+|clear\\s+|real\\s+)?(?:date|timeline|close date|signing date|commit)${E}|${BU}(?:mi|nuestr[oa])\\s+(?:${L.MANAGER})\\s+me\\s+(?:ha\\s+)?(?:pedido|pidi[óo]|pide|exige|est[áa]\\s+pidiendo)\\s+(?:una\\s+)?fecha${E}|${BU}(?:mon|ma|notre)\\s+(?:${L.MANAGER})\\s+m'a\\s+demand[ée]\\s+(?:[^.!?]{0,30}?\\s)?(?:une\\s+)?date${E}|${BU}(?:mein\\p{L}*|unser\\p{L}*)\\s+(?:${L.MANAGER})\\s+(?:hat\\s+mich|will\\s+von\\s+mir)\\s+(?:nach\\s+)?(?:einem|ein)\\s+(?:festen?\\s+|konkreten?\\s+)?(?:datum|termin)${E}`,
);
/** The rep's forecast, in English: "in my Friday forecast". */
const MY_FORECAST_EN = re(
  `${B}(?:in|on|into|for)\\s+my\\s+(?:(?:[\\p{L}-]|')+\\s+)?(?:forecast|commit|pipeline report)${E}`,
);
/** A raise riding on the deal, and a promotion in DE/ES/FR (English promotions: MY_PROMOTION): "I'm up for a raise", "mi ascenso depende". */
const PROMOTION_OR_RAISE = re(
  `${B}(?:i'm|i am)\\s+up\\s+for\\s+(?:a\\s+|my\\s+)?(?:raise|pay review)${E}|${B}my\\s+(?:raise|next\\s+step\\s+up)\\s+(?:depends|hinges|rides|rests)${E}|${BU}(?:estoy\\s+(?:optando|aspirando)\\s+a\\s+un\\s+ascenso|mi\\s+ascenso\\s+depende)${E}|${BU}(?:je\\s+suis\\s+en\\s+lice\\s+pour\\s+une\\s+promotion|ma\\s+promotion\\s+d[ée]pend)${E}|${BU}(?:meine\\s+bef[öo]rderung\\s+h[äa]ngt|ich\\s+stehe\\s+vor\\s+einer\\s+bef[öo]rderung)${E}`,
);
/** The rep behind on the period or number, EN/FR/ES/DE: "behind this year", FR "en retard cette année". */
const BEHIND_ON_MY_YEAR = re(
  `${B}(?:i'm|i am)\\s+(?:a\\s+(?:bit|little)\\s+|way\\s+|well\\s+|quite\\s+|still\\s+|really\\s+|slightly\\s+)?behind\\s+(?:this\\s+(?:year|month|quarter)|on\\s+my\\s+(?:number|target|quota|plan|goal)s?|for\\s+the\\s+(?:year|month|quarter))${E}|${BU}je\\s+suis\\s+(?:un\\s+peu\\s+|tr[èe]s\\s+|bien\\s+|assez\\s+|encore\\s+)?en\\s+retard\\s+(?:cette\\s+ann[ée]e|ce\\s+(?:mois|trimestre)|sur\\s+(?:mes|mon)\\s+(?:objectifs?|chiffres?|quota))${E}|${BU}(?:voy|estoy|ando)\\s+(?:un\\s+poco\\s+|bastante\\s+|muy\\s+)?(?:retrasad[oa]|atrasad[oa])\\s+(?:este\\s+(?:a[ñn]o|mes|trimestre)|con\\s+(?:mis|mi)\\s+(?:objetivos?|n[úu]meros|cuota))${E}|${BU}(?:ich\\s+(?:liege|bin)|liege\\s+ich)\\s+(?:dieses\\s+jahr\\s+|gerade\\s+|etwas\\s+|ziemlich\\s+|noch\\s+)*(?:im\\s+r[üu]ckstand|hinter\\s+(?:meinem|meinen)\\s+(?:ziel|plan|zahlen|vorgaben))${E}`,
);
/** Help "internally" for the rep: DE "hilft mir das intern enorm". */
const HELPS_ME_INTERNALLY = re(
  `${B}help\\p{L}*\\s+me\\s+(?:a lot\\s+|massively\\s+|hugely\\s+|loads\\s+)?internally${E}|${BU}mir${E}[^.!?]{0,60}?${BU}intern\\s+(?:sehr\\s+|enorm\\s+|wirklich\\s+|ungemein\\s+)?(?:helfen|hilft|weiterhelfen)${E}|${BU}(?:hilft|helfen\\s+w[üu]rde|w[üu]rde\\s+helfen|h[äa]lfe)\\s+(?:mir\\s+das|das\\s+mir|mir)\\s+intern${E}|${BU}me\\s+ayudar[íi]a\\s+(?:mucho\\s+)?(?:a\\s+nivel\\s+)?interno?(?:amente)?${E}|${BU}m'aiderait\\s+(?:beaucoup\\s+)?en\\s+interne${E}`,
);
/** Pressure from above on the rep: "I'm being asked from above", "me lo piden desde arriba". */
const ASKED_FROM_ABOVE = re(
  `${B}(?:i'm|i am|i've been|i have been|i was|i get|i'm getting)\\s+(?:being\\s+)?(?:asked|told|pushed|pressed|pressured|chased)\\s+(?:from|by)\\s+(?:above|upstairs|management|leadership|head office|hq|the top)${E}|${BU}me\\s+lo\\s+(?:piden|exigen)\\s+desde\\s+arriba${E}|${BU}on\\s+me\\s+(?:le\\s+)?(?:demande|r[ée]clame)\\s+d'en\\s+haut${E}|${BU}von\\s+oben\\s+(?:gefordert|verlangt|gedr[äa]ngt)${E}`,
);

// ---- session13 second round (paraphrase49, subjects-paraphrase50): below the rep's target, a gap to
// close, a share of the rep's objectives, the rep's forecast depending on it, the rep's manager reviewing
// the forecast or asking for the status, the rep's month-end close, a commission hanging on it, a bare
// forecast review with an answer needed.
/** The rep under target: DE "liege noch unter meinem Ziel", "à deux doigts de mon objectif", "close my FY gap". */
const BELOW_MY_TARGET = re(
  `${BU}(?:ich\\s+liege|liege\\s+ich|ich\\s+bin|bin\\s+ich)\\s+(?:[^.!?]{0,30}?\\s)?unter\\s+(?:meinem|meinen|meiner)\\s+(?:ziel|plan|vorgaben?|zahlen|soll|quote)${E}|${B}(?:i'm|i am)\\s+(?:still\\s+|a\\s+bit\\s+|just\\s+|slightly\\s+)?(?:under|below)\\s+my\\s+(?:target|number|quota|plan|goal)${E}|${BU}(?:estoy|voy)\\s+(?:todav[ií]a\\s+|un\\s+poco\\s+)?por\\s+debajo\\s+de\\s+mi\\s+(?:objetivo|cuota|meta)${E}|${BU}je\\s+suis\\s+(?:un\\s+peu\\s+|encore\\s+)?(?:en\\s+dessous|en-dessous|[àa]\\s+deux\\s+doigts)\\s+de\\s+(?:mon|mes)\\s+(?:objectif|quota|chiffre)s?${E}|${B}(?:close|fill|cover|plug|make up)\\s+my\\s+(?:[\\p{L}\\d-]+\\s+)?gap${E}|${B}(?:part|share|chunk|portion|piece)\\s+of\\s+my\\s+(?:objectives|targets?|number|quota|goals?|plan)${E}|${B}help\\s+me\\s+(?:hit|make|reach|close)\\s+my\\s+(?:month|quarter|year|number|target|quota|goal)${E}`,
);
/** "for my objective", said of a deal: "it would come very well for my objective". */
const FOR_MY_OBJECTIVE = re(
  `${B}(?:for|towards?|to)\\s+my\\s+(?:objective|objectives|target|targets|number|quota|goal)${E}(?!\\s+(?:audience|market|customers?|group|list|accounts?|price|date|segment|persona))`,
);
/** The rep's forecast depending on the deal: DE "da mein Forecast davon abhängt". */
const MY_FORECAST_HANGS = re(
  `${BU}(?:mein|meine)\\s+(?:forecast|prognose|planung)${E}[^.!?]{0,60}?${BU}(?:abh[äa]ngt|h[äa]ngt|davon\\s+ab)${E}|${BU}(?:mi\\s+(?:forecast|previsi[oó]n)|mis\\s+previsiones)\\s+depende${E}|${BU}(?:mon\\s+forecast|mes\\s+pr[ée]visions)\\s+d[ée]pend${E}|${B}my\\s+forecast\\s+(?:depends|hinges|rests)\\s+on${E}`,
);
/** The rep's manager reviewing the forecast, or asking for the deal's status. */
const MGR_ON_MY_FORECAST = re(
  `${B}(?:my|our)\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER})\\s+(?:is|will be|are)\\s+(?:reviewing|going through|checking)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:forecast|pipeline|commits?)${E}|${B}my\\s+(?:[\\p{L}-]+\\s+)?(?:${L.MANAGER})\\s+(?:is|are|has been|have been|keeps?)\\s+(?:requesting|asking\\s+(?:for|about)|chasing|pushing\\s+for)\\s+(?:the\\s+)?(?:status|an?\\s+update|news|progress)\\s+(?:of|on)\\s+(?:this|your|the)\\s+(?:opportunity|deal|order|account|contract|renewal)${E}|${BU}mein(?:e)?\\s+(?:${L.MANAGER})\\s+fragt\\s+(?:\\p{L}+\\s+)?nach\\s+(?:dem|einem)\\s+(?:stand|status|update)${E}`,
);
/** The rep's own month-end close: DE "mein Monatsabschluss ist am Freitag". */
const MY_PERIOD_CLOSE_DE = re(`${BU}mein\\s+(?:monats|quartals|jahres)abschluss${E}`);
/** The rep's commission hanging on it: DE "hängt da die Provision dran". */
const COMMISSION_HANGS = re(
  `${BU}(?:h[äa]ngt|h[äa]ngen)\\s+(?:[^.!?]{0,30}?\\s)?(?:meine\\s+|die\\s+)?(?:provision|bonus|pr[äa]mie)\\s+(?:dran|daran|davon\\s+ab)${E}`,
);
/** DE: the deal falling in the rep's period, verb last: "wenn es noch in mein Q4 fällt". */
const FALLS_IN_MY_PERIOD_DE = re(
  `${BU}(?:in|ins)\\s+(?:mein|meinen|unser)\\s+(?:q[1-4]|quartal|gesch[äa]ftsjahr|monat|jahr)\\s+(?:f[äa]llt|z[äa]hlt|kommt|geht|rutscht)${E}`,
);
/** FR: booking the deal on the rep's period: "comptabiliser cette affaire sur mon quatrième trimestre". */
const BOOKED_ON_MY_PERIOD_FR = re(
  `${BU}(?:comptabiliser|enregistrer|compter|passer)\\s+(?:[^\\s.!?]+\\s+){0,3}?(?:sur|dans|pour)\\s+(?:mon|ma|notre)\\s+(?:(?:premier|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|dernier)\\s+)?(?:trimestre|mois|exercice|semestre|ann[ée]e)${E}`,
);
/** A bare forecast review with an answer needed (subject lines): "forecast review tomorrow, need a yes". */
const FORECAST_REVIEW = re(
  `(?<!${B}(?:your|their)\\s)${B}(?:forecast|pipeline|commit)\\s+(?:review|call|meeting)${E}`,
);
const NEED_AN_ANSWER = re(
  `${B}need\\s+(?:a|your|an)\\s+(?:yes|answer|decision|go-ahead|green light|yes or no)${E}`,
);

/** A subject line dropping the "I": "need to book this before quarter close", ES "necesito cerrar esto antes de fin de trimestre". */
const SUBJ_NEED_TO_CLOSE = re(
  `^[^\\p{L}]*(?:(?:quick one|urgent|kurze frage)\\s*[:\\u2013-]\\s*)?(?:need(?:s)?\\s+to|have\\s+to|must|gotta|necesito|tengo\\s+que|muss|je\\s+dois|il\\s+faut)\\s+(?:close|book|sign|land|get|wrap|cerrar|firmar|abschlie\\p{L}*|signer|boucler)\\s+(?:[^\\s]+\\s+){0,3}?(?:before|by|this|antes\\s+de(?:l)?|vor|bis|avant)\\s+(?:(?:the\\s+)?(?:quarter|month|year|q[1-4]|fy\\d*)[- ]?(?:end|close)|end\\s+of\\s+(?:the\\s+)?(?:quarter|month|year)|fin\\s+de(?:l)?\\s+(?:trimestre|mes|a[ñn]o)|(?:quartals|monats|jahres)ende|(?:la\\s+)?fin\\s+(?:du|de)\\s+(?:trimestre|mois))${E}|^[^\\p{L}]*muss\\s+(?:das|den|es|die)\\s+(?:\\p{L}+\\s+)?(?:noch\\s+)?(?:vor|bis)\\s+(?:zum\\s+)?(?:(?:quartals|monats|jahres)ende|ende\\s+(?:des\\s+)?(?:quartals|monats|jahres))\\s+(?:abschlie\\p{L}*|unterschreiben|unterzeichnen|reinholen|durchbringen)${E}`,
);

// ---- session13 third round (paraphrase52: the seller's pressure without the usual words): the sales bell,
// the period turning over or counters reset, a date asked upstairs, the people the rep reports to, a
// one-on-one, the rep's pay depending on it, a thin scorecard, an internal contest, the rep's place on the
// team, the ramp period, the roll-up, an awkward conversation saved, the company counting on the rep, too
// late on the rep's end, the rep's column, days left in the rep's period.
const PERIOD_TURNS_MORE = re(
  `${B}(?:our|my)\\s+(?:fiscal\\s+|sales\\s+|booking\\s+)?(?:calendar|year|period|month|cycle)\\s+(?:turns|rolls)\\s+over${E}|${B}(?:land|landed|lands|go|goes|count|counts|counted|booked)\\s+in\\s+(?:the\\s+)?(?:current|this)\\s+(?:period|cycle)${E}|${BU}bei\\s+uns\\s+wird\\s+(?:[^.!?]{0,20}?\\s)?abgerechnet${E}|${BU}(?:les\\s+)?compteurs\\s+(?:sont\\s+|seront\\s+)?remis\\s+[àa]\\s+z[ée]ro${E}|${BU}(?:cierre|final)\\s+de\\s+(?:nuestro|mi)\\s+periodo${E}|${B}(?:days?|weeks?|hours?)\\s+left\\s+in\\s+my\\s+(?:period|month|quarter|year|cycle)${E}|${B}(?:too\\s+late|no\\s+good)\\s+(?:on|for)\\s+(?:my|our)\\s+(?:end|side)${E}|'s\\s+my\\s+(?:cut-?off|close|closing day)${E}|${BU}z[äa]hlt\\s+(?:es|das|er|sie)\\s+f[üu]r\\s+mich\\s+nicht\\s+mehr${E}`,
);
/** The rep's own number in other words: the sales bell, a number chased, a thin scorecard, the roll-up, the rep's column. */
const MY_NUMBER_OBLIQUE = re(
  `${B}ring\\s+the\\s+(?:sales\\s+|big\\s+)?bell${E}|${B}(?:i'm|i am)\\s+chasing\\s+(?:a|my)\\s+(?:number|target)${E}|${B}get(?:s)?\\s+me\\s+(?:to\\s+)?where\\s+i\\s+(?:need|have|want)\\s+to\\s+be${E}|${B}my\\s+(?:scorecard|numbers|board|sheet|tally)\\s+(?:for\\s+(?:this|the)\\s+(?:period|month|quarter|year)\\s+)?(?:looks?|is|are|is\\s+looking)\\s+(?:a\\s+bit\\s+|rather\\s+|pretty\\s+|very\\s+|quite\\s+)?(?:thin|light|empty|bare|weak|short)${E}|${B}(?:falls?|drops?|slips?)\\s+off\\s+my\\s+(?:roll-?up|forecast|number|sheet|board|commit)${E}|${B}(?:goes|go|lands?|counts?)\\s+in(?:to)?\\s+my\\s+column${E}`,
);
/** The rep's management in other words, and what it asks: "the folks I report to want a commit". */
const THOSE_I_REPORT_TO = re(
  `${B}(?:folks|people|guys|ones|person|those)\\s+i\\s+report\\s+to${E}|${B}(?:i've been|i have been|i was|i'm being|i am being)\\s+asked\\s+(?:to\\s+give|for)\\s+(?:a\\s+)?(?:firm\\s+)?(?:date|commit|timeline|close date)\\s+(?:upstairs|internally|from above)${E}|${B}(?:my\\s+company|my\\s+team|everyone|my\\s+boss)\\s+(?:is|are)\\s+counting\\s+(?:very\\s+much\\s+|a\\s+lot\\s+|heavily\\s+)?on\\s+me${E}`,
);
/** Pressed from above, ES/DE/FR: "me están apretando desde arriba", "geschaut, was ich abgeschlossen habe". */
const PRESSED_FROM_ABOVE = re(
  `${BU}me\\s+(?:est[áa]n\\s+)?(?:apretando|presionando)\\s+(?:mucho\\s+)?desde\\s+arriba${E}|${BU}(?:geschaut|gepr[üu]ft|kontrolliert)\\s*,?\\s+was\\s+ich\\s+(?:abgeschlossen|verkauft|unterschrieben)${E}|${BU}on\\s+me\\s+met\\s+(?:la\\s+|une\\s+grosse\\s+)?pression${E}`,
);
const WANTS_A_COMMIT = re(
  `${B}(?:want|wants|need|needs|expect|expects|ask|asks|asking)\\s+(?:a\\s+|for\\s+a\\s+)?(?:firm\\s+)?(?:commit|date|answer|signature)${E}`,
);
/** A one-on-one where the rep is asked when it closes. */
const MY_ONE_ON_ONE = re(
  `${B}(?:i\\s+have|i've\\s+got|i\\s+got)\\s+(?:a|my)\\s+(?:one-on-one|one-to-one|1:1|1-1|check-in)${E}`,
);
/** The rep's pay depending on it: ES "lo que cobro este mes depende", "what I take home depends". */
const MY_PAY_DEPENDS = re(
  `${BU}lo\\s+que\\s+cobro\\s+(?:este\\s+mes\\s+)?depende${E}|${B}what\\s+i\\s+(?:take\\s+home|earn|make)\\s+(?:this\\s+(?:month|quarter)\\s+)?(?:depends|hinges|rides)${E}|${BU}was\\s+ich\\s+(?:diesen\\s+monat\\s+)?verdiene\\s*,?\\s+h[äa]ngt${E}|${BU}ce\\s+que\\s+je\\s+touche\\s+(?:ce\\s+mois-ci\\s+)?d[ée]pend${E}`,
);
/** The rep's standing at stake: an internal contest, the rep's place on the team, the ramp, an awkward talk. */
const MY_STANDING_AT_STAKE = re(
  `${BU}(?:interne[nr]?\\s+wettbewerb|concours\\s+interne|concurso\\s+interno)${E}|${B}(?:internal|sales)\\s+(?:contest|competition|race)${E}|${BU}(?:me\\s+)?jouer\\s+ma\\s+place${E}|${B}my\\s+(?:spot|place|seat)\\s+on\\s+the\\s+team${E}|${B}my\\s+ramp(?:\\s+period|-up)?\\s+(?:ends|is over|finishes|runs out)${E}|${B}(?:save|spare)\\s+me\\s+(?:a|an)\\s+(?:very\\s+|really\\s+)?(?:awkward|painful|difficult|tough|uncomfortable|hard)\\s+conversation${E}|${B}(?:a|an)\\s+(?:very\\s+|really\\s+)?(?:awkward|painful|difficult|tough|uncomfortable)\\s+conversation\\s+for\\s+me${E}|${B}(?:i\\s+)?(?:must|have to|need to)\\s+show\\s+something\\s+(?:closed|signed|won)${E}`,
);

// ---- session13 fourth round (paraphrase53: German, Spanish and French): the rep's own numbers or
// forecast, short of the month's goal, close to the bonus, deals missing, the annual target, the forecast
// handed to the rep's manager, the manager asking where things stand, deals by the quarter's end.
const MY_NUMBERS_DE_ES_FR = re(
  `${BU}(?:dentro\\s+de|en)\\s+mis\\s+(?:n[úu]meros|cifras|objetivos)${E}|${BU}dans\\s+mes\\s+(?:chiffres|objectifs|pr[ée]visions)${E}|${BU}(?:f[üu]r|in)\\s+meinen?\\s+(?:forecast|prognose|zahlen)${E}|${BU}(?:ando|voy|estoy)\\s+(?:un\\s+(?:poco|poquito)\\s+)?cort[oa]\\s+(?:con|de)\\s+(?:la|mi)\\s+(?:meta|cuota|objetivo)${E}|${BU}(?:a\\s+nada|a\\s+punto|muy\\s+cerca)\\s+de\\s+(?:alcanzar|llegar\\s+a|conseguir|cobrar)\\s+(?:el|mi)\\s+(?:bono|objetivo|cuota|meta)${E}|${BU}mir\\s+fehl\\p{L}*\\s+(?:[^.!?]{0,30}?\\s)?(?:noch\\s+)?(?:ein|eine|einer|zwei|drei|vier|\\d+)\\s+(?:abschl[üu]ss\\p{L}*|deals?|auftr[äa]g\\p{L}*)${E}|${BU}meine[rnms]?\\s+(?:jahres|monats|quartals)(?:vorgabe|ziel|soll)\\p{L}*${E}|${BU}mein(?:e)?\\s+(?:ziel|soll|vorgabe|quote)\\s+(?:noch\\s+)?(?:knacken|erreichen|schaffen|packen)${E}|${BU}abschl[üu]sse\\s+bis\\s+(?:zum\\s+)?(?:quartals|monats|jahres)ende${E}`,
);
const FORECAST_OR_CLOSE = re(
  `${BU}(?:pr[ée]visions?|forecast|fin\\s+de\\s+mois|cl[ôo]ture|previsiones|cierre|prognose|monatsende|quartalsende)${E}`,
);
const FORECAST_TO_MY_MGR = re(
  `${BU}(?:meinem|meiner)\\s+(?:${L.MANAGER})\\s+(?:[^.!?]{0,30}?\\s)?(?:eine\\s+)?(?:verbindliche\\s+)?(?:prognose|forecast|zusage)\\s+(?:abgeben|liefern|melden|schicken)${E}|${BU}pasarle\\s+(?:el|mi)\\s+(?:pron[óo]stico|forecast|previsi[óo]n)\\s+a\\s+mi\\s+(?:${L.MANAGER})${E}|${BU}(?:dois|vais|faut)\\s+(?:que\\s+je\\s+)?remonter\\s+(?:mon|mes|le|les)\\s+(?:forecast|pr[ée]visions?)${E}|${BU}(?:mein|meine)\\s+(?:${L.MANAGER})\\s+hat\\s+mich\\s+(?:[^.!?]{0,30}?\\s)?(?:drauf|darauf|danach)\\s+angesprochen${E}|${BU}(?:mon|ma)\\s+(?:${L.MANAGER})(?:\\s+\\p{L}+)?\\s+m'a\\s+demand[ée]\\s+(?:[^.!?]{0,30}?\\s)?o[ùu]\\s+(?:on|nous)\\s+en\\s+(?:[ée]tait|sommes|est|[ée]tions)${E}|${BU}mi\\s+(?:${L.MANAGER})\\s+me\\s+(?:ha\\s+)?(?:pedido|pidi[óo]|pide)\\s+(?:confirmar|saber|que\\s+(?:le\\s+)?confirme)${E}`,
);

/** The rep's own number stated outright, which a "no pressure" in the same sentence does not undo. */
const OWN_NUMBER_STATED = anyOf(
  ME_OVER_THE_LINE,
  NUMBER_OVER_ME,
  AT_PCT_OF_MINE,
  LAST_PIECE_OF_MY_PERIOD,
  BELOW_MY_TARGET,
  FOR_MY_OBJECTIVE,
  MY_NUMBER_OBLIQUE,
);

/** The session13 rounds' terms, by check, in the order they were added. */
const SESSION13_QP: Array<[BuiltinRuleId, RegExp[][]]> = [
  // first round
  ['qp.own-period', [[OUR_PERIOD_TURNS, anyOf(CLOSE_ASK, ON_PERIOD_BOARD, WHEN_OR_DEAL)], [ON_PERIOD_BOARD]]],
  ['qp.own-target', [[NUMBER_OVER_ME], [LAST_PIECE_OF_MY_PERIOD]]],
  [
    'qp.manager-pressure',
    [
      [MGMT_WANTS_IT_IN],
      [GIVE_A_COMMIT, anyOf(YOURS, YOUR_NAME_ON_IT, THIS_ONE, ABOUT_A_DEAL, DEADLINE)],
      [MGR_ASKED_ME_DATE],
      [MY_FORECAST_EN, SHOW_AS_WON],
      [ASKED_FROM_ABOVE, WHEN_OR_DEAL],
    ],
  ],
  [
    'qp.personal-stakes',
    [
      [
        anyOf(MY_PROMOTION, PROMOTION_OR_RAISE),
        anyOf(WHEN_OR_DEAL, re(`${B}(?:landing|closing|signing|winning)\\s+(?:you|your)${E}`)),
      ],
      [HELPS_ME_INTERNALLY, anyOf(WHEN_OR_DEAL, PERIOD_TURN)],
    ],
  ],
  ['qp.own-target', [[BEHIND_ON_MY_YEAR, WHEN_OR_DEAL]]],
  // second round
  [
    'qp.own-target',
    [[BELOW_MY_TARGET], [FOR_MY_OBJECTIVE, anyOf(WHEN_OR_DEAL, WOULD_BE)], [MY_FORECAST_HANGS]],
  ],
  [
    'qp.manager-pressure',
    [
      [
        MGR_ON_MY_FORECAST,
        anyOf(YOURS, WHEN_OR_DEAL, re(`${B}(?:opportunity|status|something concrete)${E}|${BU}stand${E}`)),
      ],
      [FORECAST_REVIEW, NEED_AN_ANSWER],
    ],
  ],
  ['qp.own-period', [[MY_PERIOD_CLOSE_DE], [FALLS_IN_MY_PERIOD_DE], [BOOKED_ON_MY_PERIOD_FR]]],
  ['qp.personal-stakes', [[COMMISSION_HANGS]]],
  // third round
  ['qp.own-period', [[PERIOD_TURNS_MORE]]],
  ['qp.own-target', [[MY_NUMBER_OBLIQUE]]],
  [
    'qp.manager-pressure',
    [
      [THOSE_I_REPORT_TO, anyOf(WANTS_A_COMMIT, WHEN_OR_DEAL)],
      [PRESSED_FROM_ABOVE],
      [MY_ONE_ON_ONE, anyOf(CLOSE_ASK, WHEN_OR_DEAL, re(`${B}(?:asked|closes|close)${E}`))],
    ],
  ],
  [
    'qp.personal-stakes',
    [
      [MY_PAY_DEPENDS],
      [
        MY_STANDING_AT_STAKE,
        anyOf(
          WHEN_OR_DEAL,
          CLOSE_ASK,
          re(
            `${B}(?:logo|evaluate|evaluates|signing|early|earlier)${E}|${BU}(?:unterschrift|signature|nase vorn)${E}`,
          ),
        ),
      ],
    ],
  ],
  // fourth round
  ['qp.own-target', [[MY_NUMBERS_DE_ES_FR]]],
  ['qp.manager-pressure', [[FORECAST_TO_MY_MGR], [HEAT_ON_ME, FORECAST_OR_CLOSE]]],
];

/** quota_pressure in one sentence: the first concept that fires, or undefined. */
export function quotaPressure(
  s: Sentence,
  enabled: (id: BuiltinRuleId) => boolean,
  complete?: readonly number[],
): BuiltinRuleId | undefined {
  // "No pressure" does not take back the rep's own number stated in the same breath.
  if (CHECKS.noRush.test(s.low) && !OWN_NUMBER_STATED.test(s.low)) return undefined;
  // The gate says which terms are complete: a check none of whose terms is cannot fire.
  let wanted: Set<number> | undefined;
  const checkOf = s.isSubject ? CHECK_OF_SUBJECT_TERM : CHECK_OF_BODY_TERM;
  if (complete) wanted = new Set(complete.map((term) => checkOf[term] as number));
  for (let i = 0; i < QP_CHECKS.length; i++) {
    const { id, check } = QP_CHECKS[i] as QpCheck;
    if ((!wanted || wanted.has(i)) && enabled(id) && check(s)) return id;
  }
  return undefined;
}

/**
 * A quota-pressure check and its terms: what it needs, for the gate (gate.ts). It can only fire when
 * every regex of one of its terms matches the sentence (the tests compare gated and ungated detection).
 */
interface QpCheck {
  id: BuiltinRuleId;
  check: (s: Sentence) => boolean;
  terms: (isSubject: boolean) => RegExp[][];
}

const QP_CHECKS: QpCheck[] = [
  {
    id: 'qp.own-target',
    check: (s) => ownTarget(s.low),
    terms: () => [
      [OWN_STRONG],
      [SUBJ_STRONG],
      [OWN_WEAK_A],
      [OWN_WEAK_DE],
      [OWN_WEAK_PERIOD],
      [FOR_MY],
      [OWN_FORECAST, FORECAST_CTX],
      [ME_TO_TARGET],
      [TARGET_TO_HIT, FIRST_PERSON],
      [NUMBERS_UP],
      [DEALS_NEEDED],
      [INCENTIVE, FIRST_PERSON],
      [LEADERBOARD],
      [ATTAINMENT],
      [MY_INCENTIVE],
      [MY_STANDING, THIS_PERIOD],
      [PCT_OF_PERIOD, ME],
      [LAST_ONE_NEEDED],
      [TARGET_RESETS],
      [ROLLS_INTO, MINE],
      [CLOSES_MISSING, anyOf(PERIODISH, DEADLINE, TARGETISH)],
      [SHORT_PERIOD],
    ],
  },
  {
    id: 'qp.own-period',
    check: (s) =>
      (OWN_PERIOD.test(s.low) &&
        (s.isSubject ||
          DEAL.test(s.low) ||
          CHECKS.strongAppeal.test(s.low) ||
          (CHECKS.urgency.test(s.low) && FIRST_PERSON.test(s.low)))) ||
      (MY_PERIOD.test(s.low) && CHECKS.urgency.test(s.low)) ||
      SLIP.test(s.low) ||
      MY_LAST_DEAL.test(s.low) ||
      (MY_BIG_WIN.test(s.low) && CHECKS.urgency.test(s.low)) ||
      CLOSING_OUT.test(s.low) ||
      (BOOKS_CLOSE.test(s.low) && SELF_SUBJ.test(s.low) && BOOKS_STAKE.test(s.low)) ||
      periodEnd(s),
    terms: (isSubject) => [
      isSubject ? [OWN_PERIOD] : [OWN_PERIOD, anyOf(DEAL, CHECKS.strongAppeal, CHECKS.urgency)],
      [MY_PERIOD, CHECKS.urgency],
      [SLIP],
      [MY_LAST_DEAL],
      [MY_BIG_WIN, CHECKS.urgency],
      [CLOSING_OUT],
      [BOOKS_CLOSE, SELF_SUBJ, BOOKS_STAKE],
      [PERIOD_END_NEAR],
      [PERIOD_END, FOR_US, PUSH],
    ],
  },
  {
    id: 'qp.manager-pressure',
    check: (s) =>
      !THANKS_RELAYED.test(s.low) &&
      !repDeliversOnly(s.low) &&
      ((MANAGER_OWN.test(s.low) && CHECKS.pressure.test(s.low) && DEAL.test(s.low)) ||
        (MANAGER_ON_ME.test(s.low) && (DEAL.test(s.low) || CLOSES.test(s.low))) ||
        (GOT_MANAGER.test(s.low) && DEAL.test(s.low)) ||
        (FORECAST_CALL.test(s.low) && DEAL.test(s.low)) ||
        COMMITTED_UP.test(s.low) ||
        (MANAGER_OWN.test(s.low) && INSPECTS.test(s.low) && MY_BOOK.test(s.low)) ||
        (AT_ME.test(s.low) && MANAGER_AT_ME.test(s.low) && PUSH.test(s.low)) ||
        (MANAGER_ANY.test(s.low) && CHECKS.pressure.test(s.low) && IN_OWN_PERIOD.test(s.low))),
    terms: () => [
      [MANAGER_OWN, CHECKS.pressure, DEAL],
      [MANAGER_ON_ME, anyOf(DEAL, CLOSES)],
      [GOT_MANAGER, DEAL],
      [FORECAST_CALL, DEAL],
      [COMMITTED_UP],
      [MANAGER_OWN, INSPECTS, MY_BOOK],
      [MANAGER_AT_ME, PUSH],
      [MANAGER_ANY, CHECKS.pressure, IN_OWN_PERIOD],
    ],
  },
  {
    id: 'qp.personal-stakes',
    check: personalStakes,
    terms: () => [
      [HELPS_ME_ONLY, LATE],
      [CHECKS.strongAppeal],
      [CHECKS.selfSide, CHECKS.stakes, anyOf(DEAL, DEADLINE, PERIODISH)],
    ],
  },
  {
    id: 'qp.seller-deadline',
    check: (s) => sellerDeadline(s.low),
    terms: () => [[CHECKS.selfNeed, CHECKS.closeVerb, DEADLINE]],
  },
  // Concept breadth (taxonomy round): see the block above quotaPressure.
  { id: 'qp.own-target', check: (s) => someTerm(s.low, BREADTH_TARGET), terms: () => BREADTH_TARGET },
  {
    id: 'qp.own-period',
    check: (s) => periodEndsOurs(s) || countedInPeriod(s),
    // periodEndsOurs/countedInPeriod also look at neighbours: these are what the sentence itself needs.
    terms: () => [
      [OWN_PERIOD_ENDS],
      [WE_CLOSE_PERIOD],
      [WE_AT_PERIOD_END],
      [PERIOD_END_ANY, FOR_US, PUSH_X],
      [COUNTED_IN_PERIOD, SELF_ANY],
    ],
  },
  {
    id: 'qp.manager-pressure',
    check: (s) => someTerm(s.low, BREADTH_MANAGER),
    terms: () => BREADTH_MANAGER,
  },
  {
    id: 'qp.personal-stakes',
    check: (s) => someTerm(s.low, BREADTH_STAKES),
    terms: () => BREADTH_STAKES,
  },
  // Idiom round: see the block above quotaPressure; never about someone else's period.
  {
    id: 'qp.own-target',
    check: (s) => !OTHER_POSS_PERIOD.test(s.low) && someTerm(s.low, IDIOM_TERMS),
    terms: () => IDIOM_TERMS,
  },
  // blind3 round: see the block above quotaPressure.
  {
    id: 'qp.manager-pressure',
    check: (s) => someTerm(s.low, BLIND3_QP.slice(0, 2)),
    terms: () => BLIND3_QP.slice(0, 2),
  },
  {
    id: 'qp.own-period',
    check: (s) => !OTHER_POSS_PERIOD.test(s.low) && someTerm(s.low, BLIND3_QP.slice(2, 3)),
    terms: () => BLIND3_QP.slice(2, 3),
  },
  {
    id: 'qp.own-target',
    check: (s) => someTerm(s.low, BLIND3_QP.slice(3)),
    terms: () => BLIND3_QP.slice(3),
  },
  // session9 round: see the block above quotaPressure.
  {
    id: 'qp.own-target',
    check: (s) => someTerm(s.low, SESSION9_TARGET),
    terms: () => SESSION9_TARGET,
  },
  {
    id: 'qp.manager-pressure',
    check: (s) => someTerm(s.low, SESSION9_MANAGER),
    terms: () => SESSION9_MANAGER,
  },
  // session10 round: see the block above quotaPressure.
  { id: 'qp.own-target', check: (s) => someTerm(s.low, SESSION10_TARGET), terms: () => SESSION10_TARGET },
  {
    id: 'qp.manager-pressure',
    check: (s) => someTerm(s.low, SESSION10_MANAGER),
    terms: () => SESSION10_MANAGER,
  },
  {
    id: 'qp.own-period',
    check: (s) => !OTHER_POSS_PERIOD.test(s.low) && someTerm(s.low, SESSION10_PERIOD),
    terms: () => SESSION10_PERIOD,
  },
  // blind31 round: see the block above quotaPressure.
  { id: 'qp.manager-pressure', check: (s) => someTerm(s.low, BLIND31_QP), terms: () => BLIND31_QP },
  // session11 round: see the block above quotaPressure.
  { id: 'qp.own-target', check: (s) => someTerm(s.low, SESSION11_TARGET), terms: () => SESSION11_TARGET },
  {
    id: 'qp.manager-pressure',
    check: (s) => someTerm(s.low, SESSION11_MANAGER),
    terms: () => SESSION11_MANAGER,
  },
  { id: 'qp.own-period', check: (s) => someTerm(s.low, SESSION11_PERIOD), terms: () => SESSION11_PERIOD },
  {
    id: 'qp.personal-stakes',
    check: (s) => someTerm(s.low, SESSION11_STAKES),
    terms: () => SESSION11_STAKES,
  },
  // session12 round: see the block above quotaPressure.
  { id: 'qp.personal-stakes', check: favourForADeal, terms: () => FAVOUR_TERMS },
  ...[...SESSION12_QP, ...SESSION13_QP].map(
    ([id, terms]): QpCheck => ({ id, check: (s) => someTerm(s.low, terms), terms: () => terms }),
  ),
  {
    id: 'qp.manager-pressure',
    check: (s) => s.isSubject && SUBJ_MGR_WANTS_IT.test(s.low),
    terms: (isSubject) => (isSubject ? [[SUBJ_MGR_WANTS_IT]] : []),
  },
  {
    id: 'qp.seller-deadline',
    check: (s) => s.isSubject && SUBJ_NEED_TO_CLOSE.test(s.low),
    terms: (isSubject) => (isSubject ? [[SUBJ_NEED_TO_CLOSE]] : []),
  },
];

/** The gate's quota-pressure terms: each check's, in order. */
function qpTerms(isSubject: boolean): RegExp[][] {
  return QP_CHECKS.flatMap((c) => c.terms(isSubject));
}

/** Per gate term (an index into qpTerms): the index of the check it belongs to. */
const checksOfTerms = (isSubject: boolean): number[] =>
  QP_CHECKS.flatMap((c, i) => c.terms(isSubject).map(() => i));
const CHECK_OF_BODY_TERM = checksOfTerms(false);
const CHECK_OF_SUBJECT_TERM = checksOfTerms(true);

/** A commission that is the seller's price to the buyer (recruiters, agents): "our commission is 18%". */
const COMMISSION_AS_FEE = re(
  `${B}(?:commission|provision|comisi[oó]n)\\s+(?:is|of|would be|will be|stands at|rate is|amounts to|ist|betr[äa]gt|es|est)\\s+(?:(?:a flat|just|only|de|del|normally|usually|typically|generally|currently|normalerweise|normalmente|habituellement)\\s+){0,2}(?:\\d|[$€£])`,
);

/** A target that is a service, delivery or hiring goal ("our target this year is a one-day turnaround"). */
const TARGET_OTHER = re(
  `${B}(?:response|first response|resolution|turnaround|uptime|availability|sla|tickets?|on-time|delivery times?|lead times?|hires?|hiring|headcount|recruit\\p{L}*|carbon|emissions?|net zero|safety|incidents?|satisfaction|csat|nps|accuracy|latency|recycl\\p{L}*|waste)${E}`,
);

function ownTarget(t: string): boolean {
  const strong = OWN_STRONG.exec(t) ?? SUBJ_STRONG.exec(t);
  if (
    strong &&
    !(QUOTA_WORD.test(strong[0]) && CHECKS.quotaOther.test(t)) &&
    !(/commission|provision|comisi/.test(strong[0]) && COMMISSION_AS_FEE.test(t))
  )
    return true;
  const weak = OWN_WEAK_A.exec(t) ?? OWN_WEAK_DE.exec(t) ?? OWN_WEAK_PERIOD.exec(t) ?? FOR_MY.exec(t);
  if (
    weak &&
    !(/number/.test(weak[0]) && PHONE.test(t)) &&
    !TARGET_OTHER.test(t.slice(weak.index, weak.index + weak[0].length + 60))
  )
    return true;
  if (OWN_FORECAST.test(t) && FORECAST_CTX.test(t)) return true;
  if (ME_TO_TARGET.test(t)) return true;
  if (TARGET_TO_HIT.test(t) && FIRST_PERSON.test(t)) return true;
  if (NUMBERS_UP.test(t)) return true;
  if (DEALS_NEEDED.test(t)) return true;
  if (INCENTIVE.test(t) && FIRST_PERSON.test(t)) return true;
  if (LEADERBOARD.test(t) || ATTAINMENT.test(t) || MY_INCENTIVE.test(t)) return true;
  if (MY_STANDING.test(t) && THIS_PERIOD.test(t)) return true;
  if ((PCT_OF_PERIOD.test(t) && ME.test(t)) || LAST_ONE_NEEDED.test(t)) return true;
  if (RESET_WORD.test(t) && TARGET_RESETS.test(t) && !CHECKS.quotaOther.test(t) && !PHONE.test(t))
    return true;
  if (ROLLS_INTO.test(t) && MINE.test(t)) return true;
  if (CLOSES_MISSING.test(t) && (PERIODISH.test(t) || DEADLINE.test(t) || TARGETISH.test(t))) return true;
  return SHORT_PERIOD.test(t);
}

/**
 * A period ending that belongs to the writer and is pressed on the deal: the last stretch of our
 * period (the push may be in a neighbouring sentence), or "quarter-end is Friday for us" with a push.
 */
function periodEnd(s: Sentence): boolean {
  const t = s.low;
  if (PERIOD_END_NEAR.test(t)) {
    if (!WE_OR_I.test(t) || OTHER_PERIOD.test(t)) return false;
    return PUSH.test(t) || DEAL.test(t) || PUSH.test(s.prev()) || PUSH.test(s.next());
  }
  return PERIOD_END.test(t) && FOR_US.test(t) && PUSH.test(t) && !OTHER_PERIOD.test(t);
}

/** Pressure from someone outside sales (auditors, a regulator, the fire officer) is no sales stake. */
const PRESSURE_FROM_OTHER = re(
  `${B}pressure\\s+from\\s+(?:the\\s+|our\\s+|your\\s+)?(?:[\\p{L}-]+\\s+)?(?:auditors?|audit|regulators?|compliance|security|legal|insurers?|inspectors?|fire (?:officer|brigade|service)|health and safety|the bank|lenders?|tax office|authorit(?:y|ies))${E}`,
);

function personalStakes(s: Sentence): boolean {
  const t = s.low;
  if (PRESSURE_FROM_OTHER.test(t)) return false;
  if (HELPS_ME_ONLY.test(t) && LATE.test(t)) return true;
  const m = CHECKS.strongAppeal.exec(t);
  if (m) {
    // "help me" is ordinary politeness unless the deal or its timing is what would help.
    if (!HELP_ME.test(m[0])) return true;
    const around = `${t} ${s.next()}`;
    return DEAL.test(around) || DEADLINE.test(around) || PERIODISH.test(around);
  }
  return (
    CHECKS.selfSide.test(t) &&
    CHECKS.stakes.test(t) &&
    (DEAL.test(t) || DEADLINE.test(t) || PERIODISH.test(t))
  );
}

function sellerDeadline(t: string): boolean {
  if (!CHECKS.selfNeed.test(t) || !CHECKS.closeVerb.test(t) || CHECKS.buyerReason.test(t)) return false;
  DEADLINE_G.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = DEADLINE_G.exec(t); m; m = DEADLINE_G.exec(t)) last = m;
  if (!last) return false;
  // A stated purpose after the date that is not the seller's own is a reason for the buyer.
  const tail = t.slice(last.index + last[0].length);
  return !(PURPOSE.test(tail) && !SELF_IN_TAIL.test(tail));
}

// ------------------------------------------------------------------------ unilateral_discount

/** `selfEvident`: the wording itself says the seller gives it (no "I/we" needed). */
/** `prevNeeds`: what the sentence before must name ("There's a 500 setup fee. Forget it, it's on me."). */
type Concession = {
  rule: BuiltinRuleId;
  re: Pattern;
  finance?: boolean;
  selfEvident?: boolean;
  prevNeeds?: RegExp;
  /** The match names a duration of its own, which must not count as a term the buyer gives. */
  ownTerm?: boolean;
  /** The match names two figures, from one to the other: only a move down is a concession. */
  lower?: boolean;
  /** Like `lower`, for "N instead of M": the new figure first, the old one last. */
  newFirst?: boolean;
  /** "N instead of M" with the old figure after the match (in its lookahead): only a lower new figure is a cut. */
  aheadLower?: boolean;
  /** A negation inside the match is the concession itself ("the uplift won't apply"); only one before it negates. */
  ownNegation?: boolean;
  /** What the rest of the sentence or the next one must say ("... will still come out"). */
  thenNeeds?: RegExp;
  /** "N days instead of M": the new figure first, the old one last; only more time to pay is a concession. */
  later?: boolean;
};

/** A figure: an amount with its currency, or a number (a percentage too). */
const FIGURE = `(?:${L.MONEY}|\\d[\\d.,]*[^\\S\\n]?%?)`;
const OFF_TAIL = `(?:than|${L.PRICE_OBJ}|for|on|as|als|que|per|vs|compared)`;
const NOT_RATE_COMPOUND = re(
  `${B}(?:error|churn|conversion|defect|failure|interest|response|bounce|attrition|turnover|return|win|click|open|success|adoption|utilization|heart|exchange|tax|burn|fill|occupancy|close|hit|resolution|retention|no-show|cancellation)\\s+rates?${E}`,
);

/** Counts in billing idioms ("bill it as ten", "three of the days"); not "one" alone. */
const BILL_NUM = `(?:\\d+(?:[.,]\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|one and a half)`;
const BILL_UNIT = `(?:days?|hours?|weeks?|months?|sessions?|visits?|seats?|licen[cs]es?|users?|units?|modules?|workshops?|trucks?|shifts?)`;
/** A mistake being owned, the other sense of "that one is on us". */
const FAULT = `${B}(?:sorry|apolog\\p{L}*|mistake|error|fault|mix-?up|oversight|blame|misunderstanding|confusion|delay|delayed|late|wrong|screw-?up|my bad)${E}`;

/** Said of using on: it is a trial, or no hurry to pay ("whenever suits", "mientras lo deciden", "on ne coupe pas"). */
const USED_ON_CUE = `(?:whenever|mientras|decid|no (?:rush|hurry)|gar nicht erst|ne (?:vous )?coup\\p{L}* pas|rien [àa] r[ée]gler|nothing to pay|on us|test|trial|pilot|prueba|essai)`;

/** DE: a later date a payment moves to ("erst im März", "nach Ostern", "in 60 Tagen"). */
const DE_LATER = `(?:${L.MONTHS_DE}|ostern|weihnachten|neujahr|dem sommer|dem fr[üu]hjahr|dem herbst|dem winter|\\d+\\s+(?:tagen|wochen|monaten)|n[äa]chst\\p{L}* (?:monat|quartal|jahr))`;
/** A later calendar date: what a bill is held until when that is a deferral ("until March"). */
const LATER_DATE = `(?:(?:the\\s+)?(?:end|middle|start|beginning)\\s+of\\s+)?(?:the\\s+new\\s+year|next\\s+(?:month|quarter|year|spring|summer|autumn|fall|winter)|after\\s+the\\s+holidays|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|\\d)`;
/**
 * Not a timing: a line kept off the invoice "until" an event (the job signed off, the PO) is only when it
 * is billed; "until March" is a deferral and stays a concession.
 */
const NOT_UNTIL_EVENT = `(?![^.!?]{0,40}${B}(?:until|till|before|yet)${E}(?!\\s+${LATER_DATE}))`;
/** Work taken off someone's hands ("take that off your plate") is no price. */
const NOT_OFF_PLATE = `(?!\\s+(?:[\\p{L}-]+\\s+)?(?:plate|hands|mind|shoulders|desk|to-do|radar)${E})`;
/** The buyer asked for it or does the work: a line taken off a quote is then no gift. */
const BUYER_DOES = `(?:as you asked|you asked|at your request|your (?:own )?(?:[\\p{L}-]+\\s+)?(?:team|people|staff|electricians|fitters|engineers|crew|contractors?|installers?)\\s+(?:will|can|are going to|is going to)\\s+(?:do|handle|take care of|fit|install|manage|cover))`;
/** A rival's quote named: what makes the seller's "we'll match it" an unasked price match. */
const RIVAL_QUOTE = `${B}(?:quot\\p{L}*|prices?|offers?|bids?|cheaper|less|lower|competitors?|rivals?)${E}`;
/** The seller offering to match it, or having matched it. */
const WE_WILL_MATCH = `${B}(?:we'll|we will|i'll|i will|we can|i can|we'd|i'd|we're happy to|i'm happy to|happy to)\\s+(?:gladly\\s+|happily\\s+|simply\\s+|just\\s+|still\\s+)?match\\s+(?:it|that|them|theirs|the figure|that figure|the number|their (?:figure|price|quote|offer|number|rate))${E}`;
const WE_MATCHED = `${B}(?:i've|we've|i have|we have|i|we)\\s+(?:just\\s+|already\\s+)?matched\\s+(?:it|that|them|theirs|their (?:price|quote|offer|figure))${E}`;
/** Pieces some concession patterns use twice: once to match, once inside a lookbehind. */
const DISMISSED = `(?:forget (?:about )?(?:it|that)|(?:don't|do not) worry about (?:it|that)|consider it (?:gone|done|sorted|handled)|it's (?:gone|on us|on me|sorted)|its on (?:us|me))`;
const ABSORBED = '(?:absorbed|covered|eaten|picked up|taken on|swallowed)';
const ZEROED = '(?:zeroed(?: out)?|at zero|to zero)';
const MY_WORRY = `(?:that(?: one)?|it|this(?: one)?)(?:'s| is| will be)\\s+(?:my|our)\\s+(?:problem|worry|headache|concern)`;

/** A price named in the sentence, for concessions whose words have other senses ("split the difference"). */
const PRICE_WORD = `${B}(?:price|pricing|quote|figure|rate|number|fee|offer|cost|lease|rent)s?${E}`;

// ---- session12 round (paraphrase39: concession families the rules did not hold yet)
/** A round figure in words: "twelve hundred", "two thousand", "five grand". */
const SPOKEN_FIGURE = `(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\\s+(?:hundred|thousand|grand)`;
/** An amount or share named: "five percent", "15,000", "fifteen thousand", "half", "a quarter". */
const SOME_AMOUNT = `(?:${L.PCT}|${L.MONEY}|\\d[\\d.,]*(?:\\s*(?:k|grand))?|${SPOKEN_FIGURE}|(?:a|thirty|forty|fifty|a few)\\s+(?:hundred|thousand|grand)|half|a\\s+third|a\\s+quarter|two-thirds)`;
/** A cause outside the seller's gift: an index, the market, a trade named after it. */
const NOT_EXTERNAL_CAUSE = `(?![^.!?]{0,80}${B}(?:index|indexed|market|fuel|diesel|exchange|currency|because|due to|in line with|thanks to|using|with our|once you|when you|if you|after you)${E})`;
/** Price tiers reserved for others: partners, resellers, schools, charities, staff. */
const RESERVED_TIER = `(?:partner|reseller|dealer|distributor|wholesale|trade|non-?profit|not-for-profit|charity|education(?:al)?|academic|school|government|public[- ]sector|employee|staff|internal|insider|friends?[- ](?:and|&)[- ]family|vip|bulk|volume|high-volume|\\d[\\d,.]*[- ](?:unit|case|pallet|seat|user|licen[cs]e|tonne|ton)s?(?:[- ]tier)?)`;
/** FR/ES/DE reserved tiers: "tarif éducation", "precio de distribuidor", "Partnerpreis". */
const RESERVED_TIER_FR = `(?:tarif|prix|remise)\\s+(?:[ée]ducation|partenaire|revendeur|distributeur|associati\\p{L}*|administration|public|grossiste|scolaire|volume|de gros)`;
const RESERVED_TIER_ES = `(?:precio|tarifa|descuento)\\s+(?:de\\s+)?(?:partner|socio|distribuidor|mayorista|ong|educativ[oa]|escolar|para (?:ong|escuelas|colegios|distribuidores|socios)|por volumen)`;
const RESERVED_TIER_DE = `(?:partner|h[äa]ndler|wiederverk[äa]ufer|bildungs|schul|vereins|mitarbeiter|gro[ßs]h[äa]ndler|mengen)(?:preis|tarif|rabatt|konditionen)\\p{L}*`;
/** The exception said as such: "... but I'll put you on it anyway", "mais je vais quand même l'appliquer". */
const EXCEPTION_GRANTED = `${B}(?:but|yet)\\s+(?:i|we)(?:'ll|'m going to|'m happy to| will| can| could|'d| would| am going to| are going to)?\\s+(?:still\\s+|happily\\s+|gladly\\s+|simply\\s+|just\\s+)?(?:put|give|apply|extend|let|offer|quote|bill|charge|slip|honou?r|use|run|count|treat)${E}|${B}anyway${E}|${BU}quand m[êe]me${E}|${BU}(?:igual(?:mente)?|de todas (?:formas|maneras)|aun as[ií])${E}|${BU}(?:trotzdem|dennoch|ausnahmsweise)${E}`;
/** A trial, loan or demo named: what makes "keep them" a gift of the kit. */
const TRIAL_KIT = `${BU}(?:pilot|trial|demo|loan\\p{L}*|test|evaluation|eval|sample|prueba|pr[ée]stamo|demostraci[oó]n|essai|d[ée]mo|pr[êe]t|leih\\p{L}*|test\\p{L}*|vorf[üu]hr\\p{L}*)${E}`;

const CONCESSIONS: Concession[] = [
  // price cut
  {
    rule: 'ud.price-cut',
    finance: true,
    re: pat(
      `${L.PCT}\\s*${gap(2)}(?:reduzier\\p{L}*|senken|reducir|rebajar|baisser|r[ée]duire|off|discount|reduction|rabatt|nachlass|preisnachlass|de descuento|descuento|de rebaja|rebaja|de remise|remise|de r[ée]duction|r[ée]duction|de rabais|rabais|ristourne|below (?:list|the quote|our quote))${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // ES/FR price verbs in the first person take the percentage alone: "le rebajamos un 10 %".
    re: pat(
      `${BU}(?:rebaj|baj|descont)(?:amos|o|aremos|ar[ée]|ar|arle|arles|arte)\\s+${gap(2)}${L.PCT}|${BU}baiss(?:ons|erons|erai|e)\\s+${gap(2)}(?:de\\s+)?${L.PCT}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // German "nachlassen" split by word order: the particle closes the clause.
    re: pat(
      `${BU}(?:lass\\p{L}*\\s+(?:ich|wir)|(?:ich|wir)\\s+lass\\p{L}*)\\s+${gap(4)}nach(?=\\s*(?:[.,;!?]|$))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${L.PCT}\\s*(?:less|lower|cheaper|weniger|g[üu]nstiger|menos|moins cher|de moins)(?:\\s+${OFF_TAIL}|\\s*[.,;!)]|$)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    finance: true,
    re: pat(
      `${B}${alt(L.DISCOUNT_NOUN, 'reduction', 'r[ée]duction', 'geste')}\\s+(?:of|von|de|del|d')?\\s*${gap(2)}${L.PCT}`,
    ),
  },
  { rule: 'ud.price-cut', re: pat(`${L.MONEY}\\s+off${E}`) },
  {
    rule: 'ud.price-cut',
    aheadLower: true,
    // The amount only: "instead of" / "au lieu de" must not count as a negation of the offer.
    re: pat(
      `${L.MONEY}(?=\\s+${gap(2)}(?:instead of|rather than|down from|au lieu de|en lugar de|en vez de|statt|anstatt)\\s+(?:(?:the|los|las|el|la|les|le|des|den|die|das|der)\\s+)?(?:[$€£]\\s?)?\\d)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:credit|refund)\\p{L}*\\s+(?:back\\s+)?(?:you\\s+)?${gap(4)}(?:invoice|month|fee|payment|charge|amount|cost)s?${E}|${B}issue (?:you )?a credit${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Passing a cost through ("billed at cost") is no concession.
    re: pat(
      `${B}at cost(?<!(?:no|the|any|already|billed|charged|invoiced|passed through|passed on|reimbursed|expensed) at cost)${E}(?! of)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}half[- ](?:price|off)${E}|${B}(?:at|for) half (?:the |our |my )?(?:usual |normal |regular |list |going |full )?(?:price|cost|rate|fee|charge)${E}|${B}(?:two|2) for (?:one|1)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}dej\\p{L}* (?:el )?precio en${E}|${B}je vous (?:le )?laisse (?:le tout |l'ensemble )?[àa]${E}|${B}(?:mache|gebe) (?:ihnen|es ihnen) (?:den preis |das ganze |alles )?f[üu]r${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}round\\p{L}*\\s+(?:it\\s+|that\\s+|the \\p{L}+\\s+)?down${E}|${B}call it (?:an?\\s+)?(?:(?:even|flat|round|clean|straight|nice)\\s+)?${L.MONEY}`,
    ),
  },
  { rule: 'ud.price-cut', re: pat(`${L.MONEY}\\s+(?:in\\s+)?credits?${E}`) },
  // The bigger thing at the smaller thing's price.
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:for|at) the (?:price|cost) of (?:the |a |an |our |your )?(?:standard|basic|starter|smaller|lower|cheaper|lite|one|single|pro|team|base)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:drop|bring|get|take|knock)\\s+(?:it|that|this|them)\\s+(?:down\\s+)?to\\s+(?:just |only )?(?:${L.MONEY}|\\d[\\d.,]*\\s*(?:a|per|/|each)\\s*(?:units?|seats?|users?|licen[cs]es?|pallets?|tons?|tonnes?|pieces?|kits?|devices?|heads?|hours?|days?|sites?|agents?)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:make|get|bring|have)\\s+(?:the |your |our |that |this )?(?:price|pricing|rate|fee|number|total|cost|quote)s?\\s+(?:(?:a |a little |little )?(?:bit|little|touch) |slightly |somewhat )?(?:lower|cheaper|smaller|down)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:offer|give|let you have|sell|do)\\p{L}*\\s+(?:you\\s+)?${gap(4)}at (?:the |a |our )?(?:monthly|old|lower|reduced|starter|basic|partner|nonprofit|non-profit|discounted|introductory|same|current|previous|last year's|smaller|cheaper|pilot|legacy|education|startup) (?:rate|price|pricing|tier)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}faire un (?:bon |petit |meilleur |tr[eè]s bon )?prix${E}|${B}make (?:you )?(?:a )?(?:good|better|special|best|nice) (?:price|deal|offer)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:extra|additional|another|further|zus[äa]tzlich\\p{L}*|adicional|suppl[ée]mentaire)\\s+${L.PCT}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:give|giving|offer|offering|do|take|taking)\\s+(?:you\\s+)?(?:an?\\s+)?(?:extra\\s+|additional\\s+)?${L.PCT}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Granting a percentage: "grant", "accorder", "gewähren", "conceder".
    re: pat(
      `${B}(?:grant|accord(?!ing|ance)|consent|conc[eé]d|otorg|gew[äa]hr|einr[äa]um|r[äa]ume)\\p{L}*\\s+${gap(3)}(?:${L.PCT}|${L.DISCOUNT_NOUN})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // The extra percentage with its adjective after it (FR/ES/DE word order).
    re: pat(
      `${L.PCT}\\s+(?:suppl[ée]mentaires?|additionnel(?:le)?s?|adicional(?:es)?|extra|zus[äa]tzlich\\p{L}*|de plus|m[aá]s)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // German price verbs on compound nouns ("Lizenzpreis", "Servicegebühr"), either order.
    re: pat(
      `${B}(?:senk|reduzier|verringer|k[üu]rz|nachlass)\\p{L}*\\s+${gap(3)}\\p{L}*(?:preis|betrag|geb[üu]hr|tarif)\\p{L}*|${B}\\p{L}*(?:preis|betrag|geb[üu]hr)\\p{L}*\\s+${gap(5)}(?:senk|reduzier|verringer|k[üu]rz|nachlass|runter)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(`${B}(?:lowered|reduced|dropped|cut|slashed|brought down|down) to\\s+(?:just |only )?${L.MONEY}`),
  },
  {
    rule: 'ud.price-cut',
    // A quoted line lowered from one figure to another ("took them from 1,240 to 990 per unit on the quote");
    // a price word in the sentence, so a measure improved from 40 to 12 minutes stays clean.
    re: pat(
      `${B}(?:lowered|reduced|dropped|cut|trimmed|brought|taken|took|moved)\\s+(?:it|them|that|those|these|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:down\\s+)?from\\s+[$€£]?\\d[\\d.,]*\\s+(?:down\\s+)?to\\s+[$€£]?\\d[\\d.,]*(?![\\d.,])(?!\\s*(?:%|percent|hours?|days?|weeks?|minutes?|seconds?|ms|months?|years?|people|staff|steps|clicks|errors|tickets)${E})(?=[^.!?]*${B}(?:per|each|quote|quoted|invoice|price|pricing|line item|rate|eur|euros?|dollars?|pounds?|usd|gbp)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:give|giving|gave|get|getting|got|offer\\p{L}*|extend\\p{L}*)\\s+you\\s+(?:the |our |a )?${gap(2)}(?:rate|price|pricing|terms)${E}(?!\\s*(?:breakdown|sheet|details?|overview|list|options|table|page|info\\p{L}*|summary|proposal))`,
    ),
  },
  { rule: 'ud.price-cut', re: pat(`${B}knock\\p{L}*\\s+${gap(5)}(?:off|down)${E}`) },
  {
    rule: 'ud.price-cut',
    re: pat(`${B}(?:take|taking|shave|shaving)\\s+${gap(4)}off\\s+(?:the|your|our)${E}${NOT_OFF_PLATE}`),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:drop|dropp\\p{L}*|lower|lowering|lowered|reduce|reduced|reducing|cut|cutting|trim\\p{L}*|shave|shaving|shaved|slash\\p{L}*|adjust\\p{L}*|bring\\p{L}*|brought|sharpen\\p{L}*|improve|improving)\\s+${gap(3)}(?:the |our |your |my |that |this )?(?:price|prices|pricing|rate|fee|fees|quote|number|figure|total|invoice|amount|subscription|licen[cs]e fee)${E}(?!\\s+(?:down\\s+)?to\\s+\\d+\\s+(?:[\\p{L}-]+\\s+)?(?:licen[cs]es|seats|users|units|pallets|boxes|devices|sites|trucks|vans|hours|days|people|employees|agents|kits|pieces|items|cases|stores|locations)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:price|pricing|rate|fee|number|quote|total)\\s+${gap(2)}(?:down to|down from|to just|to only|drops? to|reduced to|lowered to)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:go|come|get|move)\\s+(?:any |a bit |a little |further |even |much )?(?:lower|down on)${E}|${B}(?:go|going|come|coming)\\s+as low as${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A price noun moved down without a figure: "nudge the rate down a notch".
    re: pat(
      `${B}(?:take|taking|took|nudg\\p{L}*|mov(?:e|ed|ing)|inch\\p{L}*|walk\\p{L}*)\\s+(?:the |our |your |my |that |this )?(?:[\\p{L}-]+ )?(?:price|pricing|rate|fee|quote|number|figure|total)s?\\s+down${E}(?!\\s+(?:to\\s+(?:the\\s+)?(?:team|office|floor|warehouse|site)|the\\s+(?:hall|road|street|line)))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:split|meet you in) the (?:difference|middle)${E}|${B}meet (?:you|your (?:number|price|figure|target price)) (?:at|on) ${L.MONEY}|${B}(?:couper|coupons|coupe) la poire en deux${E}|${B}(?:partir|partimos|partamos|dividir) la diferencia${E}|${B}(?:in der mitte|auf halbem weg)\\s+(?:treffen|entgegen)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(`${B}(?:make|do|get|let you have)\\s+(?:it|this|that|them)\\s+(?:cheaper|for less)${E}`),
  },
  { rule: 'ud.price-cut', finance: true, re: pat(`${B}${L.DISCOUNT_NOUN}${E}`) },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:preis|betrag|angebot)\\p{L}*\\s+${gap(5)}(?:senken|reduzieren|nachlassen|runter)${E}|${B}(?:senke|reduziere)\\s+${gap(2)}(?:preis|betrag)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:bajar|bajamos|bajo el|rebaj|reduc|reduzc|mejor(?:ar|o|amos|aremos)|ajustar)\\p{L}*\\s+${gap(5)}(?:precio|tarifa|oferta|importe|cuota)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:baiss(?:e|er|ons)|r[ée]dui(?:re|s|sons)|diminu(?:e|er|ons)|revoir [àa] la baisse|ajuster|am[ée]liorer)\\p{L}*\\s+${gap(5)}(?:prix|tarif|montant|offre|devis)${E}`,
    ),
  },
  { rule: 'ud.price-cut', re: pat(`${B}faire un (?:petit |gros |vrai )?effort${E}`) },
  // DE separable "nachlassen" around the amount: "ich lasse beim Preis noch 5 % nach".
  {
    rule: 'ud.price-cut',
    re: pat(`${BU}(?:lasse|lassen)\\s+${gap(4)}(?:${L.PCT}|${L.MONEY})\\s+(?:\\p{L}+\\s+)?nach${E}`),
  },
  // ES "dejar en" with object pronouns: "te lo dejo en 500 €", "se la dejamos en".
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:(?:te|le|os|les|se)\\s+(?:lo|la|los|las)\\s+(?:puedo\\s+|podemos\\s+)?dej\\p{L}*|dej(?:[áa]rtelo|[áa]rtela|[áa]rselo|[áa]rsela|[áa]roslo|[áa]rosla))\\s+(?:en|a|por)\\s+(?:${L.MONEY}|\\d)`,
    ),
  },
  // FR going down to a figure: "on peut descendre à 30 €", "je descends sous les 10 000 €".
  {
    rule: 'ud.price-cut',
    re: pat(`${B}descend\\p{L}*\\s+(?:jusqu'\\s*)?(?:[àa]|au|sous(?: les?)?)\\s+(?:${L.MONEY}|\\d)`),
  },
  // FR "faire grâce de": a fee let off.
  {
    rule: 'ud.free-extra',
    re: pat(`${B}(?:fai\\p{L}*|fais)\\s+gr[âa]ce\\s+(?:des|du|de la|de|d')\\s*${gap(1)}${L.FEE_NOUN}${E}`),
  },
  // free extras
  {
    rule: 'ud.free-extra',
    re: pat(
      `(?:${B}|(?=à))(?:(?:at|for) no (?:extra |additional |added )?(?:cost|charge)|no (?:extra |additional |added )?charge|free of charge|for free|comped|comp'd|comping|gratis|kostenlos\\p{L}*|kostenfrei|umsonst|ohne (?:aufpreis|mehrkosten|zusatzkosten|berechnung)|auf unsere kosten|sin (?:costo|coste|cargo)(?: adicional)?|sin cobrar|de regalo|gratuit\\p{L}*|offert\\p{L}*|sans (?:frais|suppl[ée]ment|surco[ûu]t)|(?:à|\\ba) nos frais|en cadeau|(?:at|on) (?:our|my) (?:own )?(?:expense|cost))${E}`,
    ),
  },
  { rule: 'ud.free-extra', re: pat(`${B}comp\\s+(?:it|that|this|the|you)${E}`) },
  {
    rule: 'ud.free-extra',
    // A fee struck or falling away, DE/ES/FR (compounds such as "Einrichtungsgebühr").
    re: pat(
      `${B}(?:\\p{L}*geb[üu]hr\\p{L}*|frais|cargos?|comisi[oó]n|tarifa|cuota de alta)\\s+${gap(3)}(?:entf[äa]ll\\p{L}*|f[äa]llt\\s+${gap(2)}weg|fallen\\s+${gap(2)}weg|gestrichen|erlassen|se elimina\\p{L}*|desaparece\\p{L}*|dispara\\p{L}*|supprim[ée]\\p{L}*|annul[ée]\\p{L}*)${E}|${B}(?:streich|elimin|quit(?:o|amos|ar)|suprim|supprim|annul|retir|enlev)\\p{L}*\\s+${gap(3)}${L.FEE_NOUN}${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "Consider the setup fee waived": the seller declaring it given.
    re: pat(
      `${B}(?:consider|call)\\s+(?:the|that|your|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:fee|fees|charge|charges|surcharge|${L.VALUE_ITEM})\\s+(?:gone|waived|covered|comped|free|on us|on the house|included|taken care of|a freebie|a gift|a bonus)${E}|${B}consider\\s+(?:it|the|that|your|this)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:comped|comp'd|on us|on me|on the house|waived|written off|gone|dropped|struck|scrapped|deleted)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Costs the seller takes on: "take care of the freight", "foot the bill".
    re: pat(
      `${B}(?:take|takes|taking|took) care of\\s+${gap(3)}(?:shipping|freight|delivery (?:costs?|charges?|fees?)|postage|customs|duties|costs?|fees?|charges?|expenses|tab|bill)${E}|${B}foot(?:ing)?\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:bill|costs?|tab)${E}|${B}(?:handl|sort|deal with|dealing with)\\p{L}*\\s+${gap(3)}(?:customs|duties|${L.FEE_NOUN})\\s+(?:on our (?:side|end|dime)|ourselves|myself|at our (?:cost|expense))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:fee|fees|charge|charges|surcharge|cost|costs)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:removed|waived|dropped|eliminated|scrapped|zeroed out|taken off|struck|gone|goes away|disappears|is history|off the (?:bill|invoice))${E}|${B}(?:remove|eliminate|scrap|strike|zero out|drop|nix|forgo|get rid of|take away|forget(?: about)?|skip|scratch|ditch|forgiv|write off|writ(?:e|ing) off)\\p{L}*\\s+${gap(3)}(?:fee|fees|charge|charges|surcharge|[\\p{L}-]+fees?)${E}|${B}(?<!(?:you|help|helps|helping) )(?:remove|scrap|drop|nix|forgo|skip|scratch|ditch|forget(?: about)?)\\s+(?:the|those|these|that|any)\\s+${L.COST_LINE}\\s+(?:costs?|expenses)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:as a (?:courtesy|goodwill gesture|thank you|gesture of goodwill)|in goodwill)${E}[^.!?]{0,60}?${B}(?:include|add|give|waive|credit|cover|throw|upgrade)\\p{L}*|${B}schenk\\p{L}*|${B}cadeau${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    re: pat(
      `${B}(?:on the house|on us(?<!(?:count|rely|depend|focus|call|lean|bet|based|reach out|trust|up|wait|agree) on us)(?<!${FAULT}[^.!?]{0,60}\\s(?:is|was|are|were)\\s+on us)(?<!${FAULT}[^.!?]{0,60}${B}(?:that|this|it)(?: one)?(?:'s|\\s+is|\\s+was)\\s+on us)|on (?:our|my) (?:tab|dime)|(?:our|my) treat|(?<=(?:${L.VALUE_ITEM}|hire|rental|run|visit|trip|call-?out|courier|haulage|transport)(?:'s)?\\s+(?:[^\\s]+\\s+){0,5})(?<!(?:delay|mistake|error|confusion|mix-?up|fault|oversight|blame|problem|issue|misunderstanding)[^.!?]{0,60})(?<!${B}(?:boss|manager|director|vp|ceo|cfo|head|leadership|management|everyone|they|he|she)\\s+(?:is|are|'s|has been|have been|keeps?)\\s+(?:all\\s+|really\\s+|constantly\\s+|always\\s+)?)on me|no need to pay|(?:don't|do not|won't|will not) (?:need to |have to )?pay (?:anything |a thing |a (?:single )?(?:cent|penny|dime) |extra |anything extra |more )?for|(?<=(?:${L.VALUE_ITEM}|kit|unit|device|loaner|equipment|hardware|scanner|sensor|pack|batter(?:y|ie)|spare|(?:spare|extra|demo|trial|test|sample) [\\p{L}-]+)s?\\s+(?:[^\\s]+\\s+){0,8})(?:is|are) yours to keep|(?:won't|will not|don't|do not|not) (?:charge|bill)\\p{L}* (?:you|for|anything (?:extra |more )?for)|won't cost you|(?:don't|doesn't|do not|does not|won't|will not) cost you (?:anything|a thing|a penny|a cent|a dime|extra)|not be (?:charged|billed)|${L.NO_CHARGE_SEEN})${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}without (?:any )?(?:extra |additional |added )?(?:cost|charge|payment|fee|pay|paying)${E}|${B}without (?:charging|billing)${E}|${B}(?:sin tocar|without touching|sans toucher (?:au|le|à))\\s+(?:el |la |the |your )?(?:total|precio|price|factura|invoice|prix|tarifa|montant)${E}|${B}(?:at|for) (?:the )?same (?:price|rate|cost|money|amount|fee)${E}|${B}for what (?:the|a|an|your)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:costs?|would cost|sells for|goes for)${E}|${B}(?:tier|plan|edition|package|level|version|bundle|suite)\\s+(?:up\\s+)?(?:at|for)\\s+${L.OLD_PRICE}${E}|${B}(?:al|por el) mismo precio${E}|${B}au m[êe]me (?:prix|tarif)${E}|${B}zum (?:gleichen|selben) preis${E}`,
    ),
  },
  { rule: 'ud.free-extra', re: pat(`${B}complimentary\\s+${gap(4)}${L.VALUE_ITEM}${E}`) },
  {
    rule: 'ud.free-extra',
    re: pat(
      // A free tier/plan/trial is the standard product, not a concession.
      `${B}free(?<!-free|feel free|be free)(?!\\s+(?:tiers?|plans?|versions?|editions?|trials?|accounts?)${E})\\s+${gap(2)}${L.VALUE_ITEM}${E}`,
    ),
  },
  { rule: 'ud.free-extra', re: pat(`${B}${L.VALUE_ITEM}\\s+${gap(4)}free${E}(?! trial)`) },
  // A cost the seller carries, idiomatically: "I'll swallow the courier run", "we handle that on our side,
  // you pay only the parts", "geht auf uns", "c'est nous qui nous en chargeons".
  {
    rule: 'ud.free-extra',
    ownTerm: true,
    re: pat(
      `${B}swallow\\p{L}*\\s+(?:that|this|it|those|them)(?:\\s+one)?${E}|${B}(?:swallow|eat|absorb)\\p{L}*\\s+${gap(7)}(?:myself|ourselves|on our (?:side|end)|internally|on us)${E}|${B}(?:handle|handling|cover|covering|take care of|taking care of|take on|carry)\\s+${gap(7)}(?:myself|ourselves)${E}|${B}you (?:just |only )?pay (?:only |just )?(?:for )?(?:the )?[\\p{L}-]+${E}(?<=${B}(?:swallow|eat|absorb|handle|cover|take care of|take on|we take|we handle)\\p{L}*\\s[^.!?]{0,90})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    re: pat(
      `${BU}geht\\s+(?:\\p{L}+\\s+){0,2}?auf\\s+(?:uns|mich)${E}|${BU}(?:c'est (?:nous|moi) qui (?:nous|m')\\s*en charge\\p{L}*|nous nous en chargeons)${E}(?<=${BU}(?:frais|transport|livraison|installation|d[ée]placement|formation|montage|mise en service|port)${E}[^.!?]{0,90})`,
    ),
  },
  // A charge that will not be added or shown: "we won't add a penny for it", "on ne vous la facture pas".
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    selfEvident: true,
    re: pat(
      `${B}(?:won't|will not|not going to|shan't)\\s+(?:add|put|charge)\\s+(?:you\\s+)?(?:a|one|an extra|a single)\\s+(?:line|penny|cent|dime|euro|pound|thing)${E}|${BU}(?:on|nous)\\s+ne\\s+(?:vous\\s+)?(?:le|la|les|l')\\s*(?:factur|compt)\\p{L}*\\s+pas${E}|${BU}ne figurera pas sur (?:la|votre) facture${E}|${BU}no\\s+(?:se|te|le|os|les)\\s+(?:la|lo|las|los)\\s+(?:vamos a\\s+|voy a\\s+)?(?:cobr|factur|pas|carg)\\p{L}*${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    re: pat(
      `${BU}(?:erscheint|taucht|steht)\\s+${gap(3)}(?:auf|in)\\s+(?:ihrer|der|ihre)\\s+rechnung\\s+(?:gar\\s+|[üu]berhaupt\\s+)?nicht${E}`,
    ),
  },
  // Gone from the invoice or quote: "the setup days vanish from the invoice"; a line struck from the quote.
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    re: pat(
      `${B}(?:vanish|disappear|drop off|come off|fall off)\\p{L}*\\s+(?:from|off)\\s+(?:the|your|this)\\s+(?:[\\p{L}-]+\\s+)?(?:invoice|quote|bill|proposal|order)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:cross|strike|knock|drop|remove|delete)\\p{L}*\\s+(?:out\\s+)?(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+)?(?:line|line item|item|charge)\\s+(?:off|from|out of)\\s+(?:the|your|this)\\s+(?:quote|invoice|order|proposal|bill)${E}`,
    ),
  },
  // Kept or used beyond what was agreed: loaners kept, a pilot left running, the suite used on.
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    ownNegation: true,
    re: pat(
      `${B}keep\\s+(?:the|those|these|our)\\s+(?:loan(?:er)?|demo|trial|test|sample|evaluation|spare)\\s+(?:[\\p{L}-]+\\s+)?\\p{L}+\\s+(?:after|beyond|past|once)${E}|${B}keep\\s+(?:the|our)\\s+(?:pilot|trial|test|poc|evaluation)\\s+${gap(3)}(?:going|running|live|open)\\s+(?:until|till|through|past|beyond)${E}|${BU}no\\s+(?:los|las|lo|la)\\s+(?:vamos a\\s+|voy a\\s+)?reclam\\p{L}*${E}|${B}(?:won't|will not|shan't)\\s+(?:be\\s+)?ask(?:ing)?\\s+for\\s+(?:them|it|those)\\s+back${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    re: pat(
      `(?:${B}(?:keep|continue|carry on)\\s+(?:using|running|with)\\s+(?:the|our)\\s+${gap(4)}(?:through|until|till|past|beyond|into)${E}|${BU}lassen sie\\s+${gap(4)}(?:bis|[üu]ber)\\s+${gap(4)}(?:laufen|stehen)${E}|${BU}(?:pueden|puede|pod[ée]is|puedes)\\s+seguir\\s+usando\\s+${gap(8)}(?:m[áa]s|hasta)${E}|${BU}continuez\\s+(?:d'|[àa]\\s+)utiliser\\s+${gap(4)}jusqu'(?:[àa]|au)${E})(?:(?=[^.!?]*${USED_ON_CUE})|(?<=${USED_ON_CUE}[^.!?]*))`,
    ),
  },
  // A price softened by idiom: air in the quote, a round figure, the odd amount forgotten.
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:some|a bit of|a little|a touch of)\\s+(?:air|fat|padding|slack)\\s+in\\s+(?:that|the|this|our|my)\\s+(?:price|quote|number|figure|pricing|proposal)${E}|${B}(?:don't|do not|no need to)\\s+(?:take|treat|read)\\s+(?:it|that|this|the quote|the price|the number|our quote)\\s+as\\s+(?:our|the|my)\\s+(?:final|last)\\s+word${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    re: pat(
      `${B}(?:make|making|call|leave|set|round)\\s+(?:the|it|that)\\s+(?:total\\s+|price\\s+|figure\\s+|amount\\s+)?(?:down\\s+to\\s+)?(?:a|an)\\s+(?:round|flat|even)\\s+(?:\\d[\\d.,]*k?|[$€£]\\s?\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\\p{L}+)?\\s+(?:thousand|hundred|grand|k))${E}|${B}(?:not going to|won't|will not|needn't|don't need to)\\s+fuss\\s+(?:over|about)\\s+the\\s+(?:last|odd|extra|remaining)${E}|${B}forget\\s+(?:about\\s+)?the\\s+(?:last|odd|remaining)\\s+\\d${E}|${BU}dejamos\\s+(?:el|la)\\s+(?:importe|total|precio|cifra)\\s+en\\s+${gap(1)}redond\\p{L}*|${BU}nos olvidamos\\s+(?:de\\s+los|del|de la|de las)${E}|${B}(?:make|making)\\s+(?:the|our|my)\\s+(?:price|pricing|number|rate|quote)\\s+(?:a\\s+(?:bit|little|touch)\\s+)?softer${E}`,
    ),
  },
  // No hurry for the buyer to pay the opening bill ("no hurry with your first payment").
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    re: pat(
      `${B}no (?:rush|hurry|need to rush)\\s+(?:on|with)\\s+(?:the\\s+|your\\s+)?(?:first\\s+)?(?:invoice|payment|bill)${E}`,
    ),
  },
  // A whole line taken off ("take the third-year plan off entirely"); an upgrade billed at the lower amount.
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:take|taking|took|taken)\\s+${gap(5)}off\\s+(?:entirely|altogether|completely)${E}|${B}(?:left|leave|leaving|kept|keep|keeping)\\s+(?:your\\s+|the\\s+)?(?:invoice|bill|price|rate|subscription|fee)\\s+at\\s+(?:the\\s+)?(?:standard|same|old|current|basic|starter|lower|existing)\\s+(?:amount|price|rate|level|tier|figure)${E}(?<=${B}(?:upgrad|moved|move|moving|bump|onto)\\p{L}*\\s[^.!?]{0,140})`,
    ),
  },
  // Capacity added to what the buyer already has: "put an extra 40 GB on your account until renewal".
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:added|put|given|bumped|topped)\\s+(?:up\\s+)?(?:you\\s+)?(?:another|an extra|extra|an additional|additional)\\s+${gap(5)}(?:on|to|into)\\s+your\\s+(?:account|workspace|tenant|plan|subscription|instance|environment|org|organi[sz]ation)${E}`,
    ),
  },
  // A list of items included free: "include the stand and the first two services free".
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:include|including|add|adding|throw(?:ing)? in)\\s+${gap(8)}(?:for\\s+)?free${E}(?!-|\\s+(?:trial|tier|plan|version|edition)s?${E})`,
    ),
  },
  // Billing from go-live instead of from signature: "charges start when the units are live, not at signing".
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    re: pat(
      `${B}(?:rather than|instead of|not)\\s+(?:at|from|on)\\s+(?:the\\s+)?(?:contract\\s+)?(?:signing|signature|signature date|contract date|the contract)${E}(?<=${B}(?:bill|invoic|charg|pay)\\p{L}*${E}[^.!?]{0,120})`,
    ),
  },
  // A line gone from the revised quote: "the install line is gone from the new proposal".
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:line|line item|charge|fee)s?\\s+(?:has|have|is|are)\\s+(?:now\\s+)?(?:gone|disappeared|vanished|been removed|been dropped|been taken off|removed|dropped)\\s+(?:from|off)\\s+(?:the|your|this)\\s+(?:[\\p{L}-]+\\s+)?(?:quote|proposal|invoice|order|offer|estimate)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:waiv(?:e|ed|es|ing)|erlass\\p{L}*|verzicht\\p{L}*|condon\\p{L}*|exon[ée]r\\p{L}*)${E}(?!\\s+(?:the |any |all |your )?rights?)`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // ES "perdonar" waives a fee ("os perdonamos la cuota"); alone it is an apology, so the fee must follow.
    re: pat(
      `${B}(?:(?:le|les|te|os)\\s+(?:podemos\\s+|puedo\\s+|vamos a\\s+|voy a\\s+)?perdon(?:amos|o|aremos|ar[ée])|perdon(?:arle|arles|arte|aros))\\s+${gap(3)}${L.FEE_NOUN}${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      // Not the rep's own money paying for something: "the bonus from this deal would cover the deposit".
      `(?<!${B}(?:bonus|commission|payout|paycheck|cheque|check)${E}[^.!?]{0,40}?${B}(?:would|will|could|might|should)\\s+)(?:${B}|(?=ü))(?:cover|covering|pick up(?!\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:contract|agreement|conversation|discussion|thread|call|talks?|negotiation|topic|question|paperwork|proposal)${E})|picking up|absorb|absorbing|swallow|swallowing|eat|eating|pay for|paying for|(?:ü|\\bu)bern[ei]hm\\p{L}*|(?:ü|\\bu)bernimm\\p{L}*|asumir|asumimos|cubrir|cubrimos|prendre en charge|prenons en charge|prends en charge|corr(?:emos|eremos|o) con)\\s+${gap(3)}(?:shipping|freight|delivery|postage|travel|flights?|hotels?|accommodation|installation|install|setup|difference|montage|anfahrt|schulung|einrichtung|einweisung|inbetriebnahme|versand\\p{L}*|fracht\\p{L}*|env[ií]o|livraison|transport|${L.FEE_NOUN}|overtime|handling|call-?out|(?:${L.COST_LINE}|consulting|engineering|project|extra|additional|overtime|design|dev(?:elopment)?) (?:hours|days|time))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}(?:throw(?:ing)?|toss(?:ing)?)\\s+${gap(4)}in${E}|${B}(?:throw|toss|pop|slip)\\p{L}*\\s+${gap(5)}into\\s+the\\s+(?:box|crate|order|shipment|package|delivery|pallet|parcel)${E}|${BU}(?:packe|packen|lege|legen|gebe|geben)\\s+(?:ich|wir)\\s+${gap(3)}(?:noch\\s+)?mit\\s+dazu${E}|${B}(?:slip|sneak)\\p{L}*\\s+${gap(3)}${L.VALUE_ITEM}\\s+in${E}|${B}sweeten\\p{L}*|${B}obendrauf${E}|${B}dazu(?:geben|packen|legen)${E}|${B}(?:le|te|les|os)\\s+(?:podemos\\s+|puedo\\s+|vamos a\\s+|voy a\\s+)?regal\\p{L}*|${B}regal(?:arle|arles|arte|aros|amos)${E}|${B}(?:je|nous|on)\\s+(?:vous\\s+|te\\s+|t')offr\\p{L}*|${B}(?:peux|pouvons|peut|pourrais|pourrions|autoris\\p{L}*\\s+[àa]|permet(?:tre)?\\s+de|vais|allons)\\s+(?:vous|te)\\s+offrir${E}`,
    ),
  },
  // trial
  {
    rule: 'ud.trial-extension',
    re: pat(
      `${B}(?:extend|extended|extending|extension|prolong\\p{L}*|stretch\\p{L}*|lengthen\\p{L}*|verl[äa]nger\\p{L}*|ampli\\p{L}*|extender|extiendo|extendemos|alarg\\p{L}*|prorrog\\p{L}*|rallong\\p{L}*)\\s+${gap(3)}(?:trial|pilot|poc|proof of concept|evaluation|testphase|testzeitraum|test|prueba|periodo de prueba|per[ií]odo de prueba|piloto|(?:l')?essai|p[ée]riode d'essai|pilote)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    re: pat(
      `${B}(?:trial|pilot|testphase|prueba|essai)\\s+${gap(3)}(?:extended|extension|on us|for free|verl[äa]ngert|extendid[oa]|prolong[ée]e?|extend|prolong|stretch|lengthen)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    re: pat(
      `${B}(?:another|an extra|extra|additional|one more|two more|\\d+ more|further|(?:\\d+|two|three|four) (?:extra|additional|more))\\s+${gap(1)}(?:days?|weeks?|months?)\\s+${gap(2)}(?:trial|pilot|free|on us|testing|evaluation)${E}`,
    ),
  },
  // flexibility
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:flexib\\p{L}*|room|wiggle room|leeway|latitude|headroom|some give|spielraum|flexibilit[äa]t|margen(?: de maniobra)?|flexibilidad|marge(?: de man(?:œ|oe)uvre)?|souplesse)\\s+${gap(3)}(?:on|in|with|around|bei|beim|im|en|con|sobre|sur|au niveau du)\\s+(?:the |our |le |el |la |dem |den |des )?(?:[\\p{L}-]+ )?(?:price|pricing|number|rate|cost|fees?|preis\\p{L}*|precio|prix|tarif\\p{L}*|montant)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:best|lowest|sharpest|final)\\s+(?:price\\s+|number\\s+|rate\\s+|offer\\s+|deal\\s+)?(?:i|we) can (?:do|offer|go)${E}`,
    ),
  },
  { rule: 'ud.price-flexibility', re: pat(`${B}sharpen\\p{L}*\\s+${gap(2)}pencil|${B}sharper pencil`) },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:room|leeway|scope|some give)\\s+(?:for (?:me|us)\\s+)?to\\s+(?:sharpen|come down|go lower|(?:adjust|move|flex|lower|drop|cut|trim|improve|do better)\\s+(?:on\\s+)?(?:the |our |my |this |that |your )?(?:price|pricing|number|rate|quote|fees?|cost|total))${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:see|check) what (?:i|we) can do\\s+(?:on|with|about|for)\\s+${gap(2)}(?:price|number|pricing|cost|rate|budget|quote)`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The seller reworking the price to fit the buyer's budget, or inviting the buyer to name the price.
    re: pat(
      `${B}(?:rework|rejig|restructur|tweak|adjust|revisit|massag|shuffl|play\\s+(?:around\\s+)?with)\\p{L}*\\s+(?:the |our |my |these |those )?(?:numbers|pricing|price|figures|quote|proposal|offer)\\s+${gap(4)}(?:under|within|inside|below|into|to fit|fits?|match\\p{L}*)\\s+(?:your|the)\\s+(?:[\\p{L}-]+\\s+)?budget${E}|${B}make\\s+(?:the |those |these )?(?:numbers?|pricing|price|figures?|maths?)\\s+work\\s+(?:for you|for your (?:budget|team|side)|on your (?:end|side)|within your budget)${E}|${B}(?:tell me|let me know|name)\\s+(?:what|which|the)\\s+(?:number|price|figure|rate)\\s+(?:works|would work|you can do|you need|fits|you(?:'d| would) (?:like|want))${E}|${B}name your (?:price|number|figure)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "I can do better on the rate", "do something on price".
    re: pat(
      `${B}do\\s+(?:a (?:bit|little|lot) |something |slightly |much |even |somewhat |a touch )?(?:better|something)\\s+(?:for you\\s+)?(?:on|with)\\s+(?:the |our |your |this |that )?(?:price|pricing|rate|number|fees?|quote|figure|total)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(`${B}(?:what|which)\\s+(?:number|price|figure)\\s+${gap(3)}(?:need|works?|would|you)${E}`),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}name your (?:price|number)|${B}(?:price|pricing) is (?:negotiable|flexible)|${B}(?:open|flexible) (?:to|on) (?:the )?(?:price|pricing|negotiat\\p{L}*)|${B}make the (?:numbers|price|pricing) work${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}preislich\\s+${gap(2)}(?:flexibel|machen|entgegen\\p{L}*)|${B}beim preis\\s+${gap(3)}(?:machen|tun|spielraum|entgegen\\p{L}*)|${B}entgegenkommen${E}|${B}da geht (?:noch )?(?:etwas|was)|${B}hay margen|${B}(?:ver|mirar) (?:qu[ée]|que) (?:podemos|puedo) hacer|${B}(?:voir|regarder) ce que (?:je|nous) (?:peux|pouvons) faire`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    re: pat(
      `${B}(?:price|pricing)${E}[^.!?]{0,60}?${B}(?:flexib\\p{L}*|room|wiggle room|leeway)${E}|${B}(?:flexib\\p{L}*|room|wiggle room|leeway)\\s+(?:on|from)\\s+(?:our|my)\\s+(?:side|end)${E}`,
    ),
  },
  // price match / protection
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}match\\p{L}*\\s+${gap(4)}(?:competitor\\p{L}*|competition|quot\\p{L}*|prices?|offers?|bids?|pricing|vendors?|suppliers?|providers?|rates?)${E}|${B}match\\p{L}*\\s+(?:it|that|them|those|theirs|each one|every (?:line|item))\\s+(?:line for line|item for item|line by line|item by item|penny for penny|like for like|euro for euro|dollar for dollar)${E}|${B}price[- ]match\\p{L}*|${B}beat\\s+${gap(3)}(?:competitor\\p{L}*|quote|price|offer)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}honou?r\\p{L}*\\s+${gap(3)}(?:last year's|last quarter's|old|previous|current|existing|original|legacy|prior|earlier|expired|lapsed|that)\\s+(?:rate|price|pricing|terms|discount|quote|offer|proposal)`,
    ),
  },
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}(?:keep|keeping|kept)\\s+(?:you|your \\p{L}+)\\s+(?:on|at)\\s+${gap(3)}(?:rates?|prices?|pricing)${E}|${B}(?:same|current|existing|old|today's|this year's|last year's) (?:rate|price|pricing) (?:for|on|at) (?:the |your )?renewal`,
    ),
  },
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}(?:freeze|freezing)\\s+${gap(2)}(?:rate|price|pricing)|${B}(?:skip|waive|ignore|forgo|hold off on|drop|absorb|eat|cover)\\s+${gap(3)}(?:increase|uplift|price rise|escalator)${E}|${B}(?:cap|capping|capped|limit|limiting|keep|keeping|hold|holding)\\s+${gap(3)}(?:increase|uplift|price rise|escalator|rise)s?\\s+(?:at|to|below|under)\\s+(?:just\\s+|only\\s+)?${L.PCT}|${B}lock\\p{L}*\\s+(?:you\\s+|it\\s+)?in\\s+(?:at\\s+)?(?:your |the )?(?:current|existing|today's|old|this year's|last year's|legacy|previous|original) (?:rate|price|pricing)${E}|${B}grandfather\\p{L}*\\s+(?:you|your \\p{L}+)${E}|${B}keep (?:you|your \\p{L}+) (?:on|at) (?:last year's|the old|the current|your current) (?:rate|price|pricing)`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A price held for a stated time ("lock your pricing for two years", "a 3-year price lock"): the time
    // is the seller's gift, not a term asked of the buyer.
    ownTerm: true,
    re: pat(L.PRICE_HELD),
  },
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}igual\\p{L}*\\s+${gap(3)}(?:precio|oferta)|${B}align\\p{L}* sur\\s+${gap(3)}(?:prix|offre|concurren\\p{L}*)|${B}gleichziehen`,
    ),
  },
  // payment terms
  {
    rule: 'ud.payment-terms',
    re: pat(
      `${B}(?:defer|delay|push back|postpone)\\p{L}*\\s+${gap(3)}(?:payment|invoice|billing)s?${E}|${B}(?:mov|push|shift|slid)\\p{L}*\\s+(?:the |your )?(?:first |initial |next )?(?:payment|invoice|instal\\p{L}*|bill)s?\\s+(?:(?:for|on)\\s+(?:the\\s+)?${gap(3)})?(?:out\\s+)?(?:to|until|till|into|back to|off until)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    ownNegation: true,
    // Instalments without interest: "spread it over twelve months interest-free".
    re: pat(
      `${B}(?:interest[- ]free|(?:0|zero)\\s*%?\\s*(?:interest|financing|apr))${E}|${B}(?:payments?|instal\\p{L}*|invoices?|rest|balance|remainder|parts|rates|tranches)\\b[^.!?]{0,60}?${B}(?:no interest|without (?:any )?interest|interest (?:doesn't|does not|won't|will not) (?:come into it|apply))${E}|${BU}zinsfrei\\p{L}*|${B}sin intereses${E}|${B}sans (?:frais|int[ée]r[êe]ts?)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    re: pat(
      `${B}(?:extend|extended|extending|stretch\\p{L}*|lengthen\\p{L}*)\\s+${gap(3)}(?:payment )?terms${E}|${B}net[- ]?(?:45|60|75|90|120|180)${E}`,
    ),
  },
  // ---- second pass: more verbs and forms per concession type
  {
    rule: 'ud.price-cut',
    // The "take off" family: lop, chop, shave, trim, slice, peel, knock ... off.
    re: pat(
      `${B}(?:take|taking|took|knock\\p{L}*|shav\\p{L}*|lop\\p{L}*|chop\\p{L}*|trim\\p{L}*|slic\\p{L}*|peel\\p{L}*|strip\\p{L}*|cut|cutting)\\s+${gap(5)}off\\s+(?:the|your|our|every|each|per|this|that|it|of|list)${E}${NOT_OFF_PLATE}|${B}(?:take|taking|took|taken|knock\\p{L}*|strip\\p{L}*|strike|struck|leave|leaving|left)\\s+(?:the\\s+|that\\s+|this\\s+|your\\s+)?${gap(3)}(?:${L.FEE_NOUN})\\s+off${E}|${B}(?:taken|took|struck|knocked|stripped)\\s+(?:it|that|them)\\s+off${E}(?<=${B}(?:fee|fees|charge|charges|surcharge|surcharges|[\\p{L}-]+fees?)${E}[^.!?]{0,80})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Brought under a number or the buyer's budget.
    re: pat(
      `${B}(?:get|got|getting|bring|brought|drop|dropped|take|took|push|pushed|move|moved)\\s+${gap(2)}(?:price|pricing|rate|fee|number|total|cost|quote|invoice)s?\\s+(?:down\\s+)?(?:under|below|beneath|closer to (?:your|the) budget|in line with (?:your|the) budget|within (?:your|the) budget)${E}|${B}(?:make|get)\\s+(?:it|this|that|the \\p{L}+)\\s+(?:fit|work (?:within|with|for))\\s+(?:your|the) budget${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Percent given, DE/ES/FR: "gebe Ihnen noch 3 Prozent", "le doy un 5 %", "je vous fais 5 %".
    re: pat(
      `${B}(?:gebe|geben|biete|bieten|doy|damos|ofrezco|ofrecemos|hago|hacemos|donne|donnons|offre|offrons|fais|faisons|give|giving|offer|offering)\\s+(?:ihnen|dir|euch|le|les|te|vous|you)\\s+${gap(3)}${L.PCT}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // The price will not rise: "won't go up at renewal", "bleibt gleich", "no subirá", "n'augmentera pas".
    re: pat(
      `${B}(?:price|pricing|rate|fee|cost)s?\\s+${gap(2)}(?:won't|will not|isn't going to|is not going to|shan't|never) (?:go up|goes up|increase|rise|change)${E}|${BU}(?:preis|tarif)\\p{L}*\\s+${gap(3)}(?:bleibt|bleiben) (?:gleich|stabil|unver[äa]ndert)${E}|${B}(?:precio|tarifa)s?\\s+${gap(2)}no (?:sube|subir[aá]|cambia|cambiar[aá]|aumenta|aumentar[aá])${E}|${B}(?:prix|tarif)s?\\s+${gap(2)}(?:n'augmente|n'augmentera|ne (?:change|changera|bougera|bouge)) pas${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Costs named as ours, any language: "at our expense", "à nos frais", "auf unsere Kosten".
    re: pat(
      `(?:${B}|(?=à))(?:(?:at|on) (?:our|my) (?:own )?(?:expense|cost|dime)|(?:à|\\ba) nos frais|auf unsere kosten|a nuestro cargo|a (?:nuestra|mi) costa)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Paying nothing for it: "without paying extra"; "credit back"; "write off the fee".
    re: pat(
      `${B}without paying(?: (?:extra|more|anything|a (?:cent|penny|thing)))?${E}|${B}credit\\p{L}* back${E}|${B}(?:write|writing|wrote|written) off\\s+${gap(2)}(?:${L.FEE_NOUN}|balances?|arrears|amount owed|outstanding|overdue)${E}|${B}(?:renon[cç]\\p{L}*|renunci\\p{L}*)\\s+(?:[àa]|aux|al)\\s+${gap(2)}${L.FEE_NOUN}${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Forgiving a charge: "we'll let it slide this time"; a trailing ", no charge".
    re: pat(
      `${B}(?:let|letting) (?:it|that|this|that one|this one) (?:go|slide) (?:this time|just this once|this once)${E}|[,;]\\s*(?:at )?no (?:extra |additional |added )?(?:charge|cost)\\s*[.!]?$`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // Time added to a trial: "add two weeks to your trial", "30 días más de prueba", "einen Monat länger zum Testen".
    re: pat(
      `${B}add\\p{L}*\\s+${gap(3)}(?:days?|weeks?|months?)\\s+(?:to|onto)\\s+(?:the |your )?(?:trial|pilot|evaluation|poc|proof of concept|sandbox)${E}|${B}(?:d[ií]as|semanas|mes|meses)\\s+(?:m[aá]s|adicionales|extra)\\s+(?:de\\s+)?(?:prueba|evaluaci[oó]n|piloto)${E}|${B}(?:jours|semaines|mois)\\s+(?:d'essai\\s+)?(?:suppl[ée]mentaires|de plus|en plus)${E}|${BU}(?:tag|tage|woche|wochen|monat|monate)\\s+(?:l[äa]nger|mehr|zus[äa]tzlich)\\s+${gap(2)}(?:test|pilot|probe|evaluier)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Friendlier billing: "quarterly instead of annually", "pay in 60 days", "en trois fois sans frais".
    re: pat(
      `${B}(?:bill|invoice|pay|charge)\\p{L}*\\s+${gap(2)}(?:monthly|quarterly|in instal?lments)\\s+(?:instead of|rather than)\\s+(?:annually|upfront|up front|yearly|in advance)${E}|${B}(?:pay|pagar|payer|r[ée]gler|zahlen|bezahlen)\\p{L}*\\s+(?:in|at|after|within|a|en|[àa]|sous|innerhalb von)\\s+(?:45|60|75|90|120|180)\\s+(?:days|d[ií]as|jours|tagen)${E}|${B}(?:r[ée]gler|payer|pagar|zahlen)\\s+(?:en|in)\\s+(?:deux|trois|quatre|dos|tres|cuatro|zwei|drei|vier|\\d+)\\s+(?:fois|plazos|cuotas|raten)\\s+(?:sans frais|sin intereses|zinsfrei|ohne zinsen)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "Some give in the number"; "the price is negotiable" in DE/ES/FR.
    re: pat(
      `${B}(?:price|pricing|number|figure|rate|quote)\\s+${gap(4)}(?:some|a (?:bit|little)(?: of)?|a little more) (?:give|room|flex|play)${E}(?!\\s+(?:in|on|around)\\s+(?:the\\s+)?(?:timeline|schedule|dates?|scope|timing|deadline|delivery))|${B}(?:price|pricing|rate|number|quote|fee|preis\\p{L}*|angebot|precio|tarifa|oferta|prix|tarif|offre)\\s+(?:is|are|remains?|stays?|ist|bleibt|sind|es|est|reste|sigue siendo|queda)\\s+(?:still\\s+|noch\\s+|todav[ií]a\\s+|encore\\s+)?(?:negotiable|flexible|open|verhandelbar|flexibel|verhandlungsf[äa]hig|negociable|n[ée]gociable|discutable)${E}`,
    ),
  },
  // ---- third pass
  {
    rule: 'ud.price-cut',
    // A price object cut "by" an amount: "reduce the annual licence by a further 2,500 pounds".
    re: pat(
      `${B}(?:reduc|lower|cut|cutting|drop|trim|bring\\p{L}* down|brought down)\\p{L}*\\s+${gap(3)}(?:licen[cs]es?|subscriptions?|renewal|contract|order|quote|price|fee|rate|invoice|total)\\s+by\\s+(?:a further |another |an extra |a |an )?(?:${L.MONEY}|${L.PCT}|\\d)`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Bundled or thrown in; "for nothing"; "a freebie"; "without raising the price".
    re: pat(
      `${B}(?:bundl\\p{L}*|thrown|tossed|chuck\\p{L}*|fold\\p{L}*)\\s+${gap(4)}in${E}|${B}(?:for nothing(?!\\s+(?:but|except|other than|more than)${E})|free of cost|at zero cost|freebies?)${E}|${B}without (?:raising|increasing|changing|touching|adding to) the (?:price|rate|cost|fee|quote|total)${E}|${B}reimburs\\p{L}*\\s+${gap(3)}(?:travel|flights?|hotels?|accommodation|expenses|costs?|trip)${E}`,
    ),
  },
  // German "lassen wir weg": a cost left off.
  { rule: 'ud.free-extra', re: pat(`${BU}lass\\p{L}* (?:wir|ich)\\s+${gap(3)}weg${E}`) },
  // A fee that is gone or goes away (EN); the voice comes from the rest of the sentence.
  {
    rule: 'ud.free-extra',
    re: pat(
      `${B}${L.FEE_NOUN}(?:\\s+(?:on|for)\\s+(?:the|your|this|these|those)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)?\\s+(?:(?:is|are|will be|would be)\\s+gone|go(?:es)? away|disappears?|vanish(?:es)?)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // Loaners and trials kept longer, EN/ES/FR: "keep the demo units for another month", "dos semanas más".
    re: pat(
      `${B}keep\\s+${gap(3)}(?:demo|loaner|trial|evaluation|test|sample|pilot)\\s+(?:units?|devices?|equipment|kits?|licen[cs]es?|systems?|machines?)\\s+(?:for\\s+)?(?:another|an extra|a further|\\d+ more|a few more|two more)\\s+(?:days?|weeks?|months?)${E}|${B}(?:prueba|piloto|evaluaci[oó]n|essai|pilote)\\p{L}*\\s+${gap(3)}(?:\\d+|una?|dos|tres|cuatro|deux|trois|quatre|quinze)\\s+(?:d[ií]as|semanas|mes|meses|jours|semaines|mois)\\s+(?:m[aá]s|adicionales|extra|de plus|suppl[ée]mentaires)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Paying starts later: "let you start paying in April".
    re: pat(
      `${B}(?:let you|you can|you could)\\s+(?:start|begin)\\s+(?:paying|payments?|billing)\\s+(?:in|from|after|only|later)${E}|${BU}(?:stund|verschieb)\\p{L}*\\s+${gap(3)}(?:raten?|ratenzahlung\\p{L}*)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // Flexibility named next to budget or price; a figure suiting both sides; talk about price; "need it cheaper, say the word".
    re: pat(
      `${B}(?:wiggle room|leeway|latitude|flexibility|some give)${E}[^.!?]{0,60}?${B}(?:budget|price|pricing|cost|afford\\p{L}*)${E}|${B}find\\s+(?:a|the)\\s+(?:number|price|figure|rate)\\s+(?:that|which)\\s+(?:works|fits|suits)${E}|${BU}(?:sur le|au niveau du|en el|beim|[üu]ber den) (?:prix|tarif|precio|preis)\\s*,?\\s+${gap(3)}(?:discuter|n[ée]goci\\p{L}*|hablar|negociar|reden|sprechen|verhandeln)${E}|${B}(?:cheaper|lower|for less)${E}[^.!?]{0,30}?${B}(?:say the word|let me know|just ask|tell me|give me a shout)${E}`,
    ),
  },
  // ---- taxonomy round: concession types by concept (see test/fixtures/sentences/README.md)
  // Best and final: a number already cut to the bone.
  {
    rule: 'ud.price-flexibility',
    re: pat(`${B}best and final${E}|${B}rock[- ]bottom (?:price|number|rate|offer)${E}`),
  },
  {
    rule: 'ud.price-cut',
    // German separable verbs: "kommen Ihnen ... entgegen", "runden wir ... ab".
    re: pat(
      `${B}komm\\p{L}*\\s+${gap(7)}entgegen${E}|${B}(?:runden|runde|rundet)\\s+(?:wir|ich|es|den|das|die|ihnen)\\s+${gap(4)}ab${E}|${B}abrund\\p{L}*`,
    ),
  },
  // Spanish "se lo dejamos en 450 euros".
  {
    rule: 'ud.price-cut',
    re: pat(`${B}dej\\p{L}*\\s+${gap(6)}(?:en|a|por)\\s+(?:solo\\s+|s[oó]lo\\s+)?${L.MONEY}`),
  },
  {
    rule: 'ud.price-match',
    // Price lock: the buyer keeps a price they already have rather than the new list.
    re: pat(
      `${B}(?:keep|keeps|keeping|kept|hold|holding|held|price[- ]protect\\p{L}*|extend|extending|apply|carry over|honou?r\\p{L}*|freez\\p{L}*|lock\\p{L}*|guarantee\\p{L}*|maintain\\p{L}*|stay|stays|remain|remains|renew\\p{L}*)\\s+${gap(4)}${L.OLD_PRICE}${E}|${BU}(?:halt|behalt|belass|garantier|friere|bleib|zahl|bezahl)\\p{L}*\\s+${gap(5)}${L.OLD_PRICE}${E}|${BU}zu(?:m| den) (?:alten|bisherigen|jetzigen|letztj[äa]hrigen) (?:preis|tarif|konditionen)\\p{L}*|${BU}(?:manten|mantien|conserv|respet|congel|garantiz|gard|gel|bloqu|maint|laiss)\\p{L}*\\s+${gap(6)}(?:l')?${L.OLD_PRICE}${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    ownNegation: true,
    // The yearly increase that will not happen: "the escalator won't apply", "the uplift is off".
    re: pat(
      `${B}(?:uplift|escalator|increase|price rise|indexation|cpi adjustment)\\s+${gap(8)}(?:is off|won't apply|will not apply|doesn't apply|does not apply|won't happen|will not happen|won't kick in|(?:won't|will not|shan't) be (?:applied|charged|added)|is waived|is skipped|is gone|goes away|is cancell?ed|(?:to be|be|is|will be|has been)\\s+(?:set aside|put aside|shelved|dropped|scrapped|removed|forgone|not applied)(?:\\s+entirely|\\s+completely|\\s+altogether)?)${E}|${BU}(?:preiserh[öo]hung|erh[öo]hung|indexierung|preisanpassung|anpassung)\\p{L}*\\s+${gap(6)}(?:entf[äa]ll\\p{L}*|f[äa]llt\\s+${gap(2)}weg|ausgesetzt|(?:setze|setzen)\\s+(?:wir|ich)\\s+${gap(3)}aus)${E}|${BU}no\\s+(?:le\\s+|les\\s+|os\\s+)?(?:aplico|aplicamos|aplicaremos|vamos a aplicar|voy a aplicar)\\s+(?:la|el)\\s+(?:subida|incremento|aumento|actualizaci[oó]n|revisi[oó]n)${E}|${BU}n'appliqu\\p{L}*\\s+pas\\s+(?:la|l')\\s*(?:hausse|augmentation|indexation|revalorisation)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    re: pat(
      `${B}(?:no|zero|keine?|sin|sans|pas d')\\s+(?:annual\\s+|yearly\\s+|j[äa]hrliche\\s+)?(?:uplift|escalator|price increase|preiserh[öo]hung\\p{L}*|(?:subida|aumento) de (?:precio|tarifa)s?|augmentation (?:de prix|tarifaire|des prix|du prix|de tarif))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The cost is ours: ES "corre de nuestra cuenta", FR "à notre charge", DE "geht auf uns".
    re: pat(
      `${B}(?:corre\\p{L}*|va|van|ir[aá]n?) (?:de|por) (?:nuestra|mi) cuenta${E}|${B}por cuenta nuestra${E}|${B}(?:a|por) (?:nuestro|mi) cargo${E}|${B}a cargo nuestro${E}|${B}(?:nos|me) (?:hacemos|hago|haremos|har[eé]) cargo${E}|(?:${B}|(?=à))(?:à|a) (?:notre|ma) charge${E}|${B}(?:geht|gehen) auf (?:uns|mich)${E}|${B}auf unsere rechnung${E}|${B}zu unseren lasten${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "No charge for the extra visit": declared at the start of a sentence.
    re: pat(
      `(?:^|${B}there(?:'s| is| will be| would be|'ll be) )no (?:extra |additional |added )?(?:charge|cost|fee)s? (?:for|on)${E}`,
    ),
  },
  // "You won't be charged", "berechnen wir nicht", "no le cobraremos", "on ne vous facturera pas".
  { rule: 'ud.free-extra', selfEvident: true, re: pat(L.WONT_CHARGE) },
  {
    rule: 'ud.free-extra',
    // German object-first: "die Aktivierungskosten übernehmen wir".
    re: pat(
      `${BU}\\p{L}*(?:kosten|geb[üu]hr|versand|fracht|einrichtung|installation|schulung|anfahrt|montage|inbetriebnahme|implementierung|migration|lieferung|porto)\\p{L}*\\s+${gap(4)}(?:[üu]bernehm|[üu]bernimm|zahl|trag)\\p{L}*\\s+(?:wir|ich)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Credits: courtesy/goodwill/service credit, crediting the account (EN/DE/ES/FR).
    re: pat(
      `${B}(?:courtesy|goodwill|service|one-time|one-off|loyalty|make-good|account) credits?${E}|${B}credit\\p{L}*\\s+(?:you|your account|your next|the account|it to)${E}|${B}credit\\p{L}*\\s+(?:of\\s+)?${L.MONEY}|${B}gut(?:schrift|geschrieben|zuschreiben|schreiben)\\p{L}*|${B}schreib\\p{L}*\\s+${gap(6)}gut${E}|${B}(?:le|les|te) abon\\p{L}*|${B}nota de cr[eé]dito${E}|${B}saldo a (?:su|tu) favor${E}|${B}un avoir${E}|${BU}cr[ée]dit\\p{L}*\\s+(?:votre|vos|le|ton) compte${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // Trial first, extra time after: "let the pilot run for an extra 30 days".
    re: pat(
      `${B}(?:trial|pilot|poc|proof of concept|evaluation|eval|sandbox|test ?phase|testphase|prueba|essai)\\p{L}*\\s+${gap(4)}(?:an extra|extra|additional|another|a further|further|one more|(?:\\d+|two|three|four|six) (?:more|extra|additional))\\s+(?:\\d+\\s+|few\\s+|couple of\\s+|two\\s+|three\\s+|four\\s+|six\\s+)?(?:days?|weeks?|months?)${E}(?!\\s+(?:left|remaining|to go))|${B}(?:trial|pilot|poc|evaluation)\\p{L}*\\s+${gap(3)}(?:run|running|going|open|active|live)\\s+(?:a (?:bit|little) )?longer${E}|${B}(?:let|letting|keep|keeping|leave|leaving)\\s+(?:the |your )?(?:trial|pilot|poc|evaluation|sandbox)\\p{L}*\\s+(?:run|running|go on|going|open|active|live|on)\\s+(?:on\\s+)?(?:through|thru|until|till|into|to the end of|past)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // Validity stretched: "good for another six weeks".
    re: pat(
      `${B}(?:good|valid|active|open|live)\\s+(?:for|until)\\s+(?:another|an extra|a further|(?:\\d+|two|three|four|six) more)\\s+(?:\\d+\\s+|few\\s+|two\\s+|three\\s+|four\\s+|six\\s+|eight\\s+)?(?:days?|weeks?|months?)${E}(?!\\s+(?:left|remaining|to go))`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Billing pushed out or skipped; interest-free instalments.
    re: pat(
      `${B}(?:push|move|shift)\\p{L}*\\s+${gap(3)}(?:payments?|invoices?|billing|invoicing|first charge)\\s+(?:out|back)${E}|${B}push\\p{L}*\\s+${gap(3)}(?:payments?|invoices?|billing|invoicing)\\s+(?:to|until|into)${E}|${B}skip\\p{L}*\\s+${gap(3)}(?:payments?|instal?lments?|invoices?)${E}|${B}payment holiday${E}|${B}let you (?:pay|spread|split)\\s+${gap(3)}(?:instal?lments?|monthly|quarterly|later)${E}|${B}(?:instal?lments?|payment plan|ratenzahlung|raten|cuotas|plazos|mensualit[ée]s|[ée]chelonn\\p{L}*)\\s+${gap(4)}(?:interest[- ]free|(?:at |with )?no interest|no[- ]interest|0\\s?% (?:interest|apr|financing)|zinsfrei|zinslos|ohne zinsen|sin intereses|sans (?:int[ée]r[eê]ts?|frais))${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // Billing only from go-live.
    re: pat(
      `${B}(?:billing|invoicing|charges?|payments?|the subscription)\\s+(?:won't|will not|doesn't|does not|wouldn't|only)\\s+(?:start|begin|kick in)\\s+${gap(2)}(?:until|till|before|when|once|after|at)${E}|${B}(?:start|begin)\\p{L}*\\s+(?:billing|invoicing|charging)\\s+${gap(3)}(?:when|once|after|at|from)\\s+${gap(2)}(?:go[- ]live|live|launch|rollout|installation|kick-?off)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // DE "erst": billing starts later ("die erste Rechnung stellen wir erst im März", "berechnen erst ab").
    re: pat(
      `${BU}(?:rechnung|abrechnung|fakturierung)\\p{L}*\\s+${gap(2)}(?:wir|ich)\\s+(?:ihnen\\s+|dir\\s+|euch\\s+)?erst\\s+(?:im|ab|nach|zum|mit|in|am|wenn|sobald)${E}|${B}(?:wir|ich)\\s+(?:berechn|fakturier|stell)\\p{L}*\\s+${gap(3)}erst\\s+(?:im|ab|nach|zum|mit|in|am|wenn|sobald)${E}|${B}(?:berechn|fakturier)\\p{L}*\\s+(?:wir|ich)\\s+${gap(3)}erst\\s+(?:im|ab|nach|zum|mit|in|am|wenn|sobald)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Long payment targets and deferral, DE/ES/FR ("Zahlungsziel von 90 Tagen", "aplazar la factura").
    re: pat(
      `${BU}(?:zahlungsziel\\p{L}*|payment terms?|plazo de pago|d[ée]lai de paiement)\\s+${gap(3)}(?:45|60|75|90|120|180)${E}|${B}(?:45|60|75|90|120|180)[- ](?:day|tage|d[ií]as|jours)\\p{L}*\\s+(?:payment\\s+)?(?:terms|zahlungsziel\\p{L}*|de plazo|de pago|de paiement)${E}|${BU}(?:aplaz|pospon|pospong|retras|difer|d[ée]cal|report(?:er|ons|erons|e|é|ée)|diff[ée]r|repouss|verschieb|stund)\\p{L}*\\s+${gap(3)}(?:factur|pago|cobro|paiement|pr[ée]l[èe]vement|[ée]ch[ée]ance|rechnung|zahlung|abrechnung)\\p{L}*|${BU}(?:rechnung|zahlung|abrechnung|fakturierung)\\p{L}*\\s+${gap(4)}(?:verschieb|stund|aussetz)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "Not married to that price", "nicht in Stein gemeißelt", "Luft beim Preis".
    re: pat(
      `${B}not (?:(?:too|that|so|overly|really|all that)\\s+)?(?:married|wedded|tied|attached) to\\s+${gap(2)}(?:price|pricing|number|figure|rate|quote|amount)s?${E}|${B}(?:price|pricing|number|figure|rate|quote|preis\\p{L}*|angebot|precio|oferta|prix|tarif)\\s+${gap(3)}(?:(?:isn't|is not|not) (?:set|written|carved) in stone|nicht in stein gemei[ßs]elt|no (?:est[aá] )?escrito en piedra|(?:n'est |ne sont )?pas grav[ée]s? dans le marbre)${E}|${B}(?:preislich|beim preis|am preis|im preis|beim angebot)\\s+${gap(3)}(?:luft|verhandlungsspielraum|flexibel|verhandelbar)${E}|${B}(?:luft|spielraum)\\s+${gap(2)}nach unten${E}`,
    ),
  },
  // ---- idiom round (test/fixtures/sentences/idioms.tuned.txt): concepts, over word classes
  {
    rule: 'ud.price-cut',
    // Half of the buyer's cost borne by the seller: "go halves on", "split the freight with you".
    re: pat(
      `${B}go(?:es|ing)?\\s+halves\\s+(?:with you\\s+)?on${E}|${B}split(?:ting|s)?\\s+${gap(3)}(?:${L.FEE_NOUN}|${L.COST_LINE})\\s+(?:with you|50/50|fifty-fifty)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A figure handed over as a favour: "let you have the lot for 3,200", "do you a deal on".
    re: pat(
      `${B}let you have\\s+${gap(3)}(?:for|at)\\s+(?:${L.MONEY}|\\d[\\d.,]*)|${B}do you a (?:good |special |better |decent |nice |little )?deal${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Cutting the buyer a break: the idiom itself is the price concession.
    re: pat(
      `${B}cut(?:ting|s)?\\s+(?:you|ya|y'all|your team)\\s+(?:a\\s+)?(?:\\p{L}+\\s+)?break${E}|${B}(?:give|giving|do|doing)\\s+you\\s+a\\s+(?:\\p{L}+\\s+)?break\\s+on\\s+(?:the\\s+|your\\s+)?(?:${L.PRICE_OBJ}|${L.VALUE_ITEM}|hosting|licen[cs]ing)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A line struck to zero: "zero the onboarding line out", "set the setup line to zero".
    re: pat(
      `${B}zero(?:e?s|e?d|ing)?\\s+out\\s+${gap(3)}(?:line items?|lines?|${L.FEE_NOUN}|${L.VALUE_ITEM})${E}|${B}(?:line items?|lines?|fees?|charges?|costs?)\\s+${gap(2)}(?:to|at|down to)\\s+(?:zero|0|nil|nothing)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Made free: "make the premium support complimentary", "make it a freebie".
    re: pat(
      `${B}(?:make|makes|making|made)\\s+${gap(4)}(?:complimentary|free(?!\\s+(?:to|from|up|for (?:you|your) (?:team|staff)))|gratis|a freebie|a gift)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A bare per-unit number instead of the old one: "32 a user instead of 39", "32 instead of 39 a user".
    re: pat(
      `${B}\\d[\\d.,]*\\s*(?:a|per|/|each|an?)\\s*(?:users?|seats?|licen[cs]es?|units?|months?|heads?|devices?|sites?|agents?|kits?|pallets?|hours?|days?|tons?|pieces?)(?=\\s+(?:instead of|rather than|down from|not|in place of)\\s+(?:the\\s+)?\\d)|${B}\\d[\\d.,]*(?=\\s+(?:instead of|rather than|in place of)\\s+(?:the\\s+)?\\d[\\d.,]*\\s*(?:a|per|/|each|an?)\\s*(?:users?|seats?|licen[cs]es?|units?|months?|heads?|devices?|sites?|agents?|kits?|pallets?|hours?|days?|tons?|pieces?)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Half price, DE/ES/FR: "a medio precio", "a mitad de precio", "zum halben Preis", "à moitié prix".
    re: pat(
      `${B}(?:a|al|por)\\s+(?:mitad de|medio)\\s+precio${E}|${B}(?:a |por )?la mitad del precio${E}|${BU}(?:zum|f[üu]r den) halben preis${E}|${BU}(?:[àa] )?(?:moiti[ée] prix|demi-tarif|moiti[ée] du prix)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // The higher tier at a lower tier's price: "Premium at the Standard rate".
    re: pat(
      `${B}(?:premium|enterprise|pro|plus|business|advanced|professional|higher|top|ultimate|gold|platinum|bigger|larger)(?: plan| tier| edition| package| version| level| bundle)?\\s+${gap(3)}(?:at|for)\\s+(?:the\\s+)?(?:standard|basic|starter|pro|team|base|lite|essentials?|lower|smaller|cheaper|entry|silver|bronze)(?: plan| tier| edition| package| version| level)?(?:'s)?\\s+(?:rate|price|pricing|cost|money)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // The increase never reaches the buyer: "the renewal will not carry it", "you won't see the increase".
    re: pat(
      `${B}(?:increase|uplift|price rise|escalator|hike|bump|indexation)\\s+${gap(3)}(?:won't|will not|isn't going to|is not going to|doesn't|does not|shouldn't|wouldn't)\\s+(?:show up|appear|apply|hit|reach|affect|land|touch)${E}|${B}(?:you|you'll|you will)\\s+(?:won't|will not|not|never|don't)\\s+(?:see|feel|notice|pay)\\s+(?:the|an?|any|that)\\s+(?:price\\s+)?(?:increase|uplift|rise|hike|bump)${E}|${B}(?:renewal|price|pricing|rate)s?\\s+(?:stays?|remains?|will stay|will remain|is staying|holds?)\\s+flat${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    prevNeeds: re(
      `${B}(?:${L.FEE_NOUN}|shipping|freight|travel|delivery|installation|setup|onboarding|training)${E}[^.!?]{0,60}?(?:\\d|\\?)|\\d[^.!?]{0,40}?${B}(?:${L.FEE_NOUN}|shipping|freight|travel)${E}`,
    ),
    // A cost named in the sentence before, then dismissed: "Forget it, I'll cover that", "it's on me".
    re: pat(
      `${B}(?:forget (?:about )?(?:it|that)|(?:don't|do not|no need to) worry about (?:it|that)|never mind (?:it|that)|let's (?:not bother with|skip|drop|forget) (?:it|that)|(?:i'll|we'll|i will|we will|let me) (?:cover|absorb|eat|swallow|take care of|handle|waive|drop) (?:it|that|this)(?: one)?|(?:it's|that's|it is|that is) on (?:me|us|the house)|scratch that (?:charge|fee|cost))${E}`,
    ),
  },
  // ------------------------------------------------ blind2 round (test/fixtures/sentences/blind2.tuned.txt)
  {
    rule: 'ud.price-match',
    // A special rate held on: "keep you at the launch price for another twelve months", "hold your
    // team at the early-adopter pricing". The adjective marks a rate the buyer would otherwise leave.
    re: pat(
      `${B}(?:keep|keeps|keeping|hold|holds|holding|leave|leaving)\\s+(?:you|your \\p{L}+)\\s+(?:on|at)\\s+${gap(3)}(?:pilot|intro\\p{L}*|launch|promo\\p{L}*|early[- ]\\p{L}+|founding|founder|legacy|old|beta|charter|trial|discounted|special|this year's|last year's|today's|current|existing)\\s+${gap(1)}(?:rate|rates|price|prices|pricing|tier|terms)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Billing for part of what is delivered: "invoice you for three of the days", "bill 8 out of 10 hours".
    re: pat(
      `${B}(?:bill|charge|invoice)\\p{L}*\\s+(?:you\\s+|it\\s+|them\\s+)?(?:for\\s+)?(?:only\\s+|just\\s+)?${BILL_NUM}\\s+(?:of|out of)\\s+(?:the\\s+|those\\s+|these\\s+|your\\s+)?(?:${BILL_NUM}\\s+)?(?:[\\p{L}-]+\\s+)?${BILL_UNIT}${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Billing the work as a smaller amount: "bill the 60 hours as 45", "charge it as one and a half days".
    re: pat(
      `${B}(?:bill|charge|invoice)\\p{L}*\\s+(?:it|this|that|them|the (?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+as\\s+(?:only\\s+|just\\s+)?(?:a\\s+)?(?:half|${BILL_NUM}(?:\\s+and\\s+a\\s+half)?)(?:[- ]${BILL_UNIT})?${E}(?!\\s*(?:-|separate|invoices?|payments?|lines?|line items?|lump|instal\\p{L}*|milestones?|parts?|phases?|orders?|pos?|bills?|charges?|transactions?|items?|entries|projects?|contracts?))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "this one's on me" once a charge is named, not after a mistake ("that one is on us" = our fault).
    re: pat(
      `${B}(?:this|that|it)(?: one| time| bit| part)?(?:'s|\\s+is|\\s+will be|'ll be)\\s+on\\s+(?:me|us|the house)${E}(?<=${B}(?:${L.FEE_NOUN}|invoice|freight|shipping|transport|delivery|haulage|postage|travel|call-out)${E}[^.!?]{0,120})(?<!${FAULT}[^.!?]{0,160})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A charge kept off the invoice: "leave the pallet charge off your invoice", "won't put the crane
    // hire on the bill" (not a timing: "until it ships").
    re: pat(
      `${B}(?:leave|leaving|keep|keeping)\\s+${gap(4)}off\\s+(?:the|your|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:invoice|bill)${E}|${B}${L.PUT_OFF_INVOICE}${E}(?!\\s+(?:line|number|field|reference)|[^.!?]{0,40}${B}(?:until|till|before|unless|yet)${E})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A line that will not show up on the invoice ("the install fee is not going to show on the bill"),
    // or that the buyer is told they will not find there; not a discount put on it, not a timing ("until
    // the job is signed off"; "until March" defers it).
    re: pat(
      `(?:(?<!(?:discount|credit|rebate|reduction)s?\\s+(?:[^\\s]+\\s+){0,3})${L.NOT_ON_INVOICE}|${B}${L.NOT_FOUND_ON_INVOICE})${E}${NOT_UNTIL_EVENT}`,
    ),
  },
  // ---- blind3 round (test/fixtures/sentences/blind3.tuned.txt): concepts from corpus-blind3's misses
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A cost the seller keeps instead of passing it on: "we won't pass the fuel surcharge on", "the levy
    // will not be passed on to you" (a refusal to absorb it says "will be passed on", with no negation).
    re: pat(
      `${B}(?:won't|will not|wouldn't|not|never)\\s+(?:to\\s+|be\\s+)?pass(?:ed|ing)?\\s+(?:the|this|that|these|those|any|our|its)\\s+${gap(3)}(?:${L.FEE_NOUN}|levy|levies|increases?|rises?)\\s+on${E}|${B}(?:${L.FEE_NOUN}|levy|levies|increases?|rises?)\\s+${gap(3)}(?:won't|will not|wouldn't|isn't going to|is not going to|not)\\s+be\\s+passed\\s+on${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    aheadLower: true,
    // The offered figure set against a higher reference figure: "12.50 a box and not the 14 in the list",
    // "22 an hour rather than our usual 26", "18k for everything instead of the 19,750" (a bare number needs
    // a per-unit phrase to read as a price: "ship 200 units rather than 150" is no price).
    re: pat(
      `(?:${L.MONEY}|${BU}\\d[\\d.,]*\\s+(?:a|an|per|each|the)\\s+[\\p{L}-]+)(?=[,]?\\s+${gap(4)}(?:and not|not|instead of|rather than|down from|in place of)\\s+(?:the\\s+|our\\s+|your\\s+|my\\s+)?(?:usual\\s+|normal\\s+|standard\\s+|regular\\s+|list\\s+|catalogue\\s+|catalog\\s+|original\\s+|quoted\\s+)?(?:[$€£]\\s?)?\\d)`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // German flat fees and surcharges struck, object first: "die Einrichtungspauschale streichen wir".
    re: pat(
      `${BU}\\p{L}*(?:pauschale|geb[üu]hr|zuschlag|aufpreis|kosten)\\p{L}*\\s+${gap(5)}(?:streich|erlass)\\p{L}*\\s+(?:wir|ich)${E}|${BU}\\p{L}*(?:pauschale|zuschlag|aufpreis)\\p{L}*\\s+${gap(3)}(?:entf[äa]ll\\p{L}*|f[äa]llt\\s+${gap(2)}weg|gestrichen|erlassen)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Spanish "on the house": "va por la casa", "corre por la casa".
    re: pat(`${B}(?:va|van|ir[aá]n?|corre|corren|correr[aá]n?)\\s+por la casa${E}`),
  },
  {
    rule: 'ud.trial-extension',
    // French trial nouns after "d'" and the evaluation access: "rallongé votre accès d'essai", "accès
    // d'évaluation est prolongé".
    re: pat(
      `${BU}(?:prolong|rallong)\\p{L}*\\s+${gap(3)}(?:d'|de la |de l')?(?:essai|[ée]valuation|test)${E}|${BU}(?:essai|[ée]valuation|test)\\s+(?:gratuit\\s+)?(?:est|sera|a [ée]t[ée])\\s+(?:prolong|rallong)\\p{L}*`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Extras folded into the plan at an unchanged price: "with no change to the price", "at the price
    // you already have", "for the same monthly fee".
    re: pat(
      `${B}(?:with|at)\\s+no\\s+(?:change|increase)\\s+(?:to|in)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:price|rate|fee|cost|pricing|subscription)${E}|${B}at\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:price|rate|fee)\\s+you\\s+(?:already\\s+)?(?:have|pay|are paying|signed)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A higher tier while paying the lower one's price: "keep paying the Team price", "still pay what
    // Silver costs", "zahlen aber nur den Preis des Standard-Pakets", "sigues pagando lo mismo que".
    re: pat(
      `(?:${B}(?:keep|still|continue to|only)\\s+(?:pay|paying)\\s+(?:the\\s+|what\\s+|just\\s+)?${gap(2)}(?:price|rate|fee|costs?|pays?)${E}|${BU}(?:zahlen|bezahlen)\\s+(?:sie\\s+)?(?:aber\\s+)?(?:weiterhin\\s+|trotzdem\\s+)?nur\\s+(?:den|die|das)\\s+(?:preis|betrag|tarif|geb[üu]hr)${E}|${B}(?:sigues|sigue|seguir[aá]s?|segu[ií]s)\\s+pagando\\s+(?:lo mismo|el mismo precio|igual)${E})(?<=${B}(?:get|gets|getting|move|moving|upgrade\\p{L}*|bump\\p{L}*|put|erhalten|bekommen|paso|pasamos|pasar)${E}[^.!?]{0,200})`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // An invoice held back until a later date: "keep the opening invoice back until spring", "hold off
    // billing until the summer" (not until a buyer event: "until your PO comes through"), or the first
    // invoice held until anything ("park the first invoice until you are live").
    re: pat(
      `${B}(?:hold|holding|keep|keeping)\\s+(?:off\\s+|back\\s+)?(?:on\\s+)?(?:the\\s+|your\\s+|our\\s+)?(?:first\\s+|initial\\s+|next\\s+)?(?:invoices?|invoicing|billing|payments?|charges?)\\s+(?:back\\s+)?(?:until|till|to)\\s+${LATER_DATE}|${B}(?:hold|holding|park)\\p{L}*\\s+(?:the |your )?(?:first|initial) (?:payment|invoice|instal\\p{L}*|bill)s?\\s+(?:until|till|back until)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // Rounding down to an even figure: "call it an even 10k", "make it a round 2,000".
    re: pat(
      `${B}(?:call it|call that|let's call it|let's say|say|make it|we'll say)\\s+(?:an?\\s+)?(?:even|round|flat|straight|clean|nice round)\\s+(?:${L.MONEY}|\\d)`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The seller takes the price into their own hands: "leave the pricing to me", "park the budget
    // question, I'll sort the price out on my end" (not "leave the redlines with me").
    re: pat(
      `${B}(?:leave|park)\\s+(?:the\\s+)?(?:price|pricing|numbers?|figures?|cost\\p{L}*|budget|commercials?)(?:\\s+(?:side|bit|part|question|piece|issue))?\\s+(?:with|to)\\s+me${E}|${B}(?:leave|park)\\s+(?:that|this|it)(?:\\s+(?:side|bit|part|question|piece|one))?\\s+(?:with|to)\\s+me${E}(?<=${B}(?:price|pricing|numbers?|figures?|cost\\p{L}*|budget)${E}[^.!?]{0,60}${B}(?:leave|park)\\s+[^.!?]{0,30})|${B}sort\\p{L}*\\s+(?:out\\s+)?(?:the\\s+)?(?:price|pricing|numbers?|figures?|cost)\\s+(?:out\\s+)?(?:on|at|from)\\s+(?:my|our)\\s+(?:end|side)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The same with the price named in the sentence before: "... the quote ... Just leave the number with me."
    prevNeeds: re(`${B}(?:price|pricing|cost|costs|budget|number|figure|quote)${E}`),
    re: pat(
      `^(?:\\S+\\s+){0,3}?(?:leave|park)\\s+(?:that|this|it)(?:\\s+(?:side|bit|part|question|piece|one))?\\s+(?:with|to)\\s+me${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // An item that "is in for nothing" speaks for the seller (not "was all for nothing").
    re: pat(
      `${B}(?:is|are|goes|go|comes|come|'s|'re|will be|can be)\\s+(?:thrown\\s+|put\\s+|included\\s+)?in\\s+for\\s+(?:nothing|free)${E}(?!\\s+(?:but|except|other than|more than)${E})`,
    ),
  },
  // ---- blind3b round (test/fixtures/sentences/blind3b.tuned.txt): untargeted shapes found by that check
  {
    rule: 'ud.price-cut',
    // The next period at this period's price: "do the second year at this year's number", "renew at
    // today's rate".
    re: pat(
      `${B}(?:at|for)\\s+(?:this year's|last year's|today's|the current|your current|the same|this|the old)\\s+(?:number|figure|price|rate|pricing|money)${E}(?<=${B}(?:(?:second|next|following|another|coming)\\s+(?:year|term|renewal|contract|period)|renewal|renew\\p{L}*)${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A fee dismissed: a setup fee waved away ("no need to worry about it"), "forget the travel costs".
    re: pat(
      `${B}(?:let's not|don't|do not|no need to|never mind|(?<!(?:don't|do not|never|not)\\s)forget(?: about)?)\\s+(?:worry(?:ing)? about\\s+|bother(?:ing)? with\\s+)?(?:the|that|this|those|your)\\s+${gap(2)}(?:${L.FEE_NOUN}|${L.COST_LINE})${E}(?!\\s+(?:is|are|will|would|has|was)\\b)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A price word moved down to a figure: "trim the unit rate down to 39" (not a lead time).
    re: pat(
      `${B}(?:shav|knock|bring|brought|tak|took|drop|get|got|cut|trim|lower|mov|nudg)\\p{L}*\\s+(?:the\\s+|your\\s+|our\\s+|that\\s+)?(?:[\\p{L}-]+\\s+)?(?:price|pricing|rate|per[- ][\\p{L}]+|fee|cost|quote|number|figure|total|licen[cs]e|subscription)s?\\s+down\\s+to\\s+(?:[$€£]\\s?)?\\d[\\d.,]*${E}(?!\\s*(?:days?|weeks?|months?|hours?|minutes?|people|reps|users|seats)${E})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A charge the buyer is let off: "we can let you off the early-termination charge".
    re: pat(
      `${B}let(?:ting)?\\s+you\\s+off\\s+(?:the\\s+|that\\s+|your\\s+|this\\s+)?${gap(2)}(?:${L.FEE_NOUN}|${L.COST_LINE})${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // An amount less: "10 Euro weniger beim Stundensatz", "200 dollars less per month".
    re: pat(
      `${L.MONEY}\\s*(?:less|weniger|menos|de moins|billiger|g[üu]nstiger)(?:\\s+${OFF_TAIL}|\\s*[.,;!)]|$|\\s+(?:a|per|im|al|par)\\s)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A friend's price: "precio de amigo", "prix d'ami", "Freundschaftspreis", "friends-and-family rate".
    re: pat(
      `${B}(?:precio de amigo|prix d'ami|freundschaftspreis\\p{L}*|friends?(?:-and-| and | & )family (?:price|rate|pricing|deal))${E}`,
    ),
  },
  // ---- blind3d round (test/fixtures/sentences/blind3d.tuned.txt)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A charge "taken care of" in the passive (not by someone else: "taken care of by your portal").
    re: pat(
      `${B}(?:is|are|will be|'s|'re|gets|get)\\s+(?:all\\s+|already\\s+)?taken care of${E}(?!\\s+by${E})(?<=${B}(?:${L.FEE_NOUN}|${L.COST_LINE}|invoice|invoices|bill|overage|balance)${E}[^.!?,;]{0,60})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A sum written off or made to vanish from the bill: "write off the overage", "make the extra storage
    // disappear from your bill".
    re: pat(
      `${B}writ(?:e|es|ing|ten)\\s+off\\s+(?:the|that|this|your|those)\\s+(?:${L.MONEY}\\s+)?${gap(2)}(?:overage|balance|arrears|amount|difference|invoice|outstanding|open|remainder|${L.FEE_NOUN})${E}|${B}mak\\p{L}*\\s+(?:the|that|this|your|those)\\s+${gap(3)}${L.FEE_NOUN}\\s+${gap(4)}(?:disappear|vanish|go away)${E}|${B}mak\\p{L}*\\s+${gap(4)}(?:disappear|vanish|go away)\\s+(?:from|off)\\s+(?:the|your|this)\\s+(?:[\\p{L}-]+\\s+)?(?:invoice|bill|quote|renewal)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',

    // More for the price of less, from a giver: "15 months for the price of 12", "three seats for the price of
    // two" (a shop's "get 2 for the price of one!" has no offering voice).
    re: pat(
      `${B}for the price of\\s+(?:\\d+|one|two|three|four|five|six|nine|ten|eleven|twelve)(?=\\s*(?:[.,;!?)]|$)|\\s+(?:months?|years?|seats?|licen[cs]es?|units?|users?|boxes|machines?|sessions?|days?|weeks?|modules?)${E})`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The price fitted to the buyer's budget: "I'll make the quote fit it", "fit the price to your budget".
    re: pat(
      `${B}mak\\p{L}*\\s+(?:the|my|our)\\s+(?:quote|price|pricing|number|proposal|offer)\\s+fit\\s+(?:it|that|your budget|the budget)${E}|${B}fit\\s+(?:the|my|our)\\s+(?:quote|price|pricing|number|proposal)\\s+(?:to|into|within)\\s+(?:your|the)\\s+budget${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Halfway on a price word: "meet you halfway on the implementation fee" (not on a meeting place).
    re: pat(
      `${B}meet(?:ing)?\\s+(?:you\\s+)?(?:halfway|half-way|half way|(?:somewhere\\s+)?in the middle)\\s+(?:on|with|over)\\s+(?:the\\s+|that\\s+|your\\s+)?${gap(2)}(?:price|pricing|rate|quote|number|figure|total|${L.FEE_NOUN}|${L.COST_LINE})${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // French "faire un geste (commercial) sur le prix".
    re: pat(
      `${BU}(?:faire|fais|ferai|ferons|faisons|fait)\\s+un\\s+(?:petit\\s+|beau\\s+)?geste${E}(?=\\s+(?:commercial|sur (?:le|la|les|votre) (?:prix|tarif|facture|montant|devis)))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Spanish "te lo dejo incluido" (not a link left in the mail).
    re: pat(
      `${BU}(?:(?:te|le|os|les)\\s+(?:lo|la|los|las)\\s+)?dej(?:o|amos)\\s+(?:incluid\\p{L}*|de regalo)${E}(?!\\s+(?:en el (?:correo|mail|email|mensaje)|abajo|adjunt))|${BU}(?:lo|la|los|las)\\s+dej(?:o|amos)\\s+incluid\\p{L}*${E}`,
    ),
  },
  // ---- sixth session: concepts from the blind16 misses, written as word classes
  {
    rule: 'ud.price-flexibility',
    // The quoted figure offered as an opening: "see our figure as an opening bid", "the quote is negotiable".
    re: pat(
      `${B}(?:treat|see|take|consider|view)\\s+(?:the |that |this |our |my )?(?:[\\p{L}-]+ )?(?:total|price|number|quote|figure|pricing|rate)\\s+as\\s+(?:a |an |the )?(?:starting point|opening (?:bid|offer|number)|first draft|ballpark|negotiable)${E}|${B}(?:price|number|quote|figure|total|pricing)\\s+(?:is|are)\\s+(?:(?:very|totally|definitely|still)\\s+)?(?:a starting point|negotiable|open to discussion|up for discussion)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // A lower figure offered as a question: "could a sharper price change things?".
    re: pat(
      `${B}(?:would|could|does|will|might)\\s+(?:a |an )?(?:lower|better|smaller|sharper|friendlier|softer)\\s+(?:number|price|rate|quote|figure|total)\\s+(?:help|make|change|get|tip|work)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    selfEvident: true,
    // Give on the price: "there is some give on our rate".
    re: pat(
      `${B}(?:bit of|little|some|any|a touch of)\\s+give\\s+(?:in|on|with|around)\\s+(?:the |that |this |our |your )?(?:[\\p{L}-]+ )?(?:price|pricing|rate|number|quote|figure|fees?)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // DE/ES/FR: a solution promised on price; the buyer asked to name a figure.
    re: pat(
      `${BU}(?:beim|bei dem|f[üu]r den|zum)\\s+preis\\s+${gap(3)}(?:l[öo]sung|einig\\p{L}*|entgegen\\p{L}*)${E}|${BU}(?:nennen sie mir|sagen sie mir|d[ií]game|d[ií]me|dites-moi|dis-moi|donnez-moi|ind[ií]queme)\\s+(?:einfach\\s+|simplemente\\s+|simplement\\s+)?(?:ihre|ihren|einen|una|un|la|el|votre|ton|le)\\s+(?:schmerzgrenze|wunschpreis|zielpreis|preis|betrag|cifra|n[úu]mero|precio|prix|chiffre|montant)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Non-native comparatives: "we do the rate more low", "make the fee less expensive".
    re: pat(
      `${B}(?:make|get|do|put)\\s+(?:the |your |our |this |that )?(?:price|pricing|rate|fee|number|total|cost|quote)s?\\s+(?:more (?:small|low|cheap|little|down)|less (?:high|expensive|big|much))${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Below the seller's own proposal: "we can come under the rate card".
    re: pat(
      `${B}(?:go|come|drop|get|land)\\s+(?:well |way |a bit |a little |slightly |even |much )?(?:below|under|beneath)\\s+(?:the |our |my )?(?:proposal|quote|offer|list|list price|asking|rate card|original (?:price|quote|number))${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Beating or matching another vendor's figure, EN/ES/FR/DE: "we'll bring you below their quote", "nous nous alignons".
    re: pat(
      `${B}(?:get|bring|put|take)\\s+you\\s+(?:under|below|beneath)\\s+(?:it|that|them|theirs|their (?:price|number|quote|offer)|the other (?:quote|offer|price))${E}|${BU}(?:je m'aligne|nous nous alignons|on s'aligne|m'aligner|nous aligner)${E}|${BU}(?:nos igualamos|lo igualamos|la igualamos|igualamos|igualo)${E}|${BU}(?:ziehen wir|ziehe ich)\\s+(?:da\\s+|natürlich\\s+)?(?:mit|gleich)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A cost declared the seller's own worry: "the freight is my problem, not yours".
    re: pat(
      `${B}${MY_WORRY}${E}(?<=${B}(?:freight|shipping|delivery|postage|travel|customs|duties|${L.FEE_NOUN})\\b[^.!?]{0,80}?${B}${MY_WORRY})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Nothing billed for a line, or a charge that never reaches the buyer (not a timing: "until it ships").
    re: pat(
      `${B}(?:zero|nothing|nil|0)\\s+on\\s+(?:the|your|this)\\s+(?:invoice|bill)${E}|${B}(?:charge|fee|cost|surcharge|time|hours|days|labou?r)s?\\s+${gap(7)}${L.NEVER_REACHES}${E}${NOT_UNTIL_EVENT}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Periods or units not billed ("two months are not charged", "the onboarding week won't be invoiced").
    re: pat(
      `${B}(?:${L.VALUE_ITEM}|january|february|march|april|may|june|july|august|september|october|november|december|them|those)\\s+(?:simply\\s+|just\\s+)?(?:aren't|isn't|are not|is not|won't be|will not be|not to be|never be|go|goes)\\s+(?:billed|charged|invoiced|unbilled|uncharged)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // More units while billing fewer: "twelve licences, and only charging for 10".
    re: pat(
      `${B}(?:while|but|and)\\s+(?:still\\s+|only\\s+)+(?:bill|charg|invoic)\\p{L}*\\s+(?:you\\s+)?(?:for\\s+)?(?:the\\s+)?(?:original\\s+|old\\s+)?\\d+${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Written off or left off the clock: "I'll write those off", "the hours stay off the clock".
    re: pat(
      `${B}writ(?:e|ing)\\s+(?:them|it|those|these|that|the units|the hours)\\s+off${E}|${B}off the clock${E}|${B}(?:won't|will not|not going to|shan't)\\s+(?:be\\s+)?(?:track|count|log|clock|record)\\p{L}*\\s+(?:them|those|these|the hours|that time|those hours)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A gift from the seller, EN/FR/ES: "is our gift", "c'est pour nous", "corre por nuestra cuenta".
    re: pat(
      `${B}(?:is|as|it's|that's|consider it)\\s+(?:our|my|a)\\s+(?:little\\s+)?(?:gift|present)(?:\\s+(?:to|for)\\s+you)?${E}|${BU}c'est (?:pour nous|pour moi|cadeau|offert)${E}|${BU}ne vous (?:compt|factur)\\p{L}*\\s+rien${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // ES object first: "los gastos de envío los asumimos nosotros".
    re: pat(
      `${BU}(?:gastos|costes?|costos?|cargos?|env[ií]o|transporte|instalaci[oó]n)\\b[^.!?]{0,60}?${BU}(?:los|las|lo|la)\\s+(?:asumimos|asumo|cubrimos|cubro|pagamos|pago|absorbemos)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // A trial left running past its end, EN/DE/FR: "the pilot can stay live beyond the trial period", "lassen den Zugang länger laufen".
    re: pat(
      `${B}(?:trial|pilot|sandbox|poc|evaluation|test account|test access)\\p{L}*\\s+${gap(3)}(?:keep|stay|remain)\\p{L}*\\s+(?:running|open|active|live|on)\\s+(?:past|beyond|after|through|until|till)${E}|${BU}lass\\p{L}*\\s+${gap(4)}(?:noch\\s+)?(?:bis|l[äa]nger)\\s+${gap(3)}(?:offen|laufen|aktiv)${E}|${BU}laiss\\p{L}*\\s+(?:le |la |l')?(?:pilote|essai|test|p[ée]riode d'essai|acc[eè]s|sandbox)\\s+(?:tourner|courir|ouvert|actif|active)\\s+(?:encore|jusqu)|${BU}laiss\\p{L}*\\s+(?:tourner|courir)\\s+(?:le |la |l'|votre )?(?:pilote|essai|test|p[ée]riode d'essai|acc[eè]s|sandbox)\\s+${gap(4)}(?:encore|jusqu|sans factur)`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // A payment that can wait: "your first payment can wait", "the balance at your convenience".
    re: pat(
      `${BU}(?:premi[eè]re (?:[ée]ch[ée]ance|facture|mensualit[ée])|first (?:invoice|payment|instal\\p{L}*|bill)|erste (?:rate|rechnung|zahlung)|primera (?:factura|cuota|mensualidad))\\s+${gap(2)}(?:peut|can|could|kann|puede)\\s+(?:attendre|wait|warten|esperar)${E}|${B}(?:the rest|the balance|the remainder)\\s+(?:whenever|when(?:ever)? it suits|when you're ready|at your convenience|whenever suits)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Increases held down, noun first: "renewal increases are capped at 2%"; an old price kept (ES/FR/DE).
    re: pat(
      `${B}(?:increase|uplift|price rise|escalator|rise|indexation)s?\\s+(?:are\\s+|is\\s+|stay\\s+|remain\\s+|get\\s+)?(?:capped|limited|held|kept|frozen)\\s+(?:at|to|below|under)\\s+(?:just\\s+|only\\s+|no more than\\s+|not more than\\s+|a maximum of\\s+|most\\s+|max(?:imum)?\\.?\\s+)?${L.PCT}|${BU}(?:dej|mant[ei]n|respet|conserv|maint[ei]n|gard)\\p{L}*\\s+${gap(2)}${L.OLD_PRICE}|${BU}(?:behalt|belass|halt)\\p{L}*\\s+[^.!?]{0,60}?${L.OLD_PRICE}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Lines zeroed, noun first ("freight and installation are zeroed out", "the extra chairs are at zero").
    re: pat(
      `${B}${ZEROED}${E}(?<=${B}(?:${L.FEE_NOUN}|${L.VALUE_ITEM}|freight|shipping|installation|chairs?|units?|items?|licen[cs]es?)\\s+${gap(3)}(?:are|is|will be|have been|has been|come|comes|go|goes|stay|stays)\\s+(?:now\\s+|all\\s+|both\\s+|simply\\s+)?(?:in\\s+)?${ZEROED})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Added while the total stays put: "we'll fold the extra pages into the order, the total does not change".
    re: pat(
      `${B}(?:add|include|put|throw|bundle|fold|nehm\\p{L}*|mitnehm\\p{L}*|aufnehm\\p{L}*|dazu\\p{L}*|a[ñn]ad\\p{L}*|inclu\\p{L}*|ajout\\p{L}*)${E}[^.!?]{0,80}?${B}(?:(?:the |your |invoice |order )?(?:total|price|invoice amount|amount)\\s+(?:doesn't|does not|won't|will not|stays?|remains?)\\s+(?:change|go up|move|the same|unchanged|as is)|(?:rechnungssumme|gesamtsumme|gesamtpreis|preis|betrag)\\s+${gap(3)}(?:[äa]ndert\\s+sich\\s+${gap(2)}nichts|bleibt\\s+(?:gleich|unver[äa]ndert))|(?:el total|el precio|el importe)\\s+(?:no cambia|sigue igual|se queda igual)|(?:le total|le prix|le montant)\\s+(?:ne change pas|reste (?:le m[êe]me|inchang[ée]))|no extra(?: charge| cost)?(?=\\s*[.!?]|$))`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Billing that starts only once the product is in use: "we won't start charging until you're live".
    re: pat(
      `${B}(?:won't|will not|not going to|don't|do not|shan't)\\s+(?:start|begin)\\s+(?:charging|billing|invoicing)\\s+${gap(4)}(?:until|till|before)\\s+${gap(5)}(?:live|go-live|launch\\p{L}*|roll-?out|in production|up and running|using it|use it|onboarded|goes out)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A rate brought toward the buyer's old price: "get the rate down closer to what you pay today".
    re: pat(
      `${B}(?:get|bring|take|move|nudge)\\s+${gap(4)}down\\s+(?:nearer|closer|near|close)\\s+to\\s+(?:what you(?:'re| are| were)?\\s+(?:pay|paid|paying)|your (?:old|current|previous|existing|last) (?:price|rate|supplier|vendor|provider))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // DE "auf meine Kappe": on the seller's tab.
    re: pat(
      `${BU}(?:geh\\p{L}*|l[äa]uf\\p{L}*)\\s[^.!?]{0,80}?${BU}auf (?:meine|unsere) (?:kappe|kosten|rechnung)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Units added at a zero price: "put two more screens on the order at zero".
    re: pat(
      `${B}(?:at|for) zero${E}(?!\\s*(?:degrees|stock|inventory|margin|%|percent))(?<=${B}(?:put|puts|add|added|adding|include|included|including|throw|threw|thrown|toss|tossed|slipp?ed)\\s[^.!?;]{0,70})`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // An increase announced as held down, whoever speaks: "your uplift will be kept to 2%".
    re: pat(
      `${B}(?:increase|uplift|price rise|escalator|rise|indexation)s?\\s+(?:will|shall)\\s+(?:be|stay|remain)\\s+(?:capped|limited|held|kept|frozen)\\s+(?:at|to|below|under)\\s+(?:just\\s+|only\\s+|no more than\\s+|not more than\\s+|a maximum of\\s+|max(?:imum)?\\.?\\s+)?${L.PCT}`,
    ),
  },
  // ---- blind17 round
  {
    rule: 'ud.trial-extension',
    // A demo or loaner unit left with the buyer longer: "leave the unit with you another month".
    re: pat(
      `${B}(?:leave|leaving|let you keep|let you hang on to|let you hold on to)\\s+${gap(3)}(?:demo|loaner|trial|evaluation|test|sample|pilot)\\s+(?:units?|devices?|equipment|kits?|systems?|machines?|scanners?|instruments?)\\s+${gap(4)}(?:for\\s+)?(?:another|an extra|a further|\\d+ more|a few more|two more|three more)\\s+(?:(?:\\d+|two|three|four|five|six|eight|ten|twelve)\\s+)?(?:days?|weeks?|months?)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A fee named and dismissed in the same sentence: "about the setup fee: forget it".
    re: pat(
      `${B}${DISMISSED}${E}(?<=${B}(?:${L.FEE_NOUN})${E}[^.!?]{0,40}[:\u2014\u2013-]\\s*${DISMISSED})|${B}(?:don't|do not) worry about (?:that|this|the) (?:line|charge|item|bit)${E}(?<=${B}(?:${L.COST_LINE})${E}[^.!?]{0,60})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Items declared complimentary, noun first: "the proofs are complimentary", "come free of charge".
    re: pat(
      `${B}(?:are|is|will be|come|comes|go|goes)\\s+(?:also\\s+|both\\s+|all\\s+|entirely\\s+)?(?:complimentary|free of charge|at no (?:extra |additional |added )?charge|on the house|gratis)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A fee taken on, passive: "the card fee will be absorbed on our side".
    re: pat(
      `${B}${ABSORBED}${E}(?<=${B}(?:${L.FEE_NOUN})\\s+${gap(3)}(?:will be|is|are|gets?|get|has been|have been)\\s+${ABSORBED})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A charge the seller will not take, object first: "the deposit we won't take from you".
    re: pat(`${B}${L.WONT_TAKE}${E}(?<=${B}(?:${L.FEE_NOUN}|deposits?)\\s+${gap(2)}${L.WONT_TAKE})`),
  },
  {
    rule: 'ud.free-extra',
    // Handing items over free: "give you the two extra scanners free".
    re: pat(
      `${B}(?:give|giving|send|sending|ship|shipping|add|adding)\\s+you\\s+${gap(5)}(?:free|for free|free of charge|at no cost|gratis)${E}(?!\\s+(?:trial|tier|plan|version|account))`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Last year's price given again, EN/FR: "make you the price of last year", "on maintient l'ancien tarif".
    re: pat(
      `${B}(?:make|give|offer|keep|hold|leave|let you have|honou?r)\\s+(?:you\\s+)?${gap(2)}(?:${L.OLD_PRICE})${E}|${BU}(?:maint[ei]en\\p{L}*|gard\\p{L}*|conserv\\p{L}*|laiss\\p{L}*)\\s+(?:l'|le |la |les )(?:ancien|m[êe]me|actuel)\\p{L}*\\s+(?:tarif|prix)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A rebate handed to the buyer ("give you a rebate on the hardware"), not a maker's programme.
    re: pat(
      `${B}(?:give|giving|offer|offering|get|send|pay)\\s+you\\s+(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?rebate${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A charge or a named cost line of the quote, singular and the seller's ("cut the setup cost in half");
    // "your shipping costs" at large are the buyer's spending, which a product lowers.
    re: pat(
      `${B}(?:drop|dropp\\p{L}*|lower|lowering|lowered|reduc\\p{L}*|cut|cutting|trim\\p{L}*|shav\\p{L}*|slash\\p{L}*|halv\\p{L}*)\\s+(?:the|our|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:charge|(?:${L.COST_LINE}|licen[cs]e|licen[cs]ing|subscription|seat|hardware|software|service)\\s+cost)${E}`,
    ),
  },
  // ---- corpus-blind5 round
  {
    rule: 'ud.price-cut',
    // The old figure first ("in place of the 60 we had, I can do 45"); the "instead of" part stays outside the
    // match, where it is not read as a negation of the offer.
    re: pat(
      `${B}(?:(?:i|we)\\s+(?:can|could|'ll|will|would)\\s+(?:do|offer|make it|go|let you have it for|settle for)|(?:i|we)'ll do|let's (?:say|do|call it)|call it)(?<=${B}(?:rather than|instead of|in place of|statt|anstatt|au lieu de|au lieu du|en lugar de|en vez de)\\s+(?:the\\s+|los\\s+|las\\s+|el\\s+|la\\s+|le\\s+|les\\s+|des\\s+|den\\s+|die\\s+)?${L.MONEY}[^.!?]{0,140})\\s+(?:it\\s+(?:for|at)\\s+)?${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Billing moved in the buyer's favour: "we can put the invoicing on monthly in arrears".
    re: pat(
      `${B}(?:switch|move|change|put|moving|switching)\\s+${gap(3)}(?:billing|invoic\\p{L}*|payments?)\\s+(?:over\\s+)?to\\s+${gap(2)}in arrears${E}|${B}in arrears\\s+(?:instead of|rather than)\\s+${gap(2)}in advance${E}`,
    ),
  },
  // ---- blind19 round
  {
    rule: 'ud.trial-extension',
    // A trial named, then bumped: "the pilot stops on the 5th, happy to roll it on by two more weeks".
    re: pat(
      `${B}(?:bump|push|stretch|extend|roll|give)\\p{L}*\\s+(?:it|that|this|you)\\s+(?:out\\s+|on\\s+)?(?:by\\s+)?(?:another|an extra|a further|\\d+ more)\\s+(?:(?:\\d+|two|three|four|six)\\s+)?(?:days?|weeks?|months?)${E}(?<=${B}(?:trial|pilot|poc|sandbox|evaluation|demo)\\p{L}*${E}[^.!?]{0,160})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A credit note of a sum ("we send you a credit note for €300"), the English calque of "geste commercial".
    re: pat(
      `${B}(?:avoir|credit note|credit memo)\\s+(?:of|de|for)\\s+${L.MONEY}|${B}commercial gesture${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // More days to pay than usual: "sesenta días para pagar, en lugar de treinta".
    re: pat(
      `${B}(?:\\d+|sixty|ninety|sesenta|noventa|soixante|quatre-vingt-dix)\\s+(?:d[ií]as|days|tage|jours)\\s+(?:para pagar|to pay|zum zahlen|pour payer|de plazo|payment terms)${E}(?=[^.!?]{0,60}${B}(?:instead of|rather than|en vez de|en lugar de|au lieu de|statt|anstatt)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    lower: true,
    // A rate revised from one figure to a lower one ("adjust the day rate from €900 to €820").
    re: pat(
      `${B}(?:revis|adjust|bring|mov|chang|tak|updat|amend|reduc|lower)\\p{L}*\\s+${gap(3)}(?:rate|price|pricing|fee|quote|cost)s?\\s+from\\s+${L.MONEY}\\s+(?:down\\s+)?to\\s+${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // DE, price first: "beim Preis hätten wir noch etwas Spielraum".
    re: pat(
      `${BU}(?:beim|bei dem|am)\\s+preis\\s+${gap(10)}(?:spielraum|luft|flexibilit[äa]t|verhandlungsspielraum)${E}|${BU}was f[üu]r sie drin(?:liegt|ist)${E}`,
    ),
  },
  // ---- corpus-blind6 round
  {
    rule: 'ud.trial-extension',
    // A trial pushed out to a date: "moved the pilot back until June".
    re: pat(
      `${B}(?:push|pushed|pushing|mov(?:e|ed|ing)|extend(?:ed|ing)?|roll(?:ed|ing)?)\\s+(?:your |the |our )?(?:trial|pilot|poc|sandbox|evaluation|test)\\s+(?:[\\p{L}-]+\\s+)?(?:out|back|on)\\s+(?:to|until|till|through)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A line taken off the quote: "we struck those items off".
    re: pat(
      `${B}(?:tak(?:e|en|ing)|took|knock(?:ed)?|str(?:uck|ike)|dropp?(?:ed)?|pull(?:ed)?|cross(?:ed)?)\\s+(?:that|the|this|those|these)\\s+(?:line|lines|item|items|line item|line items|charge|charges)\\s+off${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Part of a fee paid back: "send 30% of the setup fee back to you", "reimburse half the charge".
    re: pat(
      `${B}(?:return|give back|pay back|send back|reimburs\\p{L}*|refund\\p{L}*|send)\\s+(?:you\\s+)?(?:${L.PCT}|${L.MONEY}|part|half|a portion|a share|some)\\s+(?:of\\s+)?${gap(3)}(?:fee|fees|charge|charges|invoice|payment|cost|subscription)s?${E}(?=\\s+${gap(2)}(?:to you|back to you|back|this month|on your next|to your account)${E}|\\s*[.,;]|$)`,
    ),
  },
  // ---- blind26 round (concessions mostly without keywords; tuned through session8.tuned.txt)
  {
    rule: 'ud.price-cut',
    // "instead of" is part of the offer, not a negation of it.
    ownNegation: true,
    newFirst: true,
    // A price line that now reads a lower figure ("the rate now says 90 instead of 105").
    re: pat(
      `${B}(?:line|price|rate|figure|total|number|amount)\\s+(?:now\\s+)?(?:reads|shows|says|comes to|sits at|stands at)\\s+[$€£]?\\d[\\d.,]*\\s+(?:instead of|rather than|down from|not)\\s+[$€£]?\\d[\\d.,]*`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // "instead of" is part of the offer, not a negation of it.
    ownNegation: true,
    newFirst: true,
    // A bare figure offered instead of a higher one, with the seller's verb (ES/FR/EN): "os lo hago a 70 en vez de 85".
    re: pat(
      `${BU}(?:dejo|dejamos|hago|hacemos|fais|faisons|laisse|laissons|do|make|let you have)\\s+${gap(6)}(?:en|à|a|at|for)\\s+\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*\\s+(?:en lugar de|en vez de|au lieu de|instead of|rather than)\\s+\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*(?![\\d.,])(?!\\s*(?:%|percent|days?|weeks?|hours?|minutes?|seconds?|months?|years?|people|staff|d[ií]as|semanas|horas|meses|a[ñn]os|jours|semaines|heures|mois|ans|tage|wochen|stunden|monate|jahre)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A figure rounded down ("rounding the total down to 5,000").
    re: pat(`${B}round(?:ed|ing|s)?\\s+${gap(4)}down\\s+(?:to|a bit|a little|for you)${E}`),
  },
  {
    rule: 'ud.price-match',
    // Coming in under a competitor's figure: "we'll land below theirs".
    re: pat(
      `${B}(?:i'll|we'll|i will|we will|i can|we can|happy to|i'd|we'd)\\s+(?:come in|go|land|get|price (?:it|this|us))\\s+(?:just\\s+|a bit\\s+|slightly\\s+)?(?:under|below|beneath)\\s+(?:it|that|them|theirs|their (?:price|number|quote|offer|figure)|whatever)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The buyer asked to name the number that gets it done: "show me which figure works".
    re: pat(
      `${B}(?:tell|give|send|show)\\s+me\\s+(?:what|which|the)\\s+(?:number|price|figure|rate)\\s+(?:(?:that|which)\\s+)?(?:gets|works|would work|you need|makes|fits|does it|lands)${E}|${B}how close (?:i|we) can get${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    ownNegation: true,
    // Work already done, written off ("call those hours even", "you owe nothing for them").
    re: pat(
      `${B}consider\\s+(?:it|that|this|those|them)\\s+(?:settled|paid|paid for|covered|square|written off)${E}|${B}call\\s+(?:it|that|this|those|them)\\s+(?:square|even|quits|settled)${E}|(?<!${B}(?:billed|invoiced|paid|charged|settled)${E}[^.!?]{0,80})${B}nothing (?:is )?(?:owed|owing|due)${E}|${B}you (?:owe (?:us )?nothing|don't owe (?:us )?(?:anything|a thing))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Seats or units not billed ("ignore the unused three").
    re: pat(
      `${B}(?:forget|never mind|ignore|drop)\\s+(?:about\\s+)?(?:the\\s+)?(?:other|remaining|extra|unused|spare)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)${E}(?<=${B}(?:pay|paying|seats?|licen[cs]es?|users?|bill\\p{L}*|charg\\p{L}*)${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // The uplift left off ("keeping the escalator off this year").
    re: pat(
      `${B}(?:leave|leaving|keep|keeping|take|taking|left|took|kept)\\s+(?:the\\s+|this year's\\s+|your\\s+)?(?:annual\\s+|yearly\\s+|usual\\s+)?(?:uplift|increase|escalator|price rise|indexation|cpi adjustment)\\s+off${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A rate held at an older figure ("held at the previous rate"), DE "auf dem alten Stand belassen".
    re: pat(
      `${B}(?:stays?|remains?|staying|held|holds?|holding|(?:keep(?:ing|s)?|kept|hold(?:ing|s)?|held|leav(?:e|ing)|left) (?:you|it|them|the (?:price|rate|fee|figure)|your (?:price|rate)))\\s+at\\s+(?:last year's|the old|today's|your current|your old|the previous|your existing)${E}|${BU}(?:lassen|belassen|halten)\\s+${gap(6)}auf dem (?:bisherigen|alten|jetzigen|aktuellen|gleichen)\\s+(?:niveau|stand)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // More given and the total unchanged ("threw in a module, total unchanged").
    re: pat(
      `${B}(?:added|bumped|upgraded|moved|threw in|thrown in|included|put in|switched)${E}[^.!?]{0,140}?${B}(?:total|price|bill|invoice|amount|cost|monthly|figure)\\s+(?:on the [\\p{L}-]+(?: [\\p{L}-]+)?\\s+)?(?:stays|remains|hasn't moved|has not moved|hasn't changed|has not changed|won't change|will not change|doesn't change|is unchanged|is the same)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Nobody will bill for it ("no one would hand you an invoice").
    re: pat(
      `${B}(?:nobody|no one|no-one)\\s+(?:is going to|will|would|is gonna)\\s+(?:send|give|hand)\\s+you\\s+(?:a|an|any)\\s+(?:bill|invoice)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A pilot let run on ("let your trial run longer"), the clock kept stopped.
    re: pat(
      `${B}let\\s+(?:the|your|our)\\s+(?:[\\p{L}-]+\\s+)?(?:pilot|trial|poc|proof of concept|evaluation|test phase)\\s+run\\s+(?:on\\s+)?(?:through|until|till|into|to|longer|another|past)${E}|${B}(?:keep|keeping)\\s+the clock stopped${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Invoicing held off ("holding off on the first invoice").
    re: pat(
      `${B}hold(?:ing)? off\\s+(?:on\\s+)?(?:invoicing|billing|charging|the invoice|the first invoice)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // A month the buyer need not pay ("skip paying the first").
    re: pat(
      `${B}skip\\s+paying\\s+(?:for\\s+)?(?:the first|a|one|january|february|march|april|may|june|july|august|september|october|november|december)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    ownNegation: true,
    // A cost spread out without interest ("spread it over two years, interest-free").
    re: pat(
      `${B}spread\\p{L}*\\s+${gap(6)}over\\s+${gap(2)}(?:months|years|instal\\p{L}*)${E}[^.!?]{0,30}?${B}(?:no interest|interest-free|without interest)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // An offer line without a verb (a free item for an opening period), or a line at no charge this time.
    re: pat(
      `^(?:complimentary|free)\\s+${gap(2)}(?:support|onboarding|training|seats?|licen[cs]es?|upgrade|installation|setup|shipping|delivery|months?|access)\\s+(?:for|on|with)\\s+(?:the\\s+)?(?:first|next|whole|entire|\\d)${E}|${B}(?:is|are|comes?|will be)\\s+(?:at\\s+)?no charge\\s+(?:this time|for you|on this one|this once)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Non-native: "make more low", "do it more cheap".
    re: pat(
      `${B}(?:make|do|put)\\s+(?:it\\s+|this\\s+|that\\s+|them\\s+)?(?:more low|more lower|more cheap|more cheaper|more economic|more economical)${E}`,
    ),
  },
  // ---- corpus-blind10 round (tuned through corpus10.tuned.txt)
  {
    rule: 'ud.free-extra',
    // A cost line taken off the quote while the seller still does the work.
    re: pat(
      `${B}(?:taken|take|taking|took|struck|strike|striking|removed|remove|removing|dropped|drop|dropping|left|leave|leaving)\\s+(?:the\\s+|our\\s+|that\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:off|from|out of)\\s+(?:the\\s+|your\\s+|this\\s+)?(?:quote|estimate|invoice|bill|order|offer|proposal)${E}`,
    ),
    thenNeeds: re(
      `(?<!${B}(?:you|you'll|your [\\p{L}-]+(?: will| can)?|they|they'll)\\s+)${B}still\\s+(?:be\\s+)?(?:come|coming|do|doing|fit|fitting|install\\p{L}*|deliver\\p{L}*|run|running|visit\\p{L}*|drop|carry out|handle|set|go ahead|happen|take place|included|done|fitted|installed|delivered)${E}|${B}(?:run|do|deliver|fit|install|visit|come)\\p{L}*\\s+${gap(6)}(?:anyway|regardless|as planned|as arranged|all the same)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A cost line brought down to a named amount ("lower the setup to 450"); not the buyer's own bill.
    re: pat(
      `${B}(?:(?:reduc\\p{L}*|lower(?:s|ed|ing)?|cut(?:s|ting)?|trim\\p{L}*|slash\\p{L}*|drop(?:s|ped|ping)?)\\s+(?!your\\s|their\\s)(?:the\\s+|our\\s+|that\\s+|this\\s+)?(?:[\\p{L}-]+\\s+){1,3}?(?:down\\s+)?|(?:bring\\p{L}*|brought|get|getting|take|taking|took)\\s+(?!your\\s|their\\s)(?:the\\s+|our\\s+|that\\s+|this\\s+)?(?:[\\p{L}-]+\\s+){1,3}?down\\s+)to\\s+(?:just\\s+|only\\s+)?${L.MONEY}`,
    ),
  },
  // ---- session9 round (blind28's concepts; tuned through session9.tuned.txt)
  {
    rule: 'ud.price-cut',
    // DE separable price verbs: "setzen wir den Preis auf 18 Euro herunter"; only about a price.
    re: pat(
      `${BU}(?:(?:setzen|setze|senken|senke|bringen|bringe|gehen|gehe)\\s+(?:wir|ich)|(?:wir|ich)\\s+(?:setzen|setze|bringen|bringe|gehen|gehe))\\s+${gap(8)}(?:herunter|herab|runter)${E}(?<=(?:(?:preis|geb[üu]hr|kosten|tarif|betrag|euro|€|pauschale|miete|rate|prozent)\\p{L}*|\\d\\s?%)[^.!?]{0,80})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    ownNegation: true,
    // DE: a cost that will not show on the invoice ("erscheinen auf Ihrer Rechnung gar nicht").
    re: pat(
      `${BU}(?:tauch|erschein|steh)\\p{L}*\\s+${gap(2)}(?:auf|in)\\s+(?:der|ihrer|unserer|dieser)\\s+rechnung\\s+(?:gar\\s+|überhaupt\\s+)?(?:nicht|nie)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Payment later than agreed, DE: "zahlen Sie erst im März", "können Sie auch erst im Februar begleichen".
    re: pat(
      `${BU}(?:zahlen|begleichen|bezahlen|[üu]berweisen)\\s+sie\\s+${gap(5)}erst\\s+(?:im|nach|ab|zum|am|in|ende)\\s+${DE_LATER}${E}|${BU}erst\\s+(?:im|nach|ab|zum|am|in|ende)\\s+${DE_LATER}\\s+${gap(2)}(?:zahlen|begleichen|bezahlen|[üu]berweisen)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Long terms offered: 60 days and more ("nos pagas a 120 días", "régler à 90 jours", "settle after 60 days").
    re: pat(
      `${BU}(?:pag|abon|r[ée]gl|pay|settl)\\p{L}*\\s+${gap(4)}(?:a|[àa]|after|in|within)\\s+(?:[6-9]\\d|1\\d\\d|sixty|ninety|sesenta|noventa|soixante|quatre-vingt-dix)\\s+(?:d[ií]as|jours|days)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    // Nothing to pay until a later date ("no tienes que pagar nada hasta marzo"); the seller waiting for the money.
    re: pat(
      `${BU}no (?:tienes|tiene|ten[ée]is|tienen) que pagar(?: nada)? hasta${E}|(?:${B}(?:we|i)\\s+(?:don't|do not)\\s+mind\\s+(?:to\\s+)?wait\\p{L}*|${B}no problem (?:for us |for me )?to wait)${E}(?<=${B}(?:pay|paid|paying|payment|invoice|settle|bill)\\p{L}*${E}[^.!?]{0,80})`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    selfEvident: true,
    // The buyer's budget sets the price: "tell me your budget and I'll shape the quote to it" (EN/DE/ES/FR).
    re: pat(
      `${B}budget${E}[^.!?]{0,80}?${B}(?:i'll|we'll|i will|we will|i can|we can)\\s+(?:try to\\s+)?(?:shape|fit|tailor|adapt|adjust|match|build|bring|make)\\s+(?:the|my|our)\\s+(?:quote|offer|price|pricing|proposal|number)\\s+(?:to (?:match|fit|suit)|to it|around it|to that|accordingly)${E}|${BU}(?:budget|eingeplant|vorgesehen)\\p{L}*${E}[^.!?]{0,80}?${BU}(?:(?:ich|wir)\\s+(?:passe|passen|richte|richten|stimme|stimmen)|(?:passe|passen|richte|richten|stimme|stimmen)\\s+(?:ich|wir))\\s+${gap(4)}(?:an|aus|ab|danach|daran|darauf)${E}|${BU}presupuest\\p{L}*[^.!?]{0,80}?${BU}(?:me ajusto|nos ajustamos|(?:ajusto|adapto|ajustamos|adaptamos)\\s+${gap(3)}(?:a ese|a esa|a tu|a su|a vuestro|a vuestra|al)${E})|${BU}(?:budget|enveloppe)${E}[^.!?]{0,80}?${BU}(?:j'ajuste|nous ajustons|j'adapte|nous adaptons|on ajuste|on adapte|je m'arrange pour (?:rentrer|tenir|entrer))${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Sold at cost, DE/ES/FR ("à prix coûtant", "zum Selbstkostenpreis", "a precio de coste").
    re: pat(
      `${BU}(?:[àa] prix co[ûu]tant|au prix co[ûu]tant|zum selbstkostenpreis|zu selbstkosten|zum einkaufspreis|a precio de (?:coste|costo)|al costo|sin margen|sans marge)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // FR: the current or old price guaranteed ("je vous garantis le tarif actuel").
    re: pat(
      `${BU}(?:garanti\\p{L}*|maint\\p{L}*|conserv\\p{L}*|bloqu\\p{L}*)\\s+${gap(3)}(?:l'ancien (?:prix|tarif)|(?:le|votre) (?:prix|tarif) (?:actuel|de l'an dernier|d'avant|pr[ée]c[ée]dent))${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // A trial named before and extended as "it": "the pilot: we can extend it by three weeks".
    re: pat(
      `${B}(?:extend|stretch|prolong)\\p{L}*\\s+(?:it|them|that)\\s+(?:by|for|until|till|through|to)\\s+(?:another|one more|an extra|a further|\\d+|two|three|four|a|the end)${E}(?<=${B}(?:trial|pilot|demo|evaluation|poc|proof of concept|test (?:phase|period))s?${E}[^.!?]{0,100})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // A price that can come down to a figure ("our price can come down to 4,200 euros").
    re: pat(
      `${B}(?:our|my)\\s+(?:best\\s+|final\\s+|lowest\\s+)?(?:price|figure|number|rate|quote|offer)\\s+${gap(5)}(?:can|could|will|would|is able to)\\s+(?:come|go|drop|get)\\s+down\\s+to\\s+(?:just\\s+|only\\s+)?${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Beating a rival's figure: "we'll beat it by a few percent", "undercut their quote".
    re: pat(
      `${B}beat\\s+(?:it|that|them|theirs)\\s+by${E}|${B}undercut\\p{L}*\\s+${gap(3)}(?:quote|price|offer|bid|them|it|theirs|competitor\\p{L}*)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "Consider the visit free", "treat the first two weeks as free".
    re: pat(
      `${B}(?:consider|treat)\\s+${gap(7)}(?:as\\s+)?(?:free|free of charge|complimentary|on (?:us|the house)|gratis)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // What the buyer pays today, matched: "whatever your supplier charges, we'll match it".
    re: pat(
      `${B}whatever\\s+${gap(8)}(?:pay|paid|charges?|charged|pays)${E}[^.!?]{0,80}?${B}(?:we'll|we will|i'll|i will|we can|i can)\\s+(?:match|charge (?:you )?the same|do the same|meet|beat)${E}`,
    ),
  },
  // ---- blind27 round (quiet concessions; tuned through session9.tuned.txt)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A rise not passed on ("the surcharge won't be passed on to you"), DE "reichen wir nicht an Sie weiter".
    re: pat(
      `${B}(?:won't|will not|isn't going to|is not going to|not)\\s+be\\s+passed\\s+(?:on|through)${E}(?<=${B}(?:increase|rise|uplift|hike|surcharge|indexation)s?${E}[^.!?]{0,100})|${BU}(?:geben|reichen)\\s+(?:wir|ich)\\s+${gap(6)}nicht\\s+(?:an sie\\s+)?weiter${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // Done without putting it on the bill; no invoice raised for it.
    re: pat(
      `${B}without\\s+(?:adding|putting|charging|billing)\\s+(?:it|them|that|those)\\s+(?:to|on)\\s+(?:the|your)\\s+(?:bill|invoice|account|statement)${E}|${B}(?:not|never)\\s+(?:make|send|issue|raise)\\s+(?:any\\s+|an\\s+)?invoices?${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A gesture or a present from the seller.
    re: pat(
      `${B}as\\s+a\\s+gesture\\s+(?:to|for|towards)${E}|${B}(?:as|like)\\s+(?:a\\s+|our\\s+)?(?:present|gift)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // An invoice held back or parked until later ("parked the March instalment till May").
    re: pat(
      `${B}(?:park|parked|parking|held back|hold back|holding back)\\s+(?:the\\s+|your\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:invoice|bill|instal(?:l)?ment|payment)s?\\s+(?:until|till|to)\\s+(?:after\\s+)?(?:easter|christmas|the summer|the new year|${LATER_DATE})${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The buyer's sum sets the scope or price: "we'll make the scope fit that amount", "ajustamos la oferta a esa cantidad".
    re: pat(
      `${B}(?:make|fit|bring|adjust|shape)\\s+${gap(4)}(?:fit|to|match)\\s+(?:that|this|the|your)\\s+(?:sum|figure|number|amount)${E}|${BU}(?:ajust|adapt)\\p{L}*\\s+${gap(3)}a\\s+(?:esa|esta|su|tu)\\s+(?:cifra|cantidad|suma)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // Extra time before any charge: "another month before we ask anything for it".
    re: pat(
      `${B}(?:another|extra|more|additional|further)\\s+${gap(3)}(?:season|months?|weeks?|days?|year)${E}[^.!?]{0,60}?${B}before (?:we|i) (?:ask (?:you )?(?:for )?(?:anything|a penny|a cent)|charge (?:you )?(?:anything|a penny)|start (?:invoicing|billing|charging))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A charge let slide, a fee knocked out.
    re: pat(
      `${B}let\\s+${gap(8)}slide${E}(?<=${B}(?:service|rental|rent|hire|fees?|charges?|calls?|months?|weeks?|invoices?|visits?|costs?)${E}[^.!?]{0,60})|${B}knock\\p{L}*\\s+(?:the\\s+)?${gap(3)}(?:fee|charge|cost|surcharge|levy)s?\\s+out${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Longer terms on an invoice ("ninety days on this invoice", "forty-five extra days"), paying whenever it suits.
    re: pat(
      `${B}(?:\\d+|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|hundred)\\s+(?:extra\\s+|more\\s+)?days\\s+(?:on|for)\\s+(?:this|the|your|that|the current)\\s+invoice${E}|${B}(?:pay|settle)\\p{L}*\\s+${gap(4)}when(?:ever)?\\s+(?:is|it is|it's)\\s+(?:comfortable|convenient|easy)${E}|${BU}(?:zahl|begleich|[üu]berweis)\\p{L}*\\s*,?\\s+wann immer es ihnen passt${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // The buyer won't be paying while something is paused.
    re: pat(
      `${B}you\\s+(?:won't|will not)\\s+be\\s+paying\\s+(?:for|anything|while|during|over|until|through)${E}(?!\\s+(?:more|extra|above|beyond))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Non-native "without to pay".
    re: pat(`${B}without\\s+to\\s+pay${E}`),
  },
  {
    rule: 'ud.price-match',
    // ES: the price kept as before ("le mantenemos la tarifa igual que el año pasado").
    re: pat(
      `${BU}(?:mantenemos|mantengo|dejamos|dejo)\\s+${gap(4)}(?:igual que|como)\\s+(?:el (?:mes|año|trimestre) pasado|antes|la última vez|siempre)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // FR: "nous vous l'offrons", "on vous l'offre".
    re: pat(
      `${BU}(?:nous vous l'offrons|on vous l'offre|je vous l'offre|nous vous les offrons|on vous les offre|je vous les offre)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    ownNegation: true,
    // Last period's prices rather than the new list; a charge left off, object first.
    re: pat(
      `${B}(?:at|on)\\s+(?:last (?:season|year|month|quarter)'s|the old|the previous|the current|this year's)\\s+(?:prices?|rates?)\\s+(?:rather than|instead of|not)\\s+(?:the\\s+)?new${E}|${B}(?:fee|charge|cost)s?\\s+(?:i've|we've|i have|we have)\\s+(?:left|taken|kept)\\s+off${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // An old rate brought back: "bring the plan back to last year's rate".
    re: pat(
      `${B}(?:take|bring|put|move|set)\\s+${gap(4)}back\\s+to\\s+(?:the\\s+)?(?:old|previous|original|last year's|last season's)\\s+(?:rate|price|pricing|figure|quote)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Extra time not counted against what the buyer pays for ("the idle days won't count against the rental").
    re: pat(
      `${B}(?:won't|will not|isn't going to|is not going to|doesn't|does not|won't be|will not be)\\s+(?:be\\s+)?(?:count|counts|counted)\\s+(?:against|towards?|toward)\\s+(?:your|the)\\s+(?:[\\p{L}-]+\\s+)?(?:hire|rental|support|contract|allowance|hours|period|days|plan|bundle|budget)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A premium date charged at the ordinary rate, said against it ("although it's a Sunday, ... the normal rate").
    re: pat(
      `${B}(?:leave|keep|charge|bill|price|do)\\p{L}*\\s+${gap(5)}at\\s+the\\s+(?:ordinary|normal|usual|weekday|off-peak|standard|regular)\\s+(?:[\\p{L}-]+\\s+)?(?:figure|rate|price)${E}(?<=${B}(?:even though|although|though|despite|even if)${E}[^.!?]{0,160})`,
    ),
  },
  // ---- session10 round (blind29's concepts; tuned through session10.tuned.txt)
  {
    rule: 'ud.price-cut',
    lower: true,
    // The seller's own margin or a rate moved from one figure to a lower one, percentages too.
    re: pat(
      `${B}(?:revis|adjust|bring|brought|mov|chang|tak|took|updat|amend|reduc|lower|cut|dropp?|trimm?|shav|par)\\p{L}*\\s+${gap(3)}(?:rate|price|fee|quote|cost|markup|mark-up|margin|commission|premium|day rate|hourly rate)s?\\s+${gap(4)}from\\s+(?:${L.MONEY}|${L.PCT})\\s+(?:down\\s+)?to\\s+(?:${L.MONEY}|${L.PCT})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A little taken from the seller's side of the price: "trim something off the commission".
    re: pat(
      `${B}(?:trim|shave|take|knock|cut|chip|shift|squeeze)\\p{L}*\\s+(?:a (?:bit|little|touch|few (?:dollars|euros|pounds|points|quid|bucks))|something|some|a chunk)\\s+(?:more\\s+)?(?:off|from|out of)\\s+(?:the|our|my|your)\\s+(?:[\\p{L}-]+\\s+)?(?:price|rate|fee|commission|markup|mark-up|margin|quote|premium|cost|invoice|total|bill|day rate)s?${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    lower: true,
    // The usual figure named, then a lower one offered in the same breath ("list is 40 a seat, but for you 32").
    re: pat(
      `${B}(?:usual|normal|regular|list|going|full|published|book)\\s+(?:[\\p{L}-]+\\s+)?(?:price|rate|fee|cost|charge|figure)\\s+${gap(3)}(?:is|are|was|would be|of|sits at|runs)\\s+${L.MONEY}[^.!?]{0,60}?(?:but|though|however|;|\u2014|\u2013)\\s+${gap(5)}(?:do|offer|give|make|charge|bill|invoice|let you have|go (?:to|with)|settle (?:on|at)|call it)\\s+(?:it\\s+|you\\s+|that\\s+)?(?:at\\s+|for\\s+)?${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A fee let off a first order, said as a bare statement opening the sentence.
    re: pat(
      `^\\s*(?:and\\s+|also\\s+|plus\\s+)?no\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:fee|charge|cost|deposit|commission|premium)s?\\s+(?:on|for)\\s+(?:the|your)\\s+(?:very\\s+)?first${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // Something added while the price stays put ("include X, price unchanged"), EN/ES/FR/DE.
    re: pat(
      `${BU}(?:add|include|throw|put|bundle|fold|tack|a[ñn]ad|agreg|inclu|sum|ajout|rajout|int[ée]gr|aufnehm|hinzuf[üu]g|dazu)\\p{L}*\\s+${gap(12)}(?:without|with no|w/o|sin|sans|ohne)\\s+(?:(?:changing|raising|increasing|touching|adding (?:it |them |that |those |these )?to|bumping|moving|any change (?:to|in)|a change (?:to|in)|an increase (?:to|in)|any increase (?:to|in)|cambiar|subir|tocar|modificar|aumentar|changer|augmenter|toucher|modifier)\\s+(?:the |your |our |el |la |le |les |su |votre )?(?:[\\p{L}-]+\\s+)?(?:price|pricing|cost|fee|rate|bill|invoice|total|quote|precio|tarifa|cuota|prix|tarif|montant)s?|(?:den |die )?(?:preis|kosten|rate|monatsrate)\\s+(?:zu\\s+)?(?:[äa]ndern|erh[öo]hen|anzupassen|anpassen))${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    later: true,
    // Nobody but the seller gives more days to pay: no offering voice needed.
    selfEvident: true,
    ownNegation: true,
    // More days to pay than the normal term (the new figure first, the old one after "instead of").
    re: pat(
      `${BU}(?:pay|settle|payment|invoice|terms?|zahl|bezahl|pag|pa[iy]|r[ée]gl)\\p{L}*\\s+${gap(5)}(?:at|in|within|on|after|net|a|en|sous|nach|innerhalb von|binnen|zu)\\s+(?:net\\s+)?\\d+\\s+(?:days?|d[ií]as|jours|tagen?)?\\s*(?:instead of|rather than|not|en lugar de|en vez de|au lieu de|plut[ôo]t que|statt|anstatt|anstelle von)\\s+(?:the\\s+|our\\s+|los\\s+|las\\s+|les\\s+|des\\s+|den\\s+|der\\s+)?(?:usual|normal|standard|regular|habituales|habituels|[üu]blichen|usuales|normales)?\\s*(?:net\\s+)?\\d+(?![\\d]|[.,]\\d)`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A price kept although a general increase applies ("despite", "trotz", "malgré", "a pesar de").
    re: pat(
      `${B}(?:keep|hold|leave|maintain|stick)\\p{L}*\\s+${gap(8)}(?:despite|in spite of|notwithstanding|regardless of|ignoring|even with|trotz|malgr[ée]|pese a|a pesar de)\\s+(?:the|our|this year's|next year's|the new|der|die|unserer|la|el|nuestra|notre)\\s+(?:[\\p{L}-]+\\s+)?(?:increase|rise|uplift|price (?:change|rise|increase)|escalat\\p{L}*|hike|preiserh[öo]hung|erh[öo]hung|subida|aumento|hausse|augmentation)s?${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Matching, unasked, a lower quote the buyer may hold from a rival: offered ("we'll match it") or done.
    re: pat(`(?:${WE_WILL_MATCH}|${WE_MATCHED})(?<=${RIVAL_QUOTE}[^.!?]{0,140})`),
  },
  {
    rule: 'ud.price-match',
    // The same offer, the rival's quote named in the sentence before ("A cheaper bid? Forward it and I'll match it").
    prevNeeds: re(RIVAL_QUOTE),
    re: pat(WE_WILL_MATCH),
  },
  {
    rule: 'ud.price-flexibility',
    // The buyer's budget, whatever it is, made to fit by the seller.
    re: pat(
      `${B}whatever\\s+(?:[\\p{L}-]+\\s+)?(?:budget|price|figure|number|amount|rate)\\s+[^.!?]{0,80}?(?:make (?:it|that|them|the numbers) (?:work|fit)|work with (?:it|that)|meet it|fit (?:it|that|within it))${E}|${B}(?:tell me|let me know|share|send me|give me)\\s+(?:what\\s+)?(?:your|the)\\s+budget\\s+(?:is\\s+)?[^.!?]{0,60}?(?:make it work|make (?:it|that|the (?:numbers|price|quote)) fit)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The buyer invited to name the price, FR/ES/DE: "quel prix vous conviendrait", "welcher Preis Ihnen vorschwebt".
    re: pat(
      `${BU}(?:quel|quelle)\\s+(?:prix|tarif|montant|budget|chiffre)\\s+(?:vous\\s+)?(?:conviendrait|convient|irait|arrangerait|semble juste)${E}|${BU}qu[ée]\\s+(?:precio|tarifa|importe|cifra)\\s+(?:le|te|les|os)\\s+(?:vendr[ií]a bien|viene bien|conviene|convendr[ií]a|encaja|encajar[ií]a|cuadra|cuadrar[ií]a|parece justo)${E}|${BU}welche[nrs]?\\s+preis\\p{L}*\\s+(?:ihnen|dir|euch)\\s+(?:vorschwebt|passt|passen w[üu]rde|recht w[äa]re|vorstellen)${E}|${BU}(?:je verrai|nous verrons|on verra)\\s+ce que (?:je|nous|l'on|on) (?:peux|pouvons|peut) faire${E}|${BU}(?:ver[ée]|veremos|miro|miramos|mirar[ée])\\s+(?:qu[ée]|que|lo que)\\s+(?:podemos|puedo)\\s+hacer${E}`,
    ),
  },
  // ---- corpus-blind11 round (tuned through corpus11.tuned.txt)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Said of an item handed over: "the loan van doesn't cost you anything".
    re: pat(
      `${B}(?:doesn't|does not|don't|do not|won't|will not|shouldn't|should not)\\s+cost\\s+you\\s+(?:anything|a thing|a penny|a cent|a dime|a euro|a pound)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Billing started late on purpose: "we'll start billing from April", "begin invoicing after go-live".
    re: pat(
      `${B}(?:start|begin|starting|beginning|only start|won't start)\\s+(?:billing|invoicing|charging)\\s+(?:you\\s+)?(?:from|in|at|after|once|when)\\s+(?:${LATER_DATE}|then|go-?live|launch|handover|sign-?off)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Charged at a lower tier than the volume would be (an entry or lowest band, whatever the count).
    re: pat(
      `${B}(?:charg|bill|invoic|pric)\\p{L}*\\s+(?:you\\s+|it\\s+|them\\s+)?(?:at\\s+|on\\s+)?(?:the\\s+)?(?:smallest|lowest|lower|cheapest|bottom|entry|base|starter|minimum|first)[- ](?:tier|band|level|bracket|volume)(?:\\s+(?:rate|price|pricing|fee))?${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Charges left out of the price (EN "leave ... charges out", DE "lassen ... weg").
    re: pat(
      `${B}(?:leave|leaving|left|keep|keeping|kept)\\s+(?:the\\s+|those\\s+|that\\s+|your\\s+)?${gap(4)}(?:${L.FEE_NOUN})\\s+out${E}|${BU}(?:lass\\p{L}*|streich\\p{L}*|nehm\\p{L}*)\\s+(?:ich|wir)\\s+${gap(5)}\\p{L}*(?:kosten|geb[üu]hr\\p{L}*|zuschlag|zuschl[äa]ge|pauschale)\\s+${gap(4)}(?:weg|raus|heraus)${E}`,
    ),
  },
  // ---- blind30 round (short mid-thread replies; tuned through session10.tuned.txt)
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    // Paying later or in parts with the interest dropped: "the rest in spring, no interest".
    re: pat(
      `${B}(?:no|zero|without|sans|sin|ohne|keine)\\s+(?:any\\s+)?(?:interest|int[ée]r[êe]ts?|intereses|zinsen)${E}(?<=${B}(?:pay|payments?|instal\\p{L}*|rest|balance|remainder|spread|split|pago|plazos|paiement|zahlung|raten)${E}[^.!?]{0,80})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    ownNegation: true,
    newFirst: true,
    // A bare figure set against a higher one, said as the seller's word: "call it 80 rather than 95", "sagen wir ... statt".
    re: pat(
      `${BU}(?:call it|say|let's say|make it|sagen wir|machen wir|disons|mettons|digamos|pongamos|dejémoslo en|faire|fais|faisons|ferai|ferons|do|mache|machen|gebe|geben)\\s+${gap(3)}\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*\\s+${gap(4)}(?:instead of|rather than|not|statt|anstatt|anstelle von|au lieu de|plut[ôo]t que|en lugar de|en vez de)\\s+(?:the\\s+|die\\s+|les\\s+|los\\s+)?\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*(?![\\d]|[.,]\\d)(?!\\s*(?:%|percent|days?|weeks?|hours?|minutes?|months?|years?|people|staff|d[ií]as|semanas|horas|meses|a[ñn]os|jours|semaines|heures|mois|ans|tage|wochen|stunden|monate|jahre)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    ownNegation: true,
    newFirst: true,
    // Down to a figure from a higher one, new first: "reduce to 2.1 from 2.4", "bajar a 900 desde 1.000".
    re: pat(
      `${BU}(?:reduc|lower|drop|bring|brought|cut|come|go|bajar|baj|rebaj|reduzc|reduc|baiss|r[ée]dui|senk|reduzier)\\p{L}*\\s+(?:it\\s+|that\\s+|the price\\s+|down\\s+|le prix\\s+|el precio\\s+)?(?:down\\s+)?(?:to|a|à|auf)\\s+(?:${L.MONEY}|\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*)(?:\\s*(?:lakhs?|crores?|k|mil))?\\s+(?:from|de|desde|von)\\s+(?:${L.MONEY}|\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // The price brought down by the seller, said afterwards: "I went over the quote and brought it down".
    re: pat(
      `${B}(?:brought|bring|got|get|knocked|knock|pulled|sharpened|trimmed|nudged)\\s+(?:it|that|this|the (?:price|quote|figure|number|total|rate|cost)s?)\\s+down${E}(?!\\s+to\\s+(?:\\d+|one|two|three|four|five)\\s+(?:per|a|an|times|visits?|calls?|check-ins?|meetings?|sessions?|days?|weeks?|hours?)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    later: true,
    // More for the price of less: "four weeks at the three-week price", "3 licences for the price of 2".
    re: pat(
      `${B}\\d+\\s*(?:weeks?|months?|days?|years?|units?|seats?|licen[cs]es?|nights?|sessions?|visits?)\\s+(?:at|for)\\s+(?:the\\s+)?(?:price|cost|rate)\\s+of\\s+\\d+${E}|${B}\\d+\\s*(?:weeks?|months?|days?|years?|units?|seats?|licen[cs]es?|nights?|sessions?|visits?)\\s+(?:at|for)\\s+(?:the|a)\\s+\\d+[- ](?:week|month|day|year|unit|seat|licen[cs]e|night|session|visit)\\s+(?:price|rate|cost|fee)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A flat figure on the seller's word: "I'll do 5,500 flat", "we can do 12k all in".
    re: pat(
      `${B}(?:i'll|we'll|i will|we will|i can|we can|i could|we could|happy to|glad to)\\s+do\\s+(?:it\\s+(?:for|at)\\s+|the lot\\s+(?:for|at)\\s+)?(?:${L.MONEY}|\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*(?:\\s*k)?)\\s+(?:flat|all[- ]in|even|straight|total|for the lot|for everything|for the whole (?:lot|thing))${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // ES: the price left at a figure, object pronoun first: "lo dejamos en 2.900".
    re: pat(
      `${BU}(?:lo|la|te lo|se lo|os lo|le|te|os)\\s+dej(?:o|amos|ar[ée]|aremos)\\s+en\\s+(?:${L.MONEY}|\\d[\\d.,]*(?:[^\\S\\n]\\d{3})*)`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A bit more off, no object named: "let me trim a little more off"; not "take something off your plate".
    re: pat(
      `${B}(?:shave|knock|trim|chip)\\p{L}*\\s+(?:a (?:bit|little|touch)|something|some|a few (?:dollars|euros|pounds|quid|bucks))\\s+(?:more\\s+)?off${E}(?!\\s+(?:your|the|my|our)\\s+(?:plate|list|agenda|table|schedule|timeline|time))`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "do a bit better on the per-room rate": a word before the price noun.
    re: pat(
      `${B}do\\s+(?:a (?:bit|little|lot) |something |slightly |much |even |somewhat |a touch )?(?:better|something)\\s+(?:for you\\s+)?(?:on|with)\\s+(?:the |our |your |this |that )?[\\p{L}-]+\\s+(?:price|pricing|rate|fees?|quote|figure|total)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A cost line taken or kept off: "I'll take the setup off", "keep the onboarding out of the bill".
    re: pat(
      `${B}(?<!${BUYER_DOES}[^.!?]{0,80})(?:take|took|taken|taking|knock|knocked|leave|leaving|left|drop|dropped|strike|struck)\\s+(?:the|that|your)\\s+(?:[\\p{L}-]+(?:'s|')?\\s+){0,2}?(?:${L.COST_LINE}|install|setup fee|set-up fee|installation fee|delivery charge|delivery fee)\\s+(?:fee\\s+|charge\\s+|cost\\s+|line\\s+)?off${E}(?![^.!?]*${BUYER_DOES})|${B}(?:keep|kept|keeping|leave|leaving|left)\\s+${gap(4)}(?:out of|off)\\s+(?:the|your)\\s+(?:bill|invoice|quote|total|statement)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // The seller covering a named item "this time" or "for you": "I'll cover the certification this time round".
    re: pat(
      `${B}(?:i'll|we'll|i will|we will|i can|we can|happy to|let me|let us)\\s+cover\\s+(?:the|your)\\s+${gap(4)}(?:this time(?: round)?|for you|on (?:us|me)|ourselves|myself|at our (?:end|cost|expense))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "X is on me", said of a named item or unit (not a mistake being owned: see FAULT).
    re: pat(
      `${B}(?:the\\s+)?(?:second|third|fourth|extra|spare|additional)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:is on me|is on us|are on me|are on us)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A charge not raised: "we won't charge the cancellation fee", FR "ne vous sera pas facturé", ES "no se le cobrará".
    re: pat(
      `${B}(?:we|i)\\s+(?:won't|will not|wont|shan't|aren't going to|are not going to|am not going to)\\s+(?:be\\s+)?(?:charg|bill|invoic)\\p{L}*\\s+(?:you\\s+)?(?:the|that|this|any|a|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${L.FEE_NOUN})${E}|${BU}ne\\s+(?:vous\\s+|te\\s+|lui\\s+)?(?:sera|seront|est|sont)\\s+pas\\s+factur\\p{L}*|${BU}no\\s+(?:se\\s+)?(?:le|te|les|os)\\s+(?:cobrar[áa]n?|cobramos|cobraremos|facturar[áa]n?|facturamos|facturaremos)${E}|${BU}wird\\s+(?:ihnen|dir|euch)\\s+nicht\\s+(?:berechnet|in rechnung gestellt)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A minimum the buyer would have to reach, waived: "drop the minimum order", "sin pedido mínimo".
    re: pat(
      `${BU}(?:drop|waive|remove|scrap|forget|lift|ignore|skip|relax|suspend)\\p{L}*\\s+(?:the|our|your|that)\\s+(?:minimum|min\\.?|moq)(?:\\s+(?:order|quantity|volume|spend|commitment|term|run|pallets?))?${E}|${BU}(?:sin|sans|ohne)\\s+(?:(?:el|un|le)\\s+)?(?:pedido m[íi]nimo|minimum de commande|mindestabnahme\\p{L}*|mindestbestell\\p{L}*)`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // DE: on the house, at the seller's cost ("geht aufs Haus", "auf unsere Kosten").
    re: pat(`${BU}(?:aufs haus|auf unsere kosten|auf meine kosten|geht auf (?:uns|mich))${E}`),
  },
  {
    rule: 'ud.free-extra',
    // ES: something left included ("te dejo el transporte incluido").
    re: pat(
      `${BU}(?:te|le|os|les)\\s+dej(?:o|amos|ar[ée]|aremos)\\s+(?:[^\\s;:!?]+\\s+){1,4}?incluid[oa]s?${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // DE: the trial access extended ("verlängere Ihren Testzugang um vier Wochen").
    re: pat(`${BU}verl[äa]nger\\p{L}*\\s+${gap(3)}(?:test|probe|pilot|evaluierung)\\p{L}*`),
  },
  {
    rule: 'ud.payment-terms',
    // Many days to pay granted: "te puedo dar 90 días para el primer pago".
    re: pat(
      `${BU}(?:dar|doy|damos|daremos|give|offer|grant|geben|gebe|r[äa]ume|accorder|donner|donne|accorde)\\s+(?:you\\s+|le\\s+|te\\s+|vous\\s+|ihnen\\s+)?(?:60|75|90|120|sixty|ninety|sesenta|noventa|soixante|quatre-vingt-dix)\\s+(?:d[ií]as|days|tage|jours)\\s+(?:para|to|for|zum|pour|de plazo)${E}`,
    ),
  },
  // ---- blind31 round (account management and renewals; tuned through session10.tuned.txt)
  {
    rule: 'ud.free-extra',
    // Usage above the paid count kept unbilled: "kept your seat count at 120 although you run 150", "keep billing the 80-unit tier".
    re: pat(
      `${B}(?:kept|keep|keeping|hold|held|holding|leave|left|leaving)\\s+(?:your|the)\\s+(?:[\\p{L}-]+\\s+)?(?:seat|user|licen[cs]e|vehicle|device|site|unit|head)\\s*(?:count|number|total)s?\\s+at\\s+\\d+${E}(?=[^.!?]{0,80}${B}(?:even though|although|though|while|despite|whereas|even with|instead of)${E})|${B}(?:keep|kept|keeping|continue|continuing)\\s+(?:to\\s+)?(?:bill|billing|charg\\p{L}*|invoic\\p{L}*)\\s+(?:you\\s+)?(?:at|for|on)\\s+(?:the\\s+)?(?:\\d+|old|original|previous|current|lower|smaller)[- ]?(?:[\\p{L}-]+\\s+)?(?:tier|band|level|count|rate|number)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Overage or usage left unbilled, let slide: "leave the overage unbilled", "we'll let that slide".
    re: pat(
      `${B}(?:leave|left|leaving|keep|kept|go|goes|stay|stays)\\s+${gap(4)}(?:unbilled|uncharged|uninvoiced)${E}|${B}let\\s+(?:that|it|this|those|them)\\s+(?:slide|go|pass)${E}(?<=${B}(?:overage|overages|over the contracted|excess|extra|additional|charg\\p{L}*|fees?|bill\\p{L}*|invoic\\p{L}*|usage|pages)${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Said by the seller of the buyer's own additions: no offering voice needed.
    selfEvident: true,
    ownNegation: true,
    // Mid-term additions not charged: "won't be prorated", "consider them part of the existing licence".
    re: pat(
      `${B}(?:won't|will not|aren't going to|are not going to|isn't going to|is not going to|don't need to|do not need to)\\s+be\\s+(?:prorated|pro-rated|trued[- ]up|charged for|billed for|invoiced)${E}|${B}consider\\s+(?:them|it|those|these|that)\\s+(?:part of|included in|covered by)\\s+(?:the|your)\\s+(?:existing|current)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    ownNegation: true,
    // An increase not applied, EN/ES/FR: "the increase doesn't apply to you", "no aplicaros la subida", "reporter l'augmentation".
    re: pat(
      `${B}(?:increase|uplift|indexation|rise|escalator|cpi)s?${E}[^.!?]{0,60}?${B}(?:doesn't|does not|won't|will not|isn't going to|is not going to)\\s+(?:apply|affect)(?:\\s+to)?\\s+(?:you|your)${E}|${B}not\\s+(?:to\\s+)?apply\\s+(?:the|your|this year's|our|any)\\s+(?:[\\p{L}-]+\\s+)?(?:indexation|increase|uplift|escalator|cpi|rise)${E}|${BU}no\\s+(?:aplicar|aplicaros|aplicarles|aplicarle|aplicarte|aplicamos|aplicaremos|aplicaré|aplico)\\s+(?:la|el)\\s+(?:subida|incremento|aumento|actualizaci[oó]n|ipc)${E}|${BU}(?:subida|incremento|aumento|actualizaci[oó]n|ipc)\\p{L}*[^.!?]{0,40}?sin aplicar${E}|${BU}(?:report|d[ée]cal|repouss|diff[ée]r|gel)\\p{L}*\\s+(?:l'|la |le )(?:augmentation|hausse|indexation|revalorisation)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    ownNegation: true,
    // Instalments offered instead of paying upfront: "four quarterly instalments instead of upfront".
    re: pat(
      `${B}(?:instal\\p{L}*|installments?|monthly|quarterly)\\s+(?:payments?\\s+|billing\\s+)?(?:instead of|rather than)\\s+(?:paying\\s+|one\\s+)?(?:upfront|up front|up-front|in advance|annually|in one go|a lump sum|lump sum|the full (?:year|amount))${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // Going back to the seller's pricing people for a better number: "I'll go back to pricing for something better".
    re: pat(
      `${B}go\\s+back\\s+to\\s+(?:pricing|finance|my (?:manager|boss|director|vp)|the deal desk|management|our pricing team)\\s+(?:for|to get|and (?:get|ask for|push for))\\s+(?:something|a|an)\\s+(?:better|lower|sharper|improved)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // ES credit: "les vamos a abonar un mes completo".
    re: pat(
      `${BU}abon(?:ar|amos|aremos|o|aré)(?:le|les|te|os)?\\s+${gap(4)}(?:mes|meses|semana|factura|importe|cuota|d[ií]as)${E}`,
    ),
  },
  // ---- corpus-blind12 round (replies to leads and proposals; tuned through corpus12.tuned.txt)
  {
    rule: 'ud.price-cut',
    // The buyer put on a special figure unasked (the rate kept for early partners, charities, a new sector).
    re: pat(
      `${B}(?:set|put|priced|placed|moved|brought)\\s+you\\s+(?:at|on|onto)\\s+(?:the\\s+)?(?:figure|price|rate|tier|level|pricing|band)\\s+(?:we|that we|i)\\s+(?:use|give|offer|reserve|keep|normally give)\\s+(?:for|to)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A trial or loan kept free for longer, up to a date or for a further period.
    re: pat(
      `${B}(?:stays?|remains?|stay|remain)\\s+(?:free|at no (?:cost|charge)|on us|free of charge)\\s+(?:until|till|through|for another|for a further)${E}`,
    ),
  },
  // ---- session11 round (blind33 and corpus-blind13; tuned through session11.tuned.txt)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The seller telling the buyer to count an extra as part of the deal: "consider the spare lamps part of the package".
    re: pat(
      `${B}consider\\s+(?:the|this|that|your|those|these|them|it)\\s+(?:[^\\s.!?,;]+\\s+){0,6}?(?:part of|included in|covered by|thrown into)\\s+(?:the|your|this|our)\\s+(?:deal|order|package|price|contract|quote|bundle|agreement|purchase)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // Hire kept at a shorter period's price although it runs longer: "the two-week price even if it stays three".
    re: pat(
      `${B}(?:at|pay|for)\\s+(?:the\\s+|a\\s+)?(?:\\d+|one|two|three|four|five|six|seven|eight|single)[- ](?:day|week|month|night)s?\\s+(?:price|rate|fee|charge|tariff)${E}(?=[^.!?]{0,80}${B}(?:even if|even though|although|though|even when)${E})`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A price held at an earlier season's level: "hold the seedlings at last season's per-tray rate".
    re: pat(
      `${B}(?:keep|keeping|kept|hold|holding|held|leave|leaving|freeze|freezing)\\s+(?:you|your|the|them|it|those|these)\\s+(?:[^\\s.!?,;]+\\s+){0,2}?at\\s+${L.EARLIER_SEASON}\\s+(?:[^\\s.!?,;]+\\s+){0,2}?(?:rate|price|pricing|level|tariff|figure)s?${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // ...and said of the goods: "your tile order stays at last season's price".
    re: pat(
      `${B}(?:is|are|will be|stays?|remains?|will stay|will remain)\\s+(?:held\\s+|kept\\s+|frozen\\s+)?at\\s+${L.EARLIER_SEASON}\\s+(?:[^\\s.!?,;]+\\s+){0,2}?(?:rate|price|pricing|level|tariff|figure)s?${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A visit or service not charged: "the commissioning visit won't be charged" (not "isn't charged until").
    re: pat(
      `${B}(?:visits?|surveys?|call-?outs?|trips?|inspections?|sessions?|installation|install|set-?up|commissioning|training|delivery|travel|consultation|hours|days?)\\s+(?:won't|will not|isn't|is not|aren't|are not|wouldn't|would not)\\s+(?:be\\s+)?(?:charged|billed|invoiced)${E}(?!\\s+(?:separately|until|at|extra|later|on top|before|as|for separately))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Charges taken out of a period or a quote (EN/FR/DE): "strip the call-out fees out of year one",
    // "je supprime de l'offre le forfait", "die Anfahrt lasse ich weg".
    re: pat(
      alt(
        `${B}(?:take|taking|took|pull|pulling|strip|stripping|drop|dropping)\\s+(?:the|those|these|all|your|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:charges?|fees?|costs?|hours|surcharges?)\\s+out\\s+of\\s+(?:the\\s+|your\\s+)?(?:first year|year one|first term|quote|invoice|bill|price|contract|total|estimate|proposal)${E}`,
        `${BU}(?:je|nous|on)\\s+(?:vous\\s+)?(?:retire|retirons|enl[eè]ve|enlevons|supprime|supprimons|raye|rayons)\\s+(?:(?:de l'offre|du devis|de la facture|de la proposition)\\s+(?:les|le|la|l')\\s*(?:frais|heures|co[uû]ts?|forfaits?|d[ée]placements?|jours?)|(?:les|le|la|l')\\s*(?:frais|heures|co[uû]ts?|forfaits?|d[ée]placements?|jours?)\\s+${gap(4)}(?:de l'offre|du devis|de la facture|de la proposition))${E}`,
        `${BU}(?:(?:lass|lasse|lassen)\\s+(?:ich|wir)|(?:ich|wir)\\s+(?:lasse|lassen))\\s+${gap(6)}weg${E}(?<=${BU}\\p{L}*(?:pauschale|geb[üu]hr|kosten|anfahrt|zuschlag|fahrt|stunden)\\p{L}*[^.!?]{0,80})`,
      ),
    ),
  },
  // ---- session11 second round (blind34 and its subject lines; tuned through session11.tuned.txt)
  {
    rule: 'ud.free-extra',
    // An upgrade kept at the same price: "move you up to the gold plan for the same monthly fee".
    re: pat(
      `${B}(?:(?:bump|bumped|bumping|move|moved|moving|upgrade|upgraded|upgrading|switch|switched|put|putting)\\s+(?:you|your\\s+[\\p{L}-]+)\\s+(?:up\\s+)?|upgrade[ds]?\\s+)(?:to|onto)\\s+[^.!?]{1,50}?(?:${B}(?:for|at)\\s+(?:the\\s+)?same\\s+(?:[\\p{L}-]+\\s+)?(?:payment|price|rate|fee|cost|amount)|[,;\u2013\u2014-]\\s*(?:the\\s+)?same\\s+(?:[\\p{L}-]+\\s+)?(?:payment|price|rate|fee|cost)|${B}same\\s+(?:[\\p{L}-]+\\s+)?(?:payment|price|rate|fee|cost)\\s+as|${B}no change (?:in|to) (?:your|the) (?:[\\p{L}-]+\\s+)?(?:fee|price|payment|rate|bill))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // Work added without adding to the bill: "without adding anything to the retainer".
    re: pat(
      `${B}without\\s+(?:adding|putting|charging|billing)\\s+(?:anything|a (?:penny|cent|thing|dime)|more)(?:\\s+extra)?\\s+(?:to|on|onto)\\s+(?:the|your)\\s+(?:retainer|invoice|bill|fee|price|contract|quote|order)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A charge zeroed: "I've zeroed those out on your invoice", "zero out the cleaning charge".
    re: pat(
      `${B}zero(?:ed|ing|s)?\\s+(?:out\\s+)?(?:it|that|this|those|these|them|the|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:out\\s+)?(?:on|from|off)\\s+(?:the|your|this)\\s+(?:invoice|bill|quote|order|statement|account)${E}|${B}zero(?:ed|ing)?\\s+out\\s+(?:the|your|that|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?${L.FEE_NOUN}${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Several charges knocked off a document at once: "knocked the delivery charge and the rent off the lease".
    re: pat(
      `${B}(?:knock|knocked|knocking|shave|shaved)\\s+(?:the|your|that|those)\\s+[^.!?]{1,60}?\\s+off\\s+(?:the|your|this)\\s+(?:lease|invoice|bill|quote|order|contract|price|total|rental|statement)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A line that opens with a free item for the buyer, a subject most of all: "Free install day for you".
    re: pat(
      `^\\s*(?:(?:re|fw|fwd|aw|wg|rv|tr)\\s*:\\s*)*(?:an?\\s+)?free\\s+(?:[\\p{L}-]+\\s+){1,3}?for\\s+(?:you|your\\s+(?:team|crew|staff|site|office|store|stand|booth|people))${E}`,
    ),
  },
  // ---- session11 third round (blind35; tuned through session11.tuned.txt)
  {
    rule: 'ud.price-match',
    // A rate left where it was: "I'll leave your service fee exactly where it was last year".
    re: pat(
      `${B}(?:keep|keeping|kept|hold|holding|held|leave|leaving|left)\\s+(?:your|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:rate|price|pricing|fee|premium|charge)s?\\s+(?:exactly\\s+|right\\s+|just\\s+)?where\\s+(?:it|they)\\s+(?:was|were|is|are|stood)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A reorder matched to an earlier season's price, apostrophe or not: "matched ... to last years pricing".
    re: pat(
      `${B}(?:matched|held|kept|pegged|set|priced)\\s+(?:the|your)\\s+(?:[^\\s.!?,;]+\\s+){0,4}?(?:to|at)\\s+(?:last|the previous)\\s+(?:year|season|quarter)'?s\\s+(?:pricing|price|rate|prices|rates|level)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // Half rate: "billed at half rate", "the second install at half price".
    re: pat(`${B}at\\s+half\\s+(?:rate|price|the price|the rate|cost|the usual (?:rate|price))${E}`),
  },
  {
    rule: 'ud.price-cut',
    // A cut by an amount in words: "bring the premium down by another nine hundred".
    re: pat(
      `${B}(?:bring|take|knock|drop|lower|cut|get)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:premium|price|rate|fee|bill|quote|invoice|cost|total)\\s+down\\s+by\\s+(?:another\\s+|a further\\s+|an extra\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a)\\s+(?:hundred|thousand|grand)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Beating a rival's figure: "send me their quote and I'll beat it" (the rival named before).
    re: pat(
      `${B}(?:we'll|we will|i'll|i will|we can|i can|we'd|i'd)\\s+(?:gladly\\s+|happily\\s+|easily\\s+|still\\s+)?(?:beat|undercut|better)\\s+(?:it|that|them|theirs|their (?:price|quote|offer|figure|number))${E}(?<=(?:${RIVAL_QUOTE}|${B}(?:offered|quoted))[^.!?]{0,140})`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A demo or loaner kept longer: "keep the loaner analyser for an extra two weeks".
    re: pat(
      `${B}(?:keep|hang on to|hold on to|hold onto|hang onto)\\s+(?:the|our|that|this)\\s+(?:demo|loaner|loan|trial|test|sample|evaluation|eval)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:for\\s+)?(?:another|a further|an extra|an additional)\\s+(?:\\p{L}+\\s+)?(?:weeks?|months?|days?)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // The buyer told an extra costs nothing: "you won't have to pay for those".
    re: pat(
      `${B}you\\s+(?:don't|do not|won't|will not|dont|wont)\\s+(?:need|have)\\s+to\\s+pay\\s+(?:for\\s+)?(?:them|it|this|that|those|these|anything|extra)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // DE/FR: open to talk about the price ("beim Preis lassen wir mit uns reden", "revoir notre tarif à la baisse").
    re: pat(
      `${BU}lass\\p{L}*\\s+(?:wir|ich)\\s+${gap(3)}mit\\s+(?:uns|mir)\\s+reden${E}(?<=${BU}(?:preis|tarif|konditionen|kosten)\\p{L}*[^.!?]{0,80})|${BU}revoir\\s+(?:le|votre|notre|les|nos)\\s+(?:tarifs?|prix|devis|offre)\\s+[àa]\\s+la\\s+baisse${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A fee named, then "it's on me" after a comma: "forget the call-out charge, its on me".
    re: pat(
      `${B}(?:it's|its|that's|thats)\\s+on\\s+(?:me|us)${E}(?<=${B}(?:${L.FEE_NOUN})${E}[^.!?]{0,50}[,;]\\s*(?:it's|its|that's|thats)\\s+on\\s+(?:me|us))`,
    ),
  },
  // ---- second paraphrase round (paraphrase38)
  {
    rule: 'ud.price-flexibility',
    // Meeting halfway: "settle somewhere in the middle on the rate", "split the gap down the middle".
    re: pat(
      `${B}(?:(?:land|meet|settle|end up|come)\\s+(?:somewhere\\s+)?in\\s+the\\s+middle|split\\s+the\\s+(?:gap|difference)|(?:straight\\s+)?down\\s+the\\s+middle)${E}(?:(?=[^.!?]{0,100}${PRICE_WORD})|(?<=${PRICE_WORD}[^.!?]{0,100}))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Rounded down to a neat figure: "at an even twelve hundred", "on arrondit à 3 000 € tout rond".
    re: pat(
      `${B}(?:at|to)\\s+an?\\s+(?:even|round|flat|neat|clean)\\s+(?:${L.MONEY}|\\d[\\d.,]*|${SPOKEN_FIGURE})${E}|${BU}(?:on\\s+)?arrondi\\p{L}*\\s+[àa]\\s+${gap(3)}tout\\s+rond${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A minimum order or term waived: "drop the twelve-month minimum", "the minimum won't apply", "verzichten auf die Mindestabnahme".
    re: pat(
      `${B}(?:drop|dropping|waive|waiving|scrap|scrapping|forget|lift|lifting|remove|removing|skip|skipping)\\s+(?:the|your|our)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?minimum${E}|${B}minimum\\s+[^.!?]{0,50}?(?:won't|will not|doesn't|does not)\\s+apply${E}|${B}(?:won't|will not|don't|do not)\\s+(?:need|have)\\s+to\\s+(?:hit|meet|reach|order)\\s+(?:the|our)\\s+(?:usual\\s+)?(?:[\\p{L}\\d-]+\\s+)?minimum${E}|${BU}verzicht\\p{L}*\\s+(?:wir|ich)\\s+auf\\s+(?:die|den|das)\\s+mindest\\p{L}*`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "consider the extended coverage a gift from our side".
    re: pat(`${B}(?:a\\s+)?gift\\s+from\\s+(?:us|our side|our end|me|the team)${E}`),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    // Billing pushed back: "you won't see an invoice from us until March", "hold off on the first billing cycle".
    re: pat(
      `${B}(?:won't|will not)\\s+(?:see|get|receive)\\s+(?:an?|any|the first|our)\\s+(?:invoice|bill)\\s+(?:from us\\s+)?until${E}|${B}hold\\s+off\\s+(?:on\\s+)?(?:the\\s+)?(?:first\\s+)?(?:billing|invoic\\p{L}*|payment)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    ownTerm: true,
    // A price frozen ahead: "the rate stays the same until 2028", "no increases ... for three years",
    // "le garantizamos el mismo precio durante todo el año".
    re: pat(
      `${B}(?:price|rate|fee|cost)\\s+will\\s+(?:stay|remain)\\s+(?:exactly\\s+)?(?:where it is|the same|unchanged)\\s+(?:through|until|till|for)${E}|${B}no\\s+(?:price\\s+)?increases?\\s+(?:on|to|for)\\s+(?:your|the)\\s+[^.!?]{0,40}?for\\s+(?:the\\s+next\\s+)?\\p{L}+\\s+years?${E}|${BU}(?:garantiz|mantene|mantendr)\\p{L}*\\s+(?:el\\s+)?mismo\\s+precio${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // At or below cost: "for less than they cost us", "at our own purchase price", "go under cost".
    re: pat(
      `${B}(?:less than|below|under)\\s+(?:what\\s+)?(?:they|it|this|that)\\s+costs?\\s+us${E}|${B}(?:at|for)\\s+our\\s+own\\s+(?:purchase|buying|cost)\\s+price${E}|${B}(?:go|goes|sell|selling|let|letting|sold)\\s+[^.!?]{0,30}?(?:under|below)\\s+cost${E}|${B}no\\s+margin\\s+on\\s+top${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // DE: "noch einmal 4 % weniger".
    re: pat(`${L.PCT}\\s+weniger${E}`),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // An exit fee dropped: "there won't be any exit penalty on the lease".
    re: pat(
      `${B}(?:won't|will not)\\s+be\\s+(?:any|an)\\s+(?:exit|cancellation|termination|early[- ]termination|break)\\s+(?:penalty|fee|charge)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A fee named, then eaten: "don't worry about delivery charges — we'll eat those".
    re: pat(
      `${B}(?:we'll|i'll|we will|i will)\\s+(?:eat|swallow|absorb|cover)\\s+(?:those|these|them|that|it)${E}(?<=${B}(?:${L.FEE_NOUN})${E}[^.!?]{0,80})`,
    ),
  },
  // ---- paraphrase round (paraphrase37: concepts already known, in more wordings)
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // The old price kept: "stays at what you were paying".
    re: pat(
      `${B}(?:stay|stays|remain|remains|keep|kept|keeping|hold|held)\\s+(?:you\\s+)?at\\s+what\\s+you\\s+(?:paid|pay|were paying|are paying|had)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A loaner or demo left longer, EN/ES: "can stay on site for an extra month", "quedarse con el equipo de demostración".
    re: pat(
      `${B}(?:loaner|demo|trial|loan|sample|test)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:can|may|will|could)\\s+stay\\s+(?:[^.!?]{0,30}?\\s)?for\\s+(?:an?\\s+)?(?:additional|extra|further|another)${E}(?![^.!?]{0,80}${B}at\\s+(?:the|our)\\s+(?:weekly|daily|monthly|usual|normal|standard|list)\\s+(?:rate|price|charge)${E})|${BU}quedarse\\s+con\\s+(?:el|la|los|las)\\s+\\p{L}+\\s+de\\s+(?:prueba|demostraci[oó]n|muestra)\\s+${gap(2)}(?:m[áa]s|adicional)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A goodwill refund or credit with no fault named: "a goodwill gesture", "aus Kulanz".
    re: pat(
      `${B}(?:as\\s+a\\s+)?(?:gesture|sign|token)\\s+of\\s+(?:good\\s?will|appreciation)${E}|${BU}(?:als\\s+)?(?:geste|zeichen)\\s+(?:des|unseres)\\s+(?:entgegenkommens|goodwills?)${E}|${BU}(?:aus\\s+)?kulanz${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    lower: true,
    // DE: a price lowered from one figure to another ("von 58 auf 51 Euro gesenkt").
    re: pat(
      `${BU}von\\s+\\d[\\d.,]*\\s+(?:euro\\s+|€\\s*|eur\\s+|chf\\s+)?auf\\s+\\d[\\d.,]*\\s*(?:euro|€|eur|chf)?\\s+(?:gesenkt|reduziert|heruntergesetzt|verringert|nachgelassen)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // A bill split into instalments: "split the scaffolding bill into four quarterly instalments".
    re: pat(
      `${B}split\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:bill|invoice|payment|cost|fee|price|total|amount)\\s+into\\s+(?:\\p{L}+\\s+)?(?:monthly\\s+|quarterly\\s+|weekly\\s+|equal\\s+)?(?:instal\\p{L}*|installments?|payments|parts|chunks)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "we can find a price that works for you, just name it".
    re: pat(
      `${B}find\\s+(?:a|the)\\s+(?:price|number|figure|rate)\\s+(?:[^.!?]{0,40}?\\s)?that\\s+works\\s+for\\s+you${E}|${B}(?:just\\s+)?name\\s+(?:your\\s+(?:price|number|figure))${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // DE: going to the rival's price ("gehen wir auf denselben Preis"), a rival named before.
    re: pat(
      `${BU}(?:gehen|gehe)\\s+(?:wir|ich)\\s+(?:auch\\s+|gern\\s+)?(?:auf|mit)\\s+(?:denselben|den gleichen|diesen|deren|seinen|ihren)\\s+preis${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A cost paid by the seller itself: "we'll pay for the crane ourselves".
    re: pat(
      `${B}(?:pay|paying|foot|footing)\\s+(?:for\\s+)?(?:the|that|this|your)\\s+[^.!?]{1,80}?\\s(?:ourselves|myself)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The better item at the lesser item's price: "while keeping the rate you agreed for the garden rooms",
    // "au prix de la version de base", "we'll only charge the silver price".
    re: pat(
      `${B}(?:while|and)\\s+keeping\\s+(?:the|your)\\s+(?:rate|price|fee)\\s+(?:you\\s+(?:agreed|paid|had|booked)|of the|for the)${E}|${BU}au\\s+(?:tarif|prix)\\s+(?:de\\s+la|du|de\\s+l')\\s*(?:gamme|version|formule|offre|mod[èe]le)\\s+(?:standard|de base|inf[ée]rieure|basique|classique)${E}|${B}(?:only\\s+)?charge\\s+(?:you\\s+)?(?:the|for the)\\s+(?:silver|bronze|basic|standard|lower|smaller|cheaper|starter|entry)(?:-level)?\\s+(?:price|rate|tier|plan)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // More for the same money: "keep the invoice total the same", "without raising the fee", "sin cambiar el precio".
    re: pat(
      `${B}(?:keep|keeping|leave|leaving)\\s+(?:the|your)\\s+(?:invoice\\s+|monthly\\s+|order\\s+)?(?:total|price|fee|amount|rate|bill)\\s+(?:the\\s+same|unchanged|as it is|where it is)${E}|${B}without\\s+(?:raising|increasing|changing|touching|bumping)\\s+(?:the|your)\\s+(?:fee|price|rate|retainer|total|invoice|bill)${E}|${BU}sin\\s+(?:cambiar|subir|tocar|modificar)\\s+(?:el|la)\\s+(?:precio|tarifa|importe|cuota)${E}|${B}(?:amount|price|fee|rate|total|bill)\\s+(?:stays|remains)\\s+(?:where it is|the same|unchanged)${E}(?<=${B}(?:extra|more|additional|bump\\p{L}*|from \\d+ to \\d+)${E}[^.!?]{0,100})`,
    ),
  },
  // ---- corpus-blind15 round (follow-ups and renewals; tuned through corpus15.tuned.txt)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A billed line gone: "that line drops off your invoice" (with billing named before).
    re: pat(
      `${B}(?:that|the|this)\\s+(?:[\\p{L}-]+\\s+)?line\\s+(?:disappears|vanishes|goes away|drops off|comes off|falls away)${E}(?<=${B}(?:invoice|bill|retainer|charge|fee|rate|quote|price)s?${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Non-native: a cost taken "on my account".
    re: pat(
      `${B}(?:transport|delivery|shipping|freight|crates?|pallets?|installation|setup|travel|fees?|costs?|charges?)\\s+(?:[^.!?]{0,30}?\\s)?(?:is|are|go|goes|will go)?\\s*(?:for|on)\\s+my\\s+(?:own\\s+)?(?:account|tab)${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // A price kept at an earlier year's level: "I keep at the level of last year", "hold last spring's price".
    re: pat(
      `${B}(?:keep|kept|keeping|hold|held|holding|leave|leaving)\\s+(?:it\\s+|them\\s+)?(?:on|at)\\s+(?:the\\s+)?(?:level|price|rate|prices|rates)\\s+of\\s+(?:20\\d\\d|last\\s+(?:year|season|spring|summer|autumn|fall|winter))${E}|${B}(?:hold|keep|honou?r|apply|charge)\\s+(?:you\\s+)?${L.EARLIER_SEASON}\\s+(?:[^\\s.!?,;]+\\s+){0,2}?(?:rate|price|pricing|tariff)s?${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // DE: the price set down ("habe ich um 5 € nach unten gesetzt"); only about a price.
    re: pat(
      `${BU}(?:nach unten gesetzt|heruntergesetzt|runtergesetzt|nach unten korrigiert)${E}(?<=${BU}(?:\\p{L}*preis|\\p{L}*satz|\\p{L}*geb[üu]hr|\\p{L}*tarif|\\p{L}*pauschale)\\p{L}*[^.!?]{0,100})`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // Service kept live past a date: "keep both depots live until the end of March".
    re: pat(
      `${B}(?:kept|keep|keeping|leave|left|leaving)\\s+(?:all\\s+|both\\s+)?(?:[\\p{L}\\d-]+\\s+){0,3}?(?:locations?|sites?|depots?|accounts?|licen[cs]es|seats?|users?|systems?|instances?|units?|stores?)\\s+(?:live|active|running|switched on)\\s+(?:through|until|till|to)\\s+(?:the end of|end of|mid-|${L.MONTHS_EN}|next)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Labour or a charge left off the order, for good: "leave the fitting labour off the order".
    re: pat(
      `${B}leave\\s+(?:the|that|your)\\s+(?:[^\\s.!?,;]+\\s+){0,4}?(?:labou?r|installation|fee|charge|cost|hours|travel|delivery|freight)s?\\s+off\\s+(?:the|your|this)\\s+(?:order|invoice|bill|quote|po)${E}(?![^.!?]{0,40}${B}(?:separately|later|next)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // More paid for the buyer's old equipment: "bump what we give you for the old printers up to 60".
    re: pat(
      `${B}(?:bump|bumping|raise|raising|increase|increasing|up|upping|lift|lifting)\\s+what\\s+(?:we|i)\\s+(?:pay|give|offer|credit|allow)\\s+(?:you\\s+)?for${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // "take a haircut on my margin".
    re: pat(
      `${B}(?:take|taking|took|eat|eating)\\s+a\\s+haircut\\s+on\\s+(?:my|our)\\s+(?:margin|price|commission|fee|rate|cut)${E}`,
    ),
  },
  // ---- session12 round (paraphrase39: concession families the rules did not hold yet)
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // The buyer's own price said to fall, with no outside cause: "your lane rates will drop by five percent".
    re: pat(
      `${B}your\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:rates?|prices?|pricing|fees?|premiums?|subscription|licen[cs]e fees?)\\s+(?:will|would|are going to|is going to|are set to|is set to)\\s+(?:drop|fall|go down|come down|decrease|shrink|be (?:reduced|lowered|cut|trimmed))\\s+(?:by|to)\\s+${SOME_AMOUNT}${E}${NOT_EXTERNAL_CAUSE}(?<!${B}(?:index|indexed|market|fuel|diesel|exchange|currency)${E}[^.!?]{0,200})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // A price reserved for others given anyway: a partner tier extended to a non-partner "anyway", a school
    // rate granted with "although" before it, "obwohl Sie nur ...".
    re: pat(
      `(?:${B}${RESERVED_TIER}\\s+(?:price|pricing|rates?|discount|tariff|price list|list|sheet|terms|tier|band)|${BU}${RESERVED_TIER_FR}|${BU}${RESERVED_TIER_ES}|${BU}${RESERVED_TIER_DE}|${BU}(?:tarif|preis|konditionen)\\s+f[üu]r\\s+\\d[\\d.]*\\s+(?:paletten|st[üu]ck|einheiten|lizenzen|nutzer|tonnen|kartons))${E}(?:(?=[^.!?]{0,200}(?:${EXCEPTION_GRANTED}|${B}rather than (?:the |our )?(?:public|published|standard|normal|official|list)${E}|${B}(?:keep|keeping) (?:that|this|it) between us${E}))|(?<=(?:${EXCEPTION_GRANTED}|${B}(?:even though|although|though|even if)${E}|${BU}(?:obwohl|aunque|bien que|m[êe]me si|quoique)${E})[^.!?]{0,200}))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Less than quoted: "I can now do the retrofit for fifteen thousand less than quoted".
    re: pat(
      `${B}(?:for|at)\\s+${SOME_AMOUNT}\\s+(?:less|lower|cheaper|under|below)\\s+(?:than\\s+)?(?:(?:i|we)\\s+)?(?:quoted|the quote|our quote|my quote|originally|before|first quoted|the original|list|what (?:we|i) quoted|last time|(?:my|our|the) (?:first|original|earlier|initial|last) (?:quote|offer|price|proposal|figure|number))${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // ES perfect, first person: "le he rebajado un 10 % la cotización", "hemos bajado el precio".
    re: pat(
      `${BU}(?:he|hemos)\\s+(?:rebajado|bajado|descontado|reducido|recortado)${E}(?=[^.!?]{0,50}${BU}(?:precio|tarifa|cotizaci[oó]n|oferta|presupuesto|importe|cuota|factura)s?${E})`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    ownNegation: true,
    // The deposit waived: "we'll skip the usual 30% deposit", "no need for a down payment", "renonçons à l'acompte".
    re: pat(
      `${B}(?:skip|skipping|waive|waiving|waived|drop|dropping|forget|forgo|forgoing|scrap|scrapping|do without|dispense with|no need for|won't need|won't ask for|won't require|not ask(?:ing)? for|without)\\s+(?:the\\s+|a\\s+|any\\s+|your\\s+|our\\s+)?(?:usual\\s+|normal\\s+|standard\\s+|customary\\s+)?(?:\\d{1,2}\\s?%\\s+)?(?:deposit|down[- ]?payment|upfront payment|up-front payment|advance payment|prepayment|retainer)${E}|${BU}(?:renon\\p{L}*\\s+(?:[àa]\\s*|aux\\s+|au\\s+)?|sans\\s+|supprim\\p{L}*\\s+|oubli\\p{L}*\\s+|pas\\s+(?:besoin\\s+)?d'|plus\\s+d'|aucun\\p{L}*\\s+)(?:l'|d'|la\\s+|le\\s+|les\\s+)?(?:acompte|avance|arrhes|versement initial|pr[ée]paiement)s?${E}|${BU}(?:sin|nos saltamos|renunciamos\\s+a|no\\s+(?:hace falta|necesita|pedimos|le pedimos|le pediremos))\\s+(?:la\\s+|el\\s+|una\\s+|un\\s+|ninguna\\s+|ning[úu]n\\s+)?(?:se[ñn]al|anticipo|dep[óo]sito|pago inicial|pago por adelantado|adelanto)${E}|${BU}(?:ohne|verzichten\\s+(?:wir\\s+)?auf|keine|sparen\\s+(?:wir\\s+)?uns)\\s+(?:die\\s+|eine\\s+|jede\\s+)?(?:anzahlung|vorauszahlung|vorkasse)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // The price brought to the buyer's budget, scope unchanged: "I've brought the proposal down to 40k",
    // "I'll simply match that number" (a budget named), "we'll make it fit inside it".
    re: pat(
      `(?:${B}(?:brought|bring|bringing|got|get|getting|taken|take|took|knocked|knock)\\s+(?:the|my|our|this|that)\\s+(?:[\\p{L}-]+\\s+)?(?:proposal|quote|quotation|offer|bid|price|pricing|total|number|figure|package|fee|invoice)\\s+down\\s+to|${B}(?:match|meet|fit|hit)\\s+(?:that|your|this|the)\\s+(?:number|figure|budget|ceiling|cap)${E}(?<=${B}budget\\p{L}*${E}[^.!?]{0,200})|${B}make\\s+(?:it|the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:licen[cs]e|price|quote|proposal|deal|package|offer|fee|subscription))\\s+fit\\s+(?:inside|within|into|in)\\s+(?:it|that|your budget|the budget|that budget|that number))${E}(?<!${B}(?:fewer|smaller|reduced|reduce|removing|remove|dropping|phased?|alcance|p[ée]rim[èe]tre|umfang)${E}[^.!?]{0,200})(?<!(?<!(?:same|full|whole|entire)\\s)${B}scope${E}[^.!?]{0,200})(?![^.!?]{0,120}(?:(?<!(?:same|full|whole|entire)\\s)${B}scope${E}|${B}(?:fewer|smaller|by (?:dropping|removing|cutting)|phase|alcance|p[ée]rim[èe]tre|umfang)${E}))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // ES/FR/DE, first person: the price fitted to the buyer's budget ("ajusté el precio para que encaje").
    re: pat(
      `(?:${BU}(?:ajust[ée]|adapt[ée]|acomod[ée]|ajustamos|adaptamos|ajustar[ée]|ajustaremos|adaptar[ée])\\s+(?:el|la|nuestr[oa])\\s+(?:precio|tarifa|oferta|cotizaci[oó]n|propuesta)${E}(?=[^.!?]{0,80}${BU}(?:encaj\\p{L}*|presupuesto)${E})|${BU}(?:j'ai|nous avons|je vais|nous allons)\\s+(?:ajust|adapt|align)\\p{L}*\\s+(?:le prix|notre (?:offre|prix|proposition|tarif)|le tarif|la proposition|l'offre)\\s+(?:[àa]|sur)\\s+votre budget|${BU}(?:an|auf)\\s+ihr\\s+budget\\s+(?:angepasst|anpassen|zugeschnitten|heruntergesetzt|gesenkt)(?<=${BU}(?:ich|wir)${E}[^.!?]{0,120}))${E}(?![^.!?]{0,120}${BU}(?:alcance|p[ée]rim[èe]tre|umfang)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Money handed back, in the seller's voice (a card's cashback in a newsletter is not): "3% cash back",
    // "a slice of it back as credit", "ein Gutschein über 250 Euro".
    re: pat(
      `(?<![\\p{N}.,])(?:${L.PCT}|${L.MONEY})\\s*cash[- ]?back${E}|${B}(?:hand|give|pay|send|put)\\s+(?:a\\s+(?:slice|share|part|portion|chunk|bit)\\s+of\\s+it|some\\s+of\\s+it|part\\s+of\\s+it|${L.PCT}(?:\\s+of\\s+it)?)\\s+back${E}|${B}back\\s+as\\s+(?:a\\s+)?credit\\s+(?:on|against|toward|towards)\\s+(?:the|your)\\s+next${E}|${B}(?:give|offer|pay|send|credit)\\s+you\\s+(?:a|an)\\s+(?:${L.PCT}\\s+)?rebate${E}|${BU}gutschein\\p{L}*\\s+(?:[üu]ber|in h[öo]he von|im wert von)\\s+${L.MONEY}|${BU}(?:un\\s+)?bon d'achat\\s+de\\s+${L.MONEY}|${BU}(?:un\\s+)?(?:vale|cup[oó]n)\\s+(?:de|por)\\s+${L.MONEY}|${B}(?:${L.MONEY}\\s+)?(?:voucher|gift card|coupon|store credit)\\s+(?:worth|of|for)\\s+${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Trial or loan kit kept: "no need to send them back", "pas besoin de les renvoyer" (a trial named).
    re: pat(
      `(?:${B}(?:no need to|you don't (?:need|have) to|you do not (?:need|have) to|there's no need to|don't bother(?: to)?)\\s+(?:send|ship|give|bring|post|return)(?:\\s+(?:them|it|those|these|the\\s+(?:[\\p{L}-]+\\s+){0,3}?\\p{L}+))?(?:\\s+back)?|${BU}(?:gardez|conservez)[- ](?:les|le|la)|${BU}pas besoin de (?:nous\\s+)?(?:les |le |la |l')?(?:renvoyer|retourner|rendre)|${BU}(?:qu[ée]d(?:e|ense|ate)(?:se|los|las|lo|la|selo|sela|selos|selas)?(?:\\s+con)?|no (?:hace falta|necesita|tiene que) devolver\\p{L}*)|${BU}(?:behalten sie|d[üu]rfen sie (?:\\p{L}+\\s+){0,3}?behalten|m[üu]ssen sie (?:\\p{L}+\\s+){0,3}?nicht zur[üu]ck(?:schicken|senden|geben)))${E}(?:(?<=${TRIAL_KIT}[^.!?]{0,200})|(?=[^.!?]{0,120}${TRIAL_KIT}))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // "consider it yours", "can stay on your ward permanently" (a loan named).
    re: pat(
      `${B}consider\\s+(?:it|them|the\\s+[^.!?]{1,40}?)\\s+yours${E}|${B}(?:can|may|will)\\s+stay\\s+(?:with you|on your\\s+\\p{L}+|at your\\s+\\p{L}+|on site|there)\\s+(?:permanently|for good|indefinitely)${E}(?<=${TRIAL_KIT}[^.!?]{0,200})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The long-term price without the term: "cancel any month and still keep the annual pricing".
    re: pat(
      `(?:${B}(?:keep|keeping|still get|retain|hold|at|on)\\s+(?:the|your|our)\\s+(?:annual|yearly|multi-year|long-term|[\\p{L}\\d]+-year|contract|committed)\\s+(?:pricing|price|rate|discount|terms)|${BU}precio\\s+(?:del\\s+contrato\\s+)?de\\s+(?:\\p{L}+|\\d+)\\s+a[ñn]os|${BU}(?:tarif|prix)\\s+(?:annuel|de l'engagement)|${BU}jahres(?:preis|tarif|konditionen))${E}(?:(?=[^.!?]{0,100}(?:${B}(?:cancel|month-to-month|any month|no commitment|no lock-in|without (?:a |any )?commitment|without committing)${E}|${BU}(?:aunque|incluso si)\\s+(?:firme|contrate|se comprometa)|${BU}(?:sans engagement|r[ée]siliable)|${BU}monatlich k[üu]ndbar))|(?<=(?:${B}(?:cancel|month-to-month|any month|no commitment|no lock-in|without committing)${E}|${BU}(?:aunque|incluso si)\\s+(?:firme|contrate|se comprometa)|${BU}(?:sans engagement|r[ée]siliable)|${BU}monatlich k[üu]ndbar)[^.!?]{0,200}))(?![^.!?]{0,40}${BU}(?:gilt nur|nur bei|only (?:with|for|on)|solo con|seulement)${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    ownNegation: true,
    // A share of the price taken on: "you will pay only 70 percent", "we'll pick up a quarter of the cost".
    re: pat(
      `${B}(?:you(?:'ll| will| would|'d)?)\\s+(?:only\\s+)?(?:pay|be (?:billed|charged|invoiced))\\s+(?:only\\s+|just\\s+)?(?:${L.PCT}|half|a\\s+third|two-thirds|three-quarters|a\\s+quarter)\\s+(?:of|from)${E}|${B}(?:we|we'll|we will|i'll|i will|we can|i can|our side will|we're going to|we are going to)\\s+(?:happily\\s+|gladly\\s+|also\\s+)?(?:pick up|cover|absorb|take on|shoulder|pay|carry|eat|foot)\\s+(?:half|a\\s+third|a\\s+quarter|two-thirds|${L.PCT})(?:\\s+of)?\\s+(?:the|your|that|this)${E}|${BU}(?:sie\\s+)?(?:zahlen|bezahlen)\\s+(?:nur|lediglich|blo[ßs])\\s+(?:${L.PCT}|die h[äa]lfte|ein drittel)${E}|${BU}den rest [üu]bernehmen wir${E}|${BU}(?:[üu]bernehmen|tragen)\\s+wir\\s+(?:die h[äa]lfte|${L.PCT}|einen teil)${E}|${BU}vous ne (?:payez|paierez|payerez|r[ée]glez)\\s+que\\s+(?:${L.PCT}|la moiti[ée])${E}|${BU}nous (?:prenons|prendrons) en charge\\s+(?:la moiti[ée]|${L.PCT}|une partie)${E}|${BU}(?:usted\\s+)?(?:solo|s[óo]lo)\\s+(?:paga|pagar[áa]|pagar[íi]a)\\s+(?:el\\s+)?(?:${L.PCT}|la mitad)${E}|${BU}(?:asumimos|cubrimos|pagamos|nos hacemos cargo de)\\s+(?:la mitad|el\\s+${L.PCT}|una parte)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // An ended offer honoured anyway: "the launch offer ended last week, but I'll still honour it".
    re: pat(
      `(?:${B}(?:offer|promotion|promo|deal|discount|rate|pricing|price|special|sale|coupon|code)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:(?:has|had|technically|officially|already)\\s+)*(?:ended|expired|closed|finished|lapsed|run out|ran out|was due to (?:end|expire|roll off|lapse|run out|finish)|rolls? off|is over|was over)${E}(?=[^.!?]{0,120}${B}(?:but|yet|still|anyway)${E}[^.!?]{0,60}${B}(?:honou?r|extend(?:ed)?|keep|apply|give|let you have|hold|run)${E})|${BU}(?:offre|promotion|promo|remise|tarif)\\s+(?:(?:[\\p{L}-]|')+\\s+){0,3}?(?:a expir[ée]|est (?:termin[ée]e?|expir[ée]e?|close|finie)|a pris fin|s'est termin[ée]e)${E}(?=[^.!?]{0,120}${BU}(?:mais|pourtant)${E}[^.!?]{0,60}${BU}(?:accord|appliqu|maintien|maintiendr|honor|garde|prolong)\\p{L}*)|${BU}(?:oferta|promoci[oó]n|descuento|tarifa|precio)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:termin[oó]|venci[oó]|caduc[oó]|expir[oó]|ha (?:terminado|vencido|caducado|expirado))${E}(?=[^.!?]{0,120}${BU}(?:pero|aun as[ií])${E}[^.!?]{0,60}${BU}(?:mantengo|mantenemos|respeto|respetamos|aplico|aplicamos|doy|damos|dejo|dejamos|extiendo|extendemos|prolongo|prolongamos)${E}))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // DE: an ended offer granted anyway ("die Aktion ist abgelaufen, aber Sie bekommen den Rabatt trotzdem").
    re: pat(
      `\\p{L}*(?:aktion|angebot|einf[üu]hrungspreis|einf[üu]hrungsrabatt)\\p{L}*\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:ist\\s+)?(?:abgelaufen|ausgelaufen|vorbei|beendet)${E}(?=[^.!?]{0,120}${BU}(?:trotzdem|dennoch|ausnahmsweise)${E})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // The buyer's way out of a rival's contract paid for: "we'll buy out the remaining months", "any early
    // termination fee your carrier charges, we'll reimburse it", "we'll cover whatever you still owe them".
    re: pat(
      `${B}buy(?:ing)?\\s+out\\s+(?:the\\s+(?:rest|remainder|remaining)|your|what's left|whatever)${E}|${B}(?:reimburse|refund|cover|pay|absorb|eat|pick up|take care of)\\s+(?:it|that|them|any|the|your|whatever)?\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:early[- ]termination|termination|exit|cancellation|switching|break|buy-?out)\\s+(?:fees?|costs?|penalt\\p{L}*|charges?)${E}|${B}(?:early[- ]termination|termination|exit|cancellation|switching|break)\\s+(?:fees?|costs?|penalt\\p{L}*|charges?)${E}(?=[^.!?]{0,80}${B}(?:we'll|we will|i'll|i will)\\s+(?:reimburse|refund|cover|pay|absorb|eat|pick up|take care of)${E})|${BU}(?:abl[öo]se\\p{L}*|wechselkosten|k[üu]ndigungsgeb[üu]hr\\p{L}*|vertragsstrafe\\p{L}*)${E}(?=[^.!?]{0,80}${BU}(?:[üu]bernehmen wir|erstatten wir|zahlen wir)${E})|${BU}(?:frais de (?:r[ée]siliation|sortie|changement)|p[ée]nalit[ée]s? de (?:r[ée]siliation|sortie))${E}(?=[^.!?]{0,80}${BU}nous\\s+(?:les\\s+|la\\s+|vous\\s+les\\s+)?(?:prenons en charge|rembourserons|remboursons|couvrons|payons)${E})|${BU}(?:penalizaci[oó]n|gastos?|coste|costo)\\s+de\\s+(?:cancelaci[oó]n|salida|rescisi[oó]n|cambio)${E}(?=[^.!?]{0,80}${BU}(?:(?:se\\s+)?(?:la|lo|las|los)\\s+)?(?:reembolsamos|cubrimos|pagamos|asumimos)${E})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // What the buyer still owes a rival paid off: "we'll cover whatever you still owe them".
    re: pat(
      `${B}(?:cover|pay|settle|clear|take care of)\\s+(?:whatever|what|anything|everything)\\s+you\\s+(?:still\\s+)?owe${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // "cost you nothing", "no le cuestan nada", "ne vous coûte rien", "kostet Sie nichts".
    re: pat(
      `${B}(?:costs?|will cost)\\s+you\\s+nothing${E}|${BU}no\\s+(?:le|les|te|os)\\s+(?:cuesta|cuestan|costar[áa]|costar[áa]n)\\s+nada${E}|${BU}ne\\s+vous\\s+co[ûu]te(?:nt|ra|ront)?\\s+rien${E}|${BU}kost(?:et|en)\\s+(?:sie|euch|dich)\\s+nichts${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // Price protection for nothing: "your rate stays frozen for the life of the account", "el precio no subirá durante".
    ownNegation: true,
    re: pat(
      `${B}(?:rate|price|pricing|prices|rates|fee|fees)\\s+(?:stays|remains|will stay|will remain|stay|remain)\\s+(?:frozen|locked|fixed|the same|unchanged|flat)\\s+(?:for the life of|for as long as|for (?:the\\s+)?(?:next\\s+)?(?:\\d+|two|three|four|five|ten)\\s+years|no matter|whatever|regardless)${E}(?![^.!?]{0,80}${B}(?:clause|as set out|as agreed|under the|per the|in the (?:contract|agreement))${E})|${BU}precio\\s+(?:[\\p{L}-]+\\s+){0,3}?no\\s+(?:subir[áa]|cambiar[áa]|aumentar[áa]|se mover[áa])\\s+(?:durante|en|hasta)${E}|${BU}(?:prix|tarif)\\s+(?:(?:[\\p{L}-]|')+\\s+){0,3}?ne\\s+(?:bougera|augmentera|changera|montera)\\s+pas${E}|${BU}(?:preis|tarif)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:bleibt|wird)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:stabil|fest|unver[äa]ndert|eingefroren)${E}`,
    ),
  },
  // ---- session12 second round (paraphrase40)
  {
    rule: 'ud.free-extra',
    // Taxes and duties taken on: "we will just eat the VAT", "the import duties, we'll cover them", "wir übernehmen den Zoll".
    re: pat(
      `${B}(?:cover|eat|absorb|pay|take care of|pick up|swallow|foot)\\s+(?:the\\s+|all\\s+|any\\s+|your\\s+)?(?:import\\s+)?(?:vat|tax|taxes|duties|duty|customs(?: fees| charges)?|sales tax|gst|import tax|tariffs?)${E}|${B}(?:vat|duties|duty|customs|sales tax|gst|import tax|tariffs?)${E}(?=[^.!?]{0,80}${B}(?:we'll|we will|i'll|i will)\\s+(?:cover|eat|absorb|pay|take care of|pick up|swallow)\\s+(?:them|it|that|those)${E})|${BU}(?:wir\\s+)?[üu]bernehmen\\s+(?:wir\\s+)?(?:die|den|das|s[äa]mtliche|alle)\\s+\\p{L}*(?:steuer|zoll|z[öo]lle|abgaben)${E}|${BU}(?:prenons|prendrons)\\s+en\\s+charge\\s+(?:la\\s+tva|les\\s+droits\\s+de\\s+douane|les\\s+taxes)${E}|${BU}(?:asumimos|cubrimos|pagamos)\\s+(?:el\\s+iva|los\\s+aranceles|los\\s+impuestos)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // Payments skipped or held for nothing: "skip the March and April instalments, no extra cost", "the next two
    // monthly charges are on hold, and nothing gets added later", "saltarse la cuota de enero sin recargo".
    re: pat(
      `(?:${B}skip\\s+(?:the\\s+|your\\s+)?(?:[\\p{L}\\d-]+\\s+){0,4}?(?:instal(?:l)?ments?|payments?|charges?|invoices?|repayments?)|${B}(?:charges?|payments?|instal(?:l)?ments?|invoices?|billing|repayments?)\\s+(?:[^.!?]{0,40}?\\s)?(?:are|is|go|goes|will be|will go|put)\\s+on\\s+hold|${BU}saltar\\p{L}*\\s+(?:la|las|el|los)\\s+(?:cuotas?|pagos?|mensualidad\\p{L}*)|${BU}(?:aussetzen|pausieren)\\s+(?:wir\\s+)?(?:die|ihre)\\s+(?:raten|zahlungen)|${BU}(?:suspend|report)\\p{L}*\\s+(?:les|vos)\\s+(?:mensualit[ée]s|[ée]ch[ée]ances|paiements))${E}(?=[^.!?]{0,120}(?:${B}(?:no extra (?:cost|charge)|at no (?:extra )?(?:cost|charge)|free of charge|nothing (?:gets|will be|is) added|no interest|without (?:any )?(?:penalty|interest|charge|fee))${E}|${BU}sin\\s+(?:ning[úu]n\\s+)?(?:recargo|coste|costo|inter[ée]s)${E}|${BU}sans\\s+(?:frais|p[ée]nalit[ée]|int[ée]r[êe]ts)${E}|${BU}ohne\\s+(?:aufpreis|zinsen|geb[üu]hr|mehrkosten)${E}))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The faster service at the ordinary price: "overnight ... and keep the standard freight charge", "per
    // Expresskurier, aber nur die normale Versandpauschale" (a faster service named).
    re: pat(
      `(?:${B}(?:at|for|keep|only|just|pay only|charge only|bill only)\\s+(?:the\\s+|your\\s+)?(?:standard|normal|regular|usual|ordinary)\\s+(?:(?:shipping|delivery|freight|postage|courier|transport)(?:\\s+(?:charge|price|rate|fee|cost)s?)?|(?:charge|price|rate|fee|cost)s?)|${BU}(?:nur\\s+)?(?:die|den|das)\\s+normale[nr]?\\s+\\p{L}*(?:pauschale|kosten|geb[üu]hr|preis|tarif)|${BU}au\\s+(?:tarif|prix)\\s+(?:normal|standard)|${BU}al\\s+(?:precio|coste|costo)\\s+(?:normal|est[áa]ndar))${E}(?:(?<=${BU}(?:express\\p{L}*|overnight|priority|next-day|same-day|expedited|courier|air freight|exprés|urgente|prioritaire)${E}[^.!?]{0,200})|(?=[^.!?]{0,120}${BU}(?:express\\p{L}*|overnight|priority|next-day|same-day|expedited|exprés|urgente|prioritaire)${E}))`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Returns made easier as a favour: "extended your return window to six months", "can come back to us free of charge".
    re: pat(
      `${B}(?:extend|extended|extending|lengthen\\p{L}*|stretch\\p{L}*|double\\p{L}*)\\s+(?:your|the)\\s+(?:return|returns)\\s+(?:window|period|policy|deadline)${E}|${B}(?:come|go|send (?:them|it)|ship (?:them|it))\\s+back\\s+to\\s+us\\s+(?:free of charge|at no (?:cost|charge)|for free|free)${E}|${BU}(?:verl[äa]nger\\p{L}*)\\s+(?:wir\\s+)?(?:die|ihre)\\s+(?:r[üu]ckgabe|umtausch)\\p{L}*${E}|${BU}(?:prolong|allong)\\p{L}*\\s+(?:le|votre)\\s+d[ée]lai\\s+de\\s+retour${E}|${BU}(?:ampli|alarg|extend)\\p{L}*\\s+(?:el|su)\\s+plazo\\s+de\\s+devoluci[oó]n${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A further cut on top of the offer: "an additional reduction beyond the proposal", "the figure is lower again".
    re: pat(
      `${B}(?:additional|extra|further)\\s+(?:[\\p{L}-]+\\s+)?(?:reductions?|markdowns?|price cuts?)${E}|${B}(?:figure|price|number|total|quote|rate)\\s+(?:is|comes out|goes|will be|'s)\\s+lower\\s+(?:again|still)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    ownNegation: true,
    // Charges capped for the buyer: "put a ceiling on the extra mileage charges", "your bill won't go beyond the base".
    re: pat(
      `${B}(?:put|putting|set|setting|place|placing)\\s+a\\s+(?:ceiling|cap|limit)\\s+on\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:charges?|fees?|costs?|overages?|bill|invoices?|rates?)${E}|${B}(?:cap|capped|capping)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:charges?|fees?|costs?|overages?|bill)${E}|${B}(?:bill|invoice|charges?|costs?)\\s+(?:won't|will not|will never|never)\\s+(?:go|exceed|rise|climb)\\s*(?:beyond|above|over|past)?${E}|${BU}plafonn\\p{L}*\\s+(?:les|vos|le|votre)\\s+(?:frais|co[ûu]ts|d[ée]passements|factures?|surco[ûu]ts)${E}|${BU}(?:deckeln|begrenzen)\\s+(?:wir\\s+)?(?:die|ihre)\\s+\\p{L}*(?:kosten|geb[üu]hren|geb[üu]hr)${E}|${BU}(?:ponemos|pondremos)\\s+un\\s+tope\\s+(?:a|en)\\s+(?:los|sus)\\s+(?:cargos|costes|costos|excesos)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    ownNegation: true,
    // The upgrade's price difference waived: "you won't pay the difference", "the price gap is on us".
    re: pat(
      `${B}(?:won't|will not|don't|do not|needn't|never)\\s+(?:have to\\s+|need to\\s+)?pay\\s+(?:the|any)\\s+(?:price\\s+)?(?:difference|gap)${E}|${B}(?:price\\s+)?(?:difference|gap)\\s+(?:is|'s)\\s+on\\s+(?:us|me)${E}|${B}(?:bill|charge|invoice)\\s+(?:it|you|that|them)\\s+at\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:price|rate)\\s+you\\s+(?:were|had been|have been)\\s+(?:quoted|offered)${E}(?<=${B}(?:enterprise|premium|pro|plus|xl|larger|bigger|upgrade\\p{L}*|better|higher|newer|top)${E}[^.!?]{0,200})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // An easier way out for nothing: "cut the notice period from six months to thirty days", "walk away at any
    // point, no penalty", "verkürzen die Kündigungsfrist".
    re: pat(
      `${B}(?:cut|cutting|shorten\\p{L}*|reduce|reducing|drop|dropping|halve|halving|bring down)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:notice period|notice|cancellation period|lock-?in(?: period)?|minimum term)${E}|${B}(?:walk away|leave|cancel|exit|end it)\\s+(?:at any (?:point|time)|whenever|any time|anytime)${E}(?=[^.!?]{0,80}${B}(?:no penalty|without (?:a |any )?penalty|penalty-free|no (?:exit|cancellation|termination) fee)${E})|${BU}(?:verk[üu]rzen|reduzieren)\\s+(?:wir\\s+)?(?:die|ihre)\\s+k[üu]ndigungsfrist${E}|${BU}(?:r[ée]duis|r[ée]duisons|raccourc)\\p{L}*\\s+(?:le|votre)\\s+pr[ée]avis${E}|${BU}(?:reduc|acort)\\p{L}*\\s+(?:el|su)\\s+preaviso${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // A price guarantee given freely: "find it cheaper ..., we'll refund you the difference", "the lower rate backdated".
    re: pat(
      `${BU}(?:refund|reimburse|pay back|give back|devolvemos|devolveremos|rembours\\p{L}*|erstatten)\\s+(?:you\\s+|le\\s+|les\\s+|vous\\s+|ihnen\\s+)?(?:the|la|die)\\s+(?:price\\s+)?(?:difference|diferencia|diff[ée]rence|differenz)${E}(?<=${BU}(?:cheaper|lower|less|barat\\p{L}*|moins cher|g[üu]nstiger|goes? down|baja|baisse)${E}[^.!?]{0,200})|${B}(?:get|receive|give you|pass on)\\s+the\\s+lower\\s+(?:rate|price)\\s+(?:backdated|retroactively|automatically|too)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // The buyer's event paid for: "glad to pay for your team's summer barbecue", "prenons en charge le traiteur".
    re: pat(
      `${B}(?:pay|paying|cover|covering|host|hosting|sponsor|sponsoring)\\s+(?:for\\s+)?(?:your|the)\\s+(?:(?:[\\p{L}-]|')+\\s+){0,3}?(?:barbecue|bbq|party|dinner|lunch|outing|offsite|off-site|retreat|seminar|catering|venue|celebration|away-?day|team event)${E}(?![^.!?]{0,80}${B}(?:in return|in exchange|if you)${E})|${BU}(?:prenons|prendrons)\\s+en\\s+charge\\s+(?:le\\s+traiteur|la\\s+location|la\\s+salle|votre\\s+(?:s[ée]minaire|soir[ée]e|[ée]v[ée]nement|repas))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // More for today's money: "the 500-user package for what you currently pay for 250".
    re: pat(
      `${B}for\\s+(?:what|the price)\\s+(?:you\\s+)?(?:currently|now|already|today)?\\s*(?:pay|paid|are paying|you pay)\\s+for\\s+(?:the\\s+)?(?:\\d|one|two|three|four|five|ten|your)${E}|${B}for\\s+what\\s+you\\s+(?:currently\\s+|now\\s+|already\\s+)?(?:pay|are paying)${E}(?<=${B}(?:package|tier|plan|bundle|edition|version)s?${E}[^.!?]{0,120})`,
    ),
  },
  // ---- session12 third round (paraphrase41: everyday-voice concessions)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Nothing added to the bill: "nothing extra on the bill", "at no added fee", "no need to add them to the PO".
    re: pat(
      `(?:${B}nothing\\s+(?:extra|added|additional|more)(?:\\s+(?:on|to)\\s+(?:the|your)\\s+(?:bill|invoice|quote|tab))?(?=\\s*(?:[.!,;)]|$))|${B}at\\s+no\\s+(?:added|additional|further)\\s+(?:fee|cost|charge|expense)s?${E}(?![^.!?]*\\?))|${B}no\\s+need\\s+to\\s+add\\s+(?:it|them|that|those|this)\\s+to\\s+(?:the|your)\\s+(?:po|invoice|order|bill|quote)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The seller's side pays: "our shout", "on our account", "covered from our side", "bear from our end".
    re: pat(
      `${B}(?:our|my)\\s+shout${E}|${B}(?:is|are|'s|goes|go)\\s+on\\s+our\\s+account${E}|${B}(?:covered|paid|handled|taken care of|borne|settled)\\s+(?:from|on|by)\\s+(?:our|my)\\s+(?:side|end)${E}|${B}(?:we|i)\\s+(?:will|'ll|can|shall)\\s+bear\\s+(?:it|them|that|those)?\\s*(?:from|on)\\s+(?:our|my)\\s+(?:end|side)(?:\\s+only)?${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // A cost the rep wears: "I'll wear that cost", "you pay what we agreed" after a rise.
    re: pat(
      `${B}(?:wear|cop)\\s+(?:that|this|the|those|it)(?:\\s+(?:cost|costs|charge|charges|one|hit|difference))?${E}|${B}you\\s+(?:only\\s+|still\\s+|just\\s+)?pay\\s+(?:what|the price|the amount|the figure)\\s+(?:we|i)\\s+(?:agreed|quoted)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A charge waved away: "ignore the late fee", "I've had it wiped", "ignore the pickup charge on that one".
    re: pat(
      `${B}(?:ignore|disregard)\\s+(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:fee|charge|surcharge|penalty|line)${E}(?![^.!?]{0,80}${B}(?:corrected|new invoice|replacement|reissued|updated)${E})|${B}(?:had|have|got|'ve had|'ve got)\\s+(?:it|that|them|the\\s+(?:[\\p{L}-]+\\s+)?(?:fee|charge|penalty|surcharge))\\s+(?:wiped|written off|scrubbed|struck off|zeroed)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    ownNegation: true,
    // The price hinted as movable: "see what I can shave", "some give in it", "can prob move on it", "not final,
    // I can revise it", "have another look at our hourly rate", "revisit the retainer".
    re: pat(
      `${B}what\\s+(?:i|we)\\s+can\\s+(?:shave|trim|knock|sharpen)${E}|${B}(?:some|a (?:bit|little) of|a touch of)\\s+give\\s+in\\s+(?:it|the (?:price|quote|number|figure|rate))${E}|${B}(?:can|could)\\s+(?:prob(?:ably)?\\s+|likely\\s+|maybe\\s+|definitely\\s+)?move\\s+on\\s+(?:it|that|the price|price|the rate)${E}(?<=${B}(?:steep|pricey|expensive|price|pricing|quote|rate|number|budget|cost|costs)${E}[^.!?]{0,120})|${B}(?:another|a second|a fresh)\\s+look\\s+at\\s+(?:our|my|the)\\s+(?:[\\p{L}-]+\\s+)?(?:rate|price|pricing|quote|fee|number|figure)s?${E}|${B}(?:rate|price|quote|figure|number|offer)\\s+(?:i|we)\\s+(?:have\\s+|'ve\\s+)?(?:given|quoted|sent)\\s+(?:you\\s+)?(?:is|was)\\s+not\\s+final${E}|${B}(?:don't|do not)\\s+take\\s+(?:that|this|the|our|my)\\s+(?:[\\p{L}-]+\\s+)?(?:quote|price|number|figure|offer)\\s+as\\s+final${E}|${B}(?:revisit|rework|relook at|look again at)\\s+(?:the|your|our|my)\\s+(?:[\\p{L}-]+\\s+)?(?:retainer|rate|price|pricing|quote|fee|number|figure)s?${E}(?![^.!?]{0,60}${B}(?:at renewal|next year|annually|each year|in (?:${L.MONTHS_EN}))${E})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // An even figure named: "let's just say two thousand flat", "I will make it 50,000 only for you", "drop the cents".
    re: pat(
      `${B}(?:say|call it|make it)\\s+(?:${L.MONEY}|(?:rs\\.?\\s*)?\\d[\\d,.]*|${SPOKEN_FIGURE}|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+k)\\s*(?:flat|even|straight|only|all in|and done)${E}|${B}drop\\s+the\\s+(?:cents|pennies|odd\\s+(?:cents|pennies|change|bits)|change)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // More time on a trial: "an extra fortnight on the pilot", "another 30 days on the sandbox".
    re: pat(
      `${B}(?:an?\\s+)?(?:extra|another|additional|further)\\s+(?:fortnight|week|two weeks|month|(?:\\d+|seven|ten|fourteen|thirty|sixty|ninety)\\s+(?:days|weeks))\\s+(?:on|of|to|with)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:pilot|trial|sandbox|demo|evaluation|test|loan|poc|proof of concept)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A sentence opening on the gift: "Throwing in the wall brackets with the screens".
    re: pat(`^[\\s*\\u2022-]*(?:throwing|chucking|tossing|popping)\\s+in${E}`),
  },
  // ---- session12 fourth round (paraphrase42: everyday-voice concessions in German, Spanish and French)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Left off the bill: "buchen wir gar nicht erst ab", "ni lo ponemos en la factura", "sin cobrarle el transporte",
    // "sans rien ajouter", "on ne vous compte que", "sans le compter dans le devis", "sans charger un sou de plus".
    re: pat(
      `${BU}(?:buch|berechn|stell|schreib)\\p{L}*\\s+(?:wir|ich)\\s+(?:ihnen\\s+)?(?:\\p{L}+\\s+){0,2}?(?:gar\\s+)?nicht\\s+(?:erst\\s+)?(?:ab|in rechnung|auf)${E}|${BU}ni\\s+(?:lo|la|los|las)\\s+(?:ponemos|cobramos|anotamos)\\s+en\\s+la\\s+factura${E}|${BU}sin\\s+cobrar(?:le|les|te)?\\s+(?:el|la|los|las|nada)${E}|${BU}sans\\s+rien\\s+(?:ajouter|de plus|facturer|compter|vous demander)${E}|${BU}(?:on|nous|je)\\s+ne\\s+vous\\s+(?:compte|comptons|facture|facturons|prends|prenons)\\s+que${E}|${BU}sans\\s+(?:le|la|les)\\s+(?:compter|facturer|mettre)\\s+(?:dans|sur)\\s+(?:le|la|votre)\\s+(?:devis|facture)${E}|${BU}sans\\s+(?:charger|facturer|compter|demander)\\s+un\\s+sou${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Idioms of a cost carried or a gift: "trage ich selber", "unter den Tisch fallen", "zum Nulltarif", "als
    // Aufmerksamkeit", "lo absorbemos nosotros", "de yapa", "se lo perdonamos", "de notre poche", "en prime",
    // "passe à la trappe", "gracieusement".
    re: pat(
      `${BU}(?:trage|tragen|[üu]bernehme|[üu]bernehmen|zahle|zahlen)\\s+(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:selber|selbst)${E}|${BU}unter\\s+den\\s+tisch\\s+fallen${E}|${BU}zum\\s+nulltarif${E}|${BU}als\\s+(?:kleine\\s+)?aufmerksamkeit${E}|${BU}(?:lo|la|los|las)\\s+(?:absorbemos|asumimos|cubrimos|pagamos|ponemos)\\s+nosotros${E}|${BU}de\\s+(?:yapa|ñapa|napa)${E}|${BU}se\\s+(?:lo|la|los|las)\\s+perdon(?:amos|o)${E}|${BU}(?:lo|la|los|las)\\s+(?:dejamos|ponemos|cubrimos|pagamos|asumimos)\\s+(?:por|de|a)\\s+nuestra\\s+(?:parte|cuenta)${E}|${BU}(?:ustedes|usted)\\s+s[óo]lo\\s+paga(?:n)?\\s+(?:el|la|los|las)${E}|${BU}(?:de|sur)\\s+notre\\s+poche${E}|${BU}en\\s+prime${E}|${BU}pass\\p{L}*\\s+[àa]\\s+la\\s+trappe${E}|${BU}gracieusement${E}|${BU}(?:je|on|nous)\\s+vous\\s+arrondi\\p{L}*${E}|${BU}on\\s+oublie\\s+(?:les\\s+)?(?:cennes|centimes|sous)${E}|${BU}(?:je|on|nous)\\s+(?:peut|pouvons|peux|pourrait|pourrions|pourrais)\\s+(?:s[ûu]rement\\s+|certainement\\s+|bien\\s+)?(?:le|la|les)\\s+revoir\\s+[àa]\\s+la\\s+baisse${E}|${BU}(?:f[üu]r\\s+sie\\s+mache\\s+ich\\s+\\d+|mache\\s+ich\\s+(?:ihnen\\s+)?(?:einfach\\s+|gern\\s+|gerne\\s+)?\\d+\\s+(?:daraus|draus))${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A trial stretched in the first person: "se lo extiendo a tres", "je vous prolonge ça" (a trial named).
    re: pat(
      `${BU}(?:se\\s+(?:lo|la)\\s+(?:extiendo|alargo|ampl[íi]o|extendemos|alargamos|ampliamos)|je\\s+vous\\s+(?:le\\s+|la\\s+|les\\s+|ça\\s+|ca\\s+)?prolonge(?:\\s+(?:ça|ca))?)${E}(?<=${BU}(?:prueba|demo|piloto|essai|d[ée]mo|pilote|test)${E}[^.!?]{0,200})`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // Room hinted: "was ich intern für Sie rausholen kann", "ein Stück runterzugehen", "tengo margen para bajarla",
    // "vemos cómo lo acomodamos" (with a price named).
    re: pat(
      `(?:${BU}(?:rausholen|herausholen)|${BU}(?:ein\\s+st[üu]ck|etwas|noch\\s+etwas|ein\\s+bisschen)\\s+(?:runter|herunter|nach\\s+unten)(?:zugehen|gehen|zukommen|kommen)|${BU}(?:tengo|tenemos|hay)\\s+(?:algo\\s+de\\s+|un\\s+poco\\s+de\\s+)?margen\\s+para\\s+(?:bajar|ajustar|mejorar|rebajar)\\p{L}*|${BU}(?:vemos|veamos)\\s+c[oó]mo\\s+(?:lo|la)\\s+(?:acomodamos|ajustamos|arreglamos|bajamos))${E}(?:(?<=${BU}(?:\\p{L}*(?:preis|satz|honorar|tarif|geb[üu]hr)\\p{L}*|precio|tarifa|caro|alto|honorarios?|comisi[oó]n)${E}[^.!?]{0,200})|(?=[^.!?]{0,100}${BU}(?:\\p{L}*(?:preis|satz|honorar|tarif)\\p{L}*|precio|tarifa|honorarios?|comisi[oó]n)${E}))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // "un descuentito del 10 %", "le puedo bajar la comisión al 15 por ciento".
    re: pat(
      `${BU}(?:descuentito|rebajita|preciecito|preciito)${E}|${BU}(?:le|les|te)\\s+(?:puedo|podemos|voy a|vamos a)\\s+(?:bajar|rebajar|dejar|reducir)\\s+(?:la|el|los|las)\\s+(?:comisi[oó]n|tarifa|precio|cuota|honorarios?)${E}`,
    ),
  },
  // ---- session12 fifth round (paraphrase44: concessions carried in ordinary business context)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Stated as done, in the passive: "installation charges have been adjusted to nil", "the cancellation charge has
    // been written off", "three months of hosting have been credited", "the freight will be borne by us".
    re: pat(
      `${B}(?:charges?|fees?|costs?|freight|interest|penalt\\p{L}*|surcharges?|months?\\s+of\\s+\\p{L}+|weeks?\\s+of\\s+\\p{L}+)\\s+(?:[^.!?]{0,40}?\\s)?(?:has|have)\\s+been\\s+(?:adjusted to (?:nil|zero)|written off|waived|reversed|removed|dropped|taken off|credited|scrapped|zeroed)${E}|${B}(?:will be|is|are|shall be)\\s+borne\\s+by\\s+us${E}|${B}adjusted\\s+to\\s+(?:nil|zero)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A supplier's rise absorbed: "we've absorbed the price increase from our supplier".
    re: pat(
      `${B}(?:absorb\\p{L}*|swallow\\p{L}*|eat|eaten|ate|take|taken|took)\\s+(?:the|this|that|any)\\s+(?:[\\p{L}-]+\\s+)?(?:price\\s+)?(?:increase|rise|hike|uplift)${E}(?<=${B}(?:we|we've|we have|i|i've|i have)${E}[^.!?]{0,40})`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    ownNegation: true,
    // The price said to move: a list price called not fixed, room on one quoted line, flexibility next to a
    // price, a match offered for the buyer's target, "I'll try to get there" for the buyer's figure.
    re: pat(
      `${B}(?:price|pricing|quote|number|rate|figure|fee)s?\\s+(?:isn't|is not|aren't|are not)\\s+set\\s+in\\s+stone${E}|${B}wiggle\\s+room\\s+on\\s+(?:the|our|your)\\s+(?:[\\p{L}-]+\\s+)?(?:quote|price|rate|fee|number|figure|pricing)${E}|${B}(?:a bit of|some|a little|a touch of)\\s+flexibility${E}(?=[^.!?]{0,80}${B}(?:price|pricing|quote|rate|number|budget)${E})|${B}(?:your|the)\\s+target\\s+price${E}(?=[^.!?]{0,80}${B}match\\s+it${E})|${B}what\\s+(?:number|price|figure)\\s+works${E}(?=[^.!?]{0,60}${B}get\\s+there${E})`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    ownNegation: true,
    // Paying when it suits: "pay whenever suits you", "pay as per your convenience", "the balance after the event
    // rather than before", "no rush on the deposit".
    re: pat(
      `${B}(?:pay|settle)\\s+(?:it\\s+|us\\s+|(?:the|our|this)\\s+(?:invoice|bill)\\s+|the\\s+balance\\s+)?(?:whenever|when(?:ever)?\\s+it)\\s+suits${E}|${B}pay\\s+as\\s+per\\s+your\\s+convenience${E}|${B}(?:pay|settle)\\s+(?:the\\s+)?(?:balance|invoice|rest|remainder)\\s+after\\s+(?:the\\s+)?(?:event|delivery|job|install\\p{L}*|go-live|launch)\\s+rather\\s+than\\s+before${E}|${B}no\\s+(?:rush|hurry)\\s+on\\s+(?:the\\s+)?(?:deposit|payment|invoice|balance)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Waived inside a breakdown: "cabling waived, commissioning no charge".
    re: pat(
      `(?:[,:;\\u2022]|^|\\s-)\\s*(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s*:?\\s+(?:waived|no charge|n\\/c|on the house)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A discount extended by its share: "we can extend you a loyalty reduction of 8 %".
    re: pat(
      `${B}(?:extend|offer|give|grant|pass on)\\s+(?:you\\s+)?(?:a|an|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:discount|reduction|rebate)\\s+of\\s+${L.PCT}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // A first period not billed: "how about I just don't bill the first quarter".
    re: pat(
      `${B}(?:i|we)\\s+(?:just\\s+|simply\\s+)?(?:don't|won't|do not|will not)\\s+(?:bill|charge|invoice)\\s+(?:you\\s+)?(?:for\\s+)?(?:the\\s+)?(?:first|next|initial)\\s+(?:month|quarter|year|week|\\d+\\s+(?:months|weeks))${E}`,
    ),
  },
  // ---- session12 sixth round (paraphrase45: account management and renewals)
  {
    rule: 'ud.price-match',
    // A price rise left off or softened: "left the uplift off this year", "phase the increase in over two years",
    // "leave our fee at the old percentage", DE "lassen die Preiserhöhung einfach weg", "zahlen weiter den alten Satz".
    re: pat(
      `${B}(?:left|leave|leaving|kept|keep|keeping)\\s+(?:it|that|the\\s+(?:[\\p{L}\\d%-]+\\s+)?(?:uplift|increase|rise|indexation))\\s+off${E}(?<=${B}(?:uplift|increase|rise|indexation|price change)${E}[^.!?]{0,120})|${B}phas(?:e|ing)\\s+(?:the|that|this)\\s+(?:[\\p{L}\\d%-]+\\s+)?(?:increase|rise|uplift)\\s+in${E}|${B}(?:leave|keep|hold)\\s+(?:our|the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:fee|rate|price|commission|percentage|margin)\\s+at\\s+the\\s+(?:old|previous|current|existing|same)\\s+(?:percentage|rate|level|price|figure)${E}|${BU}(?:lassen|lasse)\\s+(?:wir|ich)\\s+(?:die|den|das)\\s+\\p{L}*(?:erh[öo]hung|anpassung|aufschlag)\\p{L}*\\s+(?:[^.!?]{0,60}?\\s)?(?:einfach\\s+)?weg${E}|${BU}(?:die|den|das)\\s+\\p{L}*(?:erh[öo]hung|anpassung|aufschlag)\\p{L}*\\s+(?:lassen|lasse)\\s+(?:wir|ich)\\s+(?:[^.!?]{0,60}?\\s)?(?:einfach\\s+)?weg${E}|${BU}(?:zahlen|bezahlen)\\s+(?:weiter(?:hin)?|auch\\s+k[üu]nftig)\\s+den\\s+alten\\s+(?:satz|preis|tarif)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // "I'll see how far I can move it" (a price named).
    re: pat(
      `${B}(?:see|check)\\s+how\\s+far\\s+(?:i|we)\\s+can\\s+(?:move|bring|push|go)${E}(?<=${B}(?:price|pricing|rate|fee|quote|cost|number)s?${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // The better item at the ordinary item's price: "the premium cartons at the standard carton price".
    re: pat(
      `${B}(?:premium|better|larger|bigger|upgraded|top|heavier|stronger)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:at|for)\\s+the\\s+(?:standard|basic|regular|normal)\\s+(?:[\\p{L}-]+\\s+)?price${E}`,
    ),
  },
  // ---- session13 round (paraphrase46: volunteered concessions in trade and everyday wording)
  {
    rule: 'ud.free-extra',
    // A charge normally made, taken off by the rep: "usually billable, but we've scratched it off".
    re: pat(
      `${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will|'d|\\s+would)?\\s+(?:just\\s+|simply\\s+|already\\s+|happily\\s+)?(?:struck|strike|taken|take|knocked|knock|crossed|cross|scratched|scratch|pulled|pull|removed|remove|dropped|drop|zeroed|zero)\\s+(?:it|that|this|them|those)\\s+(?:off|out|from)${E}(?<=${B}(?:normally|usually|typically|ordinarily|generally|otherwise|as a rule)${E}[^.!?]{0,140})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Goods let go at a figure: "I'd let the last pallets go for $9 each".
    re: pat(
      `${B}let\\s+(?:it|them|those|these|this|that|the\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+go\\s+(?:for|at)\\s+(?:just\\s+|only\\s+)?(?:${L.MONEY}|\\d[\\d.,]*\\s+(?:each|apiece|a (?:unit|piece)|per (?:unit|piece)))`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    lower: true,
    // A price announced falling from one figure to another: "the rate per crate drops from 40 to 36".
    re: pat(
      `${B}(?:price|rate|fee|charge|cost|tariff|pricing)s?\\s+(?:(?:per|for|on)\\s+(?:[\\p{L}-]+\\s+){1,3}?)?(?:drops?|falls?|goes down|comes down|will (?:drop|fall|go down|come down)|is (?:dropping|coming down|going down)|can (?:drop|come down|go down)|could (?:drop|come down|go down))\\s+from\\s+${FIGURE}\\s+to\\s+${FIGURE}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    newFirst: true,
    // "the price per guest can come down to 40 from 46".
    re: pat(
      `${B}(?:price|rate|fee|charge|cost|tariff|pricing)s?\\s+(?:[^\\s.!?]+\\s+){0,6}?(?:can|could|will|would)\\s+(?:come|go|drop)\\s+down\\s+to\\s+${FIGURE}\\s+from\\s+${FIGURE}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // The price said to be able to go lower: "the per-licence price could still come down".
    re: pat(
      `${B}(?:price|pricing|rate|fee|figure|number|quote)s?\\s+(?:(?:per|for|on)\\s+(?:[\\p{L}-]+\\s+){1,3}?)?(?:can|could)\\s+(?:still\\s+|easily\\s+|definitely\\s+|probably\\s+|certainly\\s+)?(?:go|come|move)\\s+(?:a\\s+(?:bit|little)\\s+|even\\s+|further\\s+|somewhat\\s+)?(?:lower|down)${E}(?!\\s+(?:or|and)\\s+up${E})|${B}where\\s+you\\s+need\\s+(?:it|the\\s+(?:price|number|figure|rate|quote))\\s+to\\s+(?:land|be|sit|come in)${E}(?<=${B}(?:price|pricing|rate|fee|quote|cost|number|figure|budget)s?${E}[^.!?]{0,140})`,
    ),
  },
  {
    rule: 'ud.price-cut',
    lower: true,
    // The usual figure brought down: "our fee is normally 18%, I'll take it to 14%".
    re: pat(
      `${B}(?:usually|normally|typically|ordinarily|standard|would be)${E}[^.!?]{0,80}?${B}(?:bring|take|drop|lower|reduce|cut|set)\\s+(?:that|it|this|the (?:fee|rate|price|percentage|commission|margin))\\s+(?:down\\s+)?to\\s+${FIGURE}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // The bigger plan at the basic plan's price: ES "al precio del plan básico", FR "au prix de la formule de base".
    re: pat(
      `${BU}al\\s+precio\\s+(?:del|de\\s+la)\\s+(?:plan|versi[oó]n|tarifa|modelo|paquete|licencia|opci[oó]n)\\s+(?:b[áa]sic[oa]|est[áa]ndar|inferior|anterior|m[áa]s\\s+(?:barat[oa]|peque[ñn][oa]|sencill[oa]))${E}|${BU}au\\s+prix\\s+(?:du|de\\s+la|de\\s+l')\\s*(?:formule|version|offre|plan|pack|abonnement)\\s+(?:de\\s+base|basique|standard|inf[ée]rieure?|essentiel(?:le)?|d'entr[ée]e)${E}|${BU}zum\\s+preis\\s+(?:des|der|vom)\\s+(?:basis|standard|einstiegs|kleineren?)\\p{L}*${E}|${B}(?:at|for)\\s+the\\s+(?:price|cost)\\s+of\\s+the\\s+(?:basic|starter|standard|entry|lower|cheaper|smaller)\\s+(?:plan|tier|package|version|model|edition|licen[cs]e)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // DE "um 15 % günstiger machen", "billiger abgeben".
    re: pat(
      `${BU}(?:um\\s+${L.PCT}\\s+|${L.PCT}\\s+|etwas\\s+|noch\\s+)?(?:g[üu]nstiger|billiger|preiswerter)\\s+(?:machen|geben|anbieten|lassen|verkaufen|abgeben)${E}`,
    ),
  },
  {
    rule: 'ud.price-flexibility',
    // FR "je peux encore descendre un peu sur le prix".
    re: pat(
      `${BU}(?:peux|pouvons|pourrais|pourrions|peut|vais|allons|puis)\\s+(?:encore\\s+|bien\\s+|un\\s+peu\\s+|peut-[êe]tre\\s+)*descendre\\s+(?:encore\\s+|un\\s+peu\\s+|l[ée]g[èe]rement\\s+)*(?:sur|au\\s+niveau\\s+d[ue]|le|la|de)\\s+(?:le\\s+|la\\s+)?(?:prix|tarif|devis|montant|co[ûu]t)${E}`,
    ),
  },
  // ---- session13 second round (paraphrase48: extras, absorbed fees, credits, trials, payment terms)
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A cost the rep sorts out or tells the buyer not to budget: "I'll sort the freight out for you",
    // "no need to allow for the callout charge".
    re: pat(
      `${B}(?:i'll|we'll|i will|we will|let me|let us)\\s+sort\\s+(?:the\\s+)?(?:delivery|shipping|freight|transport|install(?:ation)?|setup|set-up|fee|charge|cost|callout|call-out|haulage|courier)\\s+out\\s+for\\s+you${E}|${B}(?:don't|do not|no need to|you needn't)\\s+(?:factor|budget|include|allow|account)\\s+(?:for\\s+)?(?:the|that|this|any)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:charge|fee|cost|costs|surcharge)\\s+(?:in|into|for)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // Nothing for the buyer to pay, FR/ES/DE: "vous n'aurez rien à régler", "no tendrá que pagar nada".
    re: pat(
      `${BU}(?:vous\\s+)?n'aurez\\s+rien\\s+[àa]\\s+(?:r[ée]gler|payer|d[ée]bourser)${E}|${BU}no\\s+(?:tendr[áa]n?|tienes|tiene|tendr[áa]s)\\s+que\\s+pagar\\s+nada${E}|${BU}(?:m[üu]ssen|brauchen)\\s+sie\\s+(?:daf[üu]r\\s+|die\\s+|das\\s+)?(?:nichts|nicht)\\s+(?:zu\\s+)?(?:zahlen|bezahlen)${E}(?<=(?:geb[üu]hr|kosten|rechnung|betrag|pauschale)\\p{L}*${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A cost taken on by the seller: "the truck hire is taken care of by us"; a charge that can come off.
    re: pat(
      `${B}(?:is|are|will be|gets?|has been|have been)\\s+taken\\s+care\\s+of\\s+by\\s+(?:us|me|our side)${E}(?<=${B}(?:hire|cost|costs|fee|fees|charge|charges|bill|freight|shipping|expenses?|delivery)${E}[^.!?]{0,80})|${B}(?:fee|charge|surcharge)s?\\s+(?:[^\\s.!?]+\\s+){0,5}?(?:can|could|will)\\s+(?:just\\s+|simply\\s+)?(?:come|go)\\s+(?:out|off)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    ownNegation: true,
    // More or better for the same money: "upgraded you to the premium tier, no change to what you pay",
    // ES "le añado dos cajas más sin que cambie el importe".
    re: pat(
      `${B}(?:upgrad|bump|add|includ|throw|extend|increas|mov)\\p{L}*${E}[^.!?]{0,120}?${B}(?:no change (?:to|in) (?:what you pay|the price|your (?:price|rate|bill|invoice|fee))|keep the price where it is|(?:the )?price stays (?:the same|where it is|as it is))${E}|${BU}(?:a[ñn]ad|inclu|sum|pong|regal)\\p{L}*\\s+[^.!?]{0,80}?sin\\s+que\\s+(?:le\\s+)?(?:cambie|suba|var[ií]e)\\s+(?:el|su)\\s+(?:importe|precio|total|coste|costo)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // A credit put on the account or called a gesture: "a credit of $500 has been applied to your balance",
    // "a small gesture from our side", ES "le hemos abonado 200 euros".
    re: pat(
      `${B}(?:a\\s+)?(?:goodwill\\s+|courtesy\\s+|service\\s+|one-off\\s+|loyalty\\s+)?credit\\s+(?:of\\s+)?${L.MONEY}\\s+(?:has been|have been|was|will be|is being|is)\\s+(?:applied|added|posted|issued|put)\\s+(?:to|on)\\s+(?:your|the)${E}|${B}(?:a|as a|our)\\s+(?:little\\s+|small\\s+|tiny\\s+|modest\\s+)?gesture\\s+(?:from|on)\\s+(?:our|my)\\s+(?:side|part|end)${E}|${BU}(?:le|les|te|os)\\s+(?:hemos\\s+|he\\s+|vamos\\s+a\\s+|voy\\s+a\\s+)?abona(?:do|r|mos|remos)\\s+${L.MONEY}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // A payment moved later, passive or ES: "the first instalment has been deferred until after harvest",
    // "la primera factura se la emitimos en abril".
    re: pat(
      `${B}(?:first|next|initial|final|second)\\s+(?:instal(?:l)?ment|invoice|payment|bill)\\s+(?:[^\\s.!?]+\\s+){0,3}?(?:has been|have been|is|will be|was|gets?)\\s+(?:deferred|postponed|pushed(?:\\s+back|\\s+out)?|moved|delayed|held back)\\s+(?:until|till|to|into|by)${E}|${BU}(?:la\\s+)?primera\\s+factura\\s+(?:se\\s+la\\s+|se\\s+lo\\s+|la\\s+)?(?:emitimos|emitiremos|enviamos|enviaremos|pasamos|pasaremos)\\s+(?:en|a\\s+partir\\s+de|hasta|despu[ée]s)${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    // Instalments offered: "payment in 12 monthly instalments instead of annual", DE "in drei Raten ermöglichen".
    re: pat(
      `${B}(?:pay|payment|paying|billing|invoic\\p{L}*)\\s+in\\s+(?:\\d+|two|three|four|six|twelve)\\s+(?:monthly\\s+|quarterly\\s+|equal\\s+)?(?:instal(?:l)?ments|payments|tranches|parts|chunks)${E}|${BU}(?:zahlung|bezahlung|rechnung|betrag)\\s+in\\s+(?:zwei|drei|vier|sechs|zw[öo]lf|\\d+)\\s+(?:raten|teilbetr[äa]gen|tranchen)\\s+(?:erm[öo]glichen|anbieten|aufteilen|gew[äa]hren)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A trial or loan run longer: ES "amplío su periodo de prueba", "pushed the end of the pilot out",
    // "keep the demo units until after the season".
    re: pat(
      `${BU}(?:ampl[ií]o|ampliamos|alargo|alargamos|extiendo|extendemos|prolongo|prolongamos)\\s+(?:su|tu|el|vuestro|la)\\s+(?:periodo|per[ií]odo|fase|prueba|piloto)${E}|${B}(?:pushed|moved|extended|stretched)\\s+(?:the\\s+)?end\\s+of\\s+(?:the|your)\\s+(?:pilot|trial|poc|proof of concept|evaluation)${E}|${B}keep\\s+(?:the\\s+)?(?:demo|trial|loan|loaner|test|evaluation|sample)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:until|till|through|for\\s+(?:another|a few|an extra|a further))${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A charge dropped by the rep's own doing: "asked accounts to drop the excess callouts", "fancy me
    // cancelling that overrun charge?", DE "die Mahngebühr haben wir storniert" or "stornieren lassen",
    // "kann ich euch die Gebühr streichen", non-native "the installation fees are offered to you".
    re: pat(
      `${B}(?:asked|told|got|had)\\s+(?:accounts|finance|billing|our\\s+(?:accounts|finance|billing)(?:\\s+team)?|the\\s+(?:accounts|finance|billing)\\s+team)\\s+to\\s+(?:quietly\\s+|just\\s+|simply\\s+)?(?:drop|remove|waive|cancel|write off|credit|take off|scrap|void)${E}|${B}(?:fancy\\s+me|how about\\s+(?:i|me|we|us)|shall\\s+(?:i|we)|should\\s+(?:i|we)|want\\s+me\\s+to)\\s+(?:just\\s+)?(?:cancel|waive|drop|scrap|remove|void|zero|write off|knock off|leave off)\\p{L}*\\s+(?:that|the|this|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:charge|fee|surcharge|cost|invoice|bill|penalty)${E}|${BU}[\\p{L}-]*geb[üu]hr\\p{L}*\\s+(?:[^.!?]{0,60}?\\s)?(?:haben|habe)\\s+(?:wir|ich)\\s+(?:(?:stornieren|streichen|erlassen|gutschreiben)\\s+lassen|storniert|gestrichen|erlassen|zur[üu]ckgenommen|ausgebucht)${E}|${B}(?:fees?|charges?|costs?|installation|setup|delivery|shipping|training)\\s+(?:is|are|will be)\\s+(?:kindly\\s+)?offered\\s+(?:to\\s+you|free|for free|at no)${E}|${BU}(?:kann|k[öo]nnen|werde|werden|w[üu]rde|w[üu]rden)\\s+(?:ich|wir)\\s+(?:euch|ihnen|dir)\\s+(?:die|den|das)\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]*(?:geb[üu]hr|kosten|aufschlag|pauschale)\\p{L}*\\s+(?:streichen|erlassen|schenken|nicht\\s+berechnen)${E}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // A better figure put on the proposal; FR "je vous fais -10 %"; DE green light for a special price.
    re: pat(
      `${B}(?:better|improved|sharper|lower|keener)\\s+(?:number|price|rate|figure|pricing)\\s+(?:on|for|in)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+)?(?:proposal|quote|renewal|order|offer|contract)${E}|${BU}(?:je|on|nous)\\s+vous\\s+(?:fais|fait|faisons|ferai|ferons)\\s+(?:un\\s+geste\\s+de\\s+)?-?[^\\S\\n]?${L.PCT}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    // The rep's side cleared a special price: "got the green light for a special price", DE "grünes Licht für einen Sonderpreis".
    re: pat(
      `${BU}(?:gr[üu]nes\\s+licht|die\\s+freigabe|das\\s+okay)\\s+f[üu]r\\s+(?:einen|ein|eine)\\s+(?:sonderpreis|sonderkondition\\p{L}*|rabatt|nachlass|preisnachlass)${E}|${B}(?:the\\s+)?green\\s+light\\s+(?:for|on)\\s+(?:a|an|the)\\s+(?:special|better|lower|reduced)\\s+(?:price|rate|discount)${E}|${BU}luz\\s+verde\\s+(?:para|a)\\s+un\\s+(?:precio\\s+especial|descuento)${E}|${BU}feu\\s+vert\\s+pour\\s+(?:un\\s+prix\\s+sp[ée]cial|une\\s+remise|vous\\s+(?:offrir|faire|accorder|consentir))${E}|${BU}(?:me\\s+)?(?:autoriz[óo]|aprob[óo])\\s+(?:un|una)\\s+(?:descuento|rebaja|precio\\s+especial)${E}`,
    ),
  },
  // ---- session13 third round (paraphrase51: concessions without the usual words)
  {
    rule: 'ud.price-cut',
    selfEvident: true,
    lower: true,
    // A quoted figure replaced by a lower one: "it came to 5,200 but call it 4,700", ES "déjelo en", FR "mettons",
    // "from 2,400 to a tidy 2,000".
    re: pat(
      `${FIGURE}[^.!?]{0,70}?${BU}(?:call it|let's (?:just )?(?:call it|say|make it)|make it|write in|pencil(?:l?ed)? in|put (?:it )?down as|d[ée]j(?:e|elo|[ée]moslo|arlo)\\s+en|mettons|disons|sagen wir|machen wir)\\s+(?:(?:a|an)\\s+)?(?:tidy\\s+|even\\s+|round\\s+|flat\\s+|clean\\s+)?${FIGURE}|${B}from\\s+${FIGURE}\\s+(?:down\\s+)?to\\s+(?:a\\s+)?(?:tidy|round|clean|flat|neat|nice|even)\\s+${FIGURE}`,
    ),
  },
  {
    rule: 'ud.price-cut',
    // Figures rounded the buyer's way; hours billed trimmed with the work unchanged; a line made "friendlier";
    // DE a price "den sonst nur" others get; FR an amount arranged "pour qu'il vous fasse moins mal".
    re: pat(
      `${B}round(?:ed|ing)?\\s+(?:it|them|that|those|the\\s+[\\p{L}-]+)\\s+(?:down|the\\s+(?:friendly|nice|kind|generous|right)\\s+way)${E}|${B}(?:trimmed|cut|reduced|shaved)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:hours|days|units)\\s+(?:we|i)\\s+(?:bill|charge|invoice)${E}|${B}made\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:line|figure|number|price|total|invoice|quote)\\s+look\\s+(?:a\\s+(?:bit|little)\\s+|much\\s+)?(?:friendlier|nicer|kinder)${E}|${BU}(?:preis|konditionen)\\p{L}*\\s+(?:gemacht\\s*,?\\s+)?(?:den|die)\\s+sonst\\s+nur${E}|${B}(?:price|rate|terms)\\s+(?:that\\s+)?(?:normally\\s+|usually\\s+)?only\\s+(?:our|my)\\s+(?:[\\p{L}-]+\\s+)?(?:customers|clients|accounts|partners)\\s+get${E}|${BU}pour\\s+qu'il\\s+vous\\s+fasse\\s+moins\\s+mal${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    ownNegation: true,
    // A charge dropped in other words: "consider that late fee forgotten", "won't show up this time" (for a charge
    // normally added), "won't appear on the paperwork", FR "rayés de la facture", ES "sin sumarlo a la factura",
    // "ni la vamos a cobrar", "no le pasamos la cuota", "your statement will look friendlier", "won't count against
    // your subscription", "the surcharge won't touch your account".
    re: pat(
      `${B}consider\\s+(?:the|that|this|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:charge|fee|invoice|bill|surcharge|penalty|cost)\\s+(?:[^.!?]{0,30}?\\s)?(?:forgotten|gone|cancelled|canceled|dealt with|settled|covered|sorted)${E}|${B}(?:won't|will not)\\s+(?:show up|appear|be added)${E}(?<=${B}(?:normally|usually|typically|otherwise)${E}[^.!?]{0,100})|${B}(?:won't|will not|don't|doesn't|do not|does not)\\s+appear\\s+(?:anywhere\\s+)?on\\s+(?:the|your)\\s+(?:paperwork|invoice|bill|statement)${E}(?!\\s+(?:until|till|before|unless)${E})|${B}(?:i'm|i am|we're|we are)\\s+not\\s+(?:putting|adding|including)\\s+(?:it|that|this|them|the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:costs?|fees?|charges?|hours|visits?|trips?))\\s+(?:on|to)\\s+(?:the|your)\\s+(?:bill|invoice|tab|statement|paperwork)${E}|${BU}(?:ray[ée]s?\\s+de\\s+la\\s+facture|sin\\s+sumarl[oa]s?\\s+a\\s+la\\s+factura)${E}|${BU}ni\\s+(?:la|lo|las|los)\\s+vamos\\s+a\\s+cobrar${E}|${BU}no\\s+(?:le|les|te|os)\\s+pasamos\\s+(?:la|el)\\s+(?:cuota|factura|cargo|recibo)${E}|${B}(?:invoice|statement|bill|total)\\s+(?:will\\s+)?look\\s+(?:a\\s+(?:bit|little)\\s+|much\\s+)?friendlier${E}|${B}(?:won't|will not)\\s+count\\s+against\\s+your\\s+(?:subscription|plan|allowance|contract|bill)${E}|${B}(?:won't|will not)\\s+(?:touch|hit|apply to|reach)\\s+(?:your\\s+(?:account|invoice|bill|price)|you)${E}(?<=${B}(?:surcharge|increase|rise|uplift|hike)s?${E}[^.!?]{0,80})`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A cost taken by the seller in other words: "comes out of my budget, not yours", "is ours to cover",
    // "something we'll absorb", "your next refill is taken care of", "we're eating it", a welcome present,
    // "consider the engraving a gift", FR "c'est nous qui le prenons en charge", DE "legen wir ... dazu".
    re: pat(
      `${B}comes?\\s+out\\s+of\\s+(?:my|our)\\s+(?:budget|pocket|margin)${E}|${B}(?:is|are)\\s+ours\\s+to\\s+(?:cover|pay|absorb|eat)${E}|${B}(?:is|are)\\s+something\\s+(?:we|i)(?:'ll|\\s+will)\\s+(?:absorb|cover|eat|swallow|take care of)${E}|${B}your\\s+(?:next|first|coming)\\s+(?:[\\p{L}-]+\\s+)?(?:month|refill|service|visit|delivery|order|invoice|bill|session)\\s+is\\s+(?:taken care of|covered|sorted)${E}|${B}(?:we're|we are|i'm|i am)\\s+eating\\s+(?:it|that|this|the\\s+(?:increase|rise|difference|cost|hike))${E}|${B}(?:call it|consider (?:it|that|them|this))\\s+(?:a|our)\\s+(?:little\\s+|small\\s+)?(?:welcome\\s+)?(?:present|gift)${E}|${B}consider\\s+the\\s+[\\p{L}-]+\\s+(?:a|our)\\s+(?:little\\s+|small\\s+)?gift${E}|${B}as\\s+a\\s+(?:little|small)\\s+thank-?\\s?you\\s+(?:gift\\s+)?from\\s+(?:us|the\\s+[\\p{L}-]+|our\\s+[\\p{L}-]+)${E}|${BU}c'est\\s+nous\\s+qui\\s+(?:le|la|les)\\s+(?:prenons|payons|offrons)${E}|${BU}(?:legen\\s+wir|wir\\s+legen)\\s+(?:ihnen\\s+)?(?:noch\\s+)?[^.!?]{0,40}?\\sdazu${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // Something added and the figure unchanged: "adding a second visit, and the quote stays the same".
    re: pat(
      `${B}(?:quote|price|total|invoice|figure)\\s+stays\\s+(?:exactly\\s+)?(?:the same|unchanged|where it is|as it is)${E}(?<=${B}(?:add|adding|added|include|including|included|extra|additional|throw|throwing)${E}[^.!?]{0,120})`,
    ),
  },
  {
    rule: 'ud.price-match',
    selfEvident: true,
    // A price held while others rise: "you'll stay on the old numbers", "keep yours the same", "stays put".
    re: pat(
      `${B}you(?:'ll|\\s+will)\\s+stay\\s+on\\s+(?:the\\s+)?(?:old|current|existing|previous)\\s+(?:numbers|rates?|prices?|pricing|rate card|terms)${E}|${B}keep\\s+(?:yours|your\\s+(?:price|prices|rate|rates|pricing))\\s+(?:the\\s+same|where\\s+(?:it\\s+is|they\\s+are)|unchanged|as\\s+(?:it\\s+is|they\\s+are))${E}|${B}your\\s+(?:[\\p{L}-]+\\s+)?(?:retainer|price|rate|fee|subscription|pricing)\\s+stays\\s+put${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    // Pay later, in other words: "pay me when the harvest money comes in", "settle up whenever it does",
    // "pay the second instalment once the rush is over", ES "nos paga la cuota de julio en septiembre",
    // "the first monthly payment is zero".
    re: pat(
      `${B}pay\\s+(?:me|us)\\s+(?:when|once|whenever|after)${E}|${B}settle\\s+up\\s+whenever${E}|${B}pay\\s+the\\s+(?:first|second|third|next|final|last)\\s+instal(?:l)?ment\\s+(?:once|when|after)${E}|${BU}nos\\s+paga\\s+(?:la|el)\\s+(?:cuota|factura|plazo|recibo)\\s+de\\s+\\p{L}+\\s+en\\s+\\p{L}+${E}|${B}(?:first|next)\\s+(?:monthly\\s+)?(?:payment|instal(?:l)?ment|invoice)\\s+is\\s+(?:zero|nil)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    selfEvident: true,
    // A pilot kept running or the meter stopped: "keep the lights on through the holidays" (a pilot), "keep the meter stopped".
    re: pat(
      `${B}keep\\s+the\\s+lights\\s+on${E}(?:(?<=${B}(?:pilot|trial|poc|evaluation|test)${E}[^.!?]{0,100})|(?=[^.!?]{0,40}${B}(?:pilot|trial|poc|evaluation|test)${E}))|${B}(?:keep\\s+the\\s+(?:meter|clock)\\s+(?:stopped|off|paused)|stop\\s+the\\s+(?:meter|clock))${E}`,
    ),
  },
  // ---- session13 fourth round (paraphrase53: German, Spanish and French)
  {
    rule: 'ud.price-flexibility',
    selfEvident: true,
    // Room on price and the rep's best offer, DE/ES/FR: "hab da noch Spielraum", "was beim Preis noch geht",
    // ES "lo mejor que ... ofrecer", FR "le mieux que ... proposer".
    re: pat(
      `${BU}(?:hab|habe|haben)\\s+(?:ich|wir)\\s+(?:da\\s+)?(?:noch\\s+)?(?:ein\\s+(?:bisschen|wenig)\\s+|etwas\\s+)?(?:spielraum|luft)${E}(?<=${BU}(?:preis|preisen|rabatt|konditionen)\\p{L}*${E}[^.!?]{0,100})|${BU}beim\\s+preis\\s+(?:[^.!?]{0,25}?\\s)?(?:was|etwas)\\s+(?:drin|m[öo]glich|machen|tun|gehen)${E}|${BU}was\\s+beim\\s+preis\\s+(?:noch\\s+)?(?:geht|drin\\s+ist|m[öo]glich\\s+ist)${E}|${BU}das\\s+beste\\s*,?\\s+was\\s+(?:ich|wir)\\s+(?:ihnen\\s+|dir\\s+|euch\\s+)?(?:anbieten|machen|tun)\\s+(?:kann|k[öo]nnen)${E}|${BU}lo\\s+mejor\\s+que\\s+(?:le\\s+|te\\s+|les\\s+)?(?:puedo|podemos)\\s+(?:ofrecer|hacer|dejar)${E}|${BU}le\\s+mieux\\s+que\\s+(?:je|nous)\\s+(?:puisse|puissions|peux|pouvons)\\s+(?:faire|proposer|offrir)${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    selfEvident: true,
    // A cost on the seller or set to zero, DE/ES: "gehen zulasten von uns", a fee the rep leaves "a cero".
    re: pat(
      `${BU}(?:gehen|geht)\\s+(?:[^.!?]{0,20}?\\s)?zu\\s?lasten\\s+(?:von\\s+uns|unserer?\\s+firma|des\\s+hauses)${E}|${BU}(?:dej|pon)\\p{L}*\\s+(?:[^\\s.!?]+\\s+){0,5}?(?:a|en)\\s+cero${E}`,
    ),
  },
  {
    rule: 'ud.payment-terms',
    selfEvident: true,
    later: true,
    ownNegation: true,
    // More days to pay, DE/FR: "Zahlungsziel 60 statt 30 Tage", FR payment days "au lieu de" fewer.
    re: pat(
      `${BU}zahlungsziel\\s+(?:von\\s+)?\\d+\\s+(?:tage\\s+|tagen\\s+)?statt\\s+\\d+${E}|${BU}paiement\\s+[àa]\\s+\\d+\\s+jours\\s+(?:fin\\s+de\\s+mois\\s+)?au\\s+lieu\\s+de\\s+\\d+${E}`,
    ),
  },
  {
    rule: 'ud.price-match',
    // The old price held, DE: "den alten Preis halte ich Ihnen".
    re: pat(
      `${BU}(?:den|die)\\s+(?:alten?|bisherigen?|jetzigen?)\\s+(?:preis|preise|konditionen|tarif)\\s+(?:halte|halten|lasse|lassen)\\s+(?:ich|wir)${E}`,
    ),
  },
  // ---- session13 fourth round (paraphrase54: concessions inside long ordinary sentences)
  {
    rule: 'ud.free-extra',
    // A named charge taken away by the rep, several words apart: "removed the plate and tooling charge",
    // "taken the crane hire off", "cut the fuel surcharge to zero", "absorbed the uniform and onboarding costs",
    // "covered the room hire and lunch myself".
    re: pat(
      `${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will|'d|\\s+would)?\\s+(?:already\\s+|also\\s+|just\\s+|gone\\s+ahead\\s+and\\s+)?(?:removed|remove|dropped|drop|absorbed|absorb|waived|waive|scrapped|scrap)\\s+(?:the|your|our|any)\\s+(?:[\\p{L}\\d-]+\\s+){0,5}?(?:charges?|fees?|costs?|surcharges?|hire|rental)${E}|${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will)?\\s+(?:already\\s+|also\\s+|just\\s+|gone\\s+ahead\\s+and\\s+)?(?:taken|take|knocked|knock)\\s+(?:the|your|our)\\s+(?:[\\p{L}\\d-]+\\s+){0,5}?(?:charges?|fees?|costs?|surcharges?|hire|rental)\\s+off${E}|${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will)?\\s+(?:already\\s+|also\\s+|just\\s+)?cut\\s+(?:the|your)\\s+(?:[\\p{L}\\d-]+\\s+){0,4}?(?:charges?|fees?|costs?|surcharges?)\\s+to\\s+(?:zero|nothing|nil)${E}|${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will)?\\s+(?:already\\s+|also\\s+)?covered\\s+(?:the|your)\\s+(?:[\\p{L}\\d-]+\\s+){0,8}?(?:myself|ourselves)${E}`,
    ),
  },
  {
    rule: 'ud.trial-extension',
    // A period lengthened from one figure to another: "extended your sandbox access from 14 to 60 days",
    // a trial made longer from one number of days to a larger one, free servicing from six months to eighteen.
    re: pat(
      `${B}(?:extended|extend|lengthened|lengthen|stretched|stretch|prolonged|prolong|doubled|double)\\s+(?:the|your)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:access|trial|period|pilot|warranty|servicing|support|licen[cs]es?|subscription|evaluation|sandbox)\\s+(?:[\\p{L}-]+\\s+)?from\\s+(?:\\d+|one|two|three|four|six|twelve|fourteen|thirty)\\s+(?:days?\\s+|weeks?\\s+|months?\\s+)?to${E}`,
    ),
  },
  {
    rule: 'ud.free-extra',
    // Something added free: "I've added a free monthly inspection".
    re: pat(
      `${B}(?:i|we)(?:'ve|\\s+have|'ll|\\s+will)?\\s+(?:also\\s+|just\\s+|gone\\s+ahead\\s+and\\s+)?(?:added|add|included|include|thrown\\s+in|throw\\s+in)\\s+(?:a|an|two|three|\\d+)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:free|complimentary|bonus)${E}`,
    ),
  },
];

/** Concessions that need no offering voice ("on us", "room on price"). */
const speaksForItself = (c: Concession) => !!c.selfEvident || c.rule === 'ud.price-flexibility';

/** Every concession, for the ungated paths (the gate names the few a sentence can hold). */
const ALL_CONCESSIONS = CONCESSIONS.map((_, i) => i);

const CLAUSE_DELIM =
  /[,;:()\u2014\u2013]|\s-\s|(?<![\p{L}])(?:but|however|though|although|yet|aber|jedoch|pero|sino|mais|cependant|toutefois)(?![\p{L}])/gu;

/** "In return", after the value it answers. */
const IN_RETURN = `${BU}(?:en contrepartie|in return|in exchange|im gegenzug|a cambio|en [ée]change)${E}`;

const SUP = {
  negation: re(L.NEGATION),
  notNegation: reG(L.NOT_NEGATION),
  negAfter: re(`^\\s*${gap(2)}${L.NEG_AFTER}`),
  // The concession named as the buyer's, right after it, and then refused: "el descuento que menciona, no
  // podemos", "den Rabatt, den Sie ansprechen, können wir nicht" (granted on request, it stays a concession).
  askedAfter: re(
    `^\\s*,?\\s*(?:que vous (?:[ée]voquez|mentionnez|demandez|souhaitez|proposez|avez (?:[ée]voqu|mentionn|demand|sugg[ée]r))|que (?:usted |ustedes )?(?:menciona|mencionan|pide|piden|solicita|solicitan|propone|proponen|ha (?:mencionado|pedido|solicitado))|(?:den|die|das) sie (?:erw[äa]hn|ansprech|anfrag|angesproch|angefragt))`,
  ),
  // German closes the clause with the negated verb: "Rabatt ist hier nicht möglich".
  negAfterDe: re(
    `^[^.!?]{0,90}?${BU}(?:nicht|keine?n?)\\s+(?:gew[äa]hr\\p{L}*|geben|anbieten|einr[äa]umen|machen|erlassen|senken|reduzieren|nachlassen|m[öo]glich)${E}`,
  ),
  refusal: re(L.REFUSAL),
  reciprocal: re(
    `${L.RECIPROCAL_COND}[^.!?]{0,90}?${L.RECIPROCAL_VALUE}|${L.SCOPE_ADDED_LETS_US}|${L.SCOPE_CUT_BY}|${L.SIGN_THIS_AND}|${L.FIRM_COND}[^.!?]{90,170}?${L.RECIPROCAL_VALUE}|${L.REFERRAL_TRADE}|${L.RECIPROCAL_VALUE}[^.!?]{0,40}?${B}(?:would let us|lets us|allows us|gets you|unlocks|qualif\\p{L}*)${E}`,
  ),
  // The value named first and "in return" after it ("two-year term: a better rate in return"); tried only
  // when such a phrase is there, since starting a match at every value word is slow.
  returnAfter: re(IN_RETURN),
  valueThenReturn: re(`${L.RECIPROCAL_VALUE}[^.!?]{0,80}?${IN_RETURN}`),
  antiReciprocal: re(L.ANTI_RECIPROCAL),
  contracted: re(L.CONTRACTED),
  additive: re(L.ADDITIVE),
  finance: re(L.FINANCE),
  thirdParty: re(L.THIRD_PARTY),
  reportedAsk: re(L.REPORTED_ASK),
  discussed: re(
    `${B}(?:discuss\\p{L}*|talk\\p{L}* about|mention\\p{L}*|review\\p{L}*|question about|regarding|about)\\s+${gap(2)}(?:${L.DISCOUNT_NOUN}|pricing)${E}`,
  ),
  standard: re(L.STANDARD),
  personal: re(L.PERSONAL),
  agent: re(L.AGENT),
  rateCompound: NOT_RATE_COMPOUND,
  // A concession reported from an earlier period, not offered now ("in 2024 I credited you a month").
  // A billing error put right ("added by mistake, so we've taken it off"): no price is given away.
  correction: re(
    alt(
      // A credit for a fault the terms pay for: "because the pallet arrived damaged, as the service terms require".
      `${B}(?:arrived|was|were|came|got)\\s+(?:damaged|broken|faulty|defective|short|late|spoiled)${E}[^.!?]{0,60}?${B}as\\s+(?:the|our|your)\\s+(?:[\\p{L}-]+\\s+)?(?:terms|contract|agreement|sla)\\s+(?:require|requires|provide|provides|say|says)${E}`,
      `${B}(?:by mistake|in error|mistakenly|erroneously|incorrectly|wrongly|double[- ](?:charged|billed|invoiced)|(?:charged|billed|invoiced) twice|duplicate (?:charge|invoice|line|payment)s?|(?:shouldn't|should not|should never) have been (?:charged|billed|added|invoiced)|overcharg\\p{L}*|over-?billed)${E}`,
      `${BU}(?:versehentlich|irrt[üu]mlich|f[äa]lschlicherweise|zu viel berechnet|doppelt berechnet|por error|cobrad[oa]s? de m[áa]s|par erreur|factur\\p{L}* en trop)${E}`,
      `${BU}(?:cobr|factur)\\p{L}*\\s+${gap(3)}(?:dos veces|deux fois)${E}`,
      // "billed for 30 users instead of 25", "20 statt 15 Lizenzen berechnet"
      `${BU}(?:billed|charged|invoiced|berechnet|cobrad\\p{L}*|factur\\p{L}*)\\s+(?:for\\s+)?\\d+\\s+${gap(2)}(?:instead of|rather than|statt|en lugar de|en vez de|au lieu de)\\s+\\d+${E}`,
      `${BU}\\d+\\s+(?:statt|instead of|en lugar de|en vez de|au lieu de)\\s+\\d+\\s+${gap(3)}(?:berechnet|abgerechnet|billed|charged|invoiced|cobrad\\p{L}*|factur\\p{L}*)${E}`,
    ),
  ),
  /** What a correction pays back: the difference, the amount overcharged. */
  creditsBack: re(
    `${BU}(?:the difference|differenzbetrag\\p{L}*|die differenz|la diferencia|la diff[ée]rence|el importe|le montant|the amount|the overcharge|den betrag)${E}`,
  ),
  pastGift: re(
    `${B}(?:was|were)\\s+(?:removed|waived|dropped|credited|discounted|taken off|written off|included)\\s+${gap(5)}(?:in 20\\d\\d|last (?:year|spring|summer|autumn|fall|winter)|when you first)${E}|${BU}(?:nous|je)\\s+(?:vous\\s+|l'|les\\s+|lui\\s+)?(?:avions|avais)\\s+(?:\\p{L}+\\s+)?(?:accord|consenti|offert|appliqu|donn|fait|octroy)\\p{L}*|${BU}(?:hatten|hatte)\\s+(?:wir|ich)\\s+${gap(5)}(?:gew[äa]hrt|erlassen|gegeben|geschenkt|berechnet|gutgeschrieben|[üu]bernommen)${E}|${BU}(?:hab[ií]amos|hab[ií]a)\\s+(?:\\p{L}+\\s+)?(?:aplicado|dado|hecho|concedido|regalado|rebajado)${E}|^\\s*(?:el (?:mes|trimestre|a[ñn]o) pasado|l'an dernier|l'ann[ée]e derni[èe]re|le (?:mois|trimestre) dernier|letzte[ns]? (?:monat|jahr|quartal)|im (?:letzten|vergangenen) (?:monat|jahr|quartal))${E}[^.!?]{0,30}?${BU}(?:(?:ya\\s+)?(?:les|le|te|os)\\s+(?:aplicamos|dimos|hicimos|concedimos|regalamos|rebajamos)|(?:nous|on)\\s+(?:vous\\s+)?(?:avons|a)\\s+(?:accord|consenti|offert|appliqu|fait)\\p{L}*|(?:haben|hatten)\\s+wir)${E}(?![^.!?]*${BU}(?:otra vez|de nuevo|este (?:mes|a[ñn]o|trimestre)|[àa] nouveau|encore|cette ann[ée]e|ce mois|wieder|erneut|dieses jahr|diesen monat)${E})|^\\s*(?:last year|el a[ñn]o pasado|l'ann[ée]e derni[èe]re|l'an dernier|letztes jahr|im (?:letzten|vergangenen) jahr|im vorjahr)${E}[^.!?]*${BU}(?:this year|este a[ñn]o|cette ann[ée]e|dieses jahr)${E}[^.!?]{0,40}?${BU}(?:normal|standard|regular|usual|full|habitual|normale?n?|[üu]blichen?|volle?n?)${E}|${B}(?:(?:last|previous|prior)\\s+(?:year|quarter|month|time|season|contract|spring|summer|autumn|fall|winter)|the\\s+(?:year|quarter|month|time)\\s+before|in\\s+20\\d\\d|back\\s+in\\s+(?:the\\s+)?\\p{L}+|(?:a|one|two|three|\\d+)\\s+(?:years?|months?|quarters?)\\s+ago)${E}[^.!?]{0,40}?${B}(?:we|i)\\s+(?:waived|gave|offered|discounted|included|threw|credited|covered|extended|dropped)${E}(?![^.!?]*${B}(?:again|as well|too|also this|this year|once more)${E})|${B}(?:we|i)\\s+(?:waived|gave|offered|discounted|credited|covered|extended|dropped)${E}[^.!?]{0,80}?${B}(?:as you (?:may |might |will |'ll )?(?:recall|remember)|if you (?:recall|remember))${E}(?![^.!?]*${B}(?:again|once more)${E})`,
  ),
  // A product benefit: the buyer lowers their own costs with the seller's help, no price is given away.
  benefit: re(
    `${B}(?:help|helps|helped|helping|enable|enables|enabling|allow|allows|allowing|lets|empower\\p{L}*|designed to|built to|so (?:that )?you can)${E}(?:\\s+[^\\s.!?,;]+){0,3}\\s*$`,
  ),
  ownCost: re(
    `^[^.!?,;]{0,40}?${B}(?:(?:total )?cost of ownership|tco|operating costs?|running costs?|overheads?|opex)${E}`,
  ),
  linkNext: re(
    `^\\s*(?:that's|that is|this is|that would|it would|this would|only|provided|contingent|in exchange|in return|the condition|all (?:i|we)'d need|all (?:i|we) need|dafür|das setzt|eso|c'est|[àa] condition|siempre)${E}|${B}(?:in return|in exchange|im gegenzug|a cambio|en [ée]change|en contrepartie)${E}`,
  ),
  linkPrev: re(
    `^\\s*(?:in that case|then|that way|for that|with that|dafür|dann|en ese caso|entonces|dans ce cas|alors|in return|in exchange)${E}`,
  ),
  // The buyer's side asked for by an imperative: the clause it opens must name something of value.
  tradeAsk: re(
    `(?:^\\s*|[:;]\\s+|,?\\s+(?:or|and)\\s+)(?=${L.BUYER_ASK})(?:(?!${L.TRADE_LINK})[^.!?]){0,90}?${L.RECIPROCAL_VALUE}`,
  ),
  tradeLink: reG(L.TRADE_LINK),
  value: re(L.RECIPROCAL_VALUE),
  // A fee that lapses because the buyer pays (a late or reminder fee) is the fee's own rule, no gift.
  paidAway: re(L.BUYER_PAYS),
  feeGone: re(
    `(?:removed|waived|dropped|eliminated|scrapped|struck|gone|go(?:es)? away|disappears?|vanish\\p{L}*|drops? off|is history)$`,
  ),
};

/**
 * Regex sources each family needs, for the gate in gate.ts: a family can only fire in a sentence that
 * matches every source of one of its terms. unilateralDiscount needs one concession pattern, and in a
 * body a voice for those that do not speak for themselves.
 */
export function gateTerms(isSubject: boolean): { qp: string[][]; ud: string[][] } {
  return {
    qp: qpTerms(isSubject).map((term) => term.map((r) => r.source)),
    ud: CONCESSIONS.map((c) =>
      isSubject || c.selfEvident || c.rule === 'ud.price-flexibility'
        ? [c.re.source]
        : [c.re.source, SUP.agent.source],
    ),
  };
}

const DEADLINE_COND = re(
  alt(
    `${B}(?:if|when|wenn|falls|si)\\s+${gap(4)}(?:sign|commit|confirm|order|close|place|get|return|send|unterschreib|unterzeichn|bestell|firm|confirm|valid|command|sign)\\p{L}*\\s+${gap(5)}(?:by(?!\\s+(?:letter|e-?mail|mail|phone|post|fax|courier|hand|card|credit card|bank|wire|transfer|cheque|check|docusign|return|means|way)${E})|before|this (?:week|month|quarter|friday|monday)|today|tomorrow|until|end of|bis|vor|diese\\p{L}* woche|heute|antes|esta semana|este mes|hoy|avant|cette semaine|ce mois|aujourd'hui|d'ici)${E}`,
    `${B}(?:if|when|once|wenn|falls|si|sobald)\\s+${gap(6)}${L.DEADLINE}`,
    `${B}(?:as long as|so long as|provided(?: that)?|providing|on (?:the )?condition that)\\s+${gap(8)}${L.DEADLINE}`,
    `${B}(?:sign|countersign|order|commit|confirm|book|close|send|return|submit|unterschreib|bestell|firm|sign|command)\\p{L}*\\s+${gap(4)}${L.DEADLINE}`,
    `${B}get\\s+${gap(3)}(?:back|signed|countersigned|over|returned)\\s+${gap(3)}${L.DEADLINE}`,
    `${B}(?:only |offer )?(?:valid|good|available|stands|expires?|ends?)\\s+(?:only\\s+)?(?:until|till|through|thru|this|by|today|tomorrow)${E}`,
    `${BU}(?:bis|by|before|antes de|avant)\\s+(?:\\p{L}*ende|end of \\p{L}+|fin de \\p{L}+|month-end|quarter-end)\\s+${gap(2)}(?:unterschrieben|unterzeichnet|signed|firmado|sign[ée])${E}`,
    `${B}(?:nur|solo|seulement|uniquement)\\s+${gap(1)}(?:diese woche|bis|hasta|esta semana|cette semaine|jusqu)`,
    `${B}(?:g[üu]ltig bis|v[aá]lid[oa] (?:solo )?hasta|valable (?:jusqu|uniquement|cette)|(?:today|this week|friday)(?:'s)? only|only (?:this week|today|until)|limited[- ]time)`,
  ),
);

export interface DiscountResult {
  rule: BuiltinRuleId;
  /** The offer is tied only to a seller-set deadline. */
  deadline: boolean;
}

/** unilateral_discount in one sentence, or undefined. */
export function unilateralDiscount(
  s: Sentence,
  enabled: (id: BuiltinRuleId) => boolean,
  possible?: readonly number[],
): DiscountResult | undefined {
  const t = s.low;
  if (SUP.refusal.test(t)) return undefined;
  // Flexibility and self-evident gifts imply the seller; other concessions need an offering voice.
  // Not from a reason clause ("..., since we save on the install"): the offer itself must speak.
  const voiced = s.isSubject || SUP.agent.test(t.replace(SELLER_REASON, (w) => ' '.repeat(w.length)));
  const ok = (c: Concession | undefined, m: RegExpExecArray): c is Concession =>
    !!c &&
    enabled(c.rule) &&
    (voiced || speaksForItself(c)) &&
    !(c.finance && SUP.finance.test(t)) &&
    !(c.rule === 'ud.price-cut' && SUP.rateCompound.test(m[0])) &&
    !(c.rule === 'ud.price-cut' && benefit(t, m)) &&
    !(c.lower && !movesDown(m[0])) &&
    !(c.newFirst && !movesDown(m[0], true)) &&
    // A match starting inside a number ("40 EUR" of "240 EUR") is not the figure offered.
    !(
      c.aheadLower &&
      (/[\d.,]/.test(t[m.index - 1] ?? '') || !firstTwoDown(t.slice(m.index, m.index + m[0].length + 80)))
    ) &&
    !(c.later && !movesUp(m[0])) &&
    !(c.prevNeeds && !c.prevNeeds.test(s.prev())) &&
    !(c.thenNeeds && !c.thenNeeds.test(`${t.slice(m.index + m[0].length)} ${s.next()}`)) &&
    !(SUP.paidAway.test(t) && SUP.feeGone.test(m[0])) &&
    !negated(t, m.index, m.index + m[0].length, c.ownNegation);
  // Without a voice only concessions that speak for themselves can be accepted: the rest are not tried.
  const tried = (possible ?? ALL_CONCESSIONS).filter(
    (i) => voiced || speaksForItself(CONCESSIONS[i] as Concession),
  );
  const found = firstOf(t, tried, ok);
  if (!found) return undefined;
  const [hit, at] = found;
  if (SUP.thirdParty.test(t) || SUP.discussed.test(t) || SUP.pastGift.test(t) || SUP.correction.test(t))
    return undefined;
  if (SUP.creditsBack.test(t) && SUP.correction.test(s.prev())) return undefined;
  const additive = SUP.additive.test(t) || SUP.personal.test(t);
  if (SUP.contracted.test(t) && !additive) return undefined;
  if (SUP.standard.test(t) && !additive) return undefined;
  if (reciprocal(withoutOwnTerms(s), at)) return undefined;
  return { rule: hit.rule, deadline: DEADLINE_COND.test(t) };
}

/** The last figure of the match is below the first one ("from USD 32 to USD 28"). */
function movesDown(match: string, newFirst = false): boolean {
  const figures = figuresOf(match);
  // "38 instead of 44": the new figure comes first, the old one last.
  const [from, to] = newFirst
    ? [figures[figures.length - 1], figures[figures.length - 2]]
    : [figures[0], figures[figures.length - 1]];
  return from !== undefined && to !== undefined && to < from;
}

/** The figures of a text as numbers; thousands written with a space ("1 950") are one figure. */
function figuresOf(text: string): number[] {
  return (text.replace(/(\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '$1').match(/\d[\d.,]*/g) ?? []).map((f) =>
    Number(f.replace(/[.,](?=\d{3}(?:\D|$))/g, '').replace(',', '.')),
  );
}

/** The text's first two figures, new then old, move down ("149 EUR instead of 89 EUR" does not). */
function firstTwoDown(text: string): boolean {
  const [to, from] = figuresOf(text);
  return from !== undefined && to !== undefined && to < from;
}

/** The match's last two figures, new then old, move up ("90 days to pay, not 45"). */
function movesUp(match: string): boolean {
  const figures = (match.match(/\d+/g) ?? []).map(Number);
  const [to, from] = figures.slice(-2);
  return from !== undefined && to !== undefined && to > from;
}

/** A price cut that is the product's benefit to the buyer ("helps teams lower the total cost of ownership"). */
function benefit(t: string, m: RegExpExecArray): boolean {
  return (
    SUP.benefit.test(t.slice(Math.max(0, m.index - 60), m.index)) ||
    SUP.ownCost.test(t.slice(m.index + m[0].length - 12))
  );
}

/** Concessions that name a duration of their own ("hold the price for two years"): global, for blanking. */
const OWN_TERMS = CONCESSIONS.filter((c) => c.ownTerm).map((c) => new RegExp(c.re.source, 'gu'));

/** The sentence with every such concession blanked out: a duration the seller gives is no trade. */
function withoutOwnTerms(s: Sentence): Sentence {
  let low = s.low;
  for (const rx of OWN_TERMS) low = low.replace(rx, (w) => ' '.repeat(w.length));
  return low === s.low ? s : { low, isSubject: s.isSubject, prev: () => s.prev(), next: () => s.next() };
}

/** Each concession's pattern with the `g` flag: every position it matches at, one by one. */
const EVERY = new Map<number, RegExp>();

/**
 * The leftmost accepted concession among the given ones (ascending indexes into CONCESSIONS), the
 * lowest on a tie. Each pattern is tried at every position it matches, so a rejected match never
 * hides another pattern's match at the same place. The gate usually leaves none, one or two to try.
 */
function firstOf(
  t: string,
  possible: readonly number[],
  ok: (c: Concession | undefined, m: RegExpExecArray) => c is Concession,
): [Concession, number] | undefined {
  let best: Concession | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const i of possible) {
    const c = CONCESSIONS[i] as Concession;
    let rx = EVERY.get(i);
    if (!rx) {
      rx = new RegExp(c.re.source, 'gu');
      EVERY.set(i, rx);
    }
    for (let pos = 0; pos < bestAt; ) {
      rx.lastIndex = pos;
      const m = rx.exec(t);
      if (!m || m.index >= bestAt) break;
      if (ok(c, m)) {
        [best, bestAt] = [c, m.index];
        break;
      }
      pos = m.index + 1;
    }
  }
  return best && [best, bestAt];
}

/** The concession at `at` answers an imperative ask for value ("commit to X and/then ..."). */
function askedBefore(t: string, at: number): boolean {
  const ask = SUP.tradeAsk.exec(t);
  if (!ask) return false;
  SUP.tradeLink.lastIndex = ask.index + ask[0].length;
  const link = SUP.tradeLink.exec(t);
  return !!link && link.index < at;
}

/** A sentence that asks the buyer for value: an imperative ask, or a question naming it ("N-year term?"). */
const asksValue = (t: string) => SUP.tradeAsk.test(t) || (/\?\s*$/.test(t) && SUP.value.test(t));

/**
 * A reason clause whose subject is the seller ("because we need the volume this month"): what it names
 * is the seller's need, not something the buyer gives. Blanked before looking for a trade.
 */
const SELLER_REASON = reG(
  `(?:${B}(?:because|since|'cause|cause)|(?<!${B}(?:long|far|soon|well|such|just|same)\\s)${B}as(?!\\s+(?:our|my)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:partner|client|customer|friend|member|user|subscriber|patron|guest|distributor|reseller)s?${E}(?!\\s+(?:is|are|was|were|has|have|had|asked|wants?|wanted|said|needs?|needed|requested)${E}))|${BU}(?:weil|da|porque|ya que|car|parce que|parce qu'|puisque))\\s+(?:(?:we|i|we're|i'm|we've|i've|we'll|we'd|our|my|wir|ich|unser\\p{L}*|mein\\p{L}*|nosotros|necesitamos|nous|je|j'|notre|nos|mon|ma|mes)${E})[^.!?,;]*`,
);

function reciprocal(s: Sentence, at: number): boolean {
  const t = s.low.replace(SELLER_REASON, (w) => ' '.repeat(w.length));
  if (SUP.antiReciprocal.test(t)) return false;
  if (
    SUP.reciprocal.test(t) ||
    (SUP.returnAfter.test(t) && SUP.valueThenReturn.test(t)) ||
    askedBefore(t, at)
  )
    return true;
  const next = s.next();
  if (next && SUP.linkNext.test(next) && SUP.reciprocal.test(next) && !SUP.antiReciprocal.test(next))
    return true;
  if (SUP.linkPrev.test(t)) {
    const prev = s.prev();
    if (prev && (SUP.reciprocal.test(prev) || asksValue(prev))) return true;
  }
  return false;
}

/** Whether the concession at [start, end) is negated or reported within its own clause. */
export function negated(t: string, start: number, end: number, ownNegation = false): boolean {
  let clauseStart = Math.max(0, start - 80);
  CLAUSE_DELIM.lastIndex = clauseStart;
  for (let m = CLAUSE_DELIM.exec(t); m && m.index < start; m = CLAUSE_DELIM.exec(t)) {
    clauseStart = m.index + m[0].length;
  }
  // Idioms such as "at no cost" contain a negation word but are the concession itself.
  // The match itself is included: German and French put the negation inside ("beim Preis nicht ...").
  const before = t
    .slice(clauseStart, ownNegation ? start : end)
    .replace(SUP.notNegation, (w) => ' '.repeat(w.length));
  if (SUP.negation.test(before) || SUP.reportedAsk.test(before)) return true;
  CLAUSE_DELIM.lastIndex = end;
  const stop = CLAUSE_DELIM.exec(t);
  const after = t.slice(end, Math.min(stop ? stop.index : t.length, end + 90));
  return (
    SUP.negAfter.test(after) ||
    SUP.negAfterDe.test(after) ||
    (SUP.askedAfter.test(t.slice(end, end + 60)) && SUP.negation.test(t.slice(end)))
  );
}
