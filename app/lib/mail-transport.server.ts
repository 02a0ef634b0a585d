import { createTransport, type Transporter } from 'nodemailer';
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

/** Whether mail leaves the platform (SMTP_URL is set) or stays in the outbox only. */
export function canDeliver(): boolean {
  return smtp() !== undefined;
}

/** Hands a message to the SMTP server; throws when it refuses or cannot be reached. */
export async function deliver(mail: Mail): Promise<void> {
  const transporter = smtp();
  if (!transporter) throw new Error('no SMTP server is configured');
  await transporter.sendMail({
    from: getEnv().MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.body,
  });
}

/** What the server log may say about a message: who, what, where to read it. Never the body. */
export function logLine(mail: Mail, id: number, delivered: boolean): string {
  const where = delivered
    ? 'sent by SMTP'
    : 'no SMTP configured: administrators read it at /admin/outbox';
  return `Mail #${id} to ${mail.to}: "${mail.subject}" (${where})`;
}
