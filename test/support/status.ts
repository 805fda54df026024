/** Driving `<repair-status>` as a customer does, for its tests. */
import type { RepairStatusElement } from '../../src/status/repair-status.js';

/** Types a case number and an e-mail address into the look-up form, then sends it. */
export async function lookUp(el: RepairStatusElement, caseNumber: string, email: string) {
  for (const [id, value] of [['#case-number', caseNumber], ['#case-email', email]] as const) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(id)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
}
