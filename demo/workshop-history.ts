/**
 * The demo workshop page's history of a case: every event the server stores for it (`events` of
 * `GET /api/cases/{n}` with the staff token), in order: the request received, each status staff added
 * (with its note, quote, return label or tracking number), the customer's answers to a quote, an erasure;
 * who recorded it and when. Dates are shown in the page's language (`Intl.DateTimeFormat`), each in a
 * `<time datetime>` holding the stored ISO value. Every stored value becomes text (`textContent`), never HTML.
 */

/** An event as the staff route returns it. */
export interface StaffEvent {
  id?: number;
  status: string;
  note?: string;
  author?: string;
  data?: {
    quote?: { amount: number; currency: string; covers: string };
    trackingNumber?: string;
    trackingUrl?: string;
    file?: { id: string; name: string; type: string; size: number };
    quoteEventId?: number;
    feeAcknowledged?: boolean;
  };
  at: string;
}

/** The page's language (`<html lang>`), for dates and amounts. */
const pageLanguage = () => document.documentElement.lang || 'en';

/** `iso` as a `<time>`: its date and time in the page's language, the stored value in `datetime`. */
export function timeOf(iso: string): HTMLTimeElement {
  const time = document.createElement('time');
  time.dateTime = iso;
  time.textContent = new Intl.DateTimeFormat(pageLanguage(), { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
  return time;
}

/**
 * Who recorded the event: the customer (the request, a quote's answer), the server (the erasure of the customer's
 * data, on a staff request), or the workshop (with the author it gave, if any).
 */
function recordedBy(e: StaffEvent) {
  if (e.author === 'customer' || (!e.author && e.status === 'received')) return 'the customer';
  if (!e.author && e.status === 'erased') return 'the server';
  return e.author ? `the workshop (${e.author})` : 'the workshop';
}

const money = ({ amount, currency }: { amount: number; currency: string }) =>
  new Intl.NumberFormat(pageLanguage(), { style: 'currency', currency }).format(amount);

/** What the event carries, as rows of a description list (only what it has). */
function detailsOf(e: StaffEvent, events: readonly StaffEvent[]): [string, string | (Node | string)[]][] {
  const d = e.data ?? {};
  const rows: [string, string | (Node | string)[]][] = [];
  if (d.quote) rows.push(['Quote', `${money(d.quote)}: ${d.quote.covers}`]);
  const answered = d.quoteEventId === undefined ? undefined : events.find((q) => q.id === d.quoteEventId);
  if (answered) rows.push(['Answers the quote of', [timeOf(answered.at), ...(answered.data?.quote ? [` (${money(answered.data.quote)})`] : [])]]);
  if (d.feeAcknowledged) rows.push(['Inspection fee', 'Acknowledged by the customer']);
  if (d.file) rows.push(['Return label', `${d.file.name} (${d.file.type}, ${d.file.size} bytes)`]);
  if (d.trackingNumber) rows.push(['Tracking number', d.trackingNumber]);
  if (d.trackingUrl) rows.push(['Tracking page', d.trackingUrl]);
  if (e.note) rows.push(['Note', e.note]);
  return rows;
}

/** The history as list items, oldest first: the status, when, who, then what the event carries. */
export function historyView(events: readonly StaffEvent[]): HTMLLIElement[] {
  return events.map((e) => {
    const item = document.createElement('li');
    const line = document.createElement('p');
    line.append(Object.assign(document.createElement('strong'), { textContent: e.status }), ', ', timeOf(e.at), `, by ${recordedBy(e)}`);
    item.append(line);
    const details = detailsOf(e, events);
    if (details.length) {
      const list = Object.assign(document.createElement('dl'), { className: 'answers' });
      for (const [term, value] of details) {
        const dd = document.createElement('dd');
        dd.append(...(typeof value === 'string' ? [value] : value));
        list.append(Object.assign(document.createElement('dt'), { textContent: term }), dd);
      }
      item.append(list);
    }
    return item;
  });
}
