// Who may see which metrics. Aggregates: admins and managers. Per-rep rows: admins (every rep) and
// the rep's own manager (their reps only). A port, so the approvals directory (or an IdP) plugs in.
import type { Actor, Directory } from '../approvals/directory';

export type { Actor };

export interface MetricsAccess {
  /** May the actor open the metrics at all (aggregates)? */
  canView(actor: Actor): boolean | Promise<boolean>;
  /** May the actor see this rep's own numbers? */
  canSeeRep(actor: Actor, rep: string): boolean | Promise<boolean>;
}

/** The access rules over the approver directory. */
export function directoryMetricsAccess(
  directory: Pick<Directory, 'isAdmin' | 'entry' | 'entries'>,
): MetricsAccess {
  const who = (actor: Actor) => actor.email.trim().toLowerCase();
  return {
    canView(actor) {
      if (directory.isAdmin(actor)) return true;
      const me = who(actor);
      if (directory.entry(me)?.role === 'manager') return true;
      return directory.entries().some((e) => e.manager === me);
    },
    canSeeRep(actor, rep) {
      if (directory.isAdmin(actor)) return true;
      const me = who(actor);
      return me !== '' && directory.entry(rep)?.manager === me;
    },
  };
}
