/**
 * The service plan, and for plan holders the express offer: choose it, then
 * give and confirm the aircraft serial number.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../../i18n/msg.js';
import { expressSerialPrefill } from '../../flow/express-prefill.js';
import type { RepairDraft } from '../../schema/request.js';
import { normalizeSerial } from '../../schema/rules.js';
import { checkbox, fieldId, radioGroup, textField } from '../../ui/fields.js';
import { helpLink, path, type MalfunctionView } from './view.js';
import { ltr } from '../../i18n/bidi.js';

/** What the express section needs besides the view: Confirm, and the device of the Device step (its serial is offered). */
export interface ExpressOptions {
  onConfirm: () => void;
  device: RepairDraft['device'];
}

/** The offer, with the aircraft serial inside it once the customer chooses it (express implies the offer). */
function expressOffer(v: MalfunctionView, o: ExpressOptions) {
  const { servicePlan, expressService } = v.config.brand;
  return html`<div class="panel express-offer">
    <h4>${expressService}</h4>
    <p>${msg(str`With your ${servicePlan} plan, you can use ${expressService} instead of the standard online repair request.`)}
      ${helpLink(v.config.links.expressInfo, msg(str`Learn more about ${expressService}`))}</p>
    <p class="warning"><strong>${msg('Important:')}</strong>
      ${msg(str`${expressService} must be paid with PayPal. To pay by bank transfer, continue with the online repair request.`)}</p>
    ${radioGroup({
      path: path('expressChoice'),
      label: msg('How do you want to continue?'),
      value: v.m.expressChoice,
      error: v.error('expressChoice'),
      options: [
        { value: 'express', label: msg(str`Confirm to use ${expressService}`) },
        { value: 'standard', label: msg('Continue with the online repair request') },
      ],
      // Choosing express starts the aircraft serial with the Device step's, when that device is the aircraft.
      onChange: (value) => v.set({ expressChoice: value, ...(value === 'express' ? expressSerialPrefill(v.config, o.device, v.m) : undefined) }),
    })}
    ${v.sections.express ? expressSerial(v, o) : nothing}
  </div>`;
}

function expressSerial(v: MalfunctionView, { onConfirm, device }: ExpressOptions) {
  const example = v.config.serialFormats.find((f) => f.id === 'aircraft')?.example;
  // The Device step's serial, while the field still holds it: said in the hint, so that the customer checks it.
  const fromDevice = !!v.m.aircraftSerial && expressSerialPrefill(v.config, device, {})?.aircraftSerial === v.m.aircraftSerial;
  const confirmId = fieldId(path('expressConfirmed'));
  const error = v.error('expressConfirmed');
  return html`<div class="express-serial">
    ${textField({
      path: path('aircraftSerial'),
      label: msg('Aircraft serial number'),
      hint: html`${fromDevice ? html`${msg('Filled in with the serial number you gave in the Device step. Check that it is the aircraft’s.')} ` : nothing}${example ? msg(str`For example ${ltr(example)}.`) : nothing}
        ${helpLink(v.config.links.serialHelp, msg('How to check the aircraft serial number'))}`,
      value: v.m.aircraftSerial,
      autocomplete: 'off',
      spellcheck: false,
      maxlength: 24,
      error: v.error('aircraftSerial'),
      onInput: (raw) => {
        const serial = normalizeSerial(raw) || undefined;
        // A confirmed serial that is edited must be confirmed again.
        v.set(serial === v.m.aircraftSerial ? { aircraftSerial: serial } : { aircraftSerial: serial, expressConfirmed: false });
      },
      onChange: (raw) => v.set({ aircraftSerial: normalizeSerial(raw) || undefined }),
    })}
    <div class="field confirm ${error ? 'has-error' : ''}">
      ${error
        ? html`<span class="error-message" id="${confirmId}-error"><span class="visually-hidden">${msg('Error:')}</span> ${error}</span>`
        : nothing}
      <button type="button" class="button secondary" id=${confirmId}
        aria-describedby=${ifDefined(error ? `${confirmId}-error` : undefined)} @click=${onConfirm}>${msg('Confirm')}</button>
      <p class="status" role="status">${v.m.expressConfirmed
        ? msg('Serial number confirmed. Continue with the rest of the request.')
        : nothing}</p>
    </div>
  </div>`;
}

export function expressSection(v: MalfunctionView, o: ExpressOptions) {
  return html`<section aria-labelledby="plan-title">
    <h3 id="plan-title">${msg('Service plan')}</h3>
    ${checkbox({
      path: path('servicePlan'),
      label: msg(str`I have a ${v.config.brand.servicePlan} service plan`),
      checked: v.m.servicePlan === true,
      error: v.error('servicePlan'),
      onChange: (checked) => v.set({ servicePlan: checked }),
    })}
    ${v.sections.expressOffer ? expressOffer(v, o) : nothing}
  </section>`;
}
