// SubmissionQueue on SQS. The body is the Submission as JSON; the filter validates it again.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Submission, SubmissionQueue } from '../../ports';

export class SqsSubmissionQueue implements SubmissionQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(submission: Submission): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(submission) }),
    );
  }
}
