import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RepairConfig } from '../src/config/config-schema.js';
import type { RepairConfigInput } from '../src/config/validate-config.js';
import { defaultConfig } from '../src/config/default-config.js';
import {
  back, check, checkIn, completeDevice, completeToSummary, control, fill, fillDate, heading, homeAddress, isAccessible, mount, next, requestAnalysis, screenPosition, select, settle,
  stepRoot as stepRootOf, summaryErrors, text, toPurchase, type Widget,
} from './helpers.js';
import { acme } from './vendor.js';

/** console.error, recorded instead of printed. */
let errors: string[] = [];
const original = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => { errors.push(args.map(String).join(' ')); };
});
afterEach(() => { console.error = original; });

/** Mounts a widget built by `setup` before it connects, recording its `repair-request-error` events. */
async function mountWith(setup: (el: Widget) => void) {
  const el = document.createElement('repair-request');
  el.setAttribute('lang', 'en');
  const events: CustomEvent[] = [];
  el.addEventListener('repair-request-error', (e) => events.push(e as CustomEvent));
  setup(el);
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  await settle(el);
  return { el, events };
}

const jsonChild = (source: string) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = source;
  return script;
};

const alertText = (el: Widget) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const notConfigured = 'This form is not configured correctly. Please contact the site owner.';


