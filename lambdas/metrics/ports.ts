// What the metrics use cases need from storage. The DynamoDB adapter is dynamo-counters.ts.
import type { CountPlan } from './plan';

/** Primary key of the item that carries the due mark (a message record or a hold item). */
export type RecordKey = Record<string, string>;

/** Attribute names of the due mark on the guarded record. */
export const DUE = {
  /** Scope → counts still to ADD; each scope is removed right after its ADD. */
  counts: 'countsDue',
  /** Day the counts belong to; kept after applying, as the record's "counted" marker. */
  day: 'countsDay',
} as const;

export interface MetricsCounters {
  /**
   * ADDs each scope of the plan to its counter item, then removes that scope from the record's due
   * mark. Throws on storage errors (the caller retries; what was applied is no longer due).
   */
  apply(record: RecordKey, plan: CountPlan): Promise<void>;
  /** The plan still due on a record (after a crash), or undefined. */
  due(record: RecordKey): Promise<CountPlan | undefined>;
}

/** One counter item of a day. */
export interface ScopeRow {
  /** TOTALS, TEAM#<team> or REP#<email>. */
  scope: string;
  counters: Record<string, number>;
  /** On REP# rows: the rep's team when counted. */
  team?: string;
}

export interface MetricsReader {
  /** Every counter item of one UTC day (one Query, paginated). */
  day(day: string): Promise<ScopeRow[]>;
}

export interface RepTeams {
  /** The rep's team from the approver directory, if any. */
  teamOf(rep: string): Promise<string | undefined>;
}
