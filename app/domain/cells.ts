/**
 * What every export (CSV, XLSX, JSON) does to the values of its cells, so that the formats agree.
 */

/**
 * Characters that XML 1.0 does not allow anywhere in a document: control characters other than
 * tab, line feed and carriage return, U+FFFE and U+FFFF, and surrogates without their pair. A
 * workbook's parts are XML, and a single one makes Excel refuse the whole file.
 */
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with each character XML forbids replaced by U+FFFD, so that the loss stays visible. */
export function exportText(text: string): string {
  return text.replace(NOT_IN_XML, '\uFFFD');
}

/**
 * A spreadsheet cell (CSV or XLSX). Numbers stay numbers; text that a spreadsheet would read as
 * a formula (=, +, -, @, tab, carriage return) gets a leading apostrophe, so that an exported
 * answer can never run in someone's Excel.
 */
export function spreadsheetCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = exportText(typeof value === 'string' ? value : String(value));
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
