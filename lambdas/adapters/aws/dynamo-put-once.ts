import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { TABLE } from '../../shared/contract';

/** Marshalling used by every Poise table adapter: no undefined attributes, no class instances as maps. */
export const MARSHALL = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/**
 * Writes an item only if its key is new (first writes, append-only audit events).
 * @returns false when an item with that key already exists (a retry found its own earlier write).
 */
export async function putOnce(
  client: DynamoDBClient,
  tableName: string,
  item: Record<string, unknown>,
): Promise<boolean> {
  try {
    await client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(item, MARSHALL),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
      }),
    );
    return true;
  } catch (err) {
    if (err instanceof ConditionalCheckFailedException) return false;
    throw err;
  }
}
