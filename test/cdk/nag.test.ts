// cdk-nag runs as a validation plugin: an unacknowledged finding must fail synthesis.
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { addPoiseStack } from '../../lib/poise-app';
import { makeApp, repoRoot } from './synth';

describe('cdk-nag', () => {
  it('fails synthesis on a finding nobody acknowledged, and reports only that one', () => {
    const app = makeApp();
    const stack = addPoiseStack(app, { baseDir: repoRoot });
    // Unencrypted, not TLS-only and without a DLQ: AwsSolutions-SQS2, SQS3 and SQS4.
    new sqs.Queue(stack, 'CarelessQueue', { encryption: sqs.QueueEncryption.UNENCRYPTED });

    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = (error as Error).message;
    }

    expect(message).toMatch(/AwsSolutions-SQS4/);
    expect(message).toMatch(/Poise\/CarelessQueue\//);
    expect(message).not.toMatch(/Poise\/(Data|Gateway)\//);
  }, 240_000);
});
