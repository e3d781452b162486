// ApproverDirectory on DynamoDB: REP#<email> → approver. A rep without an entry goes to the fallback
// approver, so no message is ever delivered unreviewed for want of a manager.
import { type DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { ApproverDirectory } from '../../ports';
import { keys } from './table-keys';

export class DynamoApproverDirectory implements ApproverDirectory {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly fallbackApprover: string,
  ) {}

  async approverFor(
    rep: string,
  ): Promise<{ approver: string; source: 'directory' | 'fallback'; team?: string }> {
    if (!rep.trim()) return { approver: this.fallbackApprover, source: 'fallback' };
    const res = await this.client.send(
      new GetItemCommand({ TableName: this.tableName, Key: marshall(keys.approverOf(rep)) }),
    );
    const item = res.Item ? unmarshall(res.Item) : {};
    const team = typeof item.team === 'string' && item.team.trim() ? { team: item.team.trim() } : {};
    if (typeof item.approver === 'string' && item.approver.includes('@')) {
      return { approver: item.approver, source: 'directory', ...team };
    }
    return { approver: this.fallbackApprover, source: 'fallback', ...team };
  }
}
