import { spreadsheetCell } from './cells';

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

export function csvResponse(body: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
