import { recordDomainEvent } from '~/models/assessment.server';
import { setDomainReady } from '~/models/domain-work.server';
import { inTransaction } from '~/models/transaction.server';

/** Marks a domain ready for review (or takes it back), with the event in the history. */
export function markDomainReady(input: {
  assessmentId: number;
  domainId: string;
  userId: number;
  ready: boolean;
}): void {
  const at = new Date();
  inTransaction(() => {
    setDomainReady(input.assessmentId, input.domainId, input.userId, input.ready, at);
    recordDomainEvent(input.assessmentId, input.domainId, input.ready, input.userId, at);
  });
}
