import { PassThrough, Readable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createReadableStreamFromReadable } from '@remix-run/node';
import ExcelJS from 'exceljs';
import { exportText, spreadsheetCell } from '~/domain/cells';
import { csvLine } from '~/domain/csv';

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

/** JSON holds any text, but the same answer reads the same in every format. */
const jsonCell = (value: unknown) =>
  typeof value === 'string' ? exportText(value) : (value ?? null);

async function* jsonChunks(table: Table): AsyncGenerator<string> {
  const header = table.header.map(exportText);
  yield '[';
  let first = true;
  for (const page of table.pages) {
    const parts = page.map((row) =>
      JSON.stringify(Object.fromEntries(header.map((h, i) => [h, jsonCell(row[i])]))),
    );
    if (parts.length) {
      yield (first ? '' : ',') + parts.join(',');
      first = false;
    }
    await yieldToEventLoop();
  }
  yield ']';
}

function xlsxStream(table: Table, sheetName: string): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: false,
    useSharedStrings: false,
  });
  // Cut first: a cut through a surrogate pair is then replaced like any lone surrogate.
  const sheet = workbook.addWorksheet(exportText(sheetName.slice(0, 31)));
  void (async () => {
    try {
      sheet.addRow(table.header.map(spreadsheetCell)).commit();
      for (const page of table.pages) {
        for (const row of page) sheet.addRow(row.map(spreadsheetCell)).commit();
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

/** A CSV document as a download. */
export function csvResponse(body: string | ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
