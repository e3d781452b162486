// One definition of every metric name, used by the code that emits them and by the dashboard/alarms.
// Dimensions stay low-cardinality: never a rep, recipient or message id.

export { METRICS_NAMESPACE } from './contract';

export const METRIC = {
  /** Submissions taken off the queue by the filter. */
  messagesReceived: 'MessagesReceived',
  /** Count per verdict; dimension `Verdict` = pass | flag | hold. EMF forbids a metric named like a dimension. */
  verdict: 'Verdicts',
  /** Count per category hit; dimension `Category`. */
  categoryHit: 'CategoryHit',
  /** Count per rule hit; dimension `Rule` (rule ids are a small fixed set). */
  ruleHit: 'RuleHit',
  relaySuccess: 'RelaySuccess',
  /** Dimension `Error` = the SES error name (Throttling, MessageRejected, ...). */
  relayFailure: 'RelayFailure',
  unscannable: 'Unscannable',
  oversize: 'Oversize',
  envelopeFallback: 'EnvelopeFallback',
  /** Submissions whose MAIL FROM is outside the configured sending domains (held, never relayed). */
  foreignSender: 'ForeignSender',
  /** Notices (approver review request, rep hold notice, coaching) refused for good: logged, not retried. */
  noticeRefused: 'NoticeRefused',
  filterLatency: 'FilterLatency',
  messageSize: 'MessageSize',
  /** Hold decisions (approvals Lambda: approve/reject; sweeper: expiry). Emitted once per won transition. */
  holdsApproved: 'HoldsApproved',
  holdsRejected: 'HoldsRejected',
  holdsExpired: 'HoldsExpired',
  /** Seconds from hold to a person's decision (not for expiries); the dashboard shows p50/p90. */
  timeToDecision: 'TimeToDecision',
  /** Sweeper, every run: holds still HELD after the run. */
  holdBacklog: 'HoldBacklog',
  /** Sweeper, every run: age in seconds of the oldest hold still HELD (0 when none). */
  oldestHoldAgeSeconds: 'OldestHoldAgeSeconds',
  /** Sweeper, every run: holds still HELD past their deadline after the run (expiry failed or stuck). */
  holdsPastDeadline: 'HoldsPastDeadline',
  /** Sweeper, every run: steps done and failed (a failed step is retried by the next run). */
  sweepStepsDone: 'SweepStepsDone',
  sweepStepsFailed: 'SweepStepsFailed',
} as const;

export const DIMENSION = {
  verdict: 'Verdict',
  category: 'Category',
  rule: 'Rule',
  error: 'Error',
} as const;

export type MetricName = (typeof METRIC)[keyof typeof METRIC];
