import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg as pageMsg } from '@lit/localize';
import { fallbackMessageIds, renderedMessageIds } from '../src/i18n/msg.js';
import { supportedLocales } from '../src/i18n/localization.js';
import {
  back, check, checkIn, completeDevice, control, fill, fillDate, heading, homeAddress, isAccessible, mount, next,
  passPhotos, press, screenPosition, toPurchase, select, settle, speak, stepRoot, text, type Widget, completeAddress,
} from './helpers.js';

const TARGETS = supportedLocales.filter((l) => l !== 'en');

/** The ids that have a translation in a locale's XLIFF file (lit-localize fills gaps with English when building). */
async function translatedIds(locale: string) {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  return new Set([...xml.querySelectorAll('trans-unit')].filter((u) => u.querySelector('target')).map((u) => u.id));
}

/**
 * Messages rendered in some locale that fell back to English, `locale: id`:
 * without a translation, or with one in a part of the locale that the screen
 * did not load.
 */
async function untranslated() {
  const out: string[] = [];
  for (const locale of TARGETS) {
    const have = await translatedIds(locale);
    out.push(...renderedMessageIds(locale).filter((id) => !have.has(id)).map((id) => `${locale}: ${id}`));
    out.push(...fallbackMessageIds(locale).map((id) => `${locale}: ${id} (not in the parts loaded)`));
  }
  return out;
}


/** Renders the current view in every locale, then returns to English for the next action. */
async function inEveryLocale(el: Widget) {
  for (const locale of TARGETS) await speak(el, locale);
  await speak(el, 'en');
}

const stepNames = (el: Widget) =>
  [...el.shadowRoot!.querySelectorAll('.steps li .label')].map((n) => n.textContent!.replace(/^.*:\s*/, '').trim());

async function stubFetch() {
  const original = window.fetch;
  window.fetch = async () => Response.json({ caseNumber: 'CAS-1234567-ABCDEF' }, { status: 201 });
  return () => { window.fetch = original; };
}

