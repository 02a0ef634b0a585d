import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { getDb } from '~/db/client.server';
import { auditLog, users } from '~/db/schema';

export type AuditAction =
  | 'sign-in'
  | 'sign-in.failed'
  | 'sign-in.throttled'
  | 'sign-out'
  | 'password.reset-requested'
  | 'password.reset'
  | 'password.changed'
  | 'invitation.sent'
  | 'invitation.accepted'
  | 'role.granted'
  | 'role.changed'
  | 'role.revoked'
  | 'coordinator.assigned'
  | 'coordinator.removed'
  | 'admin.granted'
  | 'admin.revoked'
  | 'account.disabled'
  | 'account.enabled'
  | 'organisation.created'
  | 'organisation.updated'
  | 'organisations.imported'
  | 'hub.created'
  | 'hub.updated'
  | 'hub.member-added'
  | 'hub.member-removed'
  | 'access.denied'
  | 'csrf.rejected'
  | 'assessment.started'
  | 'assessment.submitted'
  | 'assessment.reopened'
  | 'hub.request-accepted'
  | 'hub.request-declined'
  | 'hub.reminder-sent'
  | 'hub.exported';

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  targetType?: string;
  targetId?: string | number;
  organisationId?: number | null;
  address?: string | null;
  /** Context for a reader. Never put a password, token or secret here. */
  detail?: Record<string, unknown>;
}

export function audit(entry: AuditEntry): void {
  getDb()
    .insert(auditLog)
    .values({
      at: new Date(),
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      organisationId: entry.organisationId ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? {},
    })
    .run();
}

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  organisationId: number | null;
  address: string | null;
  detail: Record<string, unknown>;
}

/** Newest first, a page at a time (before: the id to continue from). */
export function listAudit({
  action,
  before,
  limit = 100,
}: {
  action?: string;
  before?: number;
  limit?: number;
}): AuditRow[] {
  const filters: SQL[] = [];
  if (action) filters.push(eq(auditLog.action, action));
  if (before) filters.push(lt(auditLog.id, before));
  return getDb()
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorEmail: users.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      organisationId: auditLog.organisationId,
      address: auditLog.address,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
