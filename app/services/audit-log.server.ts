import { listAudit, type AuditRow } from '~/models/audit.server';

/** Entries per page of the audit log. */
export const AUDIT_PAGE = 100;

export interface AuditLogPage {
  entries: (Omit<AuditRow, 'at'> & { at: string })[];
  /** The id to continue from for older entries; undefined on the last page. */
  next: number | undefined;
}

/** The audit log, newest first, a page at a time, optionally of one action only. */
export function auditLog({ action, before }: { action?: string; before?: number }): AuditLogPage {
  const entries = listAudit({ action, before, limit: AUDIT_PAGE });
  return {
    entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })),
    next: entries.length === AUDIT_PAGE ? entries.at(-1)?.id : undefined,
  };
}
