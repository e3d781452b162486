import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { TABLE } from '../../lambdas/shared/contract';

export interface OutcomeTableProps {
  /**
   * What happens to the table when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * Whether CloudFormation refuses to delete the table.
   * @default true
   */
  readonly deletionProtection?: boolean;
}

/**
 * The single table holding Submission records, holds and the audit trail (key names from
 * lambdas/shared/contract.ts). On-demand, point-in-time recovery, TTL, AWS-managed KMS key.
 */
export class OutcomeTable extends Construct {
  /** The table. */
  public readonly table: dynamodb.Table;
  /** Names of the global secondary indexes, for IAM statements. */
  public readonly indexNames: readonly string[] = [TABLE.gsi1.name, TABLE.gsi2.name];

  constructor(scope: Construct, id: string, props: OutcomeTableProps = {}) {
    super(scope, id);
    const str = dynamodb.AttributeType.STRING;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: str },
      sortKey: { name: TABLE.sortKey, type: str },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE.ttlAttribute,
      deletionProtection: props.deletionProtection ?? true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });
    for (const gsi of [TABLE.gsi1, TABLE.gsi2]) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.name,
        partitionKey: { name: gsi.partitionKey, type: str },
        sortKey: { name: gsi.sortKey, type: str },
        // Holds are listed with their findings; projecting everything saves a GetItem per row.
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
  }
}
