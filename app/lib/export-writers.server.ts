import { PassThrough, Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createReadableStreamFromReadable } from '@remix-run/node';
import ExcelJS from 'exceljs';
import { csvLine } from './csv';

export type ExportFormat = 'csv' | 'xlsx' | 'json';

export interface Table {
  header: string[];
  /** Pages of rows; each page is yielded whole, and the event loop breathes between pages. */
  pages: Iterable<unknown[][]>;
}

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

async function* csvChunks(table: Table): AsyncGenerator<string> {
  yield `\uFEFF${csvLine(table.header)}`;
  for (const page of table.pages) {
    yield page.map(csvLine).join('');
    await yieldToEventLoop();
  }
}

async function* jsonChunks(table: Table): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for (const page of table.pages) {
    const parts = page.map((row) =>
      JSON.stringify(Object.fromEntries(table.header.map((h, i) => [h, row[i] ?? null]))),
    );
    if (parts.length) {
      yield (first ? '' : ',') + parts.join(',');
      first = false;
    }
    await yieldToEventLoop();
  }
  yield ']';
}

/** A spreadsheet cell: text that would start a formula stays text (see csv.ts). */
function xlsxCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = typeof value === 'string' ? value : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function xlsxStream(table: Table, sheetName: string): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  void (async () => {
    try {
      sheet.addRow(table.header).commit();
      for (const page of table.pages) {
        for (const row of page) sheet.addRow(row.map(xlsxCell)).commit();
        await yieldToEventLoop();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return output;
}

/** A download that streams: memory stays flat however many rows there are. */
export function exportResponse(
  table: Table,
  format: ExportFormat,
  filename: string,
  sheetName = 'Export',
): Response {
  const readable =
    format === 'xlsx'
      ? xlsxStream(table, sheetName)
      : Readable.from(format === 'csv' ? csvChunks(table) : jsonChunks(table));
  return new Response(createReadableStreamFromReadable(readable), {
    headers: {
      'Content-Type': contentTypes[format],
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
