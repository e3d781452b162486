// A small RFC 4180 reader for the approver directory file: quoted fields, "" escapes, CRLF or LF,
// a leading BOM, blank lines and `#` comment lines skipped. Each row keeps the line it starts on so
// validation errors can name it.

export interface CsvRow {
  /** 1-based line number where the row starts. */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const rowLine = line;
    // Skip blank and comment lines (only at the start of a row, outside quotes).
    if (src[i] === '\n' || src[i] === '\r' || src[i] === '#') {
      const eol = src.indexOf('\n', i);
      i = eol === -1 ? src.length : eol + 1;
      line += 1;
      continue;
    }
    const fields: string[] = [];
    let field = '';
    let atFieldStart = true;
    let rowDone = false;
    while (i < src.length && !rowDone) {
      const ch = src[i] as string;
      if (atFieldStart && ch === '"') {
        i += 1;
        let closed = false;
        while (i < src.length) {
          const q = src[i] as string;
          if (q === '"') {
            if (src[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i += 1;
            closed = true;
            break;
          }
          if (q === '\n') line += 1;
          field += q;
          i += 1;
        }
        if (!closed) throw new CsvError(rowLine, 'unterminated quoted field');
        atFieldStart = false;
        const next = src[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(line, 'unexpected character after a closing quote');
        }
        continue;
      }
      if (ch === ',') {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i += 1;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line += 1;
        rowDone = true;
      } else {
        field += ch;
        atFieldStart = false;
        i += 1;
      }
    }
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  return rows;
}
