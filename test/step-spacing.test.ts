/**
 * The Previous / Next bar sits at the same distance under every step's last
 * content: the bar's own top margin, whatever element ends the step and
 * whichever steps are built ahead (hidden) between the step and the bar.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { check, completeAddress, completeDevice, completeMalfunction, homeAddress, mount, next, stepRoot, type Widget } from './helpers.js';

/** Every element drawn in a root, through the shadow roots of its elements. */
const drawn = (root: ParentNode): Element[] => [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? drawn(node.shadowRoot) : [])]);

/**
 * The bar under the step shown (the shell's; on the Submit step, the step's own, with Submit),
 * the space above it down from the step's lowest drawn box, and the bar's own top margin.
 */
function spaceAboveBar(el: Widget) {
  const shellBar = el.shadowRoot!.querySelector<HTMLElement>('.actions[part="actions"]:not([hidden])');
  const bar = shellBar ?? stepRoot(el).querySelector<HTMLElement>('[part="actions"]')!;
  const top = bar.getBoundingClientRect().top;
  const bottoms = drawn(stepRoot(el)).filter((node) => !bar.contains(node)).map((node) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    const shown = box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.position !== 'absolute';
    return shown && box.bottom <= top + 0.5 ? box.bottom : -Infinity;
  });
  return { space: Math.round(top - Math.max(...bottoms)), margin: parseFloat(getComputedStyle(bar).marginBlockStart) };
}

describe('<repair-request> on a phone (390 px)', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves the same gap above the actions bar on every step: the bar’s own margin', async () => {
    const el = await mount(html`<repair-request lang="en" .addresses=${[homeAddress]}></repair-request>`);
    const spaces: Record<string, number> = {};
    const margins = new Set<number>();
    const measure = (step: string) => {
      const { space, margin } = spaceAboveBar(el);
      spaces[step] = space;
      margins.add(margin);
    };
    measure('Device');
    await completeDevice(el);
    measure('Malfunction');
    await completeMalfunction(el);
    measure('Parts');
    await check(el, 'Defective component');
    await next(el);
    measure('Address');
    await completeAddress(el);
    await next(el);
    measure('Submit');
    expect(margins.size, 'one margin above every bar').to.equal(1);
    const [margin] = [...margins];
    expect(spaces).to.deep.equal({ Device: margin, Malfunction: margin, Parts: margin, Address: margin, Submit: margin });
  });
});
