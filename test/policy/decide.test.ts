import { describe, expect, it } from 'vitest';
import { decide, exemptionFor, holdFor } from '../../lambdas/domain/decide';
import { defaultPolicy, type Policy, parsePolicy } from '../../lambdas/domain/policy';
import type { Category, Finding } from '../../lambdas/domain/types';

function finding(category: Category): Finding {
  return {
    rule: category === 'quota_pressure' ? 'qp.own-target' : 'ud.price-cut',
    category,
    severity: 'high',
    field: 'body',
    excerpt: 'x',
    start: 0,
    end: 1,
    why: 'w',
    suggestion: 's',
  };
}
const QP = finding('quota_pressure');
const UD = finding('unilateral_discount');

function policy(yaml: string): Policy {
  return parsePolicy(`version: 1\n${yaml}`);
}

describe('decide: verdict mapping', () => {
  it.each([
    [[], 'pass'],
    [[QP], 'flag'],
    [[UD], 'hold'],
    [[QP, UD], 'hold'],
  ] as const)('default policy: %j → %s', (findings, verdict) => {
    const d = decide([...findings], defaultPolicy());
    expect(d.verdict).toBe(verdict);
    expect(d.wouldBe).toBe(verdict);
  });

  it('follows a custom mapping', () => {
    const p = policy('verdicts:\n  quota_pressure: hold\n  unilateral_discount: flag\n');
    expect(decide([QP], p).verdict).toBe('hold');
    expect(decide([UD], p).verdict).toBe('flag');
  });

  it('lists each category once, in order of first finding', () => {
    expect(decide([UD, QP, UD], defaultPolicy()).categories).toEqual([
      'unilateral_discount',
      'quota_pressure',
    ]);
  });
});

describe('decide: modes', () => {
  it.each([
    ['enforce', 'hold', 'hold'],
    ['flag-only', 'flag', 'hold'],
    ['audit', 'flag', 'hold'],
  ] as const)('%s turns a hold into %s and keeps wouldBe=%s', (mode, verdict, wouldBe) => {
    const d = decide([UD], policy(`mode: ${mode}\n`));
    expect(d).toMatchObject({ verdict, wouldBe, mode });
  });

  it.each(['flag-only', 'audit'] as const)('%s never raises a clean message', (mode) => {
    expect(decide([], policy(`mode: ${mode}\n`)).verdict).toBe('pass');
  });

  it.each(['enforce', 'flag-only', 'audit'] as const)('%s still holds unscannable mail', (mode) => {
    const d = holdFor('unscannable', 'bad mime', policy(`mode: ${mode}\n`));
    expect(d).toMatchObject({ verdict: 'hold', holdReason: 'unscannable', categories: ['unscannable'] });
  });

  it('lets a policy relax unscannable to flag', () => {
    expect(holdFor('unscannable', 'e', policy('verdicts:\n  unscannable: flag\n')).verdict).toBe('flag');
  });
});

describe('decide: teams', () => {
  const p = policy(
    [
      'mode: enforce',
      'teams:',
      '  - name: emea',
      '    members: ["*.emea.acme.example"]',
      '    mode: audit',
      '  - name: smb',
      '    members: [lea@acme.example, smb.acme.example]',
      '    mode: flag-only',
      '    onExpiry: approve',
      '',
    ].join('\n'),
  );

  it.each([
    ['a@de.emea.acme.example', 'audit', 'flag'],
    ['lea@acme.example', 'flag-only', 'flag'],
    ['x@smb.acme.example', 'flag-only', 'flag'],
    ['boss@acme.example', 'enforce', 'hold'],
  ] as const)('sender %s gets mode %s', (from, mode, verdict) => {
    expect(decide([UD], p, { from })).toMatchObject({ mode, verdict, wouldBe: 'hold' });
  });

  it('prefers the envelope sender over the header', () => {
    const d = decide([UD], p, {
      from: 'lea@acme.example',
      envelope: { mailFrom: 'boss@acme.example', rcptTo: [] },
    });
    expect(d.mode).toBe('enforce');
  });

  it('keeps onExpiry for the approvals flow', () => {
    expect(p.teams?.[1]?.onExpiry).toBe('approve');
    expect(p.teams?.[0]?.onExpiry).toBe('reject');
  });
});

describe('exemptionFor', () => {
  const p = policy(
    'internalDomains: [acme.example]\nallow:\n  senders: [ceo@acme.example]\n  recipients: ["*.partner.example", auditor@kpmg.example]\n',
  );

  it.each([
    [
      { from: 'rep@acme.example', recipients: ['a@acme.example', 'b@eu.acme.example'] },
      'internal-recipients',
    ],
    [{ from: 'rep@acme.example', recipients: ['a@acme.example', 'b@buyer.example'] }, undefined],
    [{ from: 'ceo@acme.example', recipients: ['b@buyer.example'] }, 'allowed-sender'],
    [
      { from: 'rep@acme.example', recipients: ['x@eu.partner.example', 'a@acme.example'] },
      'allowed-recipients',
    ],
    [{ from: 'rep@acme.example', recipients: ['auditor@kpmg.example'] }, 'allowed-recipients'],
    [{ from: 'rep@acme.example', recipients: ['other@kpmg.example'] }, undefined],
    [{ from: 'rep@acme.example', recipients: [] }, undefined],
  ])('%j → %s', (ctx, want) => {
    expect(exemptionFor(p, ctx)).toBe(want);
  });

  it('judges by the envelope, where a Bcc to an outsider shows up', () => {
    const ctx = {
      from: 'rep@acme.example',
      recipients: ['a@acme.example'],
      envelope: { mailFrom: 'rep@acme.example', rcptTo: ['a@acme.example', 'spy@buyer.example'] },
    };
    expect(exemptionFor(p, ctx)).toBeUndefined();
  });
});
