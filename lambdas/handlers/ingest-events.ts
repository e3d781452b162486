// The two ingress events the ingest Lambda accepts, validated with zod and turned into StoredMessages.
//
// - SES receipt rule (S3 action, then Lambda action): documented shape, Records[].ses.{mail,receipt}.
//   The envelope is mail.source (MAIL FROM) and receipt.recipients (RCPT TO matched by the rule);
//   mail.destination is only the To/Cc headers and is not used for delivery.
// - SES Mail Manager rule set (WriteToS3, then InvokeLambda): thinly documented. We accept the field
//   spellings seen in AWS material and samples (camelCase or PascalCase; envelope strings or
//   {address} objects; the S3 location as {bucket,key}, {bucketName,objectKey} or an s3:// URI) and log
//   only the key names of anything we cannot read, so a captured event can settle the shape.
import { z } from 'zod';
import { IngestEventError } from '../app/errors';
import type { StoredMessage } from '../app/ingest';
import { RECEIPT_RULE_KEY_PREFIX } from '../config';

// ---- SES receipt rule ----

const SesReceiptRecord = z.object({
  eventSource: z.literal('aws:ses'),
  ses: z.object({
    mail: z.looseObject({
      messageId: z.string().min(1),
      source: z.string(),
      timestamp: z.string().optional(),
    }),
    receipt: z.looseObject({
      recipients: z.array(z.string()),
      timestamp: z.string().optional(),
      action: z.looseObject({
        type: z.string(),
        bucketName: z.string().optional(),
        objectKey: z.string().optional(),
        objectKeyPrefix: z.string().optional(),
      }),
    }),
  }),
});

export const ReceiptRuleEventSchema = z.object({ Records: z.array(SesReceiptRecord).min(1) });

// ---- SES Mail Manager InvokeLambda ----

const Address = z.union([
  z.string(),
  z.looseObject({ address: z.string() }).transform((a) => a.address),
  z.looseObject({ Address: z.string() }).transform((a) => a.Address),
]);

const MailManagerEnvelope = z
  .looseObject({
    mailFrom: Address.optional(),
    MailFrom: Address.optional(),
    from: Address.optional(),
    From: Address.optional(),
    recipients: z.array(Address).optional(),
    Recipients: z.array(Address).optional(),
    rcptTo: z.array(Address).optional(),
    To: z.array(Address).optional(),
    to: z.array(Address).optional(),
  })
  .transform((e) => ({
    mailFrom: e.mailFrom ?? e.MailFrom ?? e.from ?? e.From,
    rcptTo: e.recipients ?? e.Recipients ?? e.rcptTo ?? e.to ?? e.To ?? [],
  }));

const S3Location = z.union([
  z.looseObject({ bucket: z.string().min(1), key: z.string().min(1) }),
  z.looseObject({ bucketName: z.string().min(1), objectKey: z.string().min(1) }).transform((l) => ({
    bucket: l.bucketName,
    key: l.objectKey,
  })),
  z
    .looseObject({ Bucket: z.string().min(1), Key: z.string().min(1) })
    .transform((l) => ({ bucket: l.Bucket, key: l.Key })),
  z
    .string()
    .regex(/^s3:\/\/[^/]+\/.+/)
    .transform((uri) => {
      const [, bucket = '', key = ''] = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri) ?? [];
      return { bucket, key: decodeURIComponent(key) };
    }),
]);

const MailManagerEventSchema = z.looseObject({
  messageId: z.string().min(1).optional(),
  MessageId: z.string().min(1).optional(),
  timestamp: z.string().optional(),
  receivedTimestamp: z.string().optional(),
  envelope: MailManagerEnvelope.optional(),
  Envelope: MailManagerEnvelope.optional(),
  s3Location: S3Location.optional(),
  messageS3Location: S3Location.optional(),
  s3: S3Location.optional(),
  s3Uri: S3Location.optional(),
  messageS3Uri: S3Location.optional(),
  message: z.looseObject({ s3: S3Location.optional(), s3Location: S3Location.optional() }).optional(),
});

export function isReceiptRuleEvent(event: unknown): boolean {
  const records = (event as { Records?: Array<{ eventSource?: unknown }> } | null)?.Records;
  return Array.isArray(records) && records[0]?.eventSource === 'aws:ses';
}

export function fromReceiptRuleEvent(event: unknown, rawBucket: string): StoredMessage[] {
  const parsed = ReceiptRuleEventSchema.safeParse(event);
  if (!parsed.success) throw invalid('SES receipt rule', parsed.error, event);
  return parsed.data.Records.map(({ ses: { mail, receipt } }) => {
    const action = receipt.action;
    // An S3 action's own notification names the object; a Lambda action's event does not, and the
    // S3 action before it wrote <prefix><messageId>.
    const raw =
      action.type === 'S3' && action.bucketName && action.objectKey
        ? { bucket: action.bucketName, key: action.objectKey }
        : { bucket: rawBucket, key: `${RECEIPT_RULE_KEY_PREFIX}${mail.messageId}` };
    return {
      messageId: mail.messageId,
      raw,
      mailFrom: mail.source,
      rcptTo: receipt.recipients,
      receivedAt: toIso(mail.timestamp ?? receipt.timestamp),
      ingress: 'receipt-rule' as const,
    };
  });
}

export function fromMailManagerEvent(event: unknown): StoredMessage {
  const parsed = MailManagerEventSchema.safeParse(event);
  if (!parsed.success) throw invalid('Mail Manager', parsed.error, event);
  const e = parsed.data;
  const raw =
    e.s3Location ??
    e.messageS3Location ??
    e.s3 ??
    e.s3Uri ??
    e.messageS3Uri ??
    e.message?.s3 ??
    e.message?.s3Location;
  if (!raw) {
    throw new IngestEventError(
      `Mail Manager event has no S3 location of the message (is WriteToS3 before InvokeLambda?); keys: ${keysOf(event)}`,
    );
  }
  const envelope = e.envelope ?? e.Envelope;
  return {
    messageId: e.messageId ?? e.MessageId ?? raw.key.split('/').at(-1) ?? raw.key,
    raw,
    mailFrom: envelope?.mailFrom,
    rcptTo: envelope?.rcptTo ?? [],
    receivedAt: toIso(e.timestamp ?? e.receivedTimestamp),
    ingress: 'mail-manager',
  };
}

function invalid(kind: string, error: z.ZodError, event: unknown): IngestEventError {
  // Paths and messages only: values may be addresses.
  const problems = error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).slice(0, 10);
  return new IngestEventError(`invalid ${kind} event (${problems.join('; ')}); keys: ${keysOf(event)}`);
}

function keysOf(event: unknown): string {
  return event && typeof event === 'object' ? Object.keys(event).join(',') || '(none)' : typeof event;
}

function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
