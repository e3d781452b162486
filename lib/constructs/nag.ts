import { Stack, Validations } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges the one wildcard cdk-nag reports for object ARNs under a prefix of a bucket in the
 * same stack (`<bucket>/<prefix>*`): object keys are message ids, known only at run time.
 */
export function acknowledgeObjectWildcard(
  scope: IConstruct,
  bucket: s3.IBucket,
  objectPattern: string,
  reason: string,
): void {
  const resource = bucket.node.defaultChild;
  if (!resource) throw new Error(`bucket ${bucket.node.path} has no CloudFormation resource`);
  const logicalId = Stack.of(bucket).getLogicalId(resource as never);
  Validations.of(scope).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>/${objectPattern}]`,
    reason,
  });
}
