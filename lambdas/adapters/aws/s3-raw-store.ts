// RawStore on S3: streams the object and stops at the size cap, so a huge message never fills memory.
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import { RawMissingError, RawTooLargeError } from '../../app/errors';
import type { RawRef, RawStore } from '../../ports';

export class S3RawStore implements RawStore {
  constructor(private readonly s3: S3Client) {}

  async size(ref: RawRef): Promise<number> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: ref.bucket, Key: ref.key }));
      return head.ContentLength ?? 0;
    } catch (err) {
      throw missingOr(err, ref);
    }
  }

  async read(ref: RawRef, opts: { maxBytes: number }): Promise<Buffer> {
    const body = await this.get(ref);
    const declared = body.ContentLength;
    if (declared !== undefined && declared > opts.maxBytes) {
      destroy(body.Body);
      throw new RawTooLargeError(declared, opts.maxBytes);
    }
    return collect(body.Body, opts.maxBytes);
  }

  async readStart(ref: RawRef, bytes: number): Promise<Buffer> {
    const body = await this.get(ref, `bytes=0-${bytes - 1}`);
    // Some S3 look-alikes ignore Range: cut the stream ourselves.
    return collect(body.Body, bytes, { truncate: true });
  }

  private async get(ref: RawRef, range?: string) {
    try {
      return await this.s3.send(new GetObjectCommand({ Bucket: ref.bucket, Key: ref.key, Range: range }));
    } catch (err) {
      throw missingOr(err, ref);
    }
  }
}

function missingOr(err: unknown, ref: RawRef): unknown {
  if (err instanceof NoSuchKey || err instanceof NotFound || (err as Error)?.name === 'NoSuchKey') {
    return new RawMissingError(`raw message s3://${ref.bucket}/${ref.key} does not exist`);
  }
  return err;
}

type Body = AsyncIterable<Uint8Array> | undefined;

async function collect(body: unknown, maxBytes: number, opts: { truncate?: boolean } = {}): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of (body as Body) ?? []) {
    const buf = Buffer.from(chunk);
    if (total + buf.length > maxBytes) {
      destroy(body);
      if (!opts.truncate) throw new RawTooLargeError(undefined, maxBytes);
      parts.push(buf.subarray(0, maxBytes - total));
      total = maxBytes;
      break;
    }
    parts.push(buf);
    total += buf.length;
  }
  return Buffer.concat(parts, total);
}

function destroy(body: unknown): void {
  (body as { destroy?: () => void } | undefined)?.destroy?.();
}
