// Hold items as the filter's outcome log writes them (MSG#<id> / HOLD), for the approvals tests.
import type { HoldItem } from '../../lambdas/adapters/aws/dynamo-hold-store';
import { gsi, keys } from '../../lambdas/adapters/aws/table-keys';
import { putItem, type World } from '../lambdas/harness';

export const RAW_BUCKET = 'poise-raw';

export const HELD_MAIL = [
  'From: Sam Rep <sam@seller.example>',
  'To: buyer@customer.example',
  'Subject: Your renewal',
  'Message-ID: <m1@seller.example>',
  'DKIM-Signature: v=1; a=rsa-sha256; d=seller.example; b=abc',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'I need this signed by Friday to hit my quota, so I can give you 30% off.',
  '',
].join('\r\n');

export async function putHold(
  world: World,
  over: Partial<HoldItem> & { id: string },
  opts: { store?: boolean; raw?: string } = {},
): Promise<HoldItem> {
  const hold: HoldItem = {
    status: 'HELD',
    rep: 'sam@seller.example',
    approver: 'mia@seller.example',
    heldAt: '2026-11-27T08:00:00.000Z',
    deadline: '2026-11-28T08:00:00.000Z',
    reason: 'findings',
    findings: [
      {
        rule: 'quota.deadline',
        category: 'quota_pressure',
        severity: 'high',
        field: 'body',
        excerpt: 'to hit my quota',
        start: 31,
        end: 46,
        why: 'Mentions the seller quota as the reason to sign.',
        suggestion: 'Say what the buyer gains by signing now.',
      },
    ],
    envelope: {
      mailFrom: over.rep ?? 'sam@seller.example',
      rcptTo: ['buyer@customer.example', 'cfo@customer.example', 'hidden-bcc@customer.example'],
    },
    raw: { bucket: RAW_BUCKET, key: `raw/${over.id}` },
    relayedChunks: {},
    ...over,
  };
  world.objects.set(`${RAW_BUCKET}/raw/${hold.id}`, { body: Buffer.from(opts.raw ?? HELD_MAIL) });
  if (opts.store !== false) {
    const { relayedChunks: _ignored, ...item } = hold;
    await putItem(world, {
      ...keys.hold(hold.id),
      ...gsi.holdByStatus(hold.status, hold.deadline, hold.id),
      ...gsi.holdByApprover(hold.approver, hold.deadline, hold.id),
      ...item,
    });
  }
  return hold;
}
