import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { HostInputs } from '../../src/config/host-inputs.js';
import { acme } from '../vendor.js';

function inputs() {
  const configs: [string, number][] = [];
  const errors: string[] = [];
  const host = new HostInputs({
    onConfig: (config, problems) => configs.push([config?.brand.name ?? '(default)', problems.length]),
    requestUpdate: () => undefined,
    error: (message) => errors.push(message),
  });
  return { host, configs, errors };
}

describe('HostInputs', () => {
  it('takes the defaults at once when the host passes nothing', () => {
    const { host, configs } = inputs();
    host.setConfig(undefined);
    host.setOwnedProducts([]);
    host.setAddresses([]);
    expect(host.checking).to.equal(false);
    expect(host.config).to.equal(undefined);
    expect(configs).to.deep.equal([['(default)', 0]]);
  });

  it('holds the form back while a configuration is checked, and the latest one wins', async () => {
    const { host, configs } = inputs();
    host.setConfig({ value: { ...acme, brand: { name: 'First' } } });
    host.setConfig({ value: { ...acme, brand: { name: 'Second', servicePlan: 'Second Care', expressService: 'Second Swap' } } });
    expect(host.checking).to.equal(true);
    await host.settled();
    expect(host.checking).to.equal(false);
    expect(host.config?.brand.name).to.equal('Second');
    expect(host.config?.brand.servicePlan).to.equal('Second Care');
    expect(host.config?.files).to.deep.equal(defaultConfig.files);
    expect(configs).to.deep.equal([['Second', 0]]);
  });

  it('keeps the configuration in use when a new one is wrong, and lists its problems', async () => {
    const { host } = inputs();
    host.setConfig({ value: { fee: { currency: 'euro' } } });
    await host.settled();
    expect(host.config).to.equal(undefined);
    expect(host.problems.some((p) => p.startsWith('fee.currency:'))).to.equal(true);
  });

  it('keeps the owned products and addresses that are valid, and names the others', async () => {
    const { host, errors } = inputs();
    host.setConfig(undefined);
    host.setOwnedProducts([{ model: 'mavic-mini', serial: '0K1CG1R0A30059' }, { model: 'submarine', serial: 'X' }]);
    expect(host.checking).to.equal(true);
    host.setAddresses([
      { id: 'home', recipient: 'Jeanne Martin', line1: '10 rue de Rivoli', postalCode: '75001', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' },
      { id: 'bad', recipient: 'Nobody', line1: '1 rue', postalCode: '123', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' },
    ]);
    await host.settled();
    expect(host.checking).to.equal(false);
    expect(host.ownedProducts.map((p) => p.model)).to.deep.equal(['mavic-mini']);
    expect(host.addresses.map((a) => a.id)).to.deep.equal(['home']);
    expect(errors.join('\n')).to.contain('ownedProducts.1.model').and.to.contain('addresses.1.postalCode');
  });

  it('checks owned products given during a configuration check against that configuration', async () => {
    const { host, errors } = inputs();
    const models = [...defaultConfig.models, { id: 'glider', name: 'Glider X', category: 'drones', serialFormat: 'aircraft' }];
    host.setConfig({ value: { models } });
    host.setOwnedProducts([{ model: 'glider', serial: '0K1CG1R0A30059' }]);
    await host.settled();
    expect(host.ownedProducts.map((p) => p.model)).to.deep.equal(['glider']);
    expect(errors).to.deep.equal([]);
  });

  it('never takes the form away again once it has shown', async () => {
    const { host } = inputs();
    host.setConfig(undefined);
    expect(host.checking).to.equal(false);
    host.setConfig({ value: { ...acme, brand: { ...acme.brand, name: 'Later' } } });
    host.setOwnedProducts([{ model: 'mavic-mini', serial: '0K1CG1R0A30059' }]);
    expect(host.checking).to.equal(false);
    expect(host.configPending).to.equal(true);
    await host.settled();
    expect(host.config?.brand.name).to.equal('Later');
    expect(host.ownedProducts).to.have.length(1);
  });

  it('leaves out what it cannot check, saying why, instead of throwing', async () => {
    const { host, errors } = inputs();
    host.setConfig(undefined);
    host.setAddresses([{ id: 'odd', recipient: 'A', line1: 'B', line2: 5, postalCode: '75001', city: 'Paris', country: 'FR', phone: '+33 6 12 34 56 78' }]);
    await host.settled();
    expect(host.addresses).to.deep.equal([]);
    expect(errors.join('\n')).to.contain('addresses');
  });
});
