import { describe, expect, it } from 'vitest';
import { detect } from '../../lambdas/domain/detect';
import { isBoundary } from '../../lambdas/domain/detect/text';
import { defaultPolicy, parsePolicy } from '../../lambdas/domain/policy';
import type { Finding } from '../../lambdas/domain/types';
import { loadMessages, loadSentences } from './fixtures';

const policy = defaultPolicy();
const cats = (body: string, subject = '') =>
  [...new Set(detect({ subject, body }, policy).map((f) => f.category))].sort();

describe('detect: minimal pairs', () => {
  // Each pair differs in one concept; the first is a violation, the second is not.
  it.each([
    [
      'whose deadline',
      "I need this signed by Friday, it's the end of my quarter.",
      "I know it's the end of your quarter, so sign whenever works.",
    ],
    [
      'whose quota',
      "I'm still short of my quota for the year.",
      'Your reps will stay ahead of quota all year.',
    ],
    ['quota sense', 'Closing this would get me to quota.', 'Closing those tickets frees up API quota.'],
    ['negation', 'I can take 10% off the license.', "I can't take anything off the license."],
    ['refusal', 'We can shave a bit off the price.', 'Our pricing is firm, so we cannot shave anything off.'],
    [
      'reciprocity',
      'I can take 10% off the license.',
      'I can take 10% off the license if you sign a three-year agreement.',
    ],
    [
      'reciprocity (reference)',
      "I'll include the training at no charge.",
      "I'll include the training at no charge in exchange for a reference call.",
    ],
    [
      'finance sense',
      'We can discount the hardware by 6% for you.',
      'We discount the cash flows at 6% in the model.',
    ],
    [
      'buyer’s own customers',
      'I can offer you a 10% discount.',
      'You can offer your customers a 10% discount.',
    ],
    [
      'already contracted',
      'I can give you an extra 5% discount at renewal.',
      'The 5% discount in your signed agreement carries over at renewal.',
    ],
    [
      'product benefit',
      'My manager needs this deal closed by Friday.',
      'Your managers see every deal closing by Friday.',
    ],
    [
      'whose period end (no "my")',
      'Quarter-end is Thursday for me, so anything you can do to get the paperwork signed helps.',
      "Quarter-end is Thursday for your finance team, so we'll send the paperwork after.",
    ],
    [
      'manager pressing the rep',
      'My director is all over me to get this booked.',
      "Your director is all over the details, so I've attached the spec.",
    ],
    [
      'fee falling away (DE)',
      'Die Servicegebühr entfällt für Sie im ersten Jahr.',
      'Die Servicegebühr entfällt für Sie, wenn Sie drei Jahre unterschreiben.',
    ],
    [
      'granted percentage (FR)',
      'Nous vous accordons 4 % de plus sur la commande.',
      'Nous vous accordons 4 % de plus si vous vous engagez sur trois ans.',
    ],
  ])('%s', (_concern, bad, fine) => {
    expect(cats(bad).length, bad).toBeGreaterThan(0);
    expect(cats(fine), fine).toEqual([]);
  });

  it('tries every concession pattern where the union matched one that was rejected', () => {
    // "5% extra off" first matches a pattern that a finance word ("cash flow") rules out; a later
    // pattern at the same position ("5% extra") still holds.
    expect(cats("There's 5% extra off the hardware for you, which helps your cash flow.")).toEqual([
      'unilateral_discount',
    ]);
  });

  it('flags a deadline-only discount as both categories', () => {
    expect(cats('Sign by Friday and I can take 15% off the first year.')).toEqual([
      'quota_pressure',
      'unilateral_discount',
    ]);
  });

  it('catches the subject line alone', () => {
    const f = detect(
      { subject: 'Extra 10% off if we close this week', body: 'See the attached order form.' },
      policy,
    );
    expect(f.map((x) => x.field)).toContain('subject');
    expect(f.every((x) => x.field === 'subject')).toBe(true);
  });

  it.each(['Re: Discount?', 'RE: 20% off for nonprofits?', 'AW: Rabatt'])(
    'does not blame the rep for the subject %s they replied to',
    (subject) => {
      expect(
        detect({ subject, body: "We don't discount, but happy to walk through the ROI." }, policy),
      ).toEqual([]);
    },
  );

  it('still reads the rep’s own words in a reply subject', () => {
    const f = detect({ subject: 'Re: pricing - I can do 15% off if you sign today', body: '' }, policy);
    expect(f.map((x) => x.category).sort()).toEqual(['quota_pressure', 'unilateral_discount']);
  });

  it('finds a violation after a long neutral paragraph', () => {
    const filler = 'The rollout has three phases and each one ends with a review of the results. '.repeat(60);
    const f = detect(
      { subject: '', body: `${filler}\n\nHonestly, this one decides whether I make my number.` },
      policy,
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.excerpt).toBe('Honestly, this one decides whether I make my number.');
  });
});

