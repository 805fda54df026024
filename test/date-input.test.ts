import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  back, completeDevice, dateParts, screenPosition, fillDate, groupError, heading, isAccessible, mount, next, press, requestAnalysis, settle, stepRoot, type Widget, mountAtPurchase,
} from './helpers.js';

/** A widget on the Malfunction step's fourth screen (past the photos), with the proof of purchase and its date of receipt. */
async function open(lang = 'en') {
  const el = await mountAtPurchase(lang);
  expect(heading(el)).not.to.equal('');
  return el;
}

const labelsOf = (fieldset: HTMLFieldSetElement) =>
  [...fieldset.querySelectorAll('.date-part label')].map((l) => l.textContent!.trim());
const invalidParts = (el: Widget, legend: string) => {
  const { day, month, year } = dateParts(el, legend);
  return Object.entries({ day, month, year }).filter(([, input]) => input.getAttribute('aria-invalid') === 'true').map(([part]) => part);
};

describe('<repair-request> dates', () => {
  it('asks for the date of receipt as day, month and year text fields, not the browser’s date picker', async () => {
    const el = await open();
    const { day, month, year, fieldset } = dateParts(el, 'Date of receipt');
    expect(fieldset.localName).to.equal('fieldset');
    for (const input of [day, month, year]) {
      expect(input.type).to.equal('text');
      expect(input.inputMode).to.equal('numeric');
    }
    expect(stepRoot(el).querySelector('input[type="date"]')).to.equal(null);
    await isAccessible(el);
  });

  it('stores the date as YYYY-MM-DD, with the leading zeros added', async () => {
    const el = await open();
    await fillDate(el, 'Date of receipt', '2024-5-3');
    const { day, month, year } = dateParts(el, 'Date of receipt');
    expect([day.value, month.value, year.value]).to.deep.equal(['03', '05', '2024']);
    await next(el);
    expect(screenPosition(el), 'no error kept the screen').to.equal('Part 5 of 5');
    await back(el);
    expect(groupError(el, 'Date of receipt')).to.equal('');
  });

  it('can be typed with the keyboard alone, part after part in the language’s order', async () => {
    const el = await open();
    const inputs = [...dateParts(el, 'Date of receipt').fieldset.querySelectorAll<HTMLInputElement>('input')];
    // English (as Intl has it) writes month, day, year.
    expect(inputs.map((i) => i.dataset.part)).to.deep.equal(['month', 'day', 'year']);
    inputs[0]!.focus();
    await sendKeys({ type: '11' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2023' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(inputs.map((i) => i.value)).to.deep.equal(['11', '09', '2023']);
  });

  describe('when a part is wrong', () => {
    const cases: [string, string, string][] = [
      ['2024-05-', 'The date must include a day.', 'day'],
      ['2024--10', 'The date must include a month.', 'month'],
      ['-05-10', 'The date must include a year.', 'year'],
      ['2024-05-32', 'The day must be a number from 1 to 31.', 'day'],
      ['2024-13-10', 'The month must be a number from 1 to 12.', 'month'],
      ['24-05-10', 'The year must have 4 digits.', 'year'],
    ];
    for (const [typed, message, part] of cases) {
      it(`names the ${part} for “${typed}” and marks that part alone`, async () => {
        const el = await open();
        await fillDate(el, 'Date of receipt', typed);
        await next(el);
        expect(groupError(el, 'Date of receipt')).to.equal(message);
        expect(invalidParts(el, 'Date of receipt')).to.deep.equal([part]);
        expect([...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim())).to.include(message);
      });
    }

    it('names the day, and marks it alone, for a day the month does not have; and passes axe', async () => {
      const el = await open();
      await fillDate(el, 'Date of receipt', '2023-02-29');
      await next(el);
      expect(groupError(el, 'Date of receipt')).to.equal('The date must be a real date: the month has fewer days.');
      expect(invalidParts(el, 'Date of receipt')).to.deep.equal(['day']);
      await isAccessible(el);
    });
  });

  describe('in French', () => {
    it('labels the parts in French, in the French order, and names the wrong part in French', async () => {
      const el = await open('fr');
      const { fieldset } = dateParts(el, 'Date de réception');
      expect(labelsOf(fieldset)).to.deep.equal(['Jour', 'Mois', 'Année']);
      expect(fieldset.querySelector('[id$="-hint"]')!.textContent).to.contain('27 3 2024');
      await fillDate(el, 'Date de réception', '2024-13-10');
      await press(el, 'Suivant');
      expect(groupError(el, 'Date de réception')).to.equal('Erreur : Le mois doit être un nombre de 1 à 12.');
      expect(invalidParts(el, 'Date de réception')).to.deep.equal(['month']);
      await isAccessible(el);
      await fillDate(el, 'Date de réception', '2024-02-31');
      expect(groupError(el, 'Date de réception')).to.equal('Erreur : La date doit exister : ce mois compte moins de jours.');
      expect(invalidParts(el, 'Date de réception')).to.deep.equal(['day']);
    });
  });

  describe('in Japanese', () => {
    it('puts the year first and labels the parts in Japanese', async () => {
      const el = await open('ja');
      const { fieldset } = dateParts(el, '受取日');
      expect(labelsOf(fieldset)).to.deep.equal(['年', '月', '日']);
      expect(fieldset.querySelector('[id$="-hint"]')!.textContent).to.contain('2024 3 27');
      await fillDate(el, '受取日', '2024-05-');
      await press(el, '次へ');
      expect(fieldset.querySelector('.error-message')!.textContent).to.contain('日付に日を入力してください。');
      await isAccessible(el);
    });
  });

  describe('for the accident', () => {
    it('asks for the accident date the same way, and says when it is before the receipt', async () => {
      const el = await mount();
      await completeDevice(el);
      await requestAnalysis(el);
      // The receipt date is on the fourth screen, two screens back.
      await back(el);
      await back(el);
      await fillDate(el, 'Date of receipt', '2024-05-10');
      await next(el);
      await next(el);
      await fillDate(el, 'Date of the accident', '2024-05-09');
      await next(el);
      expect(groupError(el, 'Date of the accident')).to.equal('The accident date cannot be before the date you received the product.');
      expect(invalidParts(el, 'Date of the accident')).to.deep.equal(['day', 'month', 'year']);
      await isAccessible(el);
    });
  });
});
