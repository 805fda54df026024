import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import {
  check, completeDevice, control, fieldError, fill, group, groupError, hasControl, hasGroup, heading, isAccessible, mount, next,
  press, select, settle, speak, stepRoot, summaryErrors, text, type,
} from './helpers.js';
import { chosenLabelLines } from './support/select-lines.js';
import { defaultConfig } from '../src/config/default-config.js';

describe('<repair-request> Device step', () => {
  it('opens on the Device step, marked as the current step', async () => {
    const el = await mount();
    expect(heading(el)).to.equal('Your device');
    const current = el.shadowRoot!.querySelectorAll('[aria-current="step"]');
    expect(current.length).to.equal(1);
    expect(current[0].textContent).to.contain('Device');
    const steps = [...el.shadowRoot!.querySelectorAll('.steps li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps).to.deep.equal(['1 Step 1 of 5: Device', '2 Step 2 of 5: Malfunction', '3 Step 3 of 5: Parts', '4 Step 4 of 5: Address', '5 Step 5 of 5: Submit']);
    await isAccessible(el);
  });

  it('lists the countries of the chosen zone, with Europe and France available', async () => {
    const el = await mount();
    await select(el, 'Zone', 'Europe');
    const countries = [...control<HTMLSelectElement>(el, 'Country/region').options].map((o) => o.textContent);
    expect(countries).to.include('France');
    expect(countries).to.include('Germany');
    expect(countries).not.to.include('United States');
    await select(el, 'Zone', 'North America');
    const american = [...control<HTMLSelectElement>(el, 'Country/region').options].map((o) => o.value);
    expect(american).to.have.members(['', 'US', 'CA']);
  });

  it('forgets a country that is not in a newly chosen zone', async () => {
    const el = await mount();
    await select(el, 'Zone', 'Europe');
    await select(el, 'Country/region', 'France');
    await select(el, 'Zone', 'North America');
    expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('');
  });

  it('shows every missing answer in a focused error summary and next to each field', async () => {
    const el = await mount();
    await next(el);
    expect(heading(el)).to.equal('Your device');
    expect(summaryErrors(el)).to.deep.equal([
      'Select your service zone.', 'Select your country or region.', 'Choose how to identify your product.',
    ]);
    const summary = el.shadowRoot!.querySelector('.error-summary')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(fieldError(el, 'Zone')).to.equal('Select your service zone.');
    expect(control(el, 'Zone').getAttribute('aria-invalid')).to.equal('true');
    await isAccessible(el);
  });

  it('moves focus to the field when an error summary link is followed', async () => {
    const el = await mount();
    await next(el);
    (el.shadowRoot!.querySelector('.error-summary a') as HTMLElement).click();
    await el.updateComplete;
    const step = el.shadowRoot!.querySelector('repair-request-device-step')!;
    expect(step.shadowRoot!.activeElement).to.equal(control(el, 'Zone'));
  });

  describe('when the product is chosen by model', () => {
    it('offers the catalogue grouped by category, with the seed example', async () => {
      const el = await mount();
      await check(el, 'Choose the product model');
      const sel = control<HTMLSelectElement>(el, 'Product model');
      const groups = [...sel.querySelectorAll('optgroup')].map((g) => g.label);
      expect(groups).to.deep.equal(['Drones', 'Handheld gimbals', 'Cameras', 'Accessories', 'Other']);
      expect(sel.textContent).to.contain('Mavic Mini - The Everyday FlyCam');
      await isAccessible(el);
    });

    it('shows the catalogue picture of the chosen model, where the host gives one', async () => {
      const pixel = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 1 1%22/%3E';
      const models = defaultConfig.models.map((m) => (m.id === 'mavic-mini' ? { ...m, image: pixel } : m));
      const el = await mount(html`<repair-request lang="en" .config=${{ models }}></repair-request>`);
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'DJI Mini 2');
      expect(stepRoot(el).querySelector('figure.product')).to.equal(null);
      await select(el, 'Product model', 'Mavic Mini - The Everyday FlyCam');
      const figure = stepRoot(el).querySelector('figure.product')!;
      expect(figure.querySelector('img')!.getAttribute('src')).to.equal(pixel);
      expect(figure.querySelector('img')!.alt, 'the caption names it').to.equal('');
      expect(figure.querySelector('figcaption')!.textContent!.trim()).to.equal('Mavic Mini - The Everyday FlyCam');
      await isAccessible(el);
    });

    describe('on a phone (360 px)', () => {
      before(() => setViewport({ width: 360, height: 780 }));
      after(() => setViewport({ width: 800, height: 600 }));

      it('shows a chosen model too long for one line whole, on two lines, not cut (fr), and passes axe', async () => {
        const el = await mount();
        await check(el, 'Choose the product model');
        await speak(el, 'fr');
        await select(el, 'Modèle du produit', 'Mon produit ne figure pas dans la liste');
        const model = control<HTMLSelectElement>(el, 'Modèle du produit');
        expect(model.getBoundingClientRect().width, 'the control fits the phone').to.be.at.most(360);
        expect(chosenLabelLines(model), 'the chosen model on two lines').to.be.at.least(2);
        await isAccessible(el);
      });
    });

    it('goes to the Malfunction step once zone, country and model are given', async () => {
      const el = await mount();
      setTimeout(() => completeDevice(el));
      const event = await oneEvent(el, 'repair-request-step-change');
      expect(event.detail).to.deep.equal({ step: 'malfunction', index: 2, previous: 'device' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(heading(el)).to.equal('Malfunction');
    });
  });

  describe('when the product is identified by serial number', () => {
    it('recognises the model from the serial number as the user types', async () => {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0k1cg1r0a30059');
      expect(control(el, 'Serial number').value).to.equal('0K1CG1R0A30059');
      expect(text(el)).to.contain('Recognised: Mavic Mini - The Everyday FlyCam');
      expect(fieldError(el, 'Serial number')).to.equal('');
    });

    it('says the format is wrong on Next, then follows the typing', async () => {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0K1C-G1R0A3005');
      expect(fieldError(el, 'Serial number'), 'not before Next').to.equal('');
      await next(el);
      expect(fieldError(el, 'Serial number')).to.contain('does not have the expected format');
      await isAccessible(el);
      await type(el, 'Serial number', '0K1CG1R0A30059');
      expect(fieldError(el, 'Serial number')).to.equal('');
    });

    it('asks the host hook for serials it does not know, and fills in the model', async () => {
      const el = await mount();
      const asked: string[] = [];
      el.serialLookup = async (serial) => { asked.push(serial); return { model: 'air-3' }; };
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '7ZZZZ00000000A');
      await waitUntil(() => text(el).includes('Recognised: DJI Air 3'), 'the model is recognised');
      expect(asked).to.deep.equal(['7ZZZZ00000000A']);
      expect(text(el)).to.contain('Recognised: DJI Air 3');
    });

    it('explains when a well-formed serial is not recognised', async () => {
      const el = await mount();
      let asked = false;
      el.serialLookup = async () => { asked = true; return undefined; };
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '7ZZZZ00000000A');
      await waitUntil(() => asked, 'the host lookup is asked');
      await next(el);
      expect(fieldError(el, 'Serial number')).to.contain('could not recognise this serial number');
    });
  });

  describe('when the customer changes how the product is identified', () => {
    it('keeps the model that the serial number names when coming back to the serial', async () => {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0K1CG1R0A30059');
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'DJI Air 3');
      await check(el, 'Enter the serial number');
      expect(control(el, 'Serial number').value).to.equal('0K1CG1R0A30059');
      expect(text(el)).to.contain('Recognised: Mavic Mini - The Everyday FlyCam');
      expect(text(el)).not.to.contain('DJI Air 3');
    });

    it('ignores a late answer of the host lookup once the customer chose a model', async () => {
      const el = await mount();
      let answer!: (value: { model: string }) => void;
      el.serialLookup = () => new Promise((resolve) => { answer = resolve; });
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '7ZZZZ00000000A');
      await waitUntil(() => answer, 'lookup asked', { timeout: 2000 });
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'DJI Mini 2');
      answer({ model: 'air-3' });
      await settle(el);
      expect(control<HTMLSelectElement>(el, 'Product model').value).to.equal('mini-2');
    });

    it('shows a bad serial number on Next, not when the customer leaves the field', async () => {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '0K1C');
      expect(fieldError(el, 'Serial number')).to.equal('');
      await next(el);
      expect(fieldError(el, 'Serial number')).to.contain('does not have the expected format');
    });
  });

  describe('a field revealed after Next', () => {
    it('does not show its error before the customer answers it, and shows it at the next Next', async () => {
      const el = await mount();
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'Germany');
      await next(el);
      expect(summaryErrors(el)).to.deep.equal(['Choose how to identify your product.']);
      await check(el, 'Choose the product model');
      expect(fieldError(el, 'Product model')).to.equal('');
      expect(control(el, 'Product model').getAttribute('aria-invalid')).to.equal('false');
      await isAccessible(el);
      await next(el);
      expect(fieldError(el, 'Product model')).to.equal('Select your product model.');
    });

    it('follows the typing in it', async () => {
      const el = await mount();
      await next(el);
      await check(el, 'Enter the serial number');
      expect(fieldError(el, 'Serial number')).to.equal('');
      await type(el, 'Serial number', '0K1C');
      expect(fieldError(el, 'Serial number')).to.contain('does not have the expected format');
    });
  });

  describe('the error summary, once Next was pressed', () => {
    /** Next pressed with a recognised serial and no zone: the zone and country errors are listed. */
    async function attempted() {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '0K1CG1R0A30059');
      await next(el);
      await waitUntil(() => summaryErrors(el).length > 0, 'the error summary shows');
      expect(summaryErrors(el)).to.deep.equal(['Select your service zone.', 'Select your country or region.']);
      return el;
    }

    /** Types `keys` at the end of the serial number, as the customer does. */
    async function typeAtEnd(el: Awaited<ReturnType<typeof mount>>, keys: { type: string } | { press: string }) {
      const input = control<HTMLInputElement>(el, 'Serial number');
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      await sendKeys(keys);
      await settle(el);
      return input;
    }

    it('does not grow while the customer types: a new error shows at its field at once, not above it', async () => {
      const el = await attempted();
      const input = await typeAtEnd(el, { type: '7' });
      expect(input.value).to.equal('0K1CG1R0A300597');
      expect(fieldError(el, 'Serial number')).to.contain('could not recognise this serial number');
      expect(summaryErrors(el)).to.deep.equal(['Select your service zone.', 'Select your country or region.']);
      expect(stepRoot(el).activeElement, 'focus stays in the field').to.equal(input);
      await isAccessible(el);
    });

    it('offers the contact form as soon as the serial typed is not recognised, and withdraws it once it is', async () => {
      const el = await attempted();
      const offer = () => [...stepRoot(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Contact support');
      const offered = () => !!offer()?.checkVisibility();
      const recognised = () => stepRoot(el).querySelector('[role="status"]')!.textContent!.trim();
      expect(offered(), 'a recognised serial').to.equal(false);
      expect(recognised()).to.equal('Recognised: Mavic Mini - The Everyday FlyCam');
      await typeAtEnd(el, { type: '7' });
      expect(offered(), 'one not recognised').to.equal(true);
      expect(recognised()).to.equal('');
      await isAccessible(el);
      await typeAtEnd(el, { press: 'Backspace' });
      expect(offered(), 'recognised again').to.equal(false);
      expect(recognised()).to.equal('Recognised: Mavic Mini - The Everyday FlyCam');
      expect(fieldError(el, 'Serial number')).to.equal('');
      await isAccessible(el);
    });

    it('lists the new error at the next Next, and focuses the summary', async () => {
      const el = await attempted();
      await typeAtEnd(el, { type: '7' });
      await next(el);
      await waitUntil(() => summaryErrors(el).length === 3, 'the serial number joins the summary');
      expect(summaryErrors(el)[2]).to.contain('could not recognise this serial number');
      expect(el.shadowRoot!.activeElement?.classList.contains('error-summary')).to.equal(true);
    });

    it('keeps an error typed at its field when another answer then changes what the summary lists', async () => {
      const el = await attempted();
      await typeAtEnd(el, { type: '7' });
      expect(fieldError(el, 'Serial number')).to.contain('could not recognise this serial number');
      await select(el, 'Zone', 'Europe');
      expect(summaryErrors(el)).to.deep.equal(['Select your country or region.']);
      expect(fieldError(el, 'Serial number'), 'the error typed is still shown').to.contain('could not recognise this serial number');
      expect(el.value.device?.serial).to.equal('0K1CG1R0A300597');
      await typeAtEnd(el, { press: 'Backspace' });
      expect(fieldError(el, 'Serial number')).to.equal('');
      await select(el, 'Country/region', 'France');
      expect(summaryErrors(el)).to.deep.equal([]);
      expect(fieldError(el, 'Serial number'), 'no error comes back once the shell renders').to.equal('');
    });

    it('drops an error once it is fixed', async () => {
      const el = await attempted();
      await typeAtEnd(el, { type: '7' });
      await next(el);
      await waitUntil(() => summaryErrors(el).length === 3, 'the serial number joins the summary');
      await typeAtEnd(el, { press: 'Backspace' });
      expect(fieldError(el, 'Serial number')).to.equal('');
      expect(summaryErrors(el)).to.deep.equal(['Select your service zone.', 'Select your country or region.']);
      await select(el, 'Zone', 'Europe');
      expect(summaryErrors(el)).to.deep.equal(['Select your country or region.']);
    });
  });

  describe('when the product is not in the catalogue', () => {
    it('offers the contact form from the model list', async () => {
      const el = await mount();
      await check(el, 'Choose the product model');
      await select(el, 'Product model', 'My product is not listed');
      expect(text(el)).to.contain('send us a message and our support team will help you');
      await isAccessible(el);
      await press(el, 'Contact support');
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form'), 'contact form opens');
    });

    it('offers the contact form when a serial number is not recognised', async () => {
      const el = await mount();
      let answered = false;
      el.serialLookup = async () => { answered = true; return undefined; };
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '7ZZZZ00000000A');
      await waitUntil(() => answered, 'the host lookup answered', { timeout: 2000 });
      await next(el);
      expect(fieldError(el, 'Serial number')).to.contain('could not recognise');
      await press(el, 'Contact support');
      await waitUntil(() => el.shadowRoot!.querySelector('repair-request-contact-form'), 'contact form opens');
    });
  });

  describe('errors, as GOV.UK shows them', () => {
    it('shows none when a zone is chosen, the missing country on Next, and follows the answers from then', async () => {
      const el = await mount();
      await select(el, 'Zone', 'Europe');
      expect(fieldError(el, 'Country/region')).to.equal('');
      expect(text(el)).not.to.contain('Select your country or region.');
      await next(el);
      expect(fieldError(el, 'Country/region')).to.equal('Select your country or region.');
      await select(el, 'Country/region', 'France');
      expect(fieldError(el, 'Country/region')).to.equal('');
      await select(el, 'Zone', 'North America');
      expect(fieldError(el, 'Country/region'), 'made wrong by the new zone').to.equal('Select your country or region.');
    });

    it('shows none when the customer chooses to pick one of their products, until Next', async () => {
      const el = await mount(html`<repair-request lang="en" .ownedProducts=${[{ model: 'mavic-mini', serial: '0K1CG1R0A30059' }]}>
        </repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Choose from my products');
      expect(groupError(el, 'Your products')).to.equal('');
      expect(text(el)).not.to.contain('Enter the serial number, or select one of your products.');
      await next(el);
      expect(groupError(el, 'Your products')).not.to.equal('');
      expect(heading(el)).to.equal('Your device');
    });
    it('marks a text field in error with the error border, as it does a list', async () => {
      const el = await mount();
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '0K1CG1R0A300591');
      await next(el);
      const border = (label: string) => getComputedStyle(control(el, label)).borderInlineStartColor;
      expect(fieldError(el, 'Serial number')).not.to.equal('');
      expect(fieldError(el, 'Zone')).not.to.equal('');
      expect(border('Serial number')).to.equal(border('Zone'));
      await fill(el, 'Serial number', '0K1CG1R0A30059');
      expect(fieldError(el, 'Serial number')).to.equal('');
      expect(border('Serial number'), 'once fixed').not.to.equal(border('Zone'));
    });
  });

  describe('when the customer owns products', () => {
    it('offers them first and takes model and serial from the chosen one', async () => {
      const el = await mount(html`<repair-request lang="en" .ownedProducts=${[
        { model: 'mavic-mini', serial: '0K1CG1R0A30059', nickname: 'My Mini' },
        { model: 'osmo-pocket-3', serial: '5YPK00000000AB' },
      ]}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Choose from my products');
      expect(group(el, 'Your products').textContent).to.contain('Serial number: 5YPK00000000AB');
      await check(el, 'My Mini — Mavic Mini');
      await isAccessible(el);
      await next(el);
      expect(heading(el)).to.equal('Malfunction');
    });

    it('requires one of them to be chosen, even after a serial was typed', async () => {
      const el = await mount(html`<repair-request lang="en" .ownedProducts=${[
        { model: 'mavic-mini', serial: '0K1CG1R0A30059', nickname: 'My Mini' },
      ]}></repair-request>`);
      await select(el, 'Zone', 'Europe');
      await select(el, 'Country/region', 'France');
      await check(el, 'Enter the serial number');
      await type(el, 'Serial number', '1WYCA0000000AB');
      await check(el, 'Choose from my products');
      await next(el);
      expect(heading(el)).to.equal('Your device');
      expect(groupError(el, 'Your products')).to.equal('Enter the serial number, or select one of your products.');
    });

    it('does not offer the choice when the host passes no products', async () => {
      const el = await mount();
      expect(hasControl(el, 'Choose from my products')).to.equal(false);
    });

    it('offers the choice once the host passes them after the form showed, keeping the way already chosen', async () => {
      const el = await mount();
      await check(el, 'Choose the product model');
      el.ownedProducts = [{ model: 'mavic-mini', serial: '0K1CG1R0A30059', nickname: 'My Mini' }];
      await el.updateComplete;
      expect(hasControl(el, 'Choose from my products')).to.equal(true);
      expect(control<HTMLInputElement>(el, 'Choose the product model').checked).to.equal(true);
      await check(el, 'Choose from my products');
      expect(group(el, 'Your products').textContent).to.contain('My Mini');
    });
  });

  it('forgets the way the product was identified on reset()', async () => {
    const el = await mount();
    await check(el, 'Enter the serial number');
    await el.reset();
    expect(['Enter the serial number', 'Choose the product model'].map((label) => control<HTMLInputElement>(el, label).checked))
      .to.deep.equal([false, false]);
    expect(hasControl(el, 'Serial number')).to.equal(false);
  });

  it('keeps every answer when going forward and back', async () => {
    const el = await mount();
    await completeDevice(el);
    await el.updateComplete;
    await (await import('./helpers.js')).back(el);
    expect(heading(el)).to.equal('Your device');
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('europe');
    expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
    expect(control(el, 'Choose the product model').checked).to.equal(true);
    expect(control<HTMLSelectElement>(el, 'Product model').value).to.equal('mavic-mini');
  });

  it('announces the new step and focuses its heading', async () => {
    const el = await mount();
    await completeDevice(el);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('Step 2 of 5: Malfunction');
    const step = el.shadowRoot!.querySelector('repair-request-malfunction-step')!;
    expect(step.shadowRoot!.activeElement?.localName).to.equal('h2');
  });

  it('completes the Device and Malfunction steps with the keyboard alone', async () => {
    const el = await mount();
    /** The element that has focus, through every shadow root. */
    const focused = () => {
      let node: Element | null = document.activeElement;
      while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
      return node as HTMLElement | null;
    };
    /** Presses Tab until focus reaches the control with this label (or button text). */
    const tabTo = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await sendKeys({ press: 'Tab' });
        const f = focused();
        const label = f?.id ? (f.getRootNode() as ShadowRoot).querySelector(`label[for="${f.id}"]`)?.textContent : f?.textContent;
        if (label?.replace(/\s+/g, ' ').trim().startsWith(name)) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    control(el, 'Zone').focus();
    // Native selects take typed letters; Tab moves on; Space checks a radio or a checkbox.
    await sendKeys({ type: 'Europe' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'France' });
    await sendKeys({ press: 'Tab' });
    // Tab lands on the first radio ("Enter the serial number"); ArrowDown checks the next.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(control(el, 'Choose the product model').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mavic Mini' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.equal('Malfunction');

    await tabTo('Repair');
    await sendKeys({ press: 'Space' });
    await tabTo('Gimbal and camera malfunction');
    await sendKeys({ press: 'Space' });
    await tabTo('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => hasControl(el, 'Describe your problem'), 'the second screen is shown');
    await tabTo('Describe your problem');
    await sendKeys({ type: 'The gimbal does not move at all.' });
    await tabTo('I contacted online support');
    await sendKeys({ press: 'Space' });
    await tabTo('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => hasGroup(el, 'Photos of the damage'), 'the third screen, the photos, is shown');
    await tabTo('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => hasControl(el, 'Purchase channel'), 'the fourth screen is shown');
    await tabTo('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => hasControl(el, 'I have a DJI Care service plan'), 'the fifth screen is shown');
    await tabTo('Next');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => heading(el) === 'Send us your devices', 'the Parts step is shown');
  });

});