describe('<repair-request> configuration', () => {
  it('keeps every default left out of a partial configuration', async () => {
    const { el } = await mountWith((w) => { w.config = { support: { email: 'drones@example.com' } }; });
    await completeDevice(el);
    await requestAnalysis(el, { flightData: true });
    // The overridden e-mail, with the default brand (and the rest of `support`) kept.
    expect(control(el, 'DJI account used during the flight')).to.exist;
    expect(text(el)).to.contain('For example, drones@example.com');
    expect(errors).to.deep.equal([]);
  });

  describe('when the host renames the brand', () => {
    /** The address of every link the widget shows, in its shadow root and those of its parts. */
    const links = (root: ShadowRoot): string[] => [
      ...[...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
      ...[...root.querySelectorAll('*')].flatMap((node) => (node.shadowRoot ? links(node.shadowRoot) : [])),
    ];

    it('refuses a configuration that would keep the default vendor’s centres, contacts, links and fee, naming each key', async () => {
      const { el, events } = await mountWith((w) => { w.config = { brand: { name: 'Acme' } }; });
      expect(alertText(el)).to.contain(notConfigured);
      expect(el.shadowRoot!.querySelector('form, select, input, button')).to.equal(null);
      expect(el.shadowRoot!.textContent).not.to.contain('DJI');
      expect(links(el.shadowRoot!).filter((href) => href.includes('dji.com'))).to.deep.equal([]);
      expect(errors).to.have.length(1);
      for (const key of ['brand.servicePlan', 'zones', 'support.email', 'support.phone', 'links.tracking', 'links.account', 'partsLists', 'fee.amount']) {
        expect(errors[0]).to.contain(`${key}: missing, and DJI's would be shown under the brand "Acme"`);
      }
      expect(events[0]!.detail.reason).to.equal('configuration');
      await isAccessible(el);
    });

    it('shows only the host’s own centre, contacts and links once it gives them', async () => {
      const { el } = await mountWith((w) => { w.addresses = [homeAddress]; w.config = acme; });
      await completeToSummary(el);
      expect(text(el)).to.contain('Acme Repairs');
      expect(text(el)).not.to.contain('DJI');
      expect(links(el.shadowRoot!).filter((href) => href.includes('dji.com'))).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('URLs', () => {
    const cases: [string, RepairConfigInput][] = [
      ['a javascript: link', { links: { terms: 'javascript:alert(1)' } }],
      ['a javascript: link hidden by spaces, case and a tab', { links: { tracking: ' JaVa\tScript:alert(1)' } }],
      ['a data: chat link', { support: { chatUrl: 'data:text/html,<script>alert(1)</script>' } }],
      ['a mailto: parts list', { partsLists: [{ plan: 'Care', url: 'mailto:parts@example.com' }] }],
    ];
    for (const [what, config] of cases) {
      it(`refuses ${what} as a configuration error`, async () => {
        const { el, events } = await mountWith((w) => { w.config = config; });
        expect(alertText(el)).to.contain(notConfigured);
        expect(errors[0]).to.contain('not an allowed URL');
        expect(events[0]!.detail.reason).to.equal('configuration');
      });
    }

    it('accepts web, e-mail, phone and relative links', async () => {
      const { el } = await mountWith((w) => {
        w.config = { links: { terms: '/terms', serialHelp: '../help/serial', tracking: 'mailto:repairs@example.com', account: 'tel:+33100000000' } };
      });
      expect(heading(el)).to.equal('Your device');
      expect(errors).to.deep.equal([]);
    });
  });

  it('reads the configuration from a JSON script child', async () => {
    const { el } = await mountWith((w) => w.append(jsonChild(JSON.stringify({ zones: [defaultConfig.zones[1]] }))));
    const zones = [...control<HTMLSelectElement>(el, 'Zone').options].map((o) => o.value);
    expect(zones).to.deep.equal(['', 'north-america']);
  });

  it('follows a JSON script child that changes', async () => {
    const { el } = await mountWith((w) => w.append(jsonChild('{}')));
    el.querySelector('script')!.textContent = JSON.stringify({ zones: [defaultConfig.zones[4]] });
    await waitUntil(() => control<HTMLSelectElement>(el, 'Zone').options.length === 2, 'the new configuration is not used');
    await settle(el);
    expect([...control<HTMLSelectElement>(el, 'Zone').options].map((o) => o.value)).to.deep.equal(['', 'oceania']);
  });

  describe('when it is not valid', () => {
    it('shows a plain alert instead of the form, logs every bad path and fires an error', async () => {
      const models = [{ id: 'x1', name: 'X1', category: 'boats', serialFormat: 'aircraft' }];
      const zones = [{ ...defaultConfig.zones[0]!, countries: [] }];
      const { el, events } = await mountWith((w) => { w.config = { models, zones } as Partial<RepairConfig>; });
      expect(alertText(el)).to.contain(notConfigured);
      expect(el.shadowRoot!.querySelector('form, select, input, button')).to.equal(null);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('zones.0.countries');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.reason).to.equal('configuration');
      expect(events[0]!.detail.willRetry).to.equal(false);
      await isAccessible(el);
    });

    it('names a model whose category does not exist', async () => {
      const models = [{ id: 'x1', name: 'X1', category: 'boats', serialFormat: 'aircraft' }];
      const { el } = await mountWith((w) => { w.config = { models }; });
      expect(alertText(el)).to.contain(notConfigured);
      expect(errors[0]).to.contain('models.0.category: no category "boats"');
    });

    it('treats a JSON child that is not JSON as a wrong configuration', async () => {
      const { el, events } = await mountWith((w) => w.append(jsonChild('{ brand: ')));
      expect(alertText(el)).to.contain(notConfigured);
      expect(errors[0]).to.contain('not valid JSON');
      expect(events[0]!.detail.reason).to.equal('configuration');
      await isAccessible(el);
    });

    it('is translated', async () => {
      const { el } = await mountWith((w) => { w.setAttribute('lang', 'fr'); w.config = { crashIssue: 'meteor' }; });
      await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'fr', 'renders in French');
      expect(alertText(el)).to.contain('Ce formulaire n’est pas configuré correctement.');
      await isAccessible(el);
    });

    it('shows the form again once the configuration is fixed', async () => {
      const { el } = await mountWith((w) => { w.config = { crashIssue: 'meteor' }; });
      el.config = { crashIssue: 'crash-damage' };
      await settle(el);
      expect(heading(el)).to.equal('Your device');
    });
  });

  it('drops an owned product that is not valid, with a console error naming it', async () => {
    const { el } = await mountWith((w) => {
      w.ownedProducts = [{ model: 'mini-2', serial: '1WYCA1B2C3D4E5', nickname: 'My Mini' }, { model: 'submarine', serial: 'X' }];
    });
    await check(el, 'Choose from my products');
    expect(text(el)).to.contain('My Mini');
    expect(text(el)).not.to.contain('Serial number: X');
    expect(text(el)).to.contain('Serial number: 1WYCA1B2C3D4E5');
    expect(errors.join('\n')).to.contain('ownedProducts.1.model');
  });

  it('drops a saved address that is not valid, with a console error naming it', async () => {
    const { el } = await mountWith((w) => { w.addresses = [homeAddress, { ...homeAddress, id: 'work', city: '' }]; });
    expect(errors.join('\n')).to.contain('addresses.1.city');
    expect(el.value).to.be.an('object');
  });
});

describe('<repair-request> everyday attributes', () => {
  it('preselects the zone, the country and the product model', async () => {
    const el = await mount(html`<repair-request lang="en" zone="europe" country="FR" product="mini-2"></repair-request>`);
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('europe');
    expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
    expect(control(el, 'Choose the product model').checked).to.equal(true);
    expect(control<HTMLSelectElement>(el, 'Product model').value).to.equal('mini-2');
    await next(el);
    expect(heading(el)).to.equal('Malfunction');
    expect(errors).to.deep.equal([]);
  });

  it('prefills the serial number and recognises the model', async () => {
    const el = await mount(html`<repair-request lang="en" country="FR" serial="1wyca1b2c3d4e5"></repair-request>`);
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('europe');
    expect(control(el, 'Enter the serial number').checked).to.equal(true);
    expect(control(el, 'Serial number').value).to.equal('1WYCA1B2C3D4E5');
    expect(el.value.device).to.deep.include({ identifiedBy: 'serial', serial: '1WYCA1B2C3D4E5', model: 'mini-2' });
  });

  it('preselects from the host’s own zones and catalogue, given with the configuration', async () => {
    const config = {
      zones: [{ id: 'eu', label: 'EU', countries: ['FR', 'DE'], centre: { name: 'Centre', lines: ['1 Main St'] } }],
      models: [{ id: 'glider', name: 'Glider X', category: 'drones', serialFormat: 'aircraft' }],
    };
    const { el } = await mountWith((w) => {
      w.setAttribute('country', 'FR');
      w.setAttribute('product', 'glider');
      w.append(jsonChild(JSON.stringify(config)));
    });
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('eu');
    expect(control<HTMLSelectElement>(el, 'Country/region').value).to.equal('FR');
    expect(control<HTMLSelectElement>(el, 'Product model').value).to.equal('glider');
    expect(el.value.device).to.deep.equal({ zone: 'eu', country: 'FR', identifiedBy: 'model', model: 'glider' });
    expect(errors).to.deep.equal([]);
  });

  it('keeps the form, and what is typed in it, while a new configuration is checked', async () => {
    const el = await mount();
    await check(el, 'Enter the serial number');
    const serial = control(el, 'Serial number');
    serial.focus();
    el.config = acme;
    await el.updateComplete;
    await settle(el);
    expect(control(el, 'Serial number'), 'the same field, never taken away').to.equal(serial);
    expect(stepRootOf(el).activeElement).to.equal(serial);
    el.ownedProducts = [{ model: 'mavic-mini', serial: '0K1CG1R0A30059' }];
    await settle(el);
    expect(control(el, 'Serial number')).to.equal(serial);
    expect(text(el)).to.contain('Choose from my products');
  });

  it('ignores unknown values, with a console error for each', async () => {
    const el = await mount(html`<repair-request lang="en" zone="atlantis" country="ZZ" product="submarine"></repair-request>`);
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('');
    expect(el.value.device).to.deep.equal({});
    expect(errors.join('\n')).to.contain('"atlantis"').and.to.contain('"ZZ"').and.to.contain('"submarine"');
    await isAccessible(el);
  });

  it('does not replace an answer the customer gave', async () => {
    const el = await mount();
    await select(el, 'Zone', 'North America');
    el.setAttribute('zone', 'europe');
    await settle(el);
    expect(control<HTMLSelectElement>(el, 'Zone').value).to.equal('north-america');
  });

  it('reflects the theme', async () => {
    const el = await mount();
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
  });

  it('offers the signed-in customer’s e-mail as the flight account', async () => {
    const el = await mount(html`<repair-request lang="en" customer-email="pilot@example.com"></repair-request>`);
    await completeDevice(el);
    await requestAnalysis(el, { flightData: true });
    expect(control(el, 'DJI account used during the flight').value).to.equal('pilot@example.com');
  });

  it('draws the flight-data screen once, with the signed-in customer’s e-mail already in the flight account', async () => {
    const el = await mount(html`<repair-request lang="en" customer-email="pilot@example.com"></repair-request>`);
    await completeDevice(el);
    await requestAnalysis(el);
    await fillDate(el, 'Date of the accident', '2024-06-01');
    await next(el);
    await checkIn(el, 'Flight environment', 'Seaside');
    await checkIn(el, 'Abnormal condition', 'Other');
    // What the field holds when it is first put on the page, before any later update could fill it.
    const firstValues: string[] = [];
    const observer = new MutationObserver(() => {
      const input = stepRootOf(el).querySelector<HTMLInputElement>('input[type="email"]');
      if (input && !firstValues.length) firstValues.push(input.value);
    });
    observer.observe(stepRootOf(el), { childList: true, subtree: true });
    await next(el);
    observer.disconnect();
    expect(screenPosition(el)).to.equal('Part 8 of 8');
    expect(firstValues).to.deep.equal(['pilot@example.com']);
  });
});

describe('<repair-request> public methods', () => {
  it('validate() shows the current step’s errors and returns every error', async () => {
    const el = await mount();
    const result = await el.validate();
    expect(result.valid).to.equal(false);
    expect(result.errors['device.zone']).to.equal('required');
    expect(Object.keys(result.errors).some((k) => k.startsWith('malfunction.'))).to.equal(true);
    expect(summaryErrors(el)).to.include('Select your service zone.');
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'));
    await isAccessible(el);
  });

  it('goToStep() refuses a step beyond an unanswered one and shows its errors', async () => {
    const el = await mount();
    expect(await el.goToStep('parts')).to.equal(false);
    expect(heading(el)).to.equal('Your device');
    expect(summaryErrors(el)).to.include('Select your service zone.');
  });

  it('goToStep() opens a reachable step', async () => {
    const el = await mount();
    await completeDevice(el);
    expect(await el.goToStep('device')).to.equal(true);
    expect(heading(el)).to.equal('Your device');
    expect(await el.goToStep('malfunction')).to.equal(true);
    expect(heading(el)).to.equal('Malfunction');
  });

  it('value is the request as it would be sent, without answers that no longer apply', async () => {
    const el = await mount();
    await completeDevice(el);
    await check(el, 'Repair');
    await check(el, 'Crash damage');
    await next(el);
    await fill(el, 'Describe your problem', 'It fell from the sky.');
    expect(el.value.device).to.deep.equal({ zone: 'europe', country: 'FR', identifiedBy: 'model', model: 'mavic-mini' });
    expect(el.value.malfunction).to.deep.include({ description: 'It fell from the sky.' });
    await check(el, 'I contacted online support');
    await toPurchase(el);
    await next(el);
    await next(el);
    await check(el, 'Product-related problem');
    expect(el.value.malfunction).to.deep.include({ crashCause: 'product' });
    // Back to the first screen, past the service plan, the proof of purchase, the photos and the description.
    await back(el);
    await back(el);
    await back(el);
    await back(el);
    await back(el);
    await check(el, 'Crash damage');
    expect(el.value.malfunction).not.to.have.property('crashCause');
    expect(el.value.malfunction).to.deep.include({ description: 'It fell from the sky.' });
    const copy = el.value;
    copy.device!.zone = 'oceania';
    expect(el.value.device!.zone).to.equal('europe');
  });
});
