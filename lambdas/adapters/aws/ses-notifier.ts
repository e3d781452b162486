// Notifier on SES v2: short plain-text notices from the configured sender.
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { NoticeRejectedError } from '../../app/errors';
import { oneLine } from '../../app/notices';
import type { Notice, Notifier } from '../../ports';

const REJECTIONS = new Set(['MessageRejected', 'MailFromDomainNotVerifiedException', 'BadRequestException']);

export class SesNotifier implements Notifier {
  constructor(
    private readonly sesV2: SESv2Client,
    private readonly from: string,
    private readonly configurationSet?: string,
  ) {}

  async send(notice: Notice): Promise<void> {
    try {
      await this.sesV2.send(
        new SendEmailCommand({
          FromEmailAddress: this.from,
          Destination: { ToAddresses: notice.to },
          Content: {
            Simple: {
              Subject: { Data: oneLine(notice.subject, 200), Charset: 'UTF-8' },
              Body: { Text: { Data: notice.text, Charset: 'UTF-8' } },
            },
          },
          ConfigurationSetName: this.configurationSet,
        }),
      );
    } catch (err) {
      const name = (err as Error)?.name;
      if (name && REJECTIONS.has(name)) throw new NoticeRejectedError(`${name}: ${(err as Error).message}`);
      throw err;
    }
  }
}
