// The approver directory: who reviews whose held mail, and who may see and act on a hold.
// Loaded from a CSV or JSON file (`poise directory import FILE`) or from stored entries; pure, so the
// AWS runtime, the local gateway and the CLI share it.
import { z } from 'zod';
import { CsvError, parseCsv } from './csv';
import { DirectoryError, Forbidden, NoApprover } from './errors';

export const ROLES = ['rep', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'not an email address' }).max(254));
const optionalEmail = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .pipe(email.optional())
  .optional();
const optionalTeam = z
  .string()
  .trim()
  .max(64)
  .regex(/^[\w .&/-]*$/, 'letters, digits, spaces and ._&/- only')
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** One person. `fallback` sets the fallback approver of the person's team (rows must agree). */
export const directoryEntrySchema = z.strictObject({
  email,
  role: z.enum(ROLES, { error: 'must be rep, manager or admin' }).default('rep'),
  manager: optionalEmail,
  team: optionalTeam,
  fallback: optionalEmail,
});
export type DirectoryEntry = z.output<typeof directoryEntrySchema>;

const jsonFileSchema = z.union([
  z.array(z.unknown()),
  z.strictObject({ fallback: z.string().optional(), entries: z.array(z.unknown()) }),
]);

export interface ParsedDirectoryFile {
  entries: DirectoryEntry[];
  /** A global fallback named in a JSON file; the deployment's POISE_FALLBACK_APPROVER wins over it. */
  fallback?: string;
}

const CSV_COLUMNS = ['email', 'role', 'manager', 'team', 'fallback'] as const;

/**
 * Parses a directory file. CSV: a header row naming some of `email,role,manager,team,fallback`
 * (email required, any order). JSON: an array of entries or `{ "fallback": "...", "entries": [...] }`.
 * Errors name the line (CSV) or the entry index (JSON) and the field.
 */
export function parseDirectoryFile(
  text: string,
  format: 'csv' | 'json',
  source = 'directory',
): ParsedDirectoryFile {
  return format === 'csv' ? parseCsvDirectory(text, source) : parseJsonDirectory(text, source);
}

/** Picks the format from the file name. */
export function directoryFormatFor(fileName: string): 'csv' | 'json' {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  throw new DirectoryError(`${fileName}: the directory file must end in .csv or .json`);
}

function parseCsvDirectory(text: string, source: string): ParsedDirectoryFile {
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvError) throw new DirectoryError(`${source}: ${err.message}`);
    throw err;
  }
  const [header, ...data] = rows;
  if (!header) throw new DirectoryError(`${source}: empty file`);
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  for (const c of columns) {
    if (!(CSV_COLUMNS as readonly string[]).includes(c)) {
      throw new DirectoryError(
        `${source} line ${header.line}: unknown column "${c}" (expected ${CSV_COLUMNS.join(', ')})`,
      );
    }
  }
  if (!columns.includes('email'))
    throw new DirectoryError(`${source} line ${header.line}: no "email" column`);
  if (new Set(columns).size !== columns.length) {
    throw new DirectoryError(`${source} line ${header.line}: a column is named twice`);
  }
  const entries = data.map((row) => {
    if (row.fields.length !== columns.length) {
      throw new DirectoryError(
        `${source} line ${row.line}: ${row.fields.length} fields, the header has ${columns.length}`,
      );
    }
    const record: Record<string, string> = {};
    columns.forEach((c, i) => {
      const value = row.fields[i] ?? '';
      if (c !== 'role' || value.trim() !== '') record[c] = value;
    });
    return validateEntry(record, `${source} line ${row.line}`);
  });
  return { entries: checkEntries(entries, (i) => `${source} line ${data[i]?.line}`) };
}

function parseJsonDirectory(text: string, source: string): ParsedDirectoryFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new DirectoryError(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const file = jsonFileSchema.safeParse(raw);
  if (!file.success) {
    throw new DirectoryError(`${source}: expected an array of entries or {"fallback", "entries": [...]}`);
  }
  const list = Array.isArray(file.data) ? file.data : file.data.entries;
  const entries = list.map((item, i) => validateEntry(item, `${source} entries[${i}]`));
  let fallback: string | undefined;
  if (!Array.isArray(file.data) && file.data.fallback !== undefined) {
    const parsed = email.safeParse(file.data.fallback);
    if (!parsed.success) throw new DirectoryError(`${source} fallback: not an email address`);
    fallback = parsed.data;
  }
  return { entries: checkEntries(entries, (i) => `${source} entries[${i}]`), fallback };
}

