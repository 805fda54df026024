// The demo's outbox page: the e-mails the local SMTP sink received, as text (never as HTML).
interface Mail { to: string; subject: string; date: string; language: string; text: string }

async function refresh() {
  const { mails } = await (await fetch('/api/__outbox')).json() as { mails: Mail[] };
  const list = document.querySelector('#mails')!;
  list.replaceChildren(...mails.map((m) => {
    const article = document.createElement('article');
    const title = Object.assign(document.createElement('h2'), { textContent: m.subject });
    const meta = Object.assign(document.createElement('p'), { textContent: `To ${m.to} · ${new Date(m.date).toLocaleString()} · ${m.language}` });
    const body = Object.assign(document.createElement('pre'), { textContent: m.text });
    body.style.whiteSpace = 'pre-wrap';
    // Links in the text (the status page) become links; everything else stays text.
    const url = /https?:\/\/\S+/.exec(m.text)?.[0];
    article.append(title, meta, body);
    if (url) article.append(Object.assign(document.createElement('a'), { href: url, textContent: 'Open the status page from this e-mail' }));
    return article;
  }));
  if (!mails.length) list.textContent = 'No e-mail yet.';
}
document.querySelector('#refresh')!.addEventListener('click', () => void refresh());
void refresh();

export {};
