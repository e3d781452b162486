// The approval use cases both HTTP edges run (the approvals Lambda behind API Gateway and the local
// gateway's HTTP server): open a link (GET: look, never act), act on a link (POST), act in the console,
// in bulk. Ports are passed in; nothing here knows DynamoDB, SES or HTTP.
import type { Actor, Directory } from './directory';
import { HoldNotFound, InvalidInput, TokenWrongApprover } from './errors';
import { applyUpdate, type HoldState, type HoldUpdate, transition } from './hold';
import { type Keyring, type TokenAction, type TokenClaims, verifyToken } from './tokens';

export interface HoldStore<H extends HoldState> {
  get(id: string): Promise<H | undefined>;
  /** The conditional write plus its audit event; HoldConflict when the condition fails. */
  write(update: HoldUpdate): Promise<void>;
}

export interface ApprovalPorts<H extends HoldState> {
  holds: HoldStore<H>;
  directory: Pick<Directory, 'can' | 'authorize'>;
  keyring: Keyring;
  now(): Date;
  /** Sends the held raw bytes to the envelope recipients (idempotent per hold); the SES message id. */
  relay(hold: H): Promise<{ messageId: string }>;
  /** Tells the rep the approver rejected it, with the note. */
  notifyRejected(hold: H, decision: { by: string; note: string }): Promise<void>;
}

export interface LinkView<H extends HoldState> {
  claims: TokenClaims;
  hold: H;
  /** False once decided: the page shows the outcome instead of the confirm button. */
  actionable: boolean;
}

/**
 * GET /{approve|reject|view}/{token}: what the confirmation page shows. Never writes, so a mail
 * scanner prefetching the link changes nothing.
 * 1. Verify the token for this route's action.  2. Load the hold.  3. Check the token's approver may
 *    still act on it (the directory may have changed since the mail was sent).
 */
export async function openLink<H extends HoldState>(
  action: TokenAction,
  token: string,
  ports: ApprovalPorts<H>,
): Promise<LinkView<H>> {
  const now = ports.now();
  const verified = verifyToken(token, ports.keyring, { action, now });
  if (!verified.ok) throw verified.error;
  const { claims } = verified;
  const hold = await ports.holds.get(claims.holdId);
  if (!hold) throw new HoldNotFound(`no hold ${claims.holdId}`);
  if (!ports.directory.can({ email: claims.approver }, hold)) {
    throw new TokenWrongApprover('the link was sent to someone who may no longer review this message');
  }
  return { claims, hold, actionable: hold.status === 'HELD' };
}

export interface DecisionResult<H extends HoldState> {
  hold: H;
  /** Set when approved but the relay failed: the hold stays APPROVED and the sweeper relays it later. */
  relayError?: unknown;
  /** Set when rejected but the rep's notice failed: the decision stands; the edge logs it. */
  notifyError?: unknown;
}

/** POST /{approve|reject}/{token} from the confirmation page. A replay finds the hold decided: InvalidTransition. */
export async function actOnLink<H extends HoldState>(
  action: 'approve' | 'reject',
  token: string,
  note: string | undefined,
  ports: ApprovalPorts<H>,
): Promise<DecisionResult<H>> {
  const { claims, hold } = await openLink(action, token, ports);
  return decide(hold, { email: claims.approver }, action, note, 'link', ports);
}

/** POST /api/holds/{id}/approve|reject for a signed-in actor. Forbidden for another team's manager. */
export async function actInConsole<H extends HoldState>(
  holdId: string,
  action: 'approve' | 'reject',
  actor: Actor,
  note: string | undefined,
  ports: ApprovalPorts<H>,
): Promise<DecisionResult<H>> {
  const hold = await ports.holds.get(holdId);
  if (!hold) throw new HoldNotFound(`no hold ${holdId}`);
  ports.directory.authorize(actor, hold);
  return decide(hold, actor, action, note, 'console', ports);
}

export const MAX_BULK = 100;

/** Bulk approve/reject: each hold decided on its own; one failure does not stop the rest. */
export async function actInConsoleBulk<H extends HoldState>(
  holdIds: readonly string[],
  action: 'approve' | 'reject',
  actor: Actor,
  note: string | undefined,
  ports: ApprovalPorts<H>,
): Promise<Array<{ holdId: string; status?: string; error?: string }>> {
  if (holdIds.length > MAX_BULK) throw new InvalidInput(`at most ${MAX_BULK} holds at once`);
  // Validate the shared note once, so a missing reject note fails the request instead of every item.
  if (action === 'reject' && !note?.trim()) throw new InvalidInput('a rejection needs a note for the rep');
  const results: Array<{ holdId: string; status?: string; error?: string }> = [];
  for (const holdId of new Set(holdIds)) {
    try {
      const { hold } = await actInConsole(holdId, action, actor, note, ports);
      results.push({ holdId, status: hold.status });
    } catch (err) {
      results.push({ holdId, error: err instanceof Error ? err.name : 'Error' });
    }
  }
  return results;
}

/** Relays an APPROVED hold and records RELEASED with the SES message id (also the sweeper's relay port). */
export async function releaseHold<H extends HoldState>(
  hold: H,
  ports: Pick<ApprovalPorts<H>, 'holds' | 'relay' | 'now'>,
): Promise<H> {
  const { messageId } = await ports.relay(hold);
  const update = transition(hold, { type: 'release', sesMessageId: messageId }, ports.now());
  await ports.holds.write(update);
  return applyUpdate(hold, update);
}

async function decide<H extends HoldState>(
  hold: H,
  actor: Actor,
  action: 'approve' | 'reject',
  note: string | undefined,
  via: 'link' | 'console',
  ports: ApprovalPorts<H>,
): Promise<DecisionResult<H>> {
  const by = actor.email;
  const update =
    action === 'approve'
      ? transition(hold, { type: 'approve', by, via, note }, ports.now())
      : transition(hold, { type: 'reject', by, via, note: note ?? '' }, ports.now());
  await ports.holds.write(update);
  const decided = applyUpdate(hold, update);
  if (action === 'reject') {
    try {
      await ports.notifyRejected(decided, { by: decided.decidedBy ?? by, note: decided.note ?? '' });
      return { hold: decided };
    } catch (notifyError) {
      return { hold: decided, notifyError };
    }
  }
  try {
    return { hold: await releaseHold(decided, ports) };
  } catch (relayError) {
    return { hold: decided, relayError };
  }
}
