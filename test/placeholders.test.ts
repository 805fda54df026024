import { expect, fixture, html } from '@open-wc/testing';
import { sourceLocale, targetLocales } from '../src/generated/locale-codes.js';
import { check, completeDevice, describeProblem, next, press, speak, stepRoot, toPurchase, type Widget } from './helpers.js';

const LANGUAGES = [sourceLocale, ...targetLocales];

/** A widget in a column as wide as a 390 px phone's page (the widget's own width decides its layout). */
async function onPhone() {
  const column = await fixture<HTMLElement>(html`<div style="inline-size: 358px"><repair-request lang="en"></repair-request></div>`);
  const el = column.querySelector('repair-request') as Widget;
  await el.updateComplete;
  return el;
}

const canvas = document.createElement('canvas').getContext('2d')!;
/** Room for the chosen option's words in a select: its width without the padding and the arrow. */
function room(select: HTMLSelectElement) {
  const style = getComputedStyle(select);
  return select.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - 24;
}
function wordsWidth(select: HTMLSelectElement) {
  canvas.font = getComputedStyle(select).font;
  return canvas.measureText(select.selectedOptions[0]?.text ?? '').width;
}

/** The selects' shown words that do not fit, in every language, as "lang: words". */
async function cutInEveryLanguage(el: Widget, root: () => ShadowRoot) {
  const cut: string[] = [];
  for (const lang of LANGUAGES) {
    await speak(el, lang);
    // The placeholder: the empty choice's words, shown until the customer chooses.
    for (const select of [...root().querySelectorAll('select')].filter((s) => s.value === '')) {
      if (wordsWidth(select) > room(select)) cut.push(`${lang}: ${select.selectedOptions[0]?.text}`);
    }
  }
  await speak(el, 'en');
  return cut;
}

describe('<repair-request> the words shown in an empty select', () => {
  it('fit a phone in every language, on every step and in the contact form', async () => {
    const el = await onPhone();
    await check(el, 'Choose the product model');
    const cut = await cutInEveryLanguage(el, () => stepRoot(el));
    await completeDevice(el);
    await describeProblem(el);
    await toPurchase(el);
    cut.push(...await cutInEveryLanguage(el, () => stepRoot(el)));
    await next(el);
    await next(el);
    await check(el, 'Defective component');
    await next(el);
    cut.push(...await cutInEveryLanguage(el, () => stepRoot(el)));
    await press(el, 'Can’t complete the request online? Contact support');
    const contact = () => el.shadowRoot!.querySelector('repair-request-contact-form')!.shadowRoot!;
    cut.push(...await cutInEveryLanguage(el, contact));
    expect(cut).to.deep.equal([]);
  });
});
