import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { contactPrefill } from '../../src/contact/contact-schema.js';
import { mergeConfig, validateConfig, validOwnedProducts, vendorDataKept } from '../../src/config/validate-config.js';
import { acme } from '../vendor.js';
import { validAddresses } from '../../src/config/validate-addresses.js';
import type { RepairConfig } from '../../src/config/config-schema.js';
import { supportFor } from '../../src/config/support-contacts.js';

const withConfig = (patch: Partial<RepairConfig>) => ({ ...structuredClone(defaultConfig), ...patch });

describe('validateConfig', () => {
  it('accepts the default configuration', () => {
    expect(validateConfig(defaultConfig)).to.deep.equal([]);
  });

  it('names each path whose shape is wrong', () => {
    const problems = validateConfig({ ...defaultConfig, brand: { name: 3 }, fee: { amount: 50, currency: 'euro' } });
    expect(problems.some((p) => p.startsWith('brand.name:'))).to.be.true;
    expect(problems.some((p) => p.startsWith('brand.servicePlan:'))).to.be.true;
    expect(problems.some((p) => p.startsWith('fee.currency:'))).to.be.true;
  });

  it('rejects a zone without countries', () => {
    const zones = [{ ...defaultConfig.zones[0]!, countries: [] }];
    expect(validateConfig(withConfig({ zones })).some((p) => p.startsWith('zones.0.countries:'))).to.be.true;
  });

  it('rejects a model whose category or serial format does not exist', () => {
    const models = [{ id: 'x1', name: 'X1', category: 'boats', serialFormat: 'hull' }];
    expect(validateConfig(withConfig({ models }))).to.deep.equal([
      'models.0.category: no category "boats"',
      'models.0.serialFormat: no serial format "hull"',
    ]);
  });

  it('rejects a crash issue that is not among the issues', () => {
    expect(validateConfig(withConfig({ crashIssue: 'meteor' }))).to.deep.equal(['crashIssue: no issue "meteor" in issueGroups']);
  });

  it('rejects duplicate ids and a country served by two zones', () => {
    const zones = [defaultConfig.zones[0]!, { ...defaultConfig.zones[1]!, id: 'europe', countries: ['US', 'FR'] }];
    const problems = validateConfig(withConfig({ zones }));
    expect(problems).to.include('zones.1.id: duplicate id "europe"');
    expect(problems).to.include('zones.1.countries.1: "FR" is already served by another zone');
    expect(problems).not.to.include('zones.1.countries.0: "US" is already served by another zone');
  });

  it('rejects a serial pattern that is not a regular expression', () => {
    const serialFormats = [...defaultConfig.serialFormats, { id: 'broken', pattern: '([', example: 'X' }];
    expect(validateConfig(withConfig({ serialFormats }))).to.deep.equal(['serialFormats.4.pattern: not a valid regular expression']);
  });

  it('rejects something that is not an object at all', () => {
    expect(validateConfig('brand')).to.have.length.greaterThan(0);
  });
});