function validateEntry(input: unknown, where: string): DirectoryEntry {
  const parsed = directoryEntrySchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'entry';
  throw new DirectoryError(`${where}: ${field}: ${issue?.message ?? 'invalid'}`);
}

/**
 * Cross-entry rules: one row per person; a team has one fallback; every manager and fallback named
 * is itself in the directory as a manager or admin (a typo must not route holds to nobody).
 */
function checkEntries(entries: DirectoryEntry[], where: (index: number) => string): DirectoryEntry[] {
  const seen = new Map<string, number>();
  const teamFallback = new Map<string, { fallback: string; index: number }>();
  entries.forEach((e, i) => {
    const first = seen.get(e.email);
    if (first !== undefined)
      throw new DirectoryError(`${where(i)}: email: ${e.email} is already in ${where(first)}`);
    seen.set(e.email, i);
    if (e.manager === e.email)
      throw new DirectoryError(`${where(i)}: manager: a person cannot be their own manager`);
    if (e.fallback) {
      if (!e.team) throw new DirectoryError(`${where(i)}: fallback: set a team for the fallback to apply to`);
      const prior = teamFallback.get(e.team);
      if (prior && prior.fallback !== e.fallback) {
        throw new DirectoryError(
          `${where(i)}: fallback: team ${e.team} already has fallback ${prior.fallback} (${where(prior.index)})`,
        );
      }
      teamFallback.set(e.team, { fallback: e.fallback, index: i });
    }
  });
  const byEmail = new Map(entries.map((e) => [e.email, e]));
  entries.forEach((e, i) => {
    for (const field of ['manager', 'fallback'] as const) {
      const ref = e[field];
      if (!ref) continue;
      const target = byEmail.get(ref);
      if (!target) throw new DirectoryError(`${where(i)}: ${field}: ${ref} is not in the directory`);
      if (target.role === 'rep') {
        throw new DirectoryError(`${where(i)}: ${field}: ${ref} is a rep; approvers are managers or admins`);
      }
    }
  });
  return entries;
}

// ---- Resolution and authorization ----------------------------------------------------------

export type ApproverVia = 'manager' | 'team-fallback' | 'global-fallback' | 'admin';

export interface ResolvedApprover {
  approver: string;
  via: ApproverVia;
  /** In the runtime port's words: the rep's own manager, or a fallback. */
  source: 'directory' | 'fallback';
  /** Who gets the second reminder near the deadline: the next approver in line, if any. */
  escalation?: string;
  team?: string;
}

/** Someone signed in to the console or holding a link. `admin` comes from the identity provider. */
export interface Actor {
  email: string;
  admin?: boolean;
}

/** The part of a hold authorization looks at. */
export interface HoldOwner {
  /** The rep who sent the held message. */
  rep: string;
}

export class Directory {
  private readonly byEmail: ReadonlyMap<string, DirectoryEntry>;
  private readonly teamFallback: ReadonlyMap<string, string>;
  private readonly admins: readonly string[];
  readonly globalFallback: string;

  /** Throws DirectoryError when the entries break the cross-entry rules or the fallback is not an email. */
  constructor(entries: ReadonlyArray<DirectoryEntry & Record<string, unknown>>, globalFallback: string) {
    const parsed = email.safeParse(globalFallback);
    if (!parsed.success) throw new DirectoryError(`global fallback approver: not an email address`);
    this.globalFallback = parsed.data;
    // Stored items carry more attributes (table keys, timestamps): validate only the entry's own.
    const own = entries.map(({ email, role, manager, team, fallback }) => ({
      email,
      role,
      manager,
      team,
      fallback,
    }));
    const checked = checkEntries(
      own.map((e, i) => validateEntry(dropUndefined(e), `entry ${i}`)),
      (i) => `entry ${i} (${entries[i]?.email})`,
    );
    this.byEmail = new Map(checked.map((e) => [e.email, e]));
    this.teamFallback = new Map(checked.flatMap((e) => (e.team && e.fallback ? [[e.team, e.fallback]] : [])));
    this.admins = checked.filter((e) => e.role === 'admin').map((e) => e.email);
  }

