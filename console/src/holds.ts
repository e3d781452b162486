// What the queue and the history show of a hold in their rows.
import type { HoldSummary } from './api';
import { el } from './dom';

/** The row's label, linking to the hold: its subject as text, or "(no subject)" (also older holds). */
export function subjectLink(h: HoldSummary): HTMLElement {
  const href = `#/holds/${encodeURIComponent(h.id)}`;
  const cls = h.subject ? 'subject' : 'subject muted';
  return el('a', { href, class: cls, 'data-testid': 'row-subject' }, h.subject || '(no subject)');
}