describe('detect: findings', () => {
  const all: Array<{ subject: string; body: string }> = [
    ...loadSentences().map((e) =>
      e.field === 'subject' ? { subject: e.text, body: '' } : { subject: '', body: e.text },
    ),
    ...loadMessages(),
  ];

  it('points exactly into the subject or body: text.slice(start, end) === excerpt', () => {
    let n = 0;
    for (const input of all) {
      for (const f of detect(input, policy)) {
        const text = f.field === 'subject' ? input.subject : input.body;
        expect(text.slice(f.start, f.end)).toBe(f.excerpt);
        expect(f.excerpt).toBe(f.excerpt.trim());
        expect(f.excerpt.length).toBeGreaterThan(0);
        n++;
      }
    }
    expect(n).toBeGreaterThan(150);
  });

  it('explains every finding (rule, why, one-line suggestion)', () => {
    const f = detect({ subject: '', body: 'I can take 10% off. My VP wants a commit today.' }, policy);
    expect(f.map((x) => x.rule).sort()).toEqual(['qp.manager-pressure', 'ud.price-cut']);
    for (const x of f) {
      expect(x.why.length).toBeGreaterThan(10);
      expect(x.suggestion).not.toContain('\n');
    }
  });

  it('gives the sentence, not the whole paragraph, with typographic quotes intact', () => {
    const body =
      'Thanks for the call.\nIt’s been a rough quarter for me, so a yes this week would help. Talk soon.';
    const [f] = detect({ subject: '', body }, policy);
    expect(f?.excerpt).toBe('It’s been a rough quarter for me, so a yes this week would help.');
    expect(body.slice(f?.start, f?.end)).toBe(f?.excerpt);
  });

  it('keeps offsets right after characters whose lower case is longer', () => {
    const body = 'İstanbul office: I can waive the setup fee for you.';
    const [f] = detect({ subject: '', body }, policy);
    expect(f && body.slice(f.start, f.end)).toBe(f?.excerpt);
  });

  it('does not end a sentence at a German ordinal date ("am 30. September", "bis 30.09. unterschreiben")', () => {
    for (const body of [
      'Unser Geschäftsjahr endet am 30. September, und ich muss den Auftrag bis dahin verbuchen.',
      'Bis zum 30.09. unterschreiben wäre ideal, weil bei uns dann das Quartal schließt.',
    ]) {
      const [f] = detect({ subject: '', body }, policy);
      expect(f?.category).toBe('quota_pressure');
      expect(f?.excerpt).toBe(body);
    }
    // A number closing a sentence still closes it, whatever its case.
    for (const text of ['Das war Punkt 2. Danach reden wir.', 'DAS WAR PUNKT 2. DANACH REDEN WIR.']) {
      expect(isBoundary(text, text.indexOf('2.') + 1)).toBe(true);
    }
    const upper = 'WIR LIEFERN AM 3. OKTOBER.';
    expect(isBoundary(upper, upper.indexOf('3.') + 1)).toBe(false);
  });

  it('returns nothing for empty input', () => {
    expect(detect({ subject: '', body: '' }, policy)).toEqual([]);
  });
});

describe('detect: policy', () => {
  const body = 'I can take 10% off the license. My VP wants a commit today.';

  it('drops a disabled built-in rule and applies a severity override', () => {
    const p = parsePolicy(
      'version: 1\noverrides:\n  ud.price-cut: { enabled: false }\n  qp.manager-pressure: { severity: low }\n',
    );
    const f = detect({ subject: '', body }, p);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['qp.manager-pressure', 'low']]);
  });

  it('runs custom rules with phrases, patterns, unless cues and negation', () => {
    const p = parsePolicy(
      [
        'version: 1',
        'rules:',
        '  - id: acme.side-letter',
        '    category: unilateral_discount',
        '    phrases: [side letter]',
        '    unless: [template]',
        '  - id: acme.eoy',
        '    category: quota_pressure',
        "    patterns: ['\\bbefore (?:my|our) year[- ]end\\b']",
        '    fields: [subject]',
        '',
      ].join('\n'),
    );
    const run = (subject: string, b: string) =>
      detect({ subject, body: b }, p).filter((f) => f.rule.startsWith('acme.'));
    expect(run('', 'We can add a side letter on the terms.').map((f) => f.rule)).toEqual([
      'acme.side-letter',
    ]);
    expect(run('', 'We never sign a side letter.')).toEqual([]);
    expect(run('', 'The side letter template is attached.')).toEqual([]);
    expect(
      run('Sign before our year-end?', 'Sign before our year-end?').map((f: Finding) => f.field),
    ).toEqual(['subject']);
  });

  it('caches compiled rules per policy object but honours a new one', () => {
    const a = defaultPolicy();
    const b = parsePolicy('version: 1\noverrides:\n  ud.price-cut: { enabled: false }\n');
    expect(detect({ subject: '', body: 'I can take 10% off.' }, a)).toHaveLength(1);
    expect(detect({ subject: '', body: 'I can take 10% off.' }, b)).toHaveLength(0);
    expect(detect({ subject: '', body: 'I can take 10% off.' }, a)).toHaveLength(1);
  });
});
