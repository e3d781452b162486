// Single-table keys, built in one place. Attribute names come from shared/contract.ts (TABLE).
//
//  item              pk               sk                gsi1pk / gsi1sk                  gsi2pk / gsi2sk
//  message record    MSG#<id>         MSG               STATUS#<status> / <received>#<id>
//  hold              MSG#<id>         HOLD              HOLD#<status> / <deadline>#<id>  APPROVER#<email> / <deadline>#<id>
//                                                      (decided: HOLD#<status> / <decidedAt|expiredAt>#<id>)
//  audit event       MSG#<id>         EVENT#<what>
//  approver of rep   REP#<email>      APPROVER
//  daily counters    METRICS#<day>    TOTALS | TEAM#<team> | REP#<email>   (lambdas/metrics/plan.ts)
//  idempotency       IDEMPOTENCY#filter  <Powertools key>   (written by Powertools Idempotency)
import { TABLE } from '../../shared/contract';

type Key = Record<string, string>;

const key = (pk: string, sk: string): Key => ({ [TABLE.partitionKey]: pk, [TABLE.sortKey]: sk });

export const keys = {
  message: (id: string): Key => key(`MSG#${id}`, 'MSG'),
  hold: (id: string): Key => key(`MSG#${id}`, 'HOLD'),
  /** One event per state change; a retried change writes the same key, so it is recorded once. */
  event: (id: string, what: string): Key => key(`MSG#${id}`, `EVENT#${what}`),
  approverOf: (rep: string): Key => key(`REP#${rep.trim().toLowerCase()}`, 'APPROVER'),
  /** All counters of one UTC day live in one partition: the metrics page reads it with one Query. */
  metricsPartition: (day: string): string => `METRICS#${day}`,
  metrics: (day: string, scope: string): Key => key(`METRICS#${day}`, scope),
  /** Partition of the Powertools idempotency records (IAM may scope DeleteItem to it). */
  idempotencyPartition: 'IDEMPOTENCY#filter',
};

export const gsi = {
  statusPartition: (status: string): string => `STATUS#${status}`,
  messageByStatus: (status: string, receivedAt: string, id: string): Key => ({
    [TABLE.gsi1.partitionKey]: gsi.statusPartition(status),
    [TABLE.gsi1.sortKey]: `${receivedAt}#${id}`,
  }),
  holdByStatus: (status: string, deadline: string, id: string): Key => ({
    [TABLE.gsi1.partitionKey]: `HOLD#${status}`,
    [TABLE.gsi1.sortKey]: `${deadline}#${id}`,
  }),
  holdByApprover: (approver: string, deadline: string, id: string): Key => ({
    [TABLE.gsi2.partitionKey]: `APPROVER#${approver.toLowerCase()}`,
    [TABLE.gsi2.sortKey]: `${deadline}#${id}`,
  }),
};
