// How failures read on a page: what the server said, and a way to try again.
import { ApiError } from './api';
import { el, notice } from './dom';

/** An error with what the server said and a retry. */
export function errorBlock(err: unknown, retry?: () => void): HTMLElement {
  const message =
    err instanceof ApiError
      ? err.status === 403
        ? `You may not see this: ${err.message}`
        : err.status === 404
          ? `Not found: ${err.message}`
          : err.message
      : err instanceof Error
        ? err.message
        : String(err);
  return notice(
    'error',
    el('p', null, message),
    retry ? el('button', { type: 'button', onclick: retry }, 'Try again') : null,
  );
}
