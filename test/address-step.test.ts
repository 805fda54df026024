import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import type { SavedAddress } from '../src/schema/address.js';
import {
  back, check, completeDevice, completeMalfunction, control, fieldError, fill, group, groupError, hasControl, heading,
  isAccessible, mount, next, press, select, speak, summaryErrors, text, type, type Widget,
} from './helpers.js';

const paris: SavedAddress = {
  id: 'home', recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris',
  country: 'FR', phone: '+33 6 12 34 56 78',
};
const cerritos: SavedAddress = {
  id: 'us-office', recipient: 'John Smith', line1: '17301 Edwards Rd', postalCode: '90703', city: 'Cerritos',
  region: 'CA', country: 'US', phone: '+1 562 555 0100',
};

/**
 * Reaches the Address step with the seed's answers (Europe, France, Mavic
 * Mini), as a signed-in customer unless `customerEmail` is null.
 */
async function openAddress(addresses: SavedAddress[] = [], customerEmail: string | null = 'jeanne@example.com') {
  const el = await mount(html`<repair-request lang="en" customer-email=${customerEmail ?? nothing} .addresses=${addresses}></repair-request>`);
  await completeDevice(el);
  await completeMalfunction(el);
  await check(el, 'Complete product set');
  await next(el);
  expect(heading(el)).to.equal('Confirm your return address');
  return el;
}

const stepRoot = (el: Widget) => el.shadowRoot!.querySelector('repair-request-address-step')!.shadowRoot!;
const focused = (el: Widget) => stepRoot(el).activeElement;
const addressGroup = (el: Widget) => group(el, 'Return address');
/** The error summaries shown anywhere in the widget, the step's included. */
const errorSummaries = (el: Widget) => [
  ...el.shadowRoot!.querySelectorAll('.error-summary'), ...stepRoot(el).querySelectorAll('.error-summary'),
];
const stepElementUpdated = (el: Widget) => el.shadowRoot!.querySelector('repair-request-address-step')!.updateComplete;
const recipients = (el: Widget) =>
  [...stepRoot(el).querySelectorAll('.address .recipient')].map((r) => r.textContent!.trim());

async function addAddress(el: Widget, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await fill(el, label, value);
  await press(el, 'Save address');
}

const lyon = {
  'Recipient': 'Paul Durand', 'Address line 1': '5 place Bellecour', 'Postal code': '69002', 'City': 'Lyon',
  'Phone number': '04 72 00 00 00',
};

