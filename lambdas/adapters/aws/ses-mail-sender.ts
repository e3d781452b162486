// Approval-flow mail (review requests, reminders, reject and expiry notices) on SES v2 as raw MIME:
// text + HTML alternatives and the Auto-Submitted headers buildMime adds (no out-of-office loops).
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { NoticeRejectedError } from '../../app/errors';
import { buildMime, type MailContent } from '../../approvals/notifications';

const REJECTIONS = new Set(['MessageRejected', 'MailFromDomainNotVerifiedException', 'BadRequestException']);

export interface MailSender {
  /** NoticeRejectedError when SES refuses it for good. */
  send(mail: MailContent): Promise<void>;
}

export class SesMailSender implements MailSender {
  constructor(
    private readonly sesV2: SESv2Client,
    private readonly configurationSet?: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(mail: MailContent): Promise<void> {
    const raw = await buildMime(mail, { date: this.now() });
    try {
      await this.sesV2.send(
        new SendEmailCommand({
          FromEmailAddress: mail.from.address,
          Destination: { ToAddresses: mail.to },
          Content: { Raw: { Data: raw } },
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