  static fromFile(text: string, format: 'csv' | 'json', globalFallback?: string, source?: string): Directory {
    const file = parseDirectoryFile(text, format, source);
    const fallback = globalFallback ?? file.fallback;
    if (!fallback) throw new DirectoryError(`${source ?? 'directory'}: no global fallback approver`);
    return new Directory(file.entries, fallback);
  }

  entries(): DirectoryEntry[] {
    return [...this.byEmail.values()];
  }

  entry(who: string): DirectoryEntry | undefined {
    return this.byEmail.get(normalize(who));
  }

  /**
   * The rep's approver: their manager, else their team's fallback, else the global fallback, else an
   * admin — never the rep themself, and never undefined: a rep with no manager is still reviewed.
   * Throws NoApprover only when the rep is the sole person who could approve (a directory defect).
   */
  resolve(rep: string): ResolvedApprover {
    const chain = this.chain(rep);
    const [first, second] = chain;
    if (!first) throw new NoApprover(`nobody but ${normalize(rep)} could approve their mail: add an admin`);
    const team = this.byEmail.get(normalize(rep))?.team;
    return {
      approver: first.email,
      via: first.via,
      source: first.via === 'manager' ? 'directory' : 'fallback',
      ...(second ? { escalation: second.email } : {}),
      ...(team ? { team } : {}),
    };
  }

  /**
   * Every listed person's resolved approver, for denormalized storage (e.g. one `REP#<email>` item
   * each, which the filter's ApproverDirectory port reads). Unlisted senders get the global fallback.
   */
  routes(): Array<ResolvedApprover & { rep: string; role: Role }> {
    return [...this.byEmail.values()].flatMap((e) => {
      try {
        return [{ rep: e.email, role: e.role, ...this.resolve(e.email) }];
      } catch {
        return []; // NoApprover: only when this person is the sole approver there is; resolve() says so
      }
    });
  }

  /** Everyone who may act on the rep's holds besides admins, in the order they are asked. */
  approversFor(rep: string): string[] {
    return this.chain(rep).map((c) => c.email);
  }

  isAdmin(actor: Actor): boolean {
    return actor.admin === true || this.byEmail.get(normalize(actor.email))?.role === 'admin';
  }

  /**
   * Whether the actor may see and act on the hold: admins on every hold; the rep's manager, the
   * team's fallback and the global fallback on the rep's holds (the fallbacks are asked when the
   * manager is missing or silent); nobody on their own mail.
   */
  can(actor: Actor, hold: HoldOwner): boolean {
    const who = normalize(actor.email);
    const rep = normalize(hold.rep);
    if (who === '' || who === rep) return false;
    if (this.isAdmin(actor)) return true;
    return this.chain(rep).some((c) => c.via !== 'admin' && c.email === who);
  }

  /** can(), or a Forbidden error (HTTP 403) that names neither the hold's rep nor its content. */
  authorize(actor: Actor, hold: HoldOwner): void {
    if (!this.can(actor, hold)) throw new Forbidden('you may not review this message');
  }

  /** The holds the actor may see (the console's queue and history lists). */
  visible<H extends HoldOwner>(actor: Actor, holds: readonly H[]): H[] {
    return holds.filter((h) => this.can(actor, h));
  }

  private chain(rep: string): Array<{ email: string; via: ApproverVia }> {
    const who = normalize(rep);
    const entry = this.byEmail.get(who);
    const candidates: Array<{ email: string | undefined; via: ApproverVia }> = [
      { email: entry?.manager, via: 'manager' },
      { email: entry?.team ? this.teamFallback.get(entry.team) : undefined, via: 'team-fallback' },
      { email: this.globalFallback, via: 'global-fallback' },
      ...this.admins.map((a) => ({ email: a, via: 'admin' as const })),
    ];
    const out: Array<{ email: string; via: ApproverVia }> = [];
    for (const c of candidates) {
      if (c.email && c.email !== who && !out.some((o) => o.email === c.email))
        out.push({ email: c.email, via: c.via });
    }
    return out;
  }
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));
}

function normalize(address: string): string {
  return address.trim().toLowerCase();
}