describe('<repair-request> in other languages', () => {
  it('renders every step, branch, error and view in all 11 languages with no message missing', async () => {
    const restore = await stubFetch();
    try {
      const el = await mount(html`<repair-request lang="en" endpoint="/api" .addresses=${[homeAddress]}></repair-request>`);
      await next(el); // every Device error
      await check(el, 'Enter the serial number');
      await fill(el, 'Serial number', '0K1C');
      await inEveryLocale(el);
      await completeDevice(el);

      // The Malfunction step, screen by screen: each screen's errors, every branch open.
      await next(el); // every error of the first screen
      await check(el, 'Replacement');
      await inEveryLocale(el);
      await check(el, 'Repair');
      await check(el, 'Crash damage');
      await next(el);
      await next(el); // every error of the second screen
      await inEveryLocale(el);
      await fill(el, 'Describe your problem', 'The gimbal does not move at all.');
      await check(el, 'I contacted online support');
      await next(el);
      await inEveryLocale(el); // the photos of the damage the crash asks for
      await passPhotos(el);
      await fillDate(el, 'Date of receipt', '2099-01-01');
      await next(el); // the fourth screen's error
      await inEveryLocale(el);
      await fillDate(el, 'Date of receipt', '');
      await next(el);
      await check(el, 'I have a DJI Care service plan');
      await check(el, 'Confirm to use DJI Care Refresh Express');
      await next(el); // the express offer's errors
      await inEveryLocale(el);
      await check(el, 'Continue with the online repair request');
      await next(el);
      await check(el, 'Product-related problem');
      await check(el, 'Request data analysis');
      await next(el); // the accident date's error
      await inEveryLocale(el);
      await fillDate(el, 'Date of the accident', '2024-06-01');
      await next(el);
      await next(el); // the accident details' errors
      await inEveryLocale(el);
      await checkIn(el, 'Flight environment', 'Seaside');
      await checkIn(el, 'Abnormal condition', 'Other');
      await next(el);
      await next(el); // the flight data's errors
      await inEveryLocale(el);
      await back(el);
      await back(el);
      await check(el, 'User-related problem');
      await next(el);

      await next(el);
      await check(el, 'Defective component');
      await inEveryLocale(el);
      await next(el);

      await press(el, 'Add a new address');
      await press(el, 'Save address');
      await inEveryLocale(el);
      await press(el, 'Cancel');
      await completeAddress(el);
      await next(el);

      await press(el, 'Submit'); // terms error
      await inEveryLocale(el);
      await check(el, 'I have read and accept');
      await press(el, 'Submit');
      await waitUntil(() => text(el).includes('CAS-1234567-ABCDEF'), 'confirmation shown');
      await inEveryLocale(el);
    } finally {
      restore();
    }
    expect(renderedMessageIds('fr').length).to.be.above(200);
    expect(await untranslated()).to.deep.equal([]);
  });

  it('renders the contact form in every language', async () => {
    const el = await mount(html`<repair-request lang="en" contact-endpoint="/api/contact"></repair-request>`);
    el.verificationToken = async () => 'token';
    await press(el, 'Can’t complete the request online? Contact support');
    await press(el, 'Send message');
    await inEveryLocale(el);
    expect(await untranslated()).to.deep.equal([]);
  });

  it('keeps every answer, the step and the errors when the language changes mid-flow', async () => {
    const el = await mount();
    await completeDevice(el);
    await check(el, 'Repair');
    await check(el, 'Gimbal and camera malfunction');
    await next(el);
    await fill(el, 'Describe your problem', 'x');
    await next(el);
    await speak(el, 'de');
    expect(stepNames(el)[1]).not.to.equal('Malfunction');
    const description = stepRoot(el).querySelector('textarea')!;
    expect(description.value).to.equal('x');
    const germanError = el.shadowRoot!.querySelector('.error-summary li')!.textContent!.trim();
    expect(germanError).not.to.contain('Describe the problem in at least');
    await speak(el, 'en');
    expect(heading(el)).to.equal('Malfunction');
    expect(screenPosition(el), 'the same screen').to.equal('Part 2 of 5');
    expect(control<HTMLTextAreaElement>(el, 'Describe your problem').value).to.equal('x');
    expect(text(el)).to.contain('Describe the problem in at least 10 characters.');
    await back(el);
    expect(control(el, 'Repair').checked).to.equal(true);
  });

  describe('in French', () => {
    it('uses the wording of the French repair guide for the steps and the main questions', async () => {
      const el = await mount(html`<repair-request lang="fr"></repair-request>`);
      expect(stepNames(el)).to.deep.equal(['Appareil', 'Dysfonctionnement', 'Pièces', 'Adresse', 'Soumettre']);
      expect(text(el)).to.contain('Demande de service');
      expect(text(el)).to.contain('Veuillez sélectionner votre zone de service');
      expect(text(el)).to.contain('Pays/région');
      await select(el, 'Zone', 'Europe');
      await select(el, 'Pays/région', 'France');
      control(el, 'Choisir le modèle').click();
      await settle(el);
      const model = stepRoot(el).querySelector<HTMLSelectElement>('select[name="device.model"]')!;
      model.value = 'mavic-mini';
      model.dispatchEvent(new Event('change'));
      await settle(el);
      await press(el, 'Suivant');
      const page = text(el);
      expect(page).to.contain('Quel est le problème rencontré avec votre produit ?');
      expect(page).to.contain('Problème matériel');
      expect(page).to.contain('Dysfonctionnements de la nacelle et de la caméra');
      await isAccessible(el);
      await check(el, 'Réparation');
      await check(el, 'Dysfonctionnements de la nacelle');
      await press(el, 'Suivant');
      expect(text(el)).to.contain('Partie 2 sur 5');
      expect(text(el)).to.contain('J’ai contacté l’assistance en ligne, mais le problème ne peut pas être résolu.');
      await check(el, 'J’ai contacté');
      await fill(el, 'Décrivez votre problème', 'La nacelle ne bouge plus du tout.');
      await toPurchase(el, 'Suivant');
      expect(text(el)).to.contain('Canal d’achat');
      expect(text(el)).to.contain('Date de réception');
      await isAccessible(el);
    });

    it('formats the inspection fee and dates for France', async () => {
      const el = await mount(html`<repair-request lang="fr"></repair-request>`);
      expect(new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(50)).to.equal('50,00\u00a0€');
      expect(el.shadowRoot!.querySelector('.widget')!.getAttribute('lang')).to.equal('fr');
    });
  });

  describe('in Arabic', () => {
    it('mirrors the whole widget right to left', async () => {
      const el = await mount(html`<repair-request lang="ar"></repair-request>`);
      const base = el.shadowRoot!.querySelector<HTMLElement>('.widget')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(stepRoot(el).querySelector('h2')!).direction).to.equal('rtl');
      const next = el.shadowRoot!.querySelector<HTMLElement>('[part="next-button"]')!;
      // The Next button sits at the inline end: on the left in a right-to-left layout.
      expect(next.getBoundingClientRect().left).to.be.below(base.getBoundingClientRect().left + base.clientWidth / 2);
      await isAccessible(el);
    });
  });

  describe('on a page with other localised content', () => {
    it('lets two widgets on one page speak different languages', async () => {
      const page = await fixture(html`<div>
        <repair-request lang="fr"></repair-request>
        <repair-request lang="de"></repair-request>
      </div>`);
      const [fr, de] = page.querySelectorAll('repair-request');
      await waitUntil(() => stepNames(fr)[0] === 'Appareil' && stepNames(de)[0] !== 'Device' && stepNames(de)[0] !== 'Appareil');
      fr.setAttribute('lang', 'en');
      await waitUntil(() => stepNames(fr)[0] === 'Device');
      expect(stepNames(de)[0]).not.to.equal('Device');
    });

    it('takes its language from the nearest ancestor and follows it', async () => {
      const page = await fixture(html`<section lang="es-MX"><repair-request></repair-request></section>`);
      const el = page.querySelector('repair-request')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'es');
      page.setAttribute('lang', 'pt-BR');
      await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === 'pt');
    });

    it('works beside a host page that configured @lit/localize itself', async () => {
      // The page's own configuration succeeds: the widget never configured the library.
      const { setLocale } = configureLocalization({
        sourceLocale: 'en', targetLocales: ['xx'], loadLocale: async () => ({ templates: { host: 'Hôte' } }),
      });
      await setLocale('xx');
      expect(pageMsg('Host', { id: 'host' })).to.equal('Hôte');
      const el = await mount(html`<repair-request lang="fr"></repair-request>`);
      expect(stepNames(el)[0]).to.equal('Appareil');
    });
  });
});
