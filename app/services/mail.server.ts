import { canDeliver, deliver, logLine, type Mail } from '~/lib/mail-transport.server';
import { markSent, storeMessage } from '~/models/outbox.server';

export type { Mail };

/**
 * The one way the platform sends mail. Every message is kept in the outbox; with SMTP_URL set
 * it is also sent, otherwise administrators read it on the outbox page, so that invitations and
 * password resets work out of the box.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const id = storeMessage(mail);
  if (!canDeliver()) {
    console.log(logLine(mail, id, false));
    return;
  }
  try {
    await deliver(mail);
    markSent(id);
    console.log(logLine(mail, id, true));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    markSent(id, reason);
    console.warn(`Mail #${id} to ${mail.to} could not be sent (${reason}); it stays in the outbox`);
  }
}
