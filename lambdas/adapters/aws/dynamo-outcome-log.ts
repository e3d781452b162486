// OutcomeLog on DynamoDB: one record per message, guarded status changes, an append-only audit trail
// and the hold item. Only GetItem/PutItem/UpdateItem (no transactions: dynalite has none), and condition
// failures are resolved by reading (dynalite ignores ReturnValuesOnConditionCheckFailure).
// Each audit event is written just before its state change under a key naming the change, so a retried
// change is audited exactly once (a change that then loses a race leaves its event: rare, and harmless).
//
// Daily metrics counters ride on the transition that records the verdict (RECEIVED → RELAYING|HELD):
// that same UpdateItem stores the message's count plan as `countsDue` (+ `countsDay`), so only the
// delivery that wins the transition has counts due, and a redelivery, which finds the record past
// RECEIVED, adds nothing. The plan is then ADDed scope by scope, each scope's mark removed after its
// ADD; a failure propagates (the message is retried) and `open` finishes a plan still due. So counts
// are never lost, and are doubled only if the process dies between one scope's ADD and the removal of
// its mark (one UpdateItem wide): at-least-once, guarded by the transition.
import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  GetItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError } from '../../app/errors';
import { DynamoMetrics, dueFrom } from '../../metrics/dynamo-counters';
import { type CountPlan, messageCountPlan } from '../../metrics/plan';
import { DUE, type MetricsCounters, type RepTeams } from '../../metrics/ports';
import type {
  HoldDetails,
  MessageFacts,
  MessageRecord,
  MessageStatus,
  Outcome,
  OutcomeLog,
} from '../../ports';
import { TABLE } from '../../shared/contract';
import { MARSHALL, putOnce } from './dynamo-put-once';
import { gsi, keys } from './table-keys';

