import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { RAW_PREFIX } from '../../lambdas/shared/contract';
import { accessLogBucket } from './access-log-bucket';

export interface RawMailStoreProps {
  /**
   * Days after which raw messages expire. Must exceed the hold deadline.
   * @default 30
   */
  readonly rawRetentionDays?: number;
  /**
   * Days after which S3 server access logs expire.
   * @default 365
   */
  readonly accessLogRetentionDays?: number;
  /**
   * What happens to the buckets when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/**
 * The durable copy of every submitted message: an S3 bucket whose `raw/` prefix every
 * ingress writes to, with server access logs in a separate bucket.
 *
 * Encryption is SSE-S3, not KMS, on purpose: SES receipt rules write with the service's own
 * credentials and their KMS option is client-side encryption the filter could not read with a
 * plain GetObject; Mail Manager, SES and both Lambdas all work with SSE-S3 without key grants.
 * Access is restricted by IAM, bucket policy, BlockPublicAccess and TLS-only instead.
 */
export class RawMailStore extends Construct {
  /** The bucket holding raw messages under {@link RAW_PREFIX}. */
  public readonly bucket: s3.Bucket;
  /** The bucket receiving the raw bucket's server access logs. */
  public readonly accessLogBucket: s3.Bucket;
  /** The prefix raw messages are written under. */
  public readonly rawPrefix = RAW_PREFIX;

  constructor(scope: Construct, id: string, props: RawMailStoreProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;

    this.accessLogBucket = accessLogBucket(this, 'AccessLogs', {
      retentionDays: props.accessLogRetentionDays ?? 365,
      removalPolicy,
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'raw-mail/',
      removalPolicy,
      lifecycleRules: [
        {
          id: 'expire-raw-mail',
          prefix: RAW_PREFIX,
          expiration: Duration.days(props.rawRetentionDays ?? 30),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
