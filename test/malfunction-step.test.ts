import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import {
  attachFile, back, check, checkIn, completeDevice, completeMalfunction, control, dateParts, dateValue, fieldError, fill, fillDate, group, groupError,
  hasControl, hasGroup, heading, isAccessible, mount, next, press, screenPosition, select, settle, speak, stepElement, stepRoot, summaryErrors, text, toServicePlan,
  type, type Widget,
} from './helpers.js';

const MB = 1024 * 1024;

/** A widget on the Malfunction step, after the seed's Device answers. */
async function open() {
  const el = await mount();
  await completeDevice(el);
  expect(heading(el)).to.equal('Malfunction');
  return el;
}

/** Answers the first screen (a repair, the gimbal) and goes to the second: the description and online support. */
async function toDetails(el: Widget, ...problems: string[]) {
  await check(el, 'Repair');
  await check(el, 'Gimbal and camera malfunction');
  for (const problem of problems) await check(el, problem);
  await next(el);
  expect(screenPosition(el)).to.match(/^Part 2 of/);
}

/** The minimal repair answers, without leaving the step: on the second screen after. */
async function answerMinimum(el: Widget, ...problems: string[]) {
  await toDetails(el, ...problems);
  await fill(el, 'Describe your problem', 'The gimbal does not move at all.');
  await check(el, 'I contacted online support');
}

/** The minimal repair answers, then the photos (optional), then the fourth screen: the proof of purchase. */
async function toPurchase(el: Widget, ...problems: string[]) {
  await answerMinimum(el, ...problems);
  await next(el);
  expect(screenPosition(el)).to.match(/^Part 3 of/);
  expect(stepRoot(el).querySelector('#photos-title')?.textContent).to.equal('Photos of the damage');
  await next(el);
  expect(screenPosition(el)).to.match(/^Part 4 of/);
}

/** Follows the error summary link with this text and returns the element that got focus in the step. */
async function followSummaryLink(el: Widget, message: string, nth = 0) {
  const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.error-summary a')]
    .filter((a) => a.textContent!.trim() === message);
  expect(links.length, `summary link "${message}"`).to.be.greaterThan(nth);
  links[nth].click();
  await settle(el);
  return stepRoot(el).activeElement;
}

const link = (el: Widget, textStart: string) => {
  const found = [...stepRoot(el).querySelectorAll('a')].find((a) => a.textContent!.trim().startsWith(textStart));
  if (!found) throw new Error(`No link "${textStart}"`);
  return found;
};

