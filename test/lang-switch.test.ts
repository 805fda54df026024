/**
 * The widget's `lang` changed while a saved draft is resumed: the step the
 * draft reopens shows in that language only, even when the language's messages
 * are slow to come. Each test runs the widget in a page of its own
 * (test/support/frame.ts), where no French message has loaded yet.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { completeToSummary, homeAddress, press, settle, stepRoot, type Widget } from './helpers.js';
import { failDownloads, framedWidget, holdDownloads, isAccessibleInFrame } from './support/frame.js';
import { DRAFT_PREFIX } from './support/stored-drafts.js';

const FRENCH = '/src/generated/locales/fr/';
let serial = 0;

afterEach(() => failDownloads());

/** The words of the step shown, one space between them. */
const stepText = (el: Widget) => stepRoot(el).textContent!.replace(/\s+/g, ' ');
const shownStep = (el: Widget) => stepRoot(el).host.localName;
const widgetLang = (el: Widget) => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang');

/**
 * Looks at each frame the page paints until `stop()`: the frames where the summary showed in French with
 * English words among them (a step shown in two languages).
 */
function watchMixedFrames(el: Widget) {
  const mixed: string[] = [];
  let watching = true;
  const win = el.ownerDocument.defaultView!;
  const look = () => {
    if (!watching) return;
    const summary = el.shadowRoot!.querySelector('repair-request-submit-step:not([hidden])');
    if (widgetLang(el) === 'fr' && summary?.shadowRoot && / Change /.test(stepText(el))) mixed.push(stepText(el).slice(0, 120));
    win.requestAnimationFrame(look);
  };
  win.requestAnimationFrame(look);
  return { mixed, stop: () => { watching = false; } };
}

/** A widget in its own page, its request saved at the summary, reloaded with the Resume choice offered (in English). */
async function savedAtSummary() {
  const key = `lang-switch-${Date.now()}-${serial++}`;
  const framed = await framedWidget({ lang: 'en', persist: 'session', 'draft-key': key, endpoint: '/api/repair-requests' }, { addresses: [homeAddress] });
  await completeToSummary(framed.el);
  await waitUntil(() => JSON.parse(sessionStorage.getItem(DRAFT_PREFIX + key) ?? '{}').step === 'submit', 'the draft is saved at the summary');
  const el = await framed.reload();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="resume-banner"]'), 'the Resume choice shows', { timeout: 5000 });
  return { framed, el };
}

/** The summary, in French only (its rows, their Change buttons, its Send button), and never painted half in English. */
async function expectFrenchSummary(el: Widget, frames: ReturnType<typeof watchMixedFrames>) {
  await waitUntil(() => widgetLang(el) === 'fr' && shownStep(el) === 'repair-request-submit-step', 'the summary shows in French', { timeout: 5000 });
  await settle(el);
  const words = stepText(el);
  expect(words).to.contain('Modifier');
  expect(words).to.contain('Modèle');
  expect(words).not.to.match(/\bChange\b/);
  expect(words).not.to.contain('Not provided');
  frames.stop();
  expect(frames.mixed, 'frames painted with French and English words').to.deep.equal([]);
}

describe('<repair-request> language changed around Resume', () => {
  it('shows the summary in the new language when `lang` changes right before Resume', async () => {
    const { framed, el } = await savedAtSummary();
    const frames = watchMixedFrames(el);
    el.setAttribute('lang', 'fr');
    await press(el, 'Resume your request');
    await expectFrenchSummary(el, frames);
    await isAccessibleInFrame(framed);
  });

  it('shows the summary in the new language when its messages are slow to come, changed right before Resume', async () => {
    const { framed, el } = await savedAtSummary();
    const frames = watchMixedFrames(el);
    await holdDownloads(FRENCH);
    el.setAttribute('lang', 'fr');
    await press(el, 'Resume your request');
    await waitUntil(() => shownStep(el) === 'repair-request-submit-step', 'the summary shows, in English until French comes', { timeout: 5000 });
    await failDownloads(); // The French messages come.
    await expectFrenchSummary(el, frames);
    await isAccessibleInFrame(framed);
  });

  it('shows the summary in the new language when `lang` changes just after Resume, its messages slow to come', async () => {
    const { framed, el } = await savedAtSummary();
    const frames = watchMixedFrames(el);
    await holdDownloads(FRENCH);
    await press(el, 'Resume your request');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => shownStep(el) === 'repair-request-submit-step', 'the summary shows, in English until French comes', { timeout: 5000 });
    await failDownloads();
    await expectFrenchSummary(el, frames);
    await isAccessibleInFrame(framed);
  });
});