describe('URLs in the configuration', () => {
  const problemsOf = (patch: Record<string, unknown>) => validateConfig(mergeConfig(defaultConfig, patch));
  const refused = 'not an allowed URL';

  it('refuse javascript:, data: and other schemes, however they are written', () => {
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)',
      'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'http://[::1', '']) {
      const problems = problemsOf({ links: { terms: href } });
      expect(problems.length, JSON.stringify(href)).to.equal(1);
      expect(problems[0], JSON.stringify(href)).to.match(/^links\.terms: /);
    }
    expect(problemsOf({ support: { chatUrl: 'javascript:void 0' } })).to.deep.equal([
      `support.chatUrl: ${refused}: use https:, http:, mailto:, tel: or a relative URL`,
    ]);
  });

  it('accept web, e-mail, phone and relative links where a customer follows them', () => {
    for (const href of ['https://acme.example/terms', 'http://acme.example', 'mailto:help@acme.example', 'tel:+33100000000',
      '/terms', 'terms.html', '../help#serial', '//acme.example/terms', '?page=terms']) {
      expect(problemsOf({ links: { terms: href }, support: { chatUrl: href } }), href).to.deep.equal([]);
    }
  });

  it('accept only web and relative URLs for parts lists, and inline pictures too for models', () => {
    const partsLists = [{ plan: 'Care', url: 'mailto:parts@acme.example' }];
    expect(problemsOf({ partsLists })).to.deep.equal([`partsLists.0.url: ${refused}: use https:, http: or a relative URL`]);
    const models = defaultConfig.models.map((m, i) => (i === 0 ? { ...m, image: 'javascript:alert(1)' } : m));
    expect(problemsOf({ models })).to.deep.equal([`models.0.image: ${refused}: use https:, http:, data:image/… or a relative URL`]);
    const html = defaultConfig.models.map((m, i) => (i === 0 ? { ...m, image: 'data:text/html,<script>alert(1)</script>' } : m));
    expect(problemsOf({ models: html })).to.have.length(1);
    for (const image of ['/images/mini.webp', 'https://cdn.acme.example/mini.png', 'data:image/svg+xml,%3Csvg/%3E']) {
      const pictured = defaultConfig.models.map((m, i) => (i === 0 ? { ...m, image } : m));
      expect(problemsOf({ models: pictured, partsLists: [{ plan: 'Care', url: 'https://acme.example/parts' }] }), image).to.deep.equal([]);
    }
  });
});

describe('vendorDataKept', () => {
  it('names every key of the default vendor that a renamed brand would keep', () => {
    expect(vendorDataKept(defaultConfig, { brand: { name: 'Acme' } })).to.deep.equal([
      'brand.servicePlan', 'brand.expressService', 'zones', 'support.email', 'support.phone', 'support.chatUrl',
      'links.serviceChoiceHelp', 'links.crashCauseHelp', 'links.dataAnalysisHelp', 'links.flightDataSyncHelp',
      'links.videoUploadHelp', 'links.serialHelp', 'links.expressInfo', 'links.terms', 'links.tracking', 'links.account',
      'partsLists', 'fee.amount',
    ].map((key) => `${key}: missing, and DJI's would be shown under the brand "Acme": give your own`));
  });

  it('is part of the check of a host configuration, given what the host passed', () => {
    const override = { brand: { name: 'Acme' } };
    expect(validateConfig(mergeConfig(defaultConfig, override), override)).to.deep.equal(vendorDataKept(defaultConfig, override));
    expect(validateConfig(mergeConfig(defaultConfig, acme), acme)).to.deep.equal([]);
  });

  it('names only the keys still missing', () => {
    const { links: _links, ...withoutLinks } = acme;
    const { tracking: _tracking, ...links } = acme.links;
    expect(vendorDataKept(defaultConfig, { ...withoutLinks, links })).to.deep.equal([
      'links.tracking: missing, and DJI\'s would be shown under the brand "Acme": give your own',
    ]);
  });

  it('accepts a renamed brand with all its own data, or with the default vendor’s given on purpose', () => {
    expect(vendorDataKept(defaultConfig, acme)).to.deep.equal([]);
    expect(vendorDataKept(defaultConfig, { ...acme, zones: defaultConfig.zones, links: defaultConfig.links })).to.deep.equal([]);
  });

  it('asks nothing of a configuration that keeps the brand', () => {
    expect(vendorDataKept(defaultConfig, { fee: { amount: 40 } })).to.deep.equal([]);
    expect(vendorDataKept(defaultConfig, { brand: { name: 'DJI', servicePlan: 'DJI Care+' } })).to.deep.equal([]);
    expect(vendorDataKept(defaultConfig, undefined)).to.deep.equal([]);
  });
});

describe('mergeConfig', () => {
  it('keeps the defaults of the keys left out of an object part', () => {
    const merged = mergeConfig(defaultConfig, { brand: { name: 'Acme' } }) as RepairConfig;
    expect(merged.brand).to.deep.equal({ ...defaultConfig.brand, name: 'Acme' });
    expect(merged.zones).to.equal(defaultConfig.zones);
    expect(validateConfig(merged)).to.deep.equal([]);
  });

  it('replaces arrays whole', () => {
    const categories = [{ id: 'drones' }];
    const merged = mergeConfig(defaultConfig, { categories }) as RepairConfig;
    expect(merged.categories).to.deep.equal(categories);
  });
});