describe('<repair-request> Address step', () => {
  it('shows the repair centre of the chosen zone', async () => {
    const el = await openAddress([paris]);
    const centre = stepRoot(el).querySelector('address')!.textContent!.replace(/\s+/g, ' ');
    expect(text(el)).to.contain('Repair centre address');
    expect(centre).to.contain('DJI REPAIR DEPT');
    expect(centre).to.contain('Bijldorp-Oost 6');
    expect(centre).to.contain('Barendrecht');
    await isAccessible(el);
  });

  it('lists the saved addresses, with recipient, lines, town, country and phone', async () => {
    const el = await openAddress([paris]);
    const label = addressGroup(el).querySelector('label')!.textContent!.replace(/\s+/g, ' ');
    expect(label).to.contain('Jeanne Martin');
    expect(label).to.contain('10 rue de Rivoli');
    expect(label).to.contain('75001 Paris');
    expect(label).to.contain('France');
    expect(label).to.contain('+33 6 12 34 56 78');
  });

  describe('when no address is selected', () => {
    it('cannot be left, and the error points at the address group', async () => {
      const el = await openAddress([paris]);
      await next(el);
      expect(heading(el)).to.equal('Confirm your return address');
      const message = 'Select a return address. If you are adding a new one, save it first.';
      expect(summaryErrors(el)).to.deep.equal([message]);
      expect(groupError(el, 'Return address')).to.equal(message);
      expect(addressGroup(el).id).to.equal('address-returnAddress');
      await isAccessible(el);

      (el.shadowRoot!.querySelector('.error-summary a') as HTMLElement).click();
      await el.updateComplete;
      expect(focused(el)).to.equal(control(el, 'Jeanne Martin'));
    });

    it('highlights the card of the selected address', async () => {
      const el = await openAddress([paris, { ...paris, id: 'work', recipient: 'Atelier Martin' }]);
      await check(el, 'Atelier Martin');
      const [home, work] = [...stepRoot(el).querySelectorAll<HTMLElement>('.address')].map((card) => getComputedStyle(card));
      const primary = getComputedStyle(control(el, 'Atelier Martin')).accentColor;
      expect(work!.borderTopColor).to.equal(primary);
      expect(home!.borderTopColor).to.not.equal(primary);
      expect(work!.backgroundColor).to.not.equal(home!.backgroundColor);
    });

    it('goes on once an address is selected', async () => {
      const el = await openAddress([paris]);
      await check(el, 'Jeanne Martin');
      await next(el);
      expect(heading(el)).not.to.equal('Confirm your return address');
    });
  });

  describe('when the customer has no saved address', () => {
    it('opens the new-address form at once, in the Device step’s country', async () => {
      const el = await openAddress();
      expect(text(el)).to.contain('You have no saved addresses yet.');
      expect(group(el, 'New address')).to.exist;
      expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
      expect(control(el, 'Phone number').type).to.equal('tel');
      expect(control(el, 'Phone number').getAttribute('autocomplete')).to.equal('tel');
      expect(hasControl(el, 'State')).to.equal(false);
      await isAccessible(el);
    });

    it('shows what is missing next to each field when saving an empty form', async () => {
      const el = await openAddress();
      await press(el, 'Save address');
      const expected = {
        'Recipient': 'Enter the recipient’s name.',
        'Address line 1': 'Enter the street and number.',
        'Postal code': 'Enter the postal code.',
        'City': 'Enter the town or city.',
        'Phone number': 'Enter a phone number.',
      };
      for (const [label, message] of Object.entries(expected)) {
        expect(fieldError(el, label), label).to.equal(message);
      }
      expect(fieldError(el, 'Address line 2')).to.equal('');
      expect(errorSummaries(el), 'one error summary').to.have.length(1);
      expect(summaryErrors(el), 'the step’s error summary lists them, in order').to.deep.equal(Object.values(expected));
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'), 'the summary takes focus');
      await isAccessible(el);
      el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a[href="#newAddress-city"]')!.click();
      await stepElementUpdated(el);
      expect(focused(el)).to.equal(control(el, 'City'), 'a summary link moves to its field');
    });

    it('checks the postal code and the phone number for the country', async () => {
      const el = await openAddress();
      await addAddress(el, { ...lyon, 'Postal code': '7500', 'Phone number': '04 72 00' });
      expect(fieldError(el, 'Postal code')).to.equal('Enter a postal code in the format used in this country.');
      expect(fieldError(el, 'Phone number')).to.equal('Enter a phone number that is valid in this country.');
      expect(fieldError(el, 'Recipient')).to.equal('');
      expect(summaryErrors(el)).to.deep.equal([
        'Enter a postal code in the format used in this country.', 'Enter a phone number that is valid in this country.',
      ]);
      await isAccessible(el);
      // Once Save was pressed, the errors follow the typing; the summary drops a mended one and does not grow.
      await type(el, 'Postal code', '69002');
      expect(fieldError(el, 'Postal code')).to.equal('');
      await type(el, 'City', '');
      expect(fieldError(el, 'City')).to.equal('Enter the town or city.');
      expect(summaryErrors(el)).to.deep.equal(['Enter a phone number that is valid in this country.']);
    });

    it('adds a valid address to the book and selects it', async () => {
      const el = await openAddress();
      await addAddress(el, lyon);
      expect(recipients(el)).to.deep.equal(['Paul Durand']);
      expect(control(el, 'Paul Durand').checked).to.equal(true);
      expect(focused(el)).to.equal(control(el, 'Paul Durand'));
      expect(stepRoot(el).querySelector('[role="status"]')!.textContent).to.contain('The address was saved and selected.');
      expect(hasControl(el, 'Recipient')).to.equal(false);
      await isAccessible(el);
      await next(el);
      expect(heading(el)).not.to.equal('Confirm your return address');
    });

    it('asks for the state of an address in the United States', async () => {
      const el = await openAddress();
      await select(el, 'Country/region', 'United States');
      expect(hasControl(el, 'State')).to.equal(true);
      await addAddress(el, { ...lyon, 'Postal code': '90703', 'Phone number': '+1 562 555 0100' });
      expect(fieldError(el, 'State')).to.equal('Enter the region.');
      await select(el, 'Country/region', 'Canada');
      expect(hasControl(el, 'Province')).to.equal(true);
    });
  });

  it('lists the new address’s errors in the step’s one error summary when Next is pressed after Save', async () => {
    const el = await openAddress([paris, cerritos], null);
    await press(el, 'Add a new address');
    await press(el, 'Save address');
    await next(el);
    expect(errorSummaries(el), 'one error summary, the step’s').to.have.length(1);
    expect(summaryErrors(el), 'in the order of the page').to.deep.equal([
      'Select a return address. If you are adding a new one, save it first.',
      'Enter the recipient’s name.', 'Enter the street and number.', 'Enter the postal code.', 'Enter the town or city.',
      'Enter a phone number.', 'Enter your e-mail address.',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'), 'the summary takes focus');
    expect(fieldError(el, 'Recipient'), 'the field keeps its own message').to.equal('Enter the recipient’s name.');
    await isAccessible(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('.error-summary a[href="#newAddress-recipient"]')!.click();
    await stepElementUpdated(el);
    expect(focused(el)).to.equal(control(el, 'Recipient'), 'a summary link moves to its field');
    await fill(el, 'Recipient', 'Paul Durand');
    expect(summaryErrors(el), 'a mended field leaves the summary').not.to.include('Enter the recipient’s name.');
  });

  it('adds another address from “Add a new address”, and Cancel closes the form', async () => {
    const el = await openAddress([paris]);
    expect(hasControl(el, 'Recipient')).to.equal(false);
    await press(el, 'Add a new address');
    expect(focused(el)).to.equal(control(el, 'Recipient'));
    await press(el, 'Cancel');
    expect(hasControl(el, 'Recipient')).to.equal(false);
    await press(el, 'Add a new address');
    await addAddress(el, lyon);
    expect(recipients(el)).to.deep.equal(['Jeanne Martin', 'Paul Durand']);
    expect(control(el, 'Paul Durand').checked).to.equal(true);
  });

  it('edits a saved address in place', async () => {
    const el = await openAddress([paris]);
    await press(el, 'Edit the address of Jeanne Martin');
    expect(group(el, 'Edit the address')).to.exist;
    expect(control(el, 'City').value).to.equal('Paris');
    expect(focused(el)).to.equal(control(el, 'Recipient'));
    await isAccessible(el);
    await fill(el, 'Address line 1', '12 rue de Rivoli');
    await press(el, 'Save address');
    expect(recipients(el)).to.deep.equal(['Jeanne Martin']);
    expect(addressGroup(el).textContent).to.contain('12 rue de Rivoli');
    expect(addressGroup(el).textContent).not.to.contain('10 rue de Rivoli');
    expect(control(el, 'Jeanne Martin').checked).to.equal(true);
  });

  describe('deleting an address', () => {
    it('asks for confirmation inline, and Cancel keeps the address', async () => {
      const el = await openAddress([paris, { ...paris, id: 'work', recipient: 'Atelier Martin' }]);
      await press(el, 'Delete the address of Jeanne Martin');
      const confirm = stepRoot(el).querySelector('.confirm')!;
      expect(confirm.textContent).to.contain('Delete this address?');
      expect(confirm.contains(focused(el))).to.equal(true);
      await isAccessible(el);
      await press(el, 'Cancel');
      expect(stepRoot(el).querySelector('.confirm')).to.equal(null);
      expect(recipients(el)).to.deep.equal(['Jeanne Martin', 'Atelier Martin']);
      expect(focused(el)?.textContent).to.contain('Delete the address of Jeanne Martin');
    });

    it('removes the address once confirmed, and forgets it as the selection', async () => {
      const el = await openAddress([paris, { ...paris, id: 'work', recipient: 'Atelier Martin' }]);
      await check(el, 'Jeanne Martin');
      await press(el, 'Delete the address of Jeanne Martin');
      await press(el, 'Delete');
      expect(recipients(el)).to.deep.equal(['Atelier Martin']);
      expect(stepRoot(el).querySelector('[role="status"]')!.textContent).to.contain('The address was deleted.');
      expect(focused(el)).to.equal(control(el, 'Atelier Martin'));
      await next(el);
      expect(groupError(el, 'Return address')).to.contain('Select a return address');
    });
  });

  describe('with an address outside the service zone', () => {
    it('shows it with the reason, and it cannot be selected', async () => {
      const el = await openAddress([paris, cerritos]);
      const us = control(el, 'John Smith');
      expect(us.disabled).to.equal(true);
      expect(control(el, 'Jeanne Martin').disabled).to.equal(false);
      const reason = stepRoot(el).getElementById(us.getAttribute('aria-describedby')!)!;
      expect(reason.textContent!.trim()).to.equal('Outside the service zone (Europe): it cannot be selected.');
      expect(addressGroup(el).textContent).to.contain(
        'Please select an address. If the saved address is outside the service zone, it cannot be selected.',
      );
      await isAccessible(el);
      await next(el);
      await isAccessible(el);
    });

    it('saves a new address abroad without selecting it', async () => {
      const el = await openAddress([paris]);
      await press(el, 'Add a new address');
      await select(el, 'Country/region', 'United States');
      await addAddress(el, {
        ...lyon, 'Postal code': '90703', 'State': 'CA', 'Phone number': '+1 562 555 0100',
      });
      expect(recipients(el)).to.deep.equal(['Jeanne Martin', 'Paul Durand']);
      expect(control(el, 'Paul Durand').disabled).to.equal(true);
      expect(stepRoot(el).querySelector('[role="status"]')!.textContent).to.contain('outside the service zone');
    });
  });

  describe('the contact e-mail', () => {
    it('is asked when the host gives none, and checked before the step can be left', async () => {
      const el = await openAddress([paris], null);
      await check(el, 'Jeanne Martin');
      await next(el);
      expect(heading(el)).to.equal('Confirm your return address');
      expect(fieldError(el, 'Your e-mail address')).to.equal('Enter your e-mail address.');
      expect(summaryErrors(el)).to.deep.equal(['Enter your e-mail address.']);
      await speak(el, 'fr');
      expect(fieldError(el, 'Votre adresse e-mail')).to.equal('Erreur : Saisissez votre adresse e-mail.');
      await speak(el, 'en');
      await fill(el, 'Your e-mail address', 'jeanne@');
      await next(el);
      expect(fieldError(el, 'Your e-mail address')).to.equal('Enter an e-mail address in the correct format, like name@example.com.');
      await isAccessible(el);
      await fill(el, 'Your e-mail address', 'jeanne@example.com');
      await next(el);
      expect(heading(el)).to.equal('Check your request');
      expect(text(el)).to.contain('E-mailjeanne@example.com');
    });

    it('is the host’s customer-email when given: not asked again, shown in the summary', async () => {
      const el = await openAddress([paris], 'signed.in@example.com');
      expect(hasControl(el, 'Your e-mail address')).to.equal(false);
      await check(el, 'Jeanne Martin');
      await next(el);
      expect(text(el)).to.contain('E-mailsigned.in@example.com');
    });
  });

  describe('the VAT number', () => {
    it('is optional, with the seed’s notice', async () => {
      const el = await openAddress([paris]);
      expect(text(el)).to.contain('Later declarations cannot be taken into account.');
      await check(el, 'Jeanne Martin');
      expect(text(el)).to.contain('For example: FR12345678900');
      await next(el);
      expect(heading(el)).not.to.equal('Confirm your return address');
    });

    it('is checked against the format and check digits of the return address’s country', async () => {
      const el = await openAddress([paris]);
      await check(el, 'Jeanne Martin');
      await type(el, 'VAT number', 'FR123');
      expect(fieldError(el, 'VAT number'), 'not before Next').to.equal('');
      await next(el);
      expect(fieldError(el, 'VAT number')).to.equal('Enter a VAT number that is valid in this country.');
      await isAccessible(el);
      expect(summaryErrors(el)).to.deep.equal(['Enter a VAT number that is valid in this country.']);
      await type(el, 'VAT number', 'FR12345678901');
      expect(fieldError(el, 'VAT number')).to.equal('Enter a VAT number that is valid in this country.');
      await type(el, 'VAT number', 'FR40303265045');
      expect(fieldError(el, 'VAT number')).to.equal('');
      await next(el);
      expect(heading(el)).not.to.equal('Confirm your return address');
    });
  });

  it('keeps the selection, the added address and the VAT number when going back and forward', async () => {
    const el = await openAddress([paris]);
    await press(el, 'Add a new address');
    await addAddress(el, lyon);
    await fill(el, 'VAT number', 'FR40303265045');
    await back(el);
    expect(heading(el)).to.equal('Send us your devices');
    await next(el);
    expect(recipients(el)).to.deep.equal(['Jeanne Martin', 'Paul Durand']);
    expect(control(el, 'Paul Durand').checked).to.equal(true);
    expect(control(el, 'VAT number').value).to.equal('FR40303265045');
  });
});