export class DynamoOutcomeLog implements OutcomeLog {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly metrics: MetricsCounters & RepTeams = new DynamoMetrics(client, tableName),
  ) {}

  async open(facts: MessageFacts, at: Date): Promise<MessageRecord> {
    const { submission: s } = facts;
    const item = {
      ...keys.message(s.id),
      ...gsi.messageByStatus('RECEIVED', s.receivedAt, s.id),
      id: s.id,
      status: 'RECEIVED',
      ingress: s.ingress,
      envelopeSource: s.envelopeSource ?? 'smtp',
      sender: s.envelope.mailFrom,
      senderDomain: domainOf(s.envelope.mailFrom),
      recipientDomains: [...new Set(s.envelope.rcptTo.map(domainOf).filter(Boolean))].sort(),
      recipientCount: s.envelope.rcptTo.length,
      raw: s.raw,
      receivedAt: s.receivedAt,
      openedAt: at.toISOString(),
      relayedChunks: {},
      noticesPending: false,
    };
    await this.event(s.id, 'received', at, { ingress: s.ingress, envelopeSource: item.envelopeSource });
    if (!(await putOnce(this.client, this.tableName, item))) {
      const existing = await this.read(s.id);
      if (!existing) throw new ConflictError(`message ${s.id} exists but could not be read`);
      // An earlier delivery won the transition but did not finish its counts: finish them now.
      const due = dueFrom(existing);
      if (due) await this.metrics.apply(keys.message(s.id), due);
      return toRecord(existing);
    }
    return toRecord(item);
  }

  async get(id: string): Promise<MessageRecord | undefined> {
    const item = await this.read(id);
    return item ? toRecord(item) : undefined;
  }

  async startRelay(facts: MessageFacts, outcome: Outcome, chunkCount: number, at: Date): Promise<void> {
    const id = facts.submission.id;
    const plan = countPlan(facts, outcome, await this.metrics.teamOf(facts.submission.envelope.mailFrom));
    await this.event(id, 'decided', at, { verdict: outcome.decision.verdict, chunkCount });
    await this.transition(
      id,
      ['RECEIVED'],
      'RELAYING',
      at,
      { ...decisionFields(outcome), chunkCount, decidedAt: at.toISOString() },
      plan,
    );
    await this.metrics.apply(keys.message(id), plan);
  }

  async chunkRelayed(id: string, index: number, sesMessageId: string, at: Date): Promise<void> {
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.message(id)),
          UpdateExpression: 'SET #chunks.#i = :mid, #lastRelayAt = :at',
          ConditionExpression: '#status = :relaying',
          ExpressionAttributeNames: {
            '#chunks': 'relayedChunks',
            '#i': String(index),
            '#lastRelayAt': 'lastRelayAt',
            '#status': 'status',
          },
          ExpressionAttributeValues: marshall({
            ':mid': sesMessageId,
            ':at': at.toISOString(),
            ':relaying': 'RELAYING',
          }),
        }),
      );
    } catch (err) {
      throw conflictOr(err, `message ${id} is no longer RELAYING`);
    }
  }

  async relayed(id: string, noticesPending: boolean, at: Date): Promise<void> {
    await this.event(id, 'relayed', at, { noticesPending });
    await this.transition(id, ['RELAYING'], 'RELAYED', at, { relayedAt: at.toISOString(), noticesPending });
  }

  async hold(facts: MessageFacts, outcome: Outcome | undefined, hold: HoldDetails, at: Date): Promise<void> {
    const { submission: s } = facts;
    // The hold item keeps the full envelope: approving it relays to exactly these recipients.
    await this.putOnce({
      ...keys.hold(s.id),
      ...gsi.holdByStatus('HELD', hold.deadline, s.id),
      ...gsi.holdByApprover(hold.approver, hold.deadline, s.id),
      id: s.id,
      status: 'HELD',
      reason: hold.reason,
      findings: hold.findings,
      approver: hold.approver,
      approverSource: hold.approverSource,
      deadline: hold.deadline,
      rep: s.envelope.mailFrom,
      envelope: s.envelope,
      raw: s.raw,
      error: hold.error,
      subject: hold.subject,
      // The decision counters (approve/reject/expire) go under this team, as the message's counts did.
      team: hold.team,
      heldAt: at.toISOString(),
    });
    await this.event(s.id, 'held', at, { reason: hold.reason, approverSource: hold.approverSource });
    const fields = {
      ...(outcome ? decisionFields(outcome) : {}),
      holdReason: hold.reason,
      approver: hold.approver,
      deadline: hold.deadline,
      heldAt: at.toISOString(),
      sizeBytes: facts.sizeBytes,
      noticesPending: true,
    };
    if (!outcome) {
      // A relay refusal: the verdict was counted when the relay started.
      await this.transition(s.id, ['RECEIVED', 'RELAYING'], 'HELD', at, fields);
      return;
    }
    // The team approverFor already read with the approver: no second read of the directory item.
    const plan = countPlan(facts, outcome, hold.team);
    try {
      await this.transition(s.id, ['RECEIVED'], 'HELD', at, fields, plan);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // RELAYING → HELD (the size cap was lowered between attempts): counted at RECEIVED → RELAYING.
      await this.transition(s.id, ['RELAYING'], 'HELD', at, fields);
      return;
    }
    await this.metrics.apply(keys.message(s.id), plan);
  }

  async noticesSent(id: string, sent: string[], at: Date): Promise<void> {
    await this.event(id, 'notified', at, { sent });
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.message(id)),
          UpdateExpression: 'SET #pending = :false, #sent = :sent, #at = :at',
          ConditionExpression: '#pending = :true',
          ExpressionAttributeNames: {
            '#pending': 'noticesPending',
            '#sent': 'noticesSent',
            '#at': 'noticesSentAt',
          },
          ExpressionAttributeValues: marshall({
            ':false': false,
            ':true': true,
            ':sent': sent,
            ':at': at.toISOString(),
          }),
        }),
      );
    } catch (err) {
      // Already cleared by an earlier attempt: nothing left to record.
      if (err instanceof ConditionalCheckFailedException) return;
      throw err;
    }
  }

  private async read(id: string): Promise<Record<string, unknown> | undefined> {
    const res = await this.client.send(
      new GetItemCommand({
        TableName: this.tableName,
        Key: marshall(keys.message(id)),
        ConsistentRead: true,
      }),
    );
    return res.Item ? unmarshall(res.Item) : undefined;
  }

  /**
   * Guarded status change: only from one of `from`, else ConflictError. With `counts`, the same write
   * marks them due (and only once per message: `countsDay` is never removed).
   */
  private async transition(
    id: string,
    from: MessageStatus[],
    to: MessageStatus,
    at: Date,
    fields: Record<string, unknown>,
    counts?: CountPlan,
  ): Promise<void> {
    // The status index partition moves with the status; its sort key (receivedAt#id) stays.
    const values: Record<string, unknown> = {
      ':to': to,
      ':at': at.toISOString(),
      ':gsi1pk': gsi.statusPartition(to),
    };
    const names: Record<string, string> = {
      '#status': 'status',
      '#updatedAt': 'updatedAt',
      '#gsi1pk': TABLE.gsi1.partitionKey,
    };
    const sets = ['#status = :to', '#updatedAt = :at', '#gsi1pk = :gsi1pk'];
    let n = 0;
    if (counts) {
      fields = { ...fields, [DUE.counts]: counts.scopes, [DUE.day]: counts.day };
    }
    for (const [name, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      names[`#f${n}`] = name;
      values[`:f${n}`] = value;
      sets.push(`#f${n} = :f${n}`);
      n++;
    }
    const fromPlaceholders = from.map((status, i) => {
      values[`:from${i}`] = status;
      return `:from${i}`;
    });
    let condition = `#status IN (${fromPlaceholders.join(', ')})`;
    if (counts) {
      names['#countsDay'] = DUE.day;
      condition += ' AND attribute_not_exists(#countsDay)';
    }
    try {
      await this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: marshall(keys.message(id)),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: marshall(values, MARSHALL),
        }),
      );
    } catch (err) {
      throw conflictOr(err, `message ${id} is not ${from.join('|')} (wanted ${to})`);
    }
  }

  /** Append-only audit event; a retried state change finds it written and leaves it. */
  private async event(id: string, what: string, at: Date, detail: Record<string, unknown>): Promise<void> {
    await this.putOnce({ ...keys.event(id, what), id, event: what, at: at.toISOString(), ...detail });
  }

  private async putOnce(item: Record<string, unknown>): Promise<void> {
    await putOnce(this.client, this.tableName, item);
  }
}

