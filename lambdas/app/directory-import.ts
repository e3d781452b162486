// A directory file (CSV or JSON) → the Directory that replaces the stored one. Shared by
// `poise directory import` and the console's PUT /api/directory, so both validate the same way.
import { Directory, parseDirectoryFile } from '../approvals/directory';
import { DirectoryError } from '../approvals/errors';

export interface DirectoryImport {
  directory: Directory;
  /** The global fallback the file itself names (JSON `fallback`), if any. */
  fileFallback?: string;
}

/**
 * Validates the whole file (errors name the CSV line or JSON `entries[i]` and the field) and picks
 * the global fallback approver: `fallback` (the deployment's) wins over the file's.
 * Throws DirectoryError.
 */
export function parseDirectoryImport(
  text: string,
  format: 'csv' | 'json',
  opts: { fallback?: string; source?: string; fallbackHint?: string } = {},
): DirectoryImport {
  const source = opts.source ?? 'directory';
  const file = parseDirectoryFile(text, format, source);
  const fallback = opts.fallback ?? file.fallback;
  if (!fallback) {
    throw new DirectoryError(
      `${source}: no global fallback approver${opts.fallbackHint ? ` (${opts.fallbackHint})` : ''}`,
    );
  }
  return {
    directory: new Directory(file.entries, fallback),
    ...(file.fallback ? { fileFallback: file.fallback } : {}),
  };
}
