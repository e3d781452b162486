import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lambdas/domain/policy';
import { scanMessage } from '../../lambdas/domain/scan';

describe('scanMessage', () => {
  it('passes a plain clean message', async () => {
    const raw = Buffer.from(
      'From: a@x.example\r\nTo: b@y.example\r\nSubject: Hello\r\n\r\nSee you Tuesday.\r\n',
    );
    const { decision, mail } = await scanMessage(raw, { policy: defaultPolicy() });
    expect(decision.verdict).toBe('pass');
    expect(mail?.subject).toBe('Hello');
  });
});