describe('validOwnedProducts', () => {
  it('keeps well-formed products of the catalogue and names the others', () => {
    const { valid, problems } = validOwnedProducts(defaultConfig, [
      { model: 'mini-2', serial: '1WYCA1B2C3D4E5' },
      { model: 'submarine', serial: '1' },
      { model: 'mini-2' },
    ]);
    expect(valid).to.deep.equal([{ model: 'mini-2', serial: '1WYCA1B2C3D4E5' }]);
    expect(problems).to.deep.equal(['ownedProducts.1.model: no model "submarine"', problems[1]]);
    expect(problems[1]).to.match(/^ownedProducts\.2\.serial:/);
  });
});

describe('validAddresses', () => {
  it('keeps valid addresses with an id and names the others', () => {
    const home = { id: 'home', recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR', phone: '+33 1 23 45 67 89' };
    const { valid, problems } = validAddresses(defaultConfig, [home, { ...home, id: '' }, { ...home, id: 'x', city: '' }]);
    expect(valid).to.deep.equal([home]);
    expect(problems[0]).to.equal('addresses.1.id: missing');
    expect(problems[1]).to.match(/^addresses\.2\.city:/);
  });
});

describe('contactPrefill', () => {
  it('prefills the signed-in customer’s e-mail', () => {
    expect(contactPrefill({}, 'camille@example.com')).to.deep.equal({ email: 'camille@example.com' });
  });
});

describe('support contacts per zone', () => {
  const problemsOf = (patch: Record<string, unknown>) => validateConfig(mergeConfig(defaultConfig, patch));
  const withEurope = (support: Record<string, unknown>) => ({
    zones: defaultConfig.zones.map((zone) => (zone.id === 'europe' ? { ...zone, support } : zone)),
  });

  it('refuse a zone’s chat link with a scheme that runs or embeds content, naming the zone and the key', () => {
    expect(problemsOf(withEurope({ chatUrl: 'javascript:alert(1)' }))).to.deep.equal([
      'zones.0.support.chatUrl: not an allowed URL: use https:, http:, mailto:, tel: or a relative URL',
    ]);
    expect(problemsOf(withEurope({ chatUrl: 'data:text/html,<script>alert(1)</script>' }))).to.have.length(1);
  });

  it('refuse what is not one e-mail address or a phone number, globally or in a zone', () => {
    const email = 'not an e-mail address: give one address, like support@acme.example';
    const phone = 'not a phone number: use digits, spaces, +, -, dots and brackets only';
    expect(problemsOf(withEurope({ email: 'mailto:support@acme.example', phone: 'call us' }))).to.deep.equal([
      `zones.0.support.email: ${email}`, `zones.0.support.phone: ${phone}`,
    ]);
    expect(problemsOf({ support: { email: 'a@acme.example?cc=b@evil.example' } })).to.deep.equal([`support.email: ${email}`]);
    expect(problemsOf({ support: { email: 'Acme <help@acme.example>' } })).to.deep.equal([`support.email: ${email}`]);
  });

  it('accept a zone giving some contacts, and none', () => {
    expect(problemsOf(withEurope({ email: 'support.eu@acme.example' }))).to.deep.equal([]);
    expect(problemsOf(withEurope({ phone: '+33 (0)1 76-54.12.34', chatUrl: 'https://acme.example/eu/chat' }))).to.deep.equal([]);
    expect(problemsOf(withEurope({}))).to.deep.equal([]);
  });

  it('give each contact of the zone, else the global one', () => {
    const config = mergeConfig(defaultConfig, withEurope({ email: 'support.eu@acme.example' })) as typeof defaultConfig;
    expect(supportFor(config, 'europe')).to.deep.equal({ ...defaultConfig.support, email: 'support.eu@acme.example' });
    expect(supportFor(config, 'north-america')).to.deep.equal(defaultConfig.support);
    expect(supportFor(config, undefined)).to.deep.equal(defaultConfig.support);
  });
});
