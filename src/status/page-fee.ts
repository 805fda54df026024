/** The inspection fee `<repair-status>` shows when the server sends none: the page's own (`inspection-fee`, `fee-currency`). */
import type { Money } from './status-views.js';

/** The page's inspection fee, if it gives a finite amount in a currency the browser knows (else reported, and none). */
export function pageFeeOf(amount: number | undefined, currency: string): Money | undefined {
  if (!Number.isFinite(amount)) return undefined;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency });
    return { amount: amount!, currency };
  } catch {
    console.error(`<repair-status>: fee-currency "${currency}" is not an ISO 4217 currency code; the fee is shown without its amount.`);
    return undefined;
  }
}
