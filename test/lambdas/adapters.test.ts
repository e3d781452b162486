import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { S3RawStore } from '../../lambdas/adapters/aws/s3-raw-store';
import { SesNotifier } from '../../lambdas/adapters/aws/ses-notifier';
import { SesRelay } from '../../lambdas/adapters/aws/ses-relay';
import {
  NoticeRejectedError,
  RawMissingError,
  RawTooLargeError,
  RelayRejectedError,
} from '../../lambdas/app/errors';
import { oneLine, repCoachingNotice } from '../../lambdas/app/notices';
import { awsError } from './harness';

const s3 = mockClient(S3Client);
const ses = mockClient(SESClient);
const sesV2 = mockClient(SESv2Client);
const ref = { bucket: 'b', key: 'k' };
const body = (...parts: string[]) => sdkStreamMixin(Readable.from(parts.map((p) => Buffer.from(p))));

beforeEach(() => {
  s3.reset();
  ses.reset();
  sesV2.reset();
});

describe('S3RawStore', () => {
  const store = () => new S3RawStore(new S3Client({ region: 'us-east-1' }));

  it('reads a message in chunks', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('abc', 'def'), ContentLength: 6 });

    expect((await store().read(ref, { maxBytes: 6 })).toString()).toBe('abcdef');
  });

  it('refuses by declared size before reading', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('x'), ContentLength: 100 });

    await expect(store().read(ref, { maxBytes: 10 })).rejects.toEqual(new RawTooLargeError(100, 10));
  });

  it('stops streaming at the cap when no size is declared', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('12345', '67890', 'abcde') });

    await expect(store().read(ref, { maxBytes: 8 })).rejects.toBeInstanceOf(RawTooLargeError);
  });

  it('cuts the header read itself when the server ignores Range', async () => {
    s3.on(GetObjectCommand).resolves({ Body: body('12345', '67890') });

    expect((await store().readStart(ref, 7)).toString()).toBe('1234567');
    expect(s3.commandCalls(GetObjectCommand)[0]?.args[0].input.Range).toBe('bytes=0-6');
  });

  it('turns NoSuchKey and a 404 head into RawMissingError', async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: {} }));
    s3.on(HeadObjectCommand).rejects(awsError('NotFound'));

    await expect(store().read(ref, { maxBytes: 1 })).rejects.toBeInstanceOf(RawMissingError);
    await expect(store().size(ref)).rejects.toBeInstanceOf(RawMissingError);
  });
});

describe('SesRelay', () => {
  const relay = () =>
    new SesRelay(
      new SESClient({ region: 'us-east-1' }),
      new SESv2Client({ region: 'us-east-1' }),
      'poise-set',
    );
  const chunk = {
    raw: Buffer.from('From: a@x\r\n\r\nhi'),
    mailFrom: 'a@x.example',
    destinations: ['b@y.example'],
  };

  it('sends through SES v1 with the envelope sender, destinations and configuration set', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'id-1' });

    expect(await relay().send(chunk)).toEqual({ messageId: 'id-1' });
    expect(ses.commandCalls(SendRawEmailCommand)[0]?.args[0].input).toMatchObject({
      Source: 'a@x.example',
      Destinations: ['b@y.example'],
      ConfigurationSetName: 'poise-set',
    });
  });

  it('leaves Source out for the null sender', async () => {
    ses.on(SendRawEmailCommand).resolves({ MessageId: 'id-1' });

    await relay().send({ ...chunk, mailFrom: '' });

    expect(ses.commandCalls(SendRawEmailCommand)[0]?.args[0].input.Source).toBeUndefined();
  });

  it('falls back to SES v2 when v1 says the message is too long', async () => {
    ses
      .on(SendRawEmailCommand)
      .rejects(awsError('MessageRejected', 'Message length is more than 10485760 bytes long'));
    sesV2.on(SendEmailCommand).resolves({ MessageId: 'id-2' });

    expect(await relay().send(chunk)).toEqual({ messageId: 'id-2' });
  });

  it.each(['MessageRejected', 'MailFromDomainNotVerifiedException', 'InvalidParameterValue'])(
    'reports %s as a rejection',
    async (name) => {
      ses.on(SendRawEmailCommand).rejects(awsError(name, "Duplicate header 'X'."));

      await expect(relay().send(chunk)).rejects.toMatchObject({ name: 'RelayRejectedError', code: name });
    },
  );

  it.each(['Throttling', 'ServiceUnavailable', 'AccountSendingPausedException'])(
    'rethrows %s for a retry',
    async (name) => {
      ses.on(SendRawEmailCommand).rejects(awsError(name));

      const err = await relay()
        .send(chunk)
        .catch((e: unknown) => e);
      expect(err).not.toBeInstanceOf(RelayRejectedError);
      expect((err as Error).name).toBe(name);
    },
  );
});

describe('SesNotifier and notices', () => {
  it('sends plain text and strips CR/LF from the subject', async () => {
    sesV2.on(SendEmailCommand).resolves({ MessageId: 'n-1' });
    const notice = repCoachingNotice({
      rep: 'rep@x.example',
      recipients: ['b@y.example'],
      subject: 'Hi\r\nBcc: evil@z.example',
      findings: [],
    });

    await new SesNotifier(new SESv2Client({ region: 'us-east-1' }), 'poise@x.example').send(notice);

    const input = sesV2.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.FromEmailAddress).toBe('poise@x.example');
    expect(input?.Destination?.ToAddresses).toEqual(['rep@x.example']);
    expect(input?.Content?.Simple?.Subject?.Data).toBe('A note on your message: Hi Bcc: evil@z.example');
    expect(notice.text).not.toMatch(/\r/);
  });

  it('reports a refused notice as NoticeRejectedError', async () => {
    sesV2.on(SendEmailCommand).rejects(awsError('MessageRejected', 'bad address'));

    await expect(
      new SesNotifier(new SESv2Client({ region: 'us-east-1' }), 'p@x.example').send({
        to: ['x'],
        subject: 's',
        text: 't',
      }),
    ).rejects.toBeInstanceOf(NoticeRejectedError);
  });

  it('bounds and flattens text', () => {
    expect(oneLine('a\tb\u0000c', 4)).toBe('a b…');
  });
});
