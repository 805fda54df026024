import { expect } from '@open-wc/testing';
import {
  back, check, completeDevice, completeMalfunction, control, group, groupError, heading, isAccessible, mount, next,
  summaryErrors, text, type Widget,
} from './helpers.js';
import { acme } from './vendor.js';

async function openParts(el?: Widget) {
  const widget = el ?? (await mount());
  await completeDevice(widget);
  await completeMalfunction(widget);
  return widget;
}

const DO_NOT_SEND = 'Please do not send us:';

describe('<repair-request> Parts step', () => {
  it('asks what the customer will send, after the Malfunction step', async () => {
    const el = await openParts();
    expect(heading(el)).to.equal('Send us your devices');
    const choices = group(el, 'What will you send?');
    expect(choices.textContent).to.contain('Defective component');
    expect(choices.textContent).to.contain('Complete product set');
    expect(choices.textContent).to.contain('the battery cannot be recharged or a button of the remote controller is loose');
    expect(choices.textContent).to.contain('If it is not possible to determine which item is defective');
    expect(text(el)).to.contain('What should I choose?');
    await isAccessible(el);
  });

  it('requires a choice, shown on the question and in the summary', async () => {
    const el = await openParts();
    await next(el);
    expect(heading(el)).to.equal('Send us your devices');
    expect(summaryErrors(el)).to.deep.equal(['Select what you will send.']);
    expect(groupError(el, 'What will you send?')).to.equal('Select what you will send.');
    await isAccessible(el);

    (el.shadowRoot!.querySelector('.error-summary a') as HTMLElement).click();
    await el.updateComplete;
    const step = el.shadowRoot!.querySelector('repair-request-parts-step')!;
    expect(step.shadowRoot!.activeElement).to.equal(control(el, 'Defective component'));
  });

  it('lists what not to send only when a single component is sent', async () => {
    const el = await openParts();
    expect(text(el)).not.to.contain(DO_NOT_SEND);
    await check(el, 'Defective component');
    const items = [...el.shadowRoot!.querySelector('repair-request-parts-step')!.shadowRoot!
      .querySelectorAll('.do-not-send li')].map((li) => li.textContent!.trim());
    expect(items).to.deep.equal([
      'Batteries that work normally or are badly damaged',
      'Products that are not DJI products',
      'Intact propellers',
      'SD cards that work normally',
    ]);
    await isAccessible(el);
    await check(el, 'Complete product set');
    expect(text(el)).not.to.contain(DO_NOT_SEND);
  });

  it('links the service plans’ parts lists, opening in a new tab', async () => {
    const el = await openParts();
    expect(text(el)).to.contain('If you want to use a service plan, send the parts as required by the list:');
    const links = [...el.shadowRoot!.querySelector('repair-request-parts-step')!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.links a')];
    expect(links.map((a) => a.href)).to.deep.equal([
      'https://www.dji.com/support/care-refresh-faq#5',
      'https://www.dji.com/support/enterprise-shield-faq#8',
    ]);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener')).to.equal(true);
    expect(links[0].textContent).to.contain('Parts for DJI Care Refresh/Plus');
    expect(text(el)).to.contain('(FAQ no. 5)');
  });

  it('uses the host’s parts lists and brand', async () => {
    const el = await mount();
    el.config = {
      ...acme,
      brand: { name: 'Acme', servicePlan: 'Acme Care', expressService: 'Acme Swap' },
      partsLists: [
        { plan: 'Acme Care', label: 'Acme Care parts', url: 'https://acme.example/care-parts' },
        { plan: 'Acme Pro', url: 'https://acme.example/pro-parts', faq: 3 },
      ],
    };
    await openParts(el);
    await check(el, 'Defective component');
    expect(text(el)).to.contain('Products that are not Acme products');
    expect(text(el)).to.contain('Acme Care parts');
    expect(text(el)).to.contain('Parts for Acme Pro');
    expect(text(el)).to.contain('(FAQ no. 3)');
    expect(text(el)).not.to.contain('Enterprise Shield');
  });

  it('goes on to the Address step, and keeps the choice when coming back', async () => {
    const el = await openParts();
    await check(el, 'Complete product set');
    await next(el);
    expect(heading(el)).to.equal('Confirm your return address');
    await back(el);
    expect(heading(el)).to.equal('Send us your devices');
    expect(control(el, 'Complete product set').checked).to.equal(true);
  });
});
