// Relay on SES: the original bytes to the given envelope recipients. Up to 10 MB through SES v1
// SendRawEmail; larger (up to 40 MB, the cap upstream holds anything above) through SES v2 Content.Raw.
import { type SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { RelayRejectedError } from '../../app/errors';
import { SES_V1_MAX_BYTES } from '../../config';
import type { Relay, RelayChunk } from '../../ports';

/**
 * SES errors about the message itself (content, headers, addresses, unverified sender): retrying the
 * same request cannot succeed. Everything else (throttling, 5xx, paused sending) is retried.
 */
const REJECTIONS = new Set([
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'InvalidParameterValue', // e.g. "Duplicate header 'X'", "Illegal address"
  'BadRequestException',
]);

export class SesRelay implements Relay {
  constructor(
    private readonly ses: SESClient,
    private readonly sesV2: SESv2Client,
    private readonly configurationSet?: string,
  ) {}

  async send(chunk: RelayChunk): Promise<{ messageId: string }> {
    if (chunk.raw.length <= SES_V1_MAX_BYTES) {
      try {
        return await this.sendV1(chunk);
      } catch (err) {
        // v1 counts the encoded size; a message just under 10 MB raw can still be too long for it.
        if (!(err instanceof RelayRejectedError && /length|size/i.test(err.message))) throw err;
      }
    }
    return this.sendV2(chunk);
  }

  private async sendV1(chunk: RelayChunk): Promise<{ messageId: string }> {
    try {
      const res = await this.ses.send(
        new SendRawEmailCommand({
          Source: chunk.mailFrom || undefined,
          Destinations: chunk.destinations,
          RawMessage: { Data: chunk.raw },
          ConfigurationSetName: this.configurationSet,
        }),
      );
      return { messageId: res.MessageId ?? '' };
    } catch (err) {
      throw rejectedOr(err);
    }
  }

  private async sendV2(chunk: RelayChunk): Promise<{ messageId: string }> {
    try {
      const res = await this.sesV2.send(
        new SendEmailCommand({
          FromEmailAddress: chunk.mailFrom || undefined,
          Destination: { ToAddresses: chunk.destinations },
          Content: { Raw: { Data: chunk.raw } },
          ConfigurationSetName: this.configurationSet,
        }),
      );
      return { messageId: res.MessageId ?? '' };
    } catch (err) {
      throw rejectedOr(err);
    }
  }
}

function rejectedOr(err: unknown): unknown {
  const name = (err as Error)?.name;
  if (name && REJECTIONS.has(name)) return new RelayRejectedError(name, (err as Error).message);
  return err;
}
