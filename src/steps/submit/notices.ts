/** The shipping notices and the inspection-fee notice shown before the terms. */
import { html } from 'lit';
import { msg, str } from '../../i18n/msg.js';
import type { RepairConfig } from '../../config/config-schema.js';

export function formatFee(config: RepairConfig, locale: string) {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: config.fee.currency }).format(config.fee.amount);
  } catch {
    return `${config.fee.amount} ${config.fee.currency}`;
  }
}

export function shippingNotices(config: RepairConfig, locale: string) {
  const brand = config.brand.name;
  const fee = formatFee(config, locale);
  return html`<section class="notices" aria-labelledby="notices-title">
    <h3 id="notices-title">${msg('Before you send your products')}</h3>
    <ol class="notice-list">
      <li>${msg('If you are eligible for a return label, you will receive it within two business days. Otherwise, you will be informed by e-mail.')}</li>
      <li>${msg(str`If the parcel is lost, contact ${brand} support as soon as possible. The time the carrier needs to investigate a lost parcel is subject to its service contract.`)}</li>
      <li>${msg('If you live outside the European Union, write “Defective component – No commercial value” on the invoice and send the invoice with your products.')}</li>
    </ol>
    <p class="notice fee">${msg(str`${brand} may charge a damage assessment fee of ${fee} per hour if you decline the repair after receiving the quote.`)}</p>
  </section>`;
}
