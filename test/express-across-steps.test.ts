/**
 * The express path's aircraft serial is checked against the Device step's product: a product changed there
 * afterwards, to another aircraft, makes the serial given on the Malfunction step an error there, in the
 * summary, in `validate()` and on Submit.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import {
  check, completeAddress, completeDevice, control, fieldError, heading, homeAddress, isAccessible, mount, next, press, screenPosition,
  select, settle, stepRoot, summaryErrors, toServicePlan, type, type Widget,
} from './helpers.js';

const OTHER_MODEL = 'This serial number belongs to another model than the one chosen in the Device step. Check the serial number or the product.';
/** A Mavic Mini's aircraft serial (its prefix is `0K1C`). */
const MAVIC_MINI_SERIAL = '0K1CG1R0A30059';

/** A widget that posts to a stub, with the seed's return address. */
async function widget() {
  return mount(html`<repair-request lang="en" endpoint="/api/repair-requests" .addresses=${[homeAddress]}></repair-request>`);
}

/** The seed's answers (a Mavic Mini), the express path with the Mavic Mini's aircraft serial confirmed, on to the summary, terms accepted. */
async function expressToSummary(el: Widget) {
  await completeDevice(el);
  await toServicePlan(el);
  await check(el, 'I have a DJI Care service plan');
  await check(el, 'Confirm to use DJI Care Refresh Express');
  await type(el, 'Aircraft serial number', MAVIC_MINI_SERIAL);
  await press(el, 'Confirm');
  await next(el);
  expect(heading(el)).to.equal('Send us your devices');
  await check(el, 'Defective component');
  await next(el);
  await completeAddress(el);
  await next(el);
  expect(heading(el)).to.equal('Check your request');
  await check(el, 'I have read and accept');
}

/** From the summary: the product changed to another aircraft (a DJI Mini 2) on the Device step, then “Save and return to summary”. */
async function changeProductToMini2(el: Widget) {
  await press(el, 'Change Model');
  expect(heading(el)).to.equal('Your device');
  await select(el, 'Product model', 'DJI Mini 2');
  await press(el, 'Save and return to summary');
}

/** Follows the error summary's link with this text; the element focused in the step then. */
async function followSummaryLink(el: Widget, message: string) {
  const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => a.textContent!.trim() === message);
  expect(link, `summary link "${message}"`).to.exist;
  link!.click();
  await settle(el);
  return stepRoot(el).activeElement;
}

describe('<repair-request> express serial and the Device step’s product', () => {
  const realFetch = window.fetch;
  let sent = 0;
  beforeEach(() => {
    sent = 0;
    window.fetch = (async () => {
      sent++;
      return Response.json({ caseNumber: 'CAS-1234567-ABCDEF' }, { status: 201 });
    }) as typeof fetch;
  });
  afterEach(() => { window.fetch = realFetch; });

  it('accepts the aircraft serial of the product chosen', async () => {
    const el = await widget();
    await expressToSummary(el);
    expect(summaryErrors(el)).to.deep.equal([]);
    expect((await el.validate()).valid).to.equal(true);
  });

  describe('when the product is changed to another aircraft afterwards', () => {
    it('opens the serial with its error instead of the summary, and validate() reports it', async () => {
      const el = await widget();
      await expressToSummary(el);
      await changeProductToMini2(el);

      expect(heading(el), 'not the summary').to.equal('Malfunction');
      expect(screenPosition(el), 'the service plan’s screen').to.match(/^Part 5 of/);
      expect(summaryErrors(el)).to.deep.equal([OTHER_MODEL]);
      expect(fieldError(el, 'Aircraft serial number')).to.equal(OTHER_MODEL);
      expect(control(el, 'Aircraft serial number').getAttribute('aria-invalid')).to.equal('true');
      await isAccessible(el);
      expect(await followSummaryLink(el, OTHER_MODEL), 'the summary link focuses the serial').to.equal(control(el, 'Aircraft serial number'));

      const result = await el.validate();
      expect(result).to.deep.equal({ valid: false, errors: { 'malfunction.aircraftSerial': 'aircraft_serial_other_model' } });
      expect(await el.goToStep('submit'), 'the summary does not open').to.equal(false);
      expect(heading(el)).to.equal('Malfunction');
      expect(sent).to.equal(0);
    });

    it('stops Next at the serial, with its error, when the customer walks back through the step', async () => {
      const el = await widget();
      await expressToSummary(el);
      while (heading(el) !== 'Your device') await press(el, 'Previous');
      await select(el, 'Product model', 'DJI Mini 2');
      await next(el);
      for (let part = 1; part < 5; part++) await next(el);
      expect(screenPosition(el), 'the screens before it let the customer through').to.match(/^Part 5 of/);
      // As on any screen, its errors show once Next is pressed there.
      await next(el);
      expect(heading(el), 'Next does not leave the step').to.equal('Malfunction');
      expect(screenPosition(el)).to.match(/^Part 5 of/);
      expect(summaryErrors(el)).to.deep.equal([OTHER_MODEL]);
      expect(fieldError(el, 'Aircraft serial number')).to.equal(OTHER_MODEL);
      await isAccessible(el);
    });

    it('sends the request once the serial is the new product’s', async () => {
      const el = await widget();
      await expressToSummary(el);
      await changeProductToMini2(el);
      await type(el, 'Aircraft serial number', '1WYCG1R0A30059');
      expect(fieldError(el, 'Aircraft serial number'), 'a Mini 2 serial fits').to.equal('');
      expect(summaryErrors(el)).to.deep.equal([]);
      await press(el, 'Confirm');
      await press(el, 'Save and return to summary');
      expect(heading(el)).to.equal('Check your request');
      await press(el, 'Submit');
      await waitUntil(() => sent === 1, 'the request was not sent');
    });

    it('takes a remote controller under the same plan with any aircraft serial', async () => {
      const el = await widget();
      await expressToSummary(el);
      await press(el, 'Change Model');
      await select(el, 'Product model', 'DJI RC-N1 Remote Controller');
      await press(el, 'Save and return to summary');
      expect((await el.validate()).valid).to.equal(true);
    });
  });
});
