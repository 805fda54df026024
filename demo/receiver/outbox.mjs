// The demo's outbox: a real SMTP server (smtp-server) on a free loopback port
// that keeps, in memory, the e-mails the back end's SMTP notifier sends, read
// with mailparser. `npm start` and the browser tests start one; the demo's
// outbox page and the tests read it through GET /api/__outbox.

/** Starts the sink; resolves with its port, the e-mails received so far, and `close()`. */
export async function startOutbox() {
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
  const mails = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false, size: 1024 * 1024,
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        mails.unshift({
          to: mail.to?.text ?? '', from: mail.from?.text ?? '', subject: mail.subject ?? '', date: (mail.date ?? new Date()).toISOString(),
          language: mail.headers.get('content-language') ?? '', text: mail.text ?? '',
        });
        mails.length = Math.min(mails.length, 200);
        done();
      }, done);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.server.address().port, mails, close: () => new Promise((resolve) => server.close(resolve)) };
}
