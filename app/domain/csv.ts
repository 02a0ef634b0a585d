import { spreadsheetCell } from './cells';

export interface CsvRecord {
  /** The line of the file where the record starts (1-based). */
  line: number;
  fields: string[];
}

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads CSV as RFC 4180 has it: commas (or semicolons, as spreadsheets in French and
 * Portuguese save them), double quotes around fields that hold separators, quotes or line
 * breaks, and doubled quotes inside them. A byte-order mark and blank lines are ignored.
 */
export function parseCsv(text: string): CsvResult {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted && field.trim() !== '') {
        return {
          ok: false,
          line,
          message:
            'a quote in the middle of a field: put the whole field in quotes and double the quote',
        };
      }
      field = '';
      quoted = true;
      fieldStarted = true;
    } else if (c === separator) {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) return { ok: false, line: recordLine, message: 'a quoted field is not closed' };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

/**
 * CSV cells and lines (RFC 4180: quotes around fields holding commas, quotes or line breaks),
 * each cell guarded as every spreadsheet export guards it (see cells.ts).
 */
export function csvCell(value: unknown): string {
  const cell = spreadsheetCell(value);
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** A whole small CSV document, with a byte-order mark so that spreadsheets read UTF-8 right. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  return `\uFEFF${csvLine(header)}${rows.map(csvLine).join('')}`;
}
