import { parseCsv } from './csv';
import { organisationInput, type OrganisationInput } from './organisation';

/** The columns an import file must have, in any order (header names are case-insensitive). */
export const importColumns = [
  'name',
  'country',
  'ipu_group',
  'chamber_type',
  'members',
  'staff',
  'income_group',
] as const;
const optionalColumns = ['is_demo'] as const;

const toField: Record<string, keyof OrganisationInput> = {
  name: 'name',
  country: 'country',
  ipu_group: 'ipuGroup',
  chamber_type: 'chamberType',
  members: 'members',
  staff: 'staff',
  income_group: 'incomeGroup',
  is_demo: 'isDemo',
};

export interface ImportProblem {
  line: number;
  /** The column concerned, when there is one. */
  column?: string;
  /** An i18n key (common namespace) or a plain message from the schema. */
  message: string;
  params?: Record<string, string | number>;
}

export type ImportCheck =
  { ok: true; rows: OrganisationInput[] } | { ok: false; problems: ImportProblem[] };

export const MAX_IMPORT_ROWS = 5_000;

/**
 * Checks a whole file before anything is imported: the header, then every line, reporting
 * every problem with its line. `exists` says whether a parliament is already registered.
 */
export function checkOrganisationImport(
  text: string,
  exists: (name: string, country: string) => boolean,
): ImportCheck {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      problems: [
        { line: parsed.line, message: 'import.malformed', params: { detail: parsed.message } },
      ],
    };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, problems: [{ line: 1, message: 'import.empty' }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const problems: ImportProblem[] = [];
  for (const column of importColumns) {
    if (!names.includes(column))
      problems.push({
        line: header.line,
        column,
        message: 'import.missingColumn',
        params: { column },
      });
  }
  for (const name of names) {
    if (
      !(importColumns as readonly string[]).includes(name) &&
      !(optionalColumns as readonly string[]).includes(name)
    ) {
      problems.push({
        line: header.line,
        column: name,
        message: 'import.unknownColumn',
        params: { column: name, columns: [...importColumns, ...optionalColumns].join(', ') },
      });
    }
  }
  if (problems.length) return { ok: false, problems };
  if (records.length === 0)
    return { ok: false, problems: [{ line: header.line, message: 'import.noRows' }] };
  if (records.length > MAX_IMPORT_ROWS)
    return {
      ok: false,
      problems: [
        { line: header.line, message: 'import.tooMany', params: { max: MAX_IMPORT_ROWS } },
      ],
    };

  const rows: OrganisationInput[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        message: 'import.fieldCount',
        params: { expected: names.length, found: record.fields.length },
      });
      continue;
    }
    const raw: Record<string, string> = {};
    names.forEach((name, index) => {
      const field = toField[name];
      if (field) raw[field] = (record.fields[index] ?? '').trim();
    });
    const result = organisationInput.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        const column = Object.keys(toField).find((k) => toField[k] === field);
        problems.push({ line: record.line, column, message: issue.message });
      }
      continue;
    }
    const key = `${result.data.name.toLowerCase()}|${result.data.country.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line: record.line,
        column: 'name',
        message: 'import.duplicateInFile',
        params: { line: earlier },
      });
      continue;
    }
    seen.set(key, record.line);
    if (exists(result.data.name, result.data.country)) {
      problems.push({
        line: record.line,
        column: 'name',
        message: 'import.alreadyExists',
        params: { name: result.data.name },
      });
      continue;
    }
    rows.push(result.data);
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