function decisionFields(outcome: Outcome): Record<string, unknown> {
  const d = outcome.decision;
  return {
    verdict: d.verdict,
    wouldBe: d.wouldBe,
    mode: d.mode,
    categories: d.categories,
    rules: d.rules,
    exemption: d.exemption,
    timings: outcome.timings,
    headersRemoved: outcome.headersRemoved,
  };
}

function conflictOr(err: unknown, message: string): unknown {
  return err instanceof ConditionalCheckFailedException ? new ConflictError(message) : err;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1
    ? ''
    : address
        .slice(at + 1)
        .replace(/>$/, '')
        .trim()
        .toLowerCase();
}

type Item = Record<string, unknown>;

function toRecord(item: Item): MessageRecord {
  return {
    id: String(item.id),
    status: item.status as MessageStatus,
    verdict: item.verdict as MessageRecord['verdict'],
    categories: item.categories as MessageRecord['categories'],
    holdReason: item.holdReason as MessageRecord['holdReason'],
    relayedChunks: (item.relayedChunks as Record<string, string> | undefined) ?? {},
    chunkCount: item.chunkCount as number | undefined,
    noticesPending: item.noticesPending === true,
    approver: item.approver as string | undefined,
    deadline: item.deadline as string | undefined,
  };
}

function countPlan(facts: MessageFacts, outcome: Outcome, team: string | undefined): CountPlan {
  const { submission: s } = facts;
  const d = outcome.decision;
  return messageCountPlan({
    receivedAt: s.receivedAt,
    rep: s.envelope.mailFrom,
    team,
    verdict: d.verdict,
    categories: d.categories,
    rules: d.rules,
  });
}
