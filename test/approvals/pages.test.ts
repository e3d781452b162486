import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  HoldConflict,
  InvalidInput,
  TokenExpired,
  TokenForged,
  TokenWrongApprover,
} from '../../lambdas/approvals/errors';
import type { HoldView } from '../../lambdas/approvals/notifications';
import {
  confirmationPage,
  errorPage,
  PAGE_HEADERS,
  parseDecisionForm,
  resultPage,
} from '../../lambdas/approvals/pages';

const XSS = '<script>alert(1)</script>';
const view: HoldView = {
  holdId: 'sub-1',
  rep: { address: 'ana@acme.example', name: `Ana ${XSS}` },
  recipients: ['tom@buyer.example'],
  subject: `Pricing ${XSS}`,
  body: `We can do 30% off. ${XSS}`,
  findings: [
    {
      rule: 'r',
      category: 'unilateral_discount',
      severity: 'high',
      field: 'body',
      excerpt: 'We can do 30% off.',
      start: 0,
      end: 17,
      why: `why ${XSS}`,
      suggestion: 'ask for a commitment',
    },
  ],
  reason: 'findings',
  approver: 'maria@acme.example',
  deadline: '2026-11-28T08:00:00Z',
};
const base = { view, formAction: '/approve/abc.def', status: 'HELD' as const };

describe('confirmationPage', () => {
  it('approve: shows the hold and a POST form to the same link, no script', () => {
    const html = confirmationPage({ ...base, action: 'approve' });
    expect(html).toContain('<form method="post" action="/approve/abc.def"');
    expect(html).toContain('Approve and send');
    expect(html).toContain(
      '<mark title="why &lt;script&gt;alert(1)&lt;/script&gt;">We can do 30% off</mark>',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son\w+=/i);
  });

  it('reject: the note is required', () => {
    const html = confirmationPage({ ...base, action: 'reject', formAction: '/reject/abc.def' });
    expect(html).toMatch(/<textarea[^>]*name="note"[^>]*required>/);
    expect(html).toContain('the rep gets your note');
  });

  it('a decided hold shows the outcome and no form', () => {
    const html = confirmationPage({
      ...base,
      action: 'approve',
      status: 'RELEASED',
      decidedBy: 'maria@acme.example',
    });
    expect(html).toContain('approved by maria@acme.example and sent');
    expect(html).not.toContain('<form');
    const expired = confirmationPage({
      ...base,
      action: 'reject',
      status: 'REJECTED',
      decidedBy: 'system:expiry',
    });
    expect(expired).toContain('rejected when the deadline passed');
  });

  it('view: details only, no form', () => {
    const html = confirmationPage({
      ...base,
      action: 'view',
      consoleUrl: 'https://poise.example.com/console',
    });
    expect(html).not.toContain('<form');
    expect(html).toContain('href="https://poise.example.com/console"');
  });
});

describe('errorPage', () => {
  it.each([
    [new TokenExpired(0), 410, 'Link expired'],
    [new TokenForged('x'), 401, 'Link not valid'],
    [new TokenWrongApprover('x'), 403, 'Not allowed'],
    [new HoldConflict('sub-1', 'HELD'), 409, 'Someone else decided'],
    [new InvalidInput('a rejection needs a note for the rep'), 400, 'a rejection needs a note'],
  ])('maps %s to %i', (err, status, text) => {
    const page = errorPage(err);
    expect(page.status).toBe(status);
    expect(page.html).toContain(text);
  });

  it('hides unknown errors behind a 500', () => {
    const page = errorPage(new Error('DynamoDB said secret things'));
    expect(page.status).toBe(500);
    expect(page.html).not.toContain('secret');
  });
});

describe('helpers', () => {
  it('sends a CSP without scripts that allows exactly the page’s one stylesheet', () => {
    const csp = PAGE_HEADERS['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(PAGE_HEADERS['referrer-policy']).toBe('no-referrer');
    const html = confirmationPage({ ...base, action: 'approve' });
    const css = /<style>([^<]*)<\/style>/.exec(html)?.[1] as string;
    const hash = createHash('sha256').update(css).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it('uses no inline style attributes on pages (the CSP would block them)', () => {
    for (const action of ['approve', 'reject', 'view'] as const) {
      expect(confirmationPage({ ...base, action })).not.toMatch(/\sstyle=/);
    }
    expect(resultPage('RELEASED')).not.toMatch(/\sstyle=/);
    expect(errorPage(new TokenForged('x')).html).not.toMatch(/\sstyle=/);
  });

  it('reads the note from the form and refuses huge bodies', () => {
    expect(parseDecisionForm('note=Needs+a+2-year+term%21')).toEqual({ note: 'Needs a 2-year term!' });
    expect(parseDecisionForm('')).toEqual({});
    expect(() => parseDecisionForm(`note=${'x'.repeat(30_000)}`)).toThrow(InvalidInput);
  });

  it('says what happened after the POST', () => {
    expect(resultPage('RELEASED')).toContain('has been sent');
    expect(resultPage('APPROVED', { relayPending: true })).toContain('retried automatically');
    expect(resultPage('REJECTED')).toContain('with your note');
  });
});
