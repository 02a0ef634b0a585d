import { createTransport, type Transporter } from 'nodemailer';
import { markSent, storeMessage } from '~/models/outbox.server';
import { getEnv } from './env.server';

export interface Mail {
  to: string;
  subject: string;
  /** Plain text. It may hold one-time links: it is stored in the outbox, never logged. */
  body: string;
}

let transport: Transporter | undefined;

function smtp(): Transporter | undefined {
  const url = getEnv().SMTP_URL;
  if (!url) return undefined;
  transport ??= createTransport(url);
  return transport;
}

/** What the server log may say about a message: who, what, where to read it. Never the body. */
export function logLine(mail: Mail, id: number, delivered: boolean): string {
  const where = delivered
    ? 'sent by SMTP'
    : 'no SMTP configured: administrators read it at /admin/outbox';
  return `Mail #${id} to ${mail.to}: "${mail.subject}" (${where})`;
}

/**
 * The one way the platform sends mail. Every message is kept in the outbox; with SMTP_URL set
 * it is also sent, otherwise administrators read it on the outbox page, so that invitations and
 * password resets work out of the box.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const id = storeMessage(mail);
  const transporter = smtp();
  if (!transporter) {
    console.log(logLine(mail, id, false));
    return;
  }
  try {
    await transporter.sendMail({
      from: getEnv().MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
    });
    markSent(id);
    console.log(logLine(mail, id, true));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    markSent(id, reason);
    console.warn(`Mail #${id} to ${mail.to} could not be sent (${reason}); it stays in the outbox`);
  }
}