/** Presses Confirm as a pointer or keyboard user would: focus moves to the button first. */
async function confirmSerial(el: Widget) {
  const button = [...stepRoot(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Confirm')!;
  button.focus();
  button.click();
  await settle(el);
}

/** Goes to the crash questions (the sixth screen). */
async function toAccident(el: Widget) {
  await toServicePlan(el, 'Crash damage');
  await next(el);
  expect(screenPosition(el)).to.equal('Part 6 of 6');
}

/** Asks for a data analysis, which asks the accident's date on the same screen and adds two screens. */
async function requestAnalysis(el: Widget) {
  await toAccident(el);
  await check(el, 'Product-related problem');
  await check(el, 'Request data analysis');
  expect(screenPosition(el)).to.equal('Part 6 of 8');
}

/** The accident's date, then its place and condition, then the last screen: the flight data. */
async function toFlightData(el: Widget) {
  await requestAnalysis(el);
  await fillDate(el, 'Date of the accident', '2024-06-01');
  await next(el);
  await checkIn(el, 'Flight environment', 'Seaside');
  await checkIn(el, 'Abnormal condition', 'Other');
  await next(el);
  expect(screenPosition(el)).to.equal('Part 8 of 8');
}

describe('<repair-request> Malfunction step', () => {
  it('asks for the service, the problem, a description and the support contact, and passes axe', async () => {
    const el = await open();
    expect(group(el, 'Which service do you need?').textContent).to.contain('Repair – DJI Care intervention');
    expect(group(el, 'Which service do you need?').textContent).to.contain('Only for products that were defective when unboxed');
    expect(group(el, 'What is the problem with your product?')).to.exist;
    expect(group(el, 'Hardware problem').id).to.equal('malfunction-issues');
    expect(group(el, 'Software and others').id).not.to.equal('malfunction-issues');
    expect(text(el)).to.contain('DJI only provides repair services for the problem with your product.');
    expect(text(el)).not.to.contain('Please fill in the case information. Please fill in the case information.');
    const headings = () => [...stepRoot(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
    expect(headings()).to.deep.equal(['What is the problem with your product?']);
    expect(screenPosition(el)).to.equal('Part 1 of 4');
    await isAccessible(el);

    await toDetails(el);
    expect(heading(el)).to.equal('Malfunction');
    expect(text(el)).to.contain('Contact our online support to try to solve the problem.');
    expect(headings()).to.deep.equal(['Online support']);
    expect(hasControl(el, 'Describe your problem')).to.equal(true);
    await isAccessible(el);
    await fill(el, 'Describe your problem', 'The gimbal does not move at all.');
    await check(el, 'I contacted online support');
    await next(el);
    expect(headings(), 'the photo the problem asks for').to.deep.equal(['Photos of the damage']);
    expect(screenPosition(el)).to.equal('Part 3 of 5');
    await isAccessible(el);
    await next(el);
    expect(headings()).to.deep.equal(['Proof of purchase']);
    expect(screenPosition(el)).to.equal('Part 4 of 5');
    await isAccessible(el);
    await next(el);
    expect(headings()).to.deep.equal(['Service plan']);
    expect(screenPosition(el)).to.equal('Part 5 of 5');
    expect(hasControl(el, 'Confirm to use')).to.equal(false);
    expect(hasControl(el, 'Product-related problem')).to.equal(false);
    await isAccessible(el);
  });

  it('links to help, chat, phone and e-mail, opening web pages in a new tab', async () => {
    const el = await open();
    const help = link(el, 'What should I choose?');
    expect(help.href).to.equal('https://www.dji.com/support/repair-service-choice');
    expect(help.target).to.equal('_blank');
    expect(help.rel).to.equal('noopener');
    await toDetails(el);
    const chat = link(el, 'Chat');
    expect(chat.href).to.equal('https://www.dji.com/support/chat');
    expect(chat.target).to.equal('_blank');
    expect(chat.rel).to.equal('noopener');
    expect(link(el, 'Phone').getAttribute('href')).to.equal('tel:+33176541234');
    expect(link(el, 'E-mail').getAttribute('href')).to.equal('mailto:support.eu@dji.com');
    await speak(el, 'fr');
    await waitUntil(() => heading(el) === 'Dysfonctionnement', 'the step in French');
    expect(link(el, 'Chat en ligne').href, 'in French, named as on the contact form').to.equal('https://www.dji.com/support/chat');
  });

  it('shows every missing answer of the screen in the summary and next to each field, screen by screen', async () => {
    const el = await open();
    await next(el);
    expect(heading(el)).to.equal('Malfunction');
    expect(screenPosition(el)).to.equal('Part 1 of 4');
    expect(summaryErrors(el)).to.deep.equal([
      'Select the service you need.',
      'Select at least one problem.',
    ]);
    expect(groupError(el, 'Which service do you need?')).to.equal('Select the service you need.');
    expect(groupError(el, 'Hardware problem')).to.equal('Select at least one problem.');
    expect(groupError(el, 'Software and others')).to.equal('');
    const problems = group(el, 'What is the problem with your product?');
    expect(problems.querySelectorAll('.error-message').length).to.equal(1);
    // One error bar along the whole question, both groups of problems included.
    const bars = [problems, group(el, 'Hardware problem'), group(el, 'Software and others')]
      .map((g) => parseFloat(getComputedStyle(g).borderInlineStartWidth));
    expect(bars).to.deep.equal([4, 0, 0]);
    await isAccessible(el);

    await toDetails(el);
    expect(summaryErrors(el), 'a new screen shows no error before Next').to.deep.equal([]);
    expect(fieldError(el, 'Describe your problem')).to.equal('');
    await next(el);
    expect(screenPosition(el)).to.equal('Part 2 of 5');
    expect(summaryErrors(el)).to.deep.equal([
      'Describe the problem.',
      'Confirm that you contacted support and the problem could not be solved.',
    ]);
    expect(fieldError(el, 'Describe your problem')).to.equal('Describe the problem.');
    expect(control(el, 'Describe your problem').getAttribute('aria-invalid')).to.equal('true');
    expect(fieldError(el, 'I contacted online support')).to.equal('Confirm that you contacted support and the problem could not be solved.');
    await isAccessible(el);
  });

  it('moves focus to each field from its summary link', async () => {
    const el = await open();
    await next(el);
    expect(await followSummaryLink(el, 'Select the service you need.')).to.equal(control(el, 'Repair'));
    expect(await followSummaryLink(el, 'Select at least one problem.')).to.equal(control(el, 'Water damage'));
    await toDetails(el);
    await next(el);
    expect(await followSummaryLink(el, 'Describe the problem.')).to.equal(control(el, 'Describe your problem'));
    expect(await followSummaryLink(el, 'Confirm that you contacted support and the problem could not be solved.'))
      .to.equal(control(el, 'I contacted online support'));
  });

  it('moves focus to the heading of each new screen, which names its position, and keeps the five steps', async () => {
    const el = await open();
    await toDetails(el);
    const focused = stepRoot(el).activeElement as HTMLElement;
    expect(focused.localName).to.equal('h2');
    const position = stepRoot(el).getElementById(focused.getAttribute('aria-describedby')!);
    expect(position?.textContent!.trim()).to.equal('Part 2 of 5');
    expect(el.shadowRoot!.querySelectorAll('[part="steps"] li')).to.have.length(5);
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Malfunction');
    await back(el);
    expect((stepRoot(el).activeElement as HTMLElement).localName).to.equal('h2');
    expect(screenPosition(el)).to.equal('Part 1 of 5');
  });

  describe('when a replacement is chosen', () => {
    it('explains it is requested by e-mail, hides the rest of the step and offers the contact form', async () => {
      const el = await open();
      await check(el, 'Replacement');
      expect(text(el)).to.contain('Replacement requests cannot be made online.');
      expect(link(el, 'support.eu@dji.com').getAttribute('href')).to.equal('mailto:support.eu@dji.com');
      expect(hasControl(el, 'Water damage')).to.equal(false);
      expect(hasControl(el, 'Describe your problem')).to.equal(false);
      expect(hasControl(el, 'I have a DJI Care service plan')).to.equal(false);
      await isAccessible(el);

      const step = stepElement(el);
      const opened: Event[] = [];
      // Stop it at the step: this test is about the request, not the shell's contact form.
      step.addEventListener('rr-open-contact', (e) => { opened.push(e); e.stopPropagation(); });
      setTimeout(() => press(el, 'Contact support'));
      const event = await oneEvent(step, 'rr-open-contact');
      expect(opened).to.have.length(1);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
    });

    it('does not continue online, and shows everything again for a repair', async () => {
      const el = await open();
      await check(el, 'Replacement');
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(summaryErrors(el)[0]).to.equal('Replacement requests cannot be made online. Send an e-mail to support.eu@dji.com.');
      await isAccessible(el);
      await check(el, 'Repair');
      expect(hasControl(el, 'Water damage')).to.equal(true);
      expect(text(el)).not.to.contain('Replacement requests cannot be made online.');
    });
  });

  describe('the description', () => {
    it('counts characters as the user types, and announces the count once typing pauses', async () => {
      const el = await open();
      await toDetails(el);
      const counter = stepRoot(el).querySelector('.counter')!;
      expect(counter.textContent!.trim()).to.equal('0 of 2,000 characters');
      const live = stepRoot(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent!.trim()).to.equal('');
      await type(el, 'Describe your problem', 'Too short');
      expect(counter.textContent!.trim()).to.equal('9 of 2,000 characters');
      await waitUntil(() => live.textContent!.trim() === '9 of 2,000 characters', 'count announced', { timeout: 3000 });
      expect(fieldError(el, 'Describe your problem'), 'not before Next').to.equal('');
      await next(el);
      expect(fieldError(el, 'Describe your problem')).to.equal('Describe the problem in at least 10 characters.');
      await isAccessible(el);
    });

    it('refuses a description over the maximum and marks the count as an error', async () => {
      const el = await open();
      await toDetails(el);
      await fill(el, 'Describe your problem', 'x'.repeat(2001));
      const counter = stepRoot(el).querySelector('.counter')!;
      expect(counter.textContent!.trim()).to.equal('2,001 of 2,000 characters');
      expect(counter.classList.contains('over')).to.equal(true);
      await next(el);
      expect(fieldError(el, 'Describe your problem')).to.equal('The description must be 2,000 characters or fewer.');
      await isAccessible(el);
    });
  });

  describe('the proof of purchase', () => {
    it('offers the purchase channels and refuses a receipt date after today', async () => {
      const el = await open();
      await toPurchase(el);
      await select(el, 'Purchase channel', 'Authorised retailer');
      expect(control<HTMLSelectElement>(el, 'Purchase channel').value).to.equal('authorised-retailer');
      await fillDate(el, 'Date of receipt', '2999-01-01');
      await next(el);
      expect(groupError(el, 'Date of receipt')).to.equal('The date must be today or in the past.');
      await isAccessible(el);
    });

    it('accepts the listed file types up to 25 MB, and says which', async () => {
      const el = await open();
      await toPurchase(el);
      const input = control(el, 'Upload a proof of purchase');
      expect(input.type).to.equal('file');
      expect(input.accept.split(',')).to.include.members(['.pdf', '.png', '.jpg', '.docx']);
      expect(fieldError(el, 'Upload a proof of purchase')).to.equal('');
      const hint = stepRoot(el).getElementById('malfunction-proofOfPurchase-hint')!.textContent!;
      expect(hint).to.contain('PDF').and.contain('GIF').and.contain('25\u00a0MB'); // one line: a no-break space
    });

    it('ends the attached proof of purchase with one rule, the Previous / Next bar’s', async () => {
      const el = await open();
      await toPurchase(el);
      await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4\n%âãÏÓ\n'], 'invoice.pdf', { type: 'application/pdf' }));
      await waitUntil(() => text(el).includes('Attached: invoice.pdf'), 'the file is attached');
      const file = stepRoot(el).querySelector<HTMLElement>('.file')!;
      expect(getComputedStyle(file).borderBlockEndWidth, 'no rule of its own under the last file').to.equal('0px');
      const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="actions"]')!;
      expect(parseFloat(getComputedStyle(bar).borderBlockStartWidth), 'the bar’s rule').to.equal(1);
    });

    it('refuses a file of the wrong type', async () => {
      const el = await open();
      await toPurchase(el);
      await attachFile(el, 'Upload a proof of purchase', new File(['MZ'], 'x.exe'));
      await next(el);
      expect(fieldError(el, 'Upload a proof of purchase')).to.match(/^This file type is not accepted\. Upload a PDF, DOC/);
      expect(text(el)).to.contain('Not accepted: x.exe');
      expect(text(el)).not.to.contain('Attached: x.exe');
      await isAccessible(el);
    });

    it('refuses a file over 25 MB', async () => {
      const el = await open();
      await toPurchase(el);
      await attachFile(el, 'Upload a proof of purchase', new File([new Uint8Array(25 * MB + 1)], 'invoice.pdf'));
      await next(el);
      expect(fieldError(el, 'Upload a proof of purchase')).to.equal('The file must be 25 MB or smaller.');
      await isAccessible(el);
    });

    it('keeps the attached file listed after Next and Previous, and can remove it', async () => {
      const el = await open();
      await toPurchase(el);
      await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4 invoice'], 'invoice.pdf', { type: 'application/pdf' }));
      expect(text(el)).to.contain('Attached: invoice.pdf (1 kB)');
      await next(el);
      await next(el);
      expect(heading(el)).not.to.equal('Malfunction');
      await back(el);
      expect(heading(el)).to.equal('Malfunction');
      expect(screenPosition(el), 'Previous returns to the last screen').to.equal('Part 5 of 5');
      await back(el);
      expect(screenPosition(el)).to.equal('Part 4 of 5');
      expect(text(el)).to.contain('Attached: invoice.pdf');
      await press(el, 'Remove file');
      expect(text(el)).not.to.contain('Attached: invoice.pdf');
      expect(stepRoot(el).activeElement).to.equal(control(el, 'Upload a proof of purchase'));
    });
  });

  describe('when the customer has a service plan', () => {
    it('offers the express service, with its payment warning, and requires a choice', async () => {
      const el = await open();
      await toServicePlan(el);
      await check(el, 'I have a DJI Care service plan');
      expect(text(el)).to.contain('DJI Care Refresh Express must be paid with PayPal.');
      expect(link(el, 'Learn more').href).to.equal('https://www.dji.com/support/care-refresh-express');
      await isAccessible(el);
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Choose how you want to continue.']);
      expect(groupError(el, 'How do you want to continue?')).to.equal('Choose how you want to continue.');
      expect(await followSummaryLink(el, 'Choose how you want to continue.')).to.equal(control(el, 'Confirm to use DJI Care Refresh Express'));
      await isAccessible(el);
      await check(el, 'Continue with the online repair request');
      expect(hasControl(el, 'Aircraft serial number')).to.equal(false);
    });

    it('asks for the aircraft serial number and confirms it only when valid', async () => {
      const el = await open();
      await toServicePlan(el);
      await check(el, 'I have a DJI Care service plan');
      await check(el, 'Confirm to use DJI Care Refresh Express');
      expect(control(el, 'Aircraft serial number').closest('.panel'), 'the serial is asked inside the express offer')
        .to.equal(stepRoot(el).querySelector('.express-offer'));
      expect(link(el, 'How to check the aircraft serial number').href).to.equal('https://www.dji.com/support/find-serial-number');
      await isAccessible(el);

      await confirmSerial(el);
      expect(fieldError(el, 'Aircraft serial number')).to.equal('Enter the aircraft serial number.');
      expect(stepRoot(el).activeElement).to.equal(control(el, 'Aircraft serial number'));

      await type(el, 'Aircraft serial number', 'abc123');
      await confirmSerial(el);
      expect(fieldError(el, 'Aircraft serial number')).to.contain('does not have the expected format');
      const status = stepRoot(el).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      await isAccessible(el);

      await type(el, 'Aircraft serial number', '0k1cg1r0a30059');
      expect(control(el, 'Aircraft serial number').value).to.equal('0K1CG1R0A30059');
      await confirmSerial(el);
      expect(fieldError(el, 'Aircraft serial number')).to.equal('');
      expect(status.textContent!.trim()).to.equal('Serial number confirmed. Continue with the rest of the request.');
      await isAccessible(el);

      await type(el, 'Aircraft serial number', '0K1CG1R0A30058');
      expect(status.textContent!.trim()).to.equal('');
    });

    describe('and gave the serial number in the Device step', () => {
      /** The Device step answered with a serial number (the model is recognised from it), then the Malfunction step up to the plan. */
      async function openWithSerial(serial: string) {
        const el = await mount();
        await select(el, 'Zone', 'Europe');
        await select(el, 'Country/region', 'France');
        await check(el, 'Enter the serial number');
        await type(el, 'Serial number', serial);
        await next(el);
        expect(heading(el)).to.equal('Malfunction');
        await toServicePlan(el);
        await check(el, 'I have a DJI Care service plan');
        return el;
      }
      const fromDevice = 'Filled in with the serial number you gave in the Device step. Check that it is the aircraft’s.';

      it('starts the express aircraft serial with it, says so, and lets the customer change it', async () => {
        const el = await openWithSerial('0K1CG1R0A30059');
        await check(el, 'Confirm to use DJI Care Refresh Express');
        const field = control(el, 'Aircraft serial number');
        expect(field.value).to.equal('0K1CG1R0A30059');
        const hint = stepRoot(el).getElementById(field.getAttribute('aria-describedby')!.split(' ')[0]!);
        expect(hint?.textContent).to.contain(fromDevice);
        await isAccessible(el);
        await confirmSerial(el);
        expect(text(el)).to.contain('Serial number confirmed.');

        await type(el, 'Aircraft serial number', '0K1CG1R0A30058');
        expect(text(el), 'the hint goes once the serial is the customer’s own').not.to.contain(fromDevice);
        await check(el, 'Continue with the online repair request');
        await check(el, 'Confirm to use DJI Care Refresh Express');
        expect(control(el, 'Aircraft serial number').value, 'what the customer typed stays').to.equal('0K1CG1R0A30058');
      });

      it('leaves it empty when the device is not the aircraft (a remote controller under the same plan)', async () => {
        const el = await openWithSerial('3BZCL6100A0R8Z');
        await check(el, 'Confirm to use DJI Care Refresh Express');
        expect(control(el, 'Aircraft serial number').value).to.equal('');
        expect(text(el)).not.to.contain(fromDevice);
      });
    });

    it('requires the serial to be confirmed before leaving the step', async () => {
      const el = await open();
      await toServicePlan(el);
      await check(el, 'I have a DJI Care service plan');
      await check(el, 'Confirm to use DJI Care Refresh Express');
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Enter the aircraft serial number.']);
      await type(el, 'Aircraft serial number', '0K1CG1R0A30059');
      await next(el);
      const message = 'Confirm the aircraft serial number to use the express service.';
      expect(summaryErrors(el)).to.deep.equal([message]);
      expect(text(el)).to.contain(`Error: ${message}`);
      const focused = await followSummaryLink(el, message);
      expect(focused?.textContent!.trim()).to.equal('Confirm');
      await isAccessible(el);
      await confirmSerial(el);
      setTimeout(() => next(el));
      const event = await oneEvent(el, 'repair-request-step-change');
      expect(event.detail).to.deep.equal({ step: 'parts', index: 3, previous: 'malfunction' });
    });
  });

  describe('when the product crashed', () => {
    it('asks what caused the accident', async () => {
      const el = await open();
      await toAccident(el);
      const cause = group(el, 'In your estimation, what caused the accident?');
      expect(cause.querySelector('a')!.href).to.equal('https://www.dji.com/support/crash-cause');
      await isAccessible(el);
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Select what caused the accident.']);
      expect(groupError(el, 'In your estimation, what caused the accident?')).to.equal('Select what caused the accident.');
      expect(await followSummaryLink(el, 'Select what caused the accident.')).to.equal(control(el, 'Product-related problem'));
      await isAccessible(el);
    });

    it('offers flight-data analysis only for a product-related problem', async () => {
      const el = await open();
      await toAccident(el);
      await check(el, 'User-related problem');
      expect(hasControl(el, 'Request data analysis')).to.equal(false);
      await check(el, 'Product-related problem');
      expect(text(el)).to.contain('DJI offers a data analysis service for products under warranty to determine the cause of the accident. '
        + 'This adds 3 to 5 business days to processing.');
      expect(link(el, 'How data analysis works').href).to.equal('https://www.dji.com/support/flight-data-analysis');
      await isAccessible(el);
      await next(el);
      expect(groupError(el, 'Do you want to request a data analysis?')).to.equal('Choose whether you want a data analysis.');
      await isAccessible(el);
      await check(el, 'No, thanks');
      expect(screenPosition(el), 'no screen for the accident details').to.equal('Part 6 of 6');
      expect(hasGroup(el, 'Date of the accident')).to.equal(false);
    });

    it('does not greet the accident’s date, revealed by asking for an analysis after Next, with an error', async () => {
      const el = await open();
      await toAccident(el);
      await check(el, 'Product-related problem');
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Choose whether you want a data analysis.']);
      await check(el, 'Request data analysis');
      expect(groupError(el, 'Date of the accident'), 'no error before the customer answers').to.equal('');
      await isAccessible(el);
      await next(el);
      expect(groupError(el, 'Date of the accident')).to.equal('Enter the date of the accident.');
    });

    it('asks for every accident detail when an analysis is requested', async () => {
      const el = await open();
      await requestAnalysis(el);
      expect(hasGroup(el, 'Date of the accident')).to.equal(true);
      await isAccessible(el);
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Enter the date of the accident.']);
      expect(groupError(el, 'Date of the accident')).to.equal('Enter the date of the accident.');
      expect(await followSummaryLink(el, 'Enter the date of the accident.')).to.equal(dateParts(el, 'Date of the accident').fieldset.querySelector('input'));
      await isAccessible(el);

      await fillDate(el, 'Date of the accident', '2024-06-01');
      await next(el);
      expect(screenPosition(el)).to.equal('Part 7 of 8');
      await isAccessible(el);
      await next(el);
      expect(summaryErrors(el)).to.deep.equal([
        'Select where the accident happened.', 'Select the abnormal condition before the accident.',
      ]);
      expect(groupError(el, 'Flight environment where the accident happened')).to.equal('Select where the accident happened.');
      expect(groupError(el, 'Abnormal condition before the accident')).to.equal('Select the abnormal condition before the accident.');
      await isAccessible(el);
      await checkIn(el, 'Flight environment', 'Seaside');
      await checkIn(el, 'Abnormal condition', 'Other');
      await next(el);
      expect(screenPosition(el)).to.equal('Part 8 of 8');
      expect(text(el)).to.contain('Flight Records');
      expect(link(el, 'How to sync my flight data').href).to.equal('https://www.dji.com/support/sync-flight-data');
      expect(link(el, 'How to upload a video').href).to.equal('https://www.dji.com/support/upload-video');
      expect(control(el, 'DJI account used during the flight').getAttribute('autocomplete')).to.equal('email');
      expect(text(el)).to.contain('For example, support.eu@dji.com');
      await isAccessible(el);
      await next(el);
      const synced = 'Sync your flight data and confirm it before you continue.';
      expect(summaryErrors(el)).to.deep.equal(['Enter the account used during the flight.', synced]);
      expect(fieldError(el, 'DJI account used during the flight')).to.equal('Enter the account used during the flight.');
      expect(fieldError(el, 'I have synced my flight data.')).to.equal(synced);
      expect(fieldError(el, 'Video link')).to.equal('');
      expect(await followSummaryLink(el, synced)).to.equal(control(el, 'I have synced my flight data.'));
      await isAccessible(el);
    });

    it('refuses an accident date in the future or before the product was received', async () => {
      const el = await open();
      await toPurchase(el, 'Crash damage');
      await fillDate(el, 'Date of receipt', '2024-05-10');
      await next(el);
      await next(el);
      await check(el, 'Product-related problem');
      await check(el, 'Request data analysis');
      await fillDate(el, 'Date of the accident', '2999-01-01');
      await next(el);
      expect(groupError(el, 'Date of the accident')).to.equal('The date must be today or in the past.');
      await fillDate(el, 'Date of the accident', '2024-05-01');
      expect(groupError(el, 'Date of the accident')).to.equal('The accident date cannot be before the date you received the product.');
      await isAccessible(el);
      await fillDate(el, 'Date of the accident', '2024-05-12');
      expect(groupError(el, 'Date of the accident')).to.equal('');
    });

    it('checks the e-mail address and the video link', async () => {
      const el = await open();
      await toFlightData(el);
      await type(el, 'DJI account used during the flight', 'pilot-at-example');
      await next(el);
      expect(fieldError(el, 'DJI account used during the flight'))
        .to.equal('Enter an e-mail address in the correct format, like name@example.com.');
      await fill(el, 'Video link', 'ftp://files.example.com/crash.mp4');
      expect(fieldError(el, 'Video link')).to.equal('Enter a link that starts with http:// or https://.');
      await isAccessible(el);
      await type(el, 'DJI account used during the flight', 'pilot@example.com');
      await fill(el, 'Video link', 'https://drive.example.com/crash.mp4');
      expect(fieldError(el, 'DJI account used during the flight')).to.equal('');
      expect(fieldError(el, 'Video link')).to.equal('');
    });
  });

  describe('when the customer clicks Next with the mouse', () => {
    afterEach(() => resetMouse());

    it('is not lost after typing an invalid video link: nothing moves between pointer down and click', async () => {
      const el = await open();
      await toFlightData(el);
      control(el, 'Video link').focus();
      await sendKeys({ type: 'ftp://files.example.com/crash.mp4' });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!;
      button.scrollIntoView({ block: 'center' });
      const before = button.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(before.x + before.width / 2), Math.round(before.y + before.height / 2)] });
      // A person's click: the field loses focus at pointer down, and the button is released a moment later.
      await sendMouse({ type: 'down' });
      await settle(el);
      expect(button.getBoundingClientRect().top, 'the button has not moved').to.equal(before.top);
      await sendMouse({ type: 'up' });
      await settle(el);
      expect(summaryErrors(el), 'Next was pressed').to.include('Enter a link that starts with http:// or https://.');
      expect(fieldError(el, 'Video link')).to.equal('Enter a link that starts with http:// or https://.');
    });
  });

  it('keeps every answer when going forward and back, screen by screen', async () => {
    const el = await open();
    await toPurchase(el, 'Others', 'Crash damage');
    await select(el, 'Purchase channel', 'Official online store');
    await fillDate(el, 'Date of receipt', '2024-05-10');
    await attachFile(el, 'Upload a proof of purchase', new File(['receipt'], 'receipt.png', { type: 'image/png' }));
    await next(el);
    await check(el, 'I have a DJI Care service plan');
    await check(el, 'Confirm to use DJI Care Refresh Express');
    await type(el, 'Aircraft serial number', '0K1CG1R0A30059');
    await confirmSerial(el);
    await next(el);
    await check(el, 'Product-related problem');
    await check(el, 'Request data analysis');
    await fillDate(el, 'Date of the accident', '2024-06-01');
    await next(el);
    await checkIn(el, 'Flight environment', 'Seaside');
    await checkIn(el, 'Abnormal condition', 'Other');
    await next(el);
    await fill(el, 'DJI account used during the flight', 'pilot@example.com');
    await check(el, 'I have synced my flight data.');
    await fill(el, 'Video link', 'https://drive.example.com/crash.mp4');

    setTimeout(() => next(el));
    const event = await oneEvent(el, 'repair-request-step-change');
    expect(event.detail).to.deep.equal({ step: 'parts', index: 3, previous: 'malfunction' });
    await back(el);
    expect(heading(el)).to.equal('Malfunction');

    const checked = (label: string) => control(el, label).checked;
    expect(screenPosition(el)).to.equal('Part 8 of 8');
    expect(control(el, 'DJI account used during the flight').value).to.equal('pilot@example.com');
    expect(checked('I have synced my flight data.')).to.equal(true);
    expect(control(el, 'Video link').value).to.equal('https://drive.example.com/crash.mp4');
    expect(summaryErrors(el)).to.deep.equal([]);
    await isAccessible(el);
    await back(el);
    expect((group(el, 'Flight environment').querySelector('input:checked') as HTMLInputElement).value).to.equal('seaside');
    expect((group(el, 'Abnormal condition').querySelector('input:checked') as HTMLInputElement).value).to.equal('other');
    await back(el);
    expect(checked('Product-related problem') && checked('Request data analysis')).to.equal(true);
    expect(dateValue(el, 'Date of the accident')).to.equal('2024-06-01');
    await back(el);
    expect(checked('I have a DJI Care service plan') && checked('Confirm to use DJI Care Refresh Express')).to.equal(true);
    expect(control(el, 'Aircraft serial number').value).to.equal('0K1CG1R0A30059');
    expect(text(el)).to.contain('Serial number confirmed.');
    await back(el);
    expect(control<HTMLSelectElement>(el, 'Purchase channel').value).to.equal('brand-online-store');
    expect(dateValue(el, 'Date of receipt')).to.equal('2024-05-10');
    expect(text(el)).to.contain('Attached: receipt.png');
    await back(el);
    expect(stepRoot(el).querySelector('#photos-title')).to.exist;
    await back(el);
    expect(control<HTMLTextAreaElement>(el, 'Describe your problem').value).to.equal('The gimbal does not move at all.');
    expect(checked('I contacted online support')).to.equal(true);
    await back(el);
    expect(screenPosition(el)).to.equal('Part 1 of 8');
    expect(checked('Repair')).to.equal(true);
    expect(checked('Gimbal and camera malfunction') && checked('Others') && checked('Crash damage')).to.equal(true);
    expect(checked('Water damage')).to.equal(false);
    await back(el);
    expect(heading(el), 'Previous on the first screen leaves the step').to.equal('Your device');
  });

  it('goes to the Parts step with the minimal repair answers', async () => {
    const el = await open();
    setTimeout(() => completeMalfunction(el));
    const event = await oneEvent(el, 'repair-request-step-change');
    expect(event.detail).to.deep.equal({ step: 'parts', index: 3, previous: 'malfunction' });
  });
});
