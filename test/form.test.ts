/**
 * The widget inside a page's own `<form>`: a form-associated custom element
 * whose value is the request, valid only once the request is complete.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  attachFile, check, completeToSummary, heading, homeAddress, isAccessible, press, settle, summaryErrors, type Widget,
} from './helpers.js';

async function inForm(name = 'repair') {
  const form = await fixture<HTMLFormElement>(html`<form action="#">
    <input name="ticket" value="T-42">
    <fieldset>
      <repair-request lang="en" name=${name} .addresses=${[homeAddress]}></repair-request>
    </fieldset>
    <button>Send</button>
  </form>`);
  // The test page must stay: a form that is sent is only recorded.
  form.addEventListener('submit', (e) => e.preventDefault());
  const el = form.querySelector<Widget>('repair-request')!;
  await el.updateComplete;
  await settle(el);
  return { form, el };
}

interface SentRequest {
  device: { model: string };
  malfunction: { proofOfPurchase?: unknown };
  submit: { termsAccepted: boolean };
}

/** The request in the form's data under `name`, or null when the widget gives none. */
const requestIn = (form: HTMLFormElement, name = 'repair'): SentRequest | null => {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? (JSON.parse(value) as SentRequest) : null;
};

describe('<repair-request> in a page’s form', () => {
  it('is an invalid field with no value until the request is complete', async () => {
    const { form, el } = await inForm();
    expect(el.form).to.equal(form);
    expect(requestIn(form)).to.equal(null);
    expect(new FormData(form).get('ticket')).to.equal('T-42');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Complete the repair request.');
    expect(el.validity?.valid).to.equal(false);
  });

  it('gives the request as JSON under its name, and the proof of purchase as a file, once it is complete', async () => {
    const { form, el } = await inForm();
    await completeToSummary(el);
    expect(form.checkValidity(), 'terms not accepted yet').to.equal(false);
    await check(el, 'I have read and accept');
    expect(form.checkValidity()).to.equal(true);
    const request = requestIn(form)!;
    expect(request.device.model).to.equal('mavic-mini');
    expect(request.submit.termsAccepted).to.equal(true);
    expect(new FormData(form).get('repair.proofOfPurchase')).to.equal(null);
  });

  it('adds the proof of purchase as its own file entry', async () => {
    const { form, el } = await inForm('rma');
    await completeToSummary(el);
    // Change opens the proof of purchase's screen, which returns to the summary: every answer of the step is given.
    await press(el, 'Change Proof of purchase');
    await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4'], 'invoice.pdf', { type: 'application/pdf' }));
    await press(el, 'Save and return to summary');
    await check(el, 'I have read and accept');
    const file = new FormData(form).get('rma.proofOfPurchase');
    expect(file).to.be.instanceOf(File);
    expect((file as File).name).to.equal('invoice.pdf');
    expect(requestIn(form, 'rma')!.malfunction.proofOfPurchase)
      .to.deep.equal({ name: 'invoice.pdf', size: 8, type: 'application/pdf' });
  });

  it('shows its error summary, instead of the browser’s bubble, when the form is sent too early', async () => {
    const { form, el } = await inForm();
    let sent = false;
    form.addEventListener('submit', () => { sent = true; });
    form.requestSubmit();
    await waitUntil(() => summaryErrors(el).length > 0, 'the error summary shows');
    expect(sent).to.equal(false);
    expect(summaryErrors(el)).to.include('Select your service zone.');
    expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    await isAccessible(el);
  });

  it('sends the page’s form from Submit when it has no endpoint of its own', async () => {
    const { form, el } = await inForm();
    await completeToSummary(el);
    await check(el, 'I have read and accept');
    setTimeout(() => void press(el, 'Submit'));
    await oneEvent(form, 'submit');
    expect(requestIn(form)!.device.model).to.equal('mavic-mini');
    expect(heading(el)).to.equal('Check your request');
  });

  it('starts a new request when the form is reset', async () => {
    const { form, el } = await inForm();
    await completeToSummary(el);
    form.reset();
    await settle(el);
    expect(heading(el)).to.equal('Your device');
    expect(el.value.device).to.deep.equal({});
    expect(el.value.address).to.deep.equal({});
  });

  it('cannot be used while its fieldset is disabled', async () => {
    const { form, el } = await inForm();
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('inert')).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('inert')).to.equal(false);
  });
});
