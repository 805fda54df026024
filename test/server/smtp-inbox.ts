/** A real SMTP server (smtp-server) on a free loopback port, whose mail is read with mailparser: for the e-mail tests. */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpInbox {
  port: number;
  /** The mail to `to` whose subject contains `text`, once it arrives. */
  mailTo(to: string, text: string): Promise<ParsedMail>;
  close(): Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const inbox: ParsedMail[] = [];
  let waiters: (() => void)[] = [];
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        inbox.push(mail);
        for (const wake of waiters) wake();
        waiters = [];
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return {
    port: (smtp.server.address() as AddressInfo).port,
    async mailTo(to, text) {
      const find = () => inbox.find((m) => (m.to as { text: string }).text === to && m.subject?.includes(text));
      for (let found = find(); ; found = find()) {
        if (found) return found;
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
