// The host code every demo page shares: what an integrator with a signed-in
// customer writes (owned products, address book, a serial lookup, the endpoints).
import '../src/index.js';
import { defaultConfig } from '../src/config/default-config.js';
import type { RepairRequestElement } from '../src/repair-request.js';
import { languageMenu } from './languages.js';

export function setUpWidget(widget: RepairRequestElement) {
  // The retailer's page has its own catalogue pictures (config.models[].image).
  // The confirmation links to the demo's <repair-status> page with the case's access token.
  const links = { ...defaultConfig.links, statusPage: '/demo/status.html' };
  widget.config = document.body.classList.contains('brand')
    ? { links, models: defaultConfig.models.map((m) => ({ ...m, image: `images/${m.category}.svg` })) }
    : { links };
  widget.ownedProducts = [
    { model: 'mavic-mini', serial: '0K1CG1R0A30059', nickname: 'Holiday drone' },
    { model: 'osmo-pocket-3', serial: '5YPK2A0B102310' },
  ];
  widget.addresses = [
    { id: 'home', recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' },
    { id: 'office-ny', recipient: 'Camille Martin', line1: '350 Fifth Avenue', postalCode: '10118', city: 'New York', region: 'NY', country: 'US', phone: '+1 212 555 0100' },
  ];
  // A host lookup: pretend our CRM knows one extra serial number.
  widget.serialLookup = async (serial) => {
    await new Promise((r) => setTimeout(r, 300));
    return serial === '7ZZZZ00000000A' ? { model: 'air-3' } : undefined;
  };
  widget.verificationToken = async () => 'demo-verification-token';
  for (const name of ['repair-request-step-change', 'repair-request-success', 'repair-request-error'] as const) {
    widget.addEventListener(name, (e) => console.info(name, (e as CustomEvent).detail));
  }
}

/** Sets up every widget on the page, and a `#lang` select if there is one. */
export function setUpPage() {
  const widgets = [...document.querySelectorAll<RepairRequestElement>('repair-request')];
  widgets.forEach(setUpWidget);
  const lang = document.querySelector<HTMLSelectElement>('#lang');
  if (lang) languageMenu(lang, widgets[0]?.getAttribute('lang'), (code) => widgets[0]?.setAttribute('lang', code));
  return widgets;
}
