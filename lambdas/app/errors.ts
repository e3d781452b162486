// Domain errors of the runtime. One place at each edge maps them: the filter's batch handler decides
// retry vs DLQ, the use case turns relay refusals into holds, the ingest handler throws for a retry.

/** The raw object is gone (S3 NoSuchKey). Retrying will not bring it back: the item goes to the DLQ. */
export class RawMissingError extends Error {
  override name = 'RawMissingError';
}

/** The raw message is larger than the configured cap. */
export class RawTooLargeError extends Error {
  override name = 'RawTooLargeError';
  constructor(
    readonly sizeBytes: number | undefined,
    readonly maxBytes: number,
  ) {
    super(`message exceeds ${maxBytes} bytes${sizeBytes === undefined ? '' : ` (${sizeBytes})`}`);
  }
}

/** SES refused the message itself (MessageRejected and kin): retrying will not help. */
export class RelayRejectedError extends Error {
  override name = 'RelayRejectedError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The mail service refused a notice for good (unverified or malformed address). */
export class NoticeRejectedError extends Error {
  override name = 'NoticeRejectedError';
}

/** A queue message that is not a Submission. */
export class PoisonSubmissionError extends Error {
  override name = 'PoisonSubmissionError';
}

/** A guarded status change found the record in another state (another worker moved it). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** An ingress event we cannot turn into a Submission. */
export class IngestEventError extends Error {
  override name = 'IngestEventError';
}
