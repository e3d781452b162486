// Domain errors of the approval flow. Each edge (API Lambda, local HTTP server, sweeper) translates
// them in one place; httpStatusFor is that mapping for the two HTTP edges.

abstract class ApprovalError extends Error {
  abstract override readonly name: string;
}

/** Base of every token failure; the subclass says which check failed. */
export abstract class TokenError extends ApprovalError {}

/** Not a token at all: wrong shape, bad base64url, bad JSON, unknown version or fields. */
export class TokenMalformed extends TokenError {
  override readonly name = 'TokenMalformed';
}

/** Signature does not match any active key (or the key id is unknown / retired). */
export class TokenForged extends TokenError {
  override readonly name = 'TokenForged';
}

export class TokenExpired extends TokenError {
  override readonly name = 'TokenExpired';
  constructor(readonly expiresAt: number) {
    super(`token expired at ${new Date(expiresAt).toISOString()}`);
  }
}

/** A genuine token used for another action (e.g. an approve token posted to the reject route). */
export class TokenWrongAction extends TokenError {
  override readonly name = 'TokenWrongAction';
}

/** A genuine token issued to someone who may no longer act on this hold. */
export class TokenWrongApprover extends TokenError {
  override readonly name = 'TokenWrongApprover';
}

/** The actor may not see or act on this hold (HTTP 403). */
export class Forbidden extends ApprovalError {
  override readonly name = 'Forbidden';
}

/** The approver directory file is invalid; the message names the line and field. */
export class DirectoryError extends ApprovalError {
  override readonly name = 'DirectoryError';
}

/** Nobody but the rep themself could approve: the directory needs a fallback or an admin. */
export class NoApprover extends ApprovalError {
  override readonly name = 'NoApprover';
}

/** The command does not apply to the hold's current status (e.g. approving a rejected hold). */
export class InvalidTransition extends ApprovalError {
  override readonly name = 'InvalidTransition';
  constructor(
    readonly holdId: string,
    readonly status: string,
    readonly command: string,
  ) {
    super(`hold ${holdId}: cannot ${command} when ${status}`);
  }
}

/** A conditional write lost: someone else changed the hold first. Adapters throw this. */
export class HoldConflict extends ApprovalError {
  override readonly name = 'HoldConflict';
  constructor(
    readonly holdId: string,
    readonly expectedStatus: string,
  ) {
    super(`hold ${holdId} is no longer ${expectedStatus}`);
  }
}

export class HoldNotFound extends ApprovalError {
  override readonly name = 'HoldNotFound';
}

/** Input that fails validation (e.g. a reject without a note). */
export class InvalidInput extends ApprovalError {
  override readonly name = 'InvalidInput';
}

/** HTTP status for an approval error; undefined for anything else (the edge answers 500). */
export function httpStatusFor(err: unknown): number | undefined {
  if (err instanceof TokenMalformed || err instanceof InvalidInput) return 400;
  if (err instanceof TokenForged) return 401;
  if (err instanceof TokenWrongApprover || err instanceof Forbidden) return 403;
  if (err instanceof HoldNotFound) return 404;
  if (err instanceof TokenWrongAction || err instanceof InvalidTransition || err instanceof HoldConflict) {
    return 409;
  }
  if (err instanceof TokenExpired) return 410;
  return undefined;
}
