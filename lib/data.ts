import type { Duration } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { OutcomeTable } from './constructs/outcome-table';
import { RawMailStore } from './constructs/raw-mail-store';
import { SubmissionQueue } from './constructs/submission-queue';

export interface PoiseDataProps {
  /**
   * Days raw mail is kept.
   * @default 30
   */
  readonly rawRetentionDays?: number;
  /**
   * Deliveries of one Submission before it is dead-lettered.
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /** Visibility timeout of the submission queue (six times the filter timeout). */
  readonly queueVisibilityTimeout: Duration;
}

/**
 * The stateful part: everything that holds data (raw mail, submission queues, outcome table).
 * All of it is retained when the stack is deleted; nothing in it has a hard-coded name.
 */
export class PoiseData extends Construct {
  public readonly rawMail: RawMailStore;
  public readonly submissions: SubmissionQueue;
  public readonly outcomes: OutcomeTable;

  constructor(scope: Construct, id: string, props: PoiseDataProps) {
    super(scope, id);
    this.rawMail = new RawMailStore(this, 'RawMail', { rawRetentionDays: props.rawRetentionDays });
    this.submissions = new SubmissionQueue(this, 'Submissions', {
      visibilityTimeout: props.queueVisibilityTimeout,
      maxReceiveCount: props.maxReceiveCount,
    });
    this.outcomes = new OutcomeTable(this, 'Outcomes');
  }
}
