// Words and numbers as the console shows them.

const CATEGORY_LABELS: Record<string, string> = {
  quota_pressure: 'Quota pressure',
  unilateral_discount: 'Unilateral discount',
  unscannable: 'Unscannable',
  oversize: 'Too large to check',
  scanner_error: 'Checker failed',
  relay_rejected: 'Relay refused',
};

const REASON_LABELS: Record<string, string> = {
  findings: 'Wording to review',
  unscannable: 'Could not be read',
  oversize: 'Too large to check',
  scanner_error: 'Checker failed',
  relay_rejected: 'Mail service refused it',
};

const STATUS_LABELS: Record<string, string> = {
  HELD: 'Held',
  APPROVED: 'Approved',
  RELEASED: 'Approved, sent',
  REJECTED: 'Rejected',
  EXPIRED: 'Expired',
};

export const categoryLabel = (c: string): string => CATEGORY_LABELS[c] ?? c;
export const reasonLabel = (r: string): string => REASON_LABELS[r] ?? r;
export const statusLabel = (s: string): string => STATUS_LABELS[s] ?? s;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** "in 3 h", "12 min ago": deadlines and ages at a glance. */
export function relative(iso: string, now = Date.now()): string {
  const t = new Date(iso).getTime();
  if (Number.isNaN(t)) return iso;
  const diff = t - now;
  const span = duration(Math.abs(diff) / 1000);
  return diff >= 0 ? `in ${span}` : `${span} ago`;
}

export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 48 * 3600) return `${(seconds / 3600).toFixed(seconds < 36_000 ? 1 : 0)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

export function percent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return '–';
  return `${(rate * 100).toFixed(1)} %`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
