// Detection: a cheap trigger scan over the whole text finds candidate sentences; only those get the
// concept analysis in rules.ts. Everything is compiled once per policy object (WeakMap cache).
import type { CustomRule, Policy } from '../policy';
import type { Category, Field, Finding, Severity } from '../types';
import { ANCHOR_GATES } from './anchor-gates';
import { BUILTIN_RULES, type BuiltinRuleId, type RuleInfo } from './catalog';
import { candidates } from './gate';
import { apos, negated, quotaPressure, type Sentence, unilateralDiscount } from './rules';
import { fold, sentenceAround, sentenceEnd, sentenceStart, trimSpan } from './text';

export { BUILTIN_RULE_IDS, BUILTIN_RULES } from './catalog';

export interface DetectInput {
  subject: string;
  body: string;
}

// Anchor words (anchors.ts): every built-in rule needs one in its sentence. The trigger finds
// candidate sentences; the per-family gates skip analysis that cannot fire.
const TRIGGER = new RegExp(ANCHOR_GATES.trigger, 'g');
const QP_GATE = new RegExp(ANCHOR_GATES.qp);
const UD_GATE = new RegExp(ANCHOR_GATES.ud);

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
