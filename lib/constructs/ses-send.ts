import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';

/** SES sending limited to the sending-domain identities and the configuration set: never `*`. */
export function sesSendStatement(
  stack: Stack,
  sid: string,
  sendingDomains: readonly string[],
  configurationSetName: string,
): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid,
    actions: ['ses:SendRawEmail', 'ses:SendEmail'],
    resources: [
      ...sendingDomains.map((domain) =>
        stack.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
      ),
      stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSetName }),
    ],
  });
}
