import { expect, fixture, html } from '@open-wc/testing';
import { sourceLocale, targetLocales } from '../src/generated/locale-codes.js';
import { completeDevice, isAccessible, speak, type Widget } from './helpers.js';

const LANGUAGES = [sourceLocale, ...targetLocales];

/** A widget in a column `width` pixels wide (the step indicator follows the widget's width, not the viewport's). */
async function inColumn(width: number) {
  const column = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"><repair-request lang="en"></repair-request></div>`);
  const el = column.querySelector('repair-request') as Widget;
  await el.updateComplete;
  return el;
}

const steps = (el: Widget) => el.shadowRoot!.querySelector<HTMLOListElement>('.steps')!;
/** The steps the customer sees (not hidden), and on how many lines they lie. */
function shown(el: Widget) {
  const items = [...steps(el).children].filter((li) => li.getClientRects().length > 0) as HTMLElement[];
  return { items, lines: new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size };
}
/** Whether a box's content is wider than the box (a word cut or pushed out). */
const overflows = (box: HTMLElement) => box.scrollWidth > box.clientWidth + 1;
/** The words on screen: text that takes room (not the visually hidden words for screen readers). */
function visibleText(el: Widget) {
  const walker = document.createTreeWalker(steps(el), NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().width > 1) text += node.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

describe('<repair-request> step indicator', () => {
  for (const width of [320, 390]) {
    it(`says "Step 1 of 5" and the step's name on one line in a ${width} px column, in every language`, async () => {
      const el = await inColumn(width);
      expect(visibleText(el)).to.equal('Step 1 of 5: Device');
      for (const lang of LANGUAGES) {
        await speak(el, lang);
        const { items, lines } = shown(el);
        expect(items, lang).to.have.length(1);
        expect(items[0].getAttribute('aria-current'), lang).to.equal('step');
        expect(lines, `${lang}: ${visibleText(el)}`).to.equal(1);
        expect(overflows(steps(el)), `${lang}: ${visibleText(el)} fits`).to.equal(false);
        expect(visibleText(el), lang).to.contain('5');
      }
    });
  }

  it('follows the customer to the next step on a phone', async () => {
    const el = await inColumn(390);
    await completeDevice(el);
    expect(visibleText(el)).to.equal('Step 2 of 5: Malfunction');
    await speak(el, 'fr');
    expect(visibleText(el)).to.match(/^Étape 2 sur 5\s*: /);
    await isAccessible(el);
  });

  it('lists the five steps on one line in a wide column, in every language', async () => {
    const el = await inColumn(1000);
    for (const lang of LANGUAGES) {
      await speak(el, lang);
      const { items, lines } = shown(el);
      expect(items, lang).to.have.length(5);
      expect(lines, `${lang}: ${visibleText(el)}`).to.equal(1);
    }
    await isAccessible(el);
  });
});
