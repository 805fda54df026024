import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { completeDevice, control, describeProblem, mount, toPurchase } from './helpers.js';

interface AxNode { role: string; name: string; description: string }

/** Chromium's accessibility tree: names and descriptions as a screen reader gets them. */
const tree = async () => (await executeServerCommand('accessibility-tree')) as AxNode[];
const find = async (role: string, name: RegExp) => {
  let node: AxNode | undefined;
  await waitUntil(async () => (node = (await tree()).find((n) => n.role === role && name.test(n.name))), `a ${role} named ${name}`);
  return node!;
};

describe('<repair-request> names and descriptions', () => {
  it('names a radio option by its label alone, and describes it with its hint', async () => {
    await mount();
    const option = await find('radio', /serial number/);
    expect(option.name).to.equal('Enter the serial number');
    expect(option.description).to.equal('We recognise the model from it.');
  });

  it('separates an optional field’s label from “(optional)”', async () => {
    const el = await mount();
    await completeDevice(el);
    await describeProblem(el);
    await toPurchase(el);
    await waitUntil(() => control(el, 'Purchase channel'));
    const select = await find('combobox', /^Purchase channel/);
    expect(select.name).to.equal('Purchase channel (optional)');
  });
});
