// The demo's staff page: lists cases, shows one's request, files and history, and appends status events through the staff routes.
import { historyView, timeOf } from './workshop-history.js';
import { fileGroup, requestView, type StaffCase, type StaffFile } from './workshop-request.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
let chosen: string | undefined;

const headers = () => ({ Authorization: `Bearer ${$<HTMLInputElement>('#token').value}`, 'Content-Type': 'application/json' });

async function refresh() {
  const response = await fetch('/api/cases?limit=50', { headers: headers() });
  if (!response.ok) return void ($('#result').textContent = `The cases could not be listed (${response.status}).`);
  const { cases } = await response.json() as { cases: { caseNumber: string; receivedAt: string; status: string }[] };
  const body = $('#cases');
  body.replaceChildren(...cases.map((c) => {
    const row = document.createElement('tr');
    row.insertCell().textContent = c.caseNumber;
    row.insertCell().append(timeOf(c.receivedAt));
    row.insertCell().textContent = c.status;
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `Choose ${c.caseNumber}` });
    button.addEventListener('click', () => {
      chosen = c.caseNumber;
      $<HTMLSelectElement>('#status').replaceChildren();
      $<HTMLButtonElement>('#event button[type="submit"]').disabled = true;
      void showCase(c.caseNumber);
      $('#event').hidden = false;
      $('#event-title').textContent = `New event for ${c.caseNumber}`;
      $<HTMLSelectElement>('#status').focus();
    });
    row.insertCell().append(button);
    return row;
  }));
}

/** Offers only the statuses the back end says may follow the case's current one (`next`); none on a closed case. */
function offer(status: string, next: string[]) {
  $<HTMLSelectElement>('#status').replaceChildren(...next.map((s) => Object.assign(document.createElement('option'), { textContent: s })));
  $<HTMLButtonElement>('#event button[type="submit"]').disabled = !next.length;
  $('#next').textContent = next.length ? `Now "${status}": the statuses that may follow are offered.` : `Now "${status}": no event may follow.`;
}

/** The chosen case: the statuses that may follow, its request, and its files, grouped per shot, each downloaded with the staff token. */
async function showCase(caseNumber: string) {
  const response = await fetch(`/api/cases/${caseNumber}`, { headers: headers() });
  if (!response.ok) return void ($('#files').textContent = `The case could not be read (${response.status}).`);
  const found = await response.json() as StaffCase;
  if (caseNumber !== chosen) return;
  const { files, status, next } = found;
  offer(status, next);
  $('#request-title').textContent = `Request of ${caseNumber}`;
  $('#request').replaceChildren(...requestView(found));
  $('#history-title').textContent = `History of ${caseNumber}`;
  $('#history').replaceChildren(...historyView(found.events));
  const groups = new Map<string, StaffFile[]>();
  for (const f of files) groups.set(fileGroup(f), [...(groups.get(fileGroup(f)) ?? []), f]);
  $('#files-title').textContent = `Files of ${caseNumber}`;
  $('#files').replaceChildren(...(files.length ? [...groups].map(([group, list]) => {
    const item = document.createElement('li');
    const items = document.createElement('ul');
    items.append(...list.map((f) => {
      const li = document.createElement('li');
      const download = Object.assign(document.createElement('button'), { type: 'button', textContent: `Download ${f.name} (${f.type}, ${f.size} bytes)` });
      download.addEventListener('click', async () => {
        const file = await fetch(`/api/cases/${caseNumber}/files/${f.id}`, { headers: headers() });
        const url = URL.createObjectURL(await file.blob());
        Object.assign(document.createElement('a'), { href: url, download: f.name }).click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      });
      li.append(download);
      return li;
    }));
    item.append(group, items);
    return item;
  }) : [Object.assign(document.createElement('li'), { textContent: 'No files.' })]));
}

async function labelOf(): Promise<{ name: string; contentBase64: string } | undefined> {
  const file = $<HTMLInputElement>('#label').files?.[0];
  if (!file) return undefined;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, contentBase64: btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join('')) };
}

$('#event').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (!chosen) return;
  // The case this event is for: staff may choose another while it is sent.
  const caseNumber = chosen;
  const status = $<HTMLSelectElement>('#status').value;
  const note = $<HTMLInputElement>('#note').value.trim();
  const body: Record<string, unknown> = { status, author: 'demo workshop', ...(note ? { note } : {}) };
  if (status === 'quote_waiting') body.quote = { amount: Number($<HTMLInputElement>('#amount').value), currency: 'EUR', covers: $<HTMLInputElement>('#covers').value };
  if (status === 'shipped_back') body.trackingNumber = $<HTMLInputElement>('#tracking').value;
  if (status === 'label_available') body.label = await labelOf();
  const response = await fetch(`/api/cases/${caseNumber}/events`, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
  const answer = await response.json();
  await refresh();
  if (chosen) await showCase(chosen);
  $('#result').textContent = response.ok ? `${caseNumber}: ${status} added.` : `Refused (${response.status}): ${answer.detail}`;
});
$('#refresh').addEventListener('click', () => void refresh());
void refresh();

export {};
