import { checkOrganisationImport, type ImportProblem } from '~/domain/organisation-import';
import { audit } from '~/models/audit.server';
import { findOrganisationByName, importOrganisations } from '~/models/organisation.server';

/** The largest CSV text accepted, in characters. */
export const MAX_IMPORT_CHARACTERS = 1024 * 1024;

export type ImportOutcome =
  | { status: 'imported'; count: number }
  | { status: 'empty' }
  | { status: 'too-large' }
  /** Every problem of the file, by line: nothing was imported. */
  | { status: 'refused'; problems: ImportProblem[] };

/**
 * Imports parliaments from CSV text, all or none: the whole file is checked first (header,
 * every line, names already registered), then every line is written, and the import is logged.
 */
export function importOrganisationCsv(input: {
  text: string;
  actorId: number;
  address: string;
}): ImportOutcome {
  const { text } = input;
  if (text.trim() === '') return { status: 'empty' };
  if (text.length > MAX_IMPORT_CHARACTERS) return { status: 'too-large' };
  const check = checkOrganisationImport(
    text,
    (name, country) => findOrganisationByName(name, country) !== undefined,
  );
  if (!check.ok) return { status: 'refused', problems: check.problems };
  const count = importOrganisations(check.rows);
  audit({
    action: 'organisations.imported',
    actorId: input.actorId,
    address: input.address,
    detail: { count },
  });
  return { status: 'imported', count };
}
