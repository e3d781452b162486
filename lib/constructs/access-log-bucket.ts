import { Duration, type RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

export interface AccessLogBucketProps {
  /** Days after which logs expire. */
  readonly retentionDays: number;
  readonly removalPolicy: RemovalPolicy;
  /**
   * Keep ACLs enabled: CloudFront standard logging writes through an ACL grant.
   * @default false (bucket owner enforced)
   */
  readonly acls?: boolean;
}

/** A private, TLS-only bucket that receives access logs and is not logged itself. */
export function accessLogBucket(scope: Construct, id: string, props: AccessLogBucketProps): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    // Log delivery only supports SSE-S3 on the target bucket.
    encryption: s3.BucketEncryption.S3_MANAGED,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: props.acls
      ? s3.ObjectOwnership.BUCKET_OWNER_PREFERRED
      : s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: props.removalPolicy,
    lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(props.retentionDays) }],
  });
  Validations.of(bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason: 'This is the access-log target itself; logging it would log its own log deliveries.',
  });
  return bucket;
}
