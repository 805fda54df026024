/**
 * Test helpers that act like a user on the public element: find controls by
 * their visible label, type, choose, press Next. They reach into shadow roots
 * the way assistive technology does, never into private state.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultConfig } from '../src/config/default-config.js';
import type { RepairRequestElement } from '../src/repair-request.js';
import '../src/index.js';

export type Widget = RepairRequestElement;

export async function mount(template = html`<repair-request lang="en"></repair-request>`) {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return el;
}

/** The shadow root of the current step element. */
export function stepRoot(el: Widget): ShadowRoot {
  const step = [...el.shadowRoot!.querySelectorAll('*')]
    .find((n) => n.localName.startsWith('repair-request-') && n.localName.endsWith('-step') && !n.closest('[hidden]'));
  if (!step?.shadowRoot) throw new Error('No step is rendered');
  return step.shadowRoot;
}

export function stepElement(el: Widget): HTMLElement {
  return stepRoot(el).host as HTMLElement;
}

/** The current step's heading text. */
export const heading = (el: Widget) => stepRoot(el).querySelector('h2')!.textContent!.trim();

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Every root to search, as a user sees them: the widget's and any nested
 * element's shadow root, except those of hidden elements (steps built ahead).
 */
function roots(el: Widget): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(root);
    root.querySelectorAll('*').forEach((n) => n.shadowRoot && !n.closest('[hidden]') && visit(n.shadowRoot));
  };
  visit(el.shadowRoot!);
  return out;
}

/** The control whose label text starts with `label` (case-insensitive). */
export function control<T extends HTMLElement = HTMLInputElement>(el: Widget, label: string): T {
  const wanted = label.toLowerCase();
  for (const root of roots(el)) {
    for (const lab of root.querySelectorAll('label')) {
      const text = norm(lab.textContent).toLowerCase();
      if (text.startsWith(wanted)) {
        const id = lab.getAttribute('for');
        const target = id ? root.getElementById(id) : lab.querySelector('input,select,textarea');
        if (target) return target as T;
      }
    }
  }
  throw new Error(`No control labelled "${label}"`);
}

/** Whether a control with this label is rendered. */
export function hasControl(el: Widget, label: string) {
  try { control(el, label); return true; } catch { return false; }
}

/** The fieldset whose legend starts with `legend`. */
export function group(el: Widget, legend: string): HTMLFieldSetElement {
  const wanted = legend.toLowerCase();
  for (const root of roots(el)) {
    for (const lg of root.querySelectorAll('legend')) {
      if (norm(lg.textContent).toLowerCase().startsWith(wanted)) return lg.parentElement as HTMLFieldSetElement;
    }
  }
  throw new Error(`No group with legend "${legend}"`);
}

/** The day, month and year fields of a date input, by its legend. */
export function dateParts(el: Widget, legend: string) {
  const fieldset = group(el, legend);
  const part = (name: string) => fieldset.querySelector<HTMLInputElement>(`input[data-part="${name}"]`)!;
  return { day: part('day'), month: part('month'), year: part('year'), fieldset };
}

/** The date a date input holds, as its parts read: YYYY-MM-DD. */
export function dateValue(el: Widget, legend: string) {
  const { day, month, year } = dateParts(el, legend);
  return `${year.value}-${month.value}-${day.value}`;
}

/** Whether a group with this legend is shown. */
export function hasGroup(el: Widget, legend: string) {
  try { group(el, legend); return true; } catch { return false; }
}

/** Types a date (YYYY-MM-DD, parts may be empty or wrong) into a date input, part by part, then leaves it. */
export async function fillDate(el: Widget, legend: string, value: string) {
  const [year = '', month = '', day = ''] = value.split('-');
  const parts = dateParts(el, legend);
  for (const [input, typed] of [[parts.day, day], [parts.month, month], [parts.year, year]] as const) {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
  }
}

/** Text of everything visible in the widget (all shadow roots), whitespace folded. */
export function text(el: Widget) {
  return roots(el).map((r) => norm(r.textContent)).join(' ');
}

export async function settle(el: Widget) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
}

/** Switches the widget's language through its `lang` attribute, as a host page would. */
export async function speak(el: Widget, lang: string) {
  el.setAttribute('lang', lang);
  await waitUntil(() => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang') === lang, `renders in ${lang}`, { timeout: 5000 });
  await settle(el);
}

/** Types into a text field by its label, as a user would (replacing what is there). */
export async function type(el: Widget, label: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, label);
  input.focus();
  input.select();
  if (value) await sendKeys({ type: value });
  else await sendKeys({ press: 'Backspace' });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Sets a field's value directly (fast, for long texts and dates), firing input and change. */
export async function fill(el: Widget, label: string, value: string) {
  const input = control<HTMLInputElement | HTMLTextAreaElement>(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Chooses an option of a select by its label, by its visible text. */
export async function select(el: Widget, label: string, optionText: string) {
  const sel = control<HTMLSelectElement>(el, label);
  const option = [...sel.options].find((o) => norm(o.textContent) === optionText || o.value === optionText);
  if (!option) throw new Error(`No option "${optionText}" in "${label}"`);
  sel.value = option.value;
  sel.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Clicks a radio or checkbox by its label. */
export async function check(el: Widget, label: string) {
  control(el, label).click();
  await settle(el);
}

/** The button (or link-button) a customer sees with this text (case-insensitive). */
function buttonNamed(el: Widget, name: string): HTMLElement {
  const wanted = name.toLowerCase();
  for (const root of roots(el)) {
    const button = [...root.querySelectorAll<HTMLElement>('button, a')].find((b) => norm(b.textContent).toLowerCase() === wanted);
    if (button) return button;
  }
  throw new Error(`No button "${name}"`);
}

/** Clicks a button (or link-button) by its text. */
export async function press(el: Widget, name: string) {
  buttonNamed(el, name).click();
  await settle(el);
}

/**
 * Presses Next as a customer does (the button takes focus, then the click) and returns once what Next does is
 * complete: the focus has left the button for the new step's or screen's heading, or for the error summary (a
 * Next whose code cannot load leaves it there and says so). After a step change, it also awaits
 * `repair-request-step-change`, which the shell fires once the new step has rendered and its heading has focus,
 * then the element's update: a test may then read `document.activeElement` or press a key.
 */
export async function next(el: Widget, name = 'Next') {
  const button = buttonNamed(el, name);
  const from = stepElement(el);
  const loadError = el.shadowRoot!.querySelector('.load-error');
  let changed = false;
  const stepChange = new Promise<void>((resolve) => {
    el.addEventListener('repair-request-step-change', () => { changed = true; resolve(); }, { once: true });
  });
  button.focus({ preventScroll: true });
  button.click();
  const failed = () => { const shown = el.shadowRoot!.querySelector('.load-error'); return shown && shown !== loadError; };
  await waitUntil(() => el.shadowRoot!.activeElement !== button || failed(),
    `${name} is done: focus has moved (or the code could not load)`, { timeout: 10_000 });
  if (changed || stepElement(el) !== from) await stepChange;
  await settle(el);
}
export const back = (el: Widget) => press(el, 'Previous');

/** The error summary's items, as shown. */
export function summaryErrors(el: Widget) {
  return [...el.shadowRoot!.querySelectorAll('.error-summary li')].map((li) => norm(li.textContent));
}

/** The error message shown next to a control (by label), or ''. */
export function fieldError(el: Widget, label: string) {
  const input = control(el, label);
  const fieldset = input.closest('fieldset');
  const ids = (input.getAttribute('aria-describedby') ?? '') + ' ' + (fieldset?.getAttribute('aria-describedby') ?? '');
  const root = input.getRootNode() as ShadowRoot;
  const error = ids.split(/\s+/).filter((id) => id.endsWith('-error')).map((id) => root.getElementById(id)).find(Boolean);
  return norm(error?.textContent).replace(/^Error:\s*/, '');
}

/** The error shown for a group (by legend), or ''. */
export function groupError(el: Widget, legend: string) {
  const fs = group(el, legend);
  return norm(fs.querySelector('.error-message')?.textContent).replace(/^Error:\s*/, '');
}

export async function isAccessible(el: Widget) {
  await settle(el);
  await expect(el).to.be.accessible();
}

/**
 * Completes the Device step with the seed's example (Europe, France, Mavic Mini by model); returns once the next
 * step is shown with its heading focused (see `next`).
 */
export async function completeDevice(el: Widget) {
  await select(el, 'Zone', 'Europe');
  await select(el, 'Country/region', 'France');
  await check(el, 'Choose the product model');
  await select(el, 'Product model', 'Mavic Mini - The Everyday FlyCam');
  await next(el);
}

/**
 * Completes the Malfunction step with the minimal repair answers (one problem, a description, support contacted),
 * screen by screen: the service and the problem (and `problems`); the description and support; the proof of
 * purchase (`file`, if given); the service plan (left unticked).
 */
export async function completeMalfunction(el: Widget, { problems = [], file }: { problems?: string[]; file?: File } = {}) {
  await describeProblem(el, ...problems);
  await toPurchase(el);
  if (file) await attachFile(el, 'Upload a proof of purchase', file);
  await next(el);
  await next(el);
}

/**
 * On the Malfunction step: the minimal repair answers of its first two screens (a repair, the gimbal and
 * `problems`; a description, support contacted), ending on the second.
 */
export async function describeProblem(el: Widget, ...problems: string[]) {
  await check(el, 'Repair');
  await check(el, 'Gimbal and camera malfunction');
  for (const problem of problems) await check(el, problem);
  await next(el);
  await fill(el, 'Describe your problem', 'The gimbal does not move at all.');
  await check(el, 'I contacted online support');
}

/**
 * On the Malfunction step's photos screen (the chosen problem asks for photos of the damage, which are optional
 * by default): goes on without any, with the Next button named `nextLabel` (in the widget's language).
 * Fails when another screen is shown, so that a walk cannot skip a screen by mistake.
 */
export async function passPhotos(el: Widget, nextLabel = 'Next') {
  if (!stepRoot(el).querySelector('#photos-title')) throw new Error('Not on the photos screen');
  await next(el, nextLabel);
}

/**
 * On the Malfunction step's description screen: Next, then past the photos of the damage, to the proof of
 * purchase (`nextLabel`: the Next button in the widget's language).
 */
export async function toPurchase(el: Widget, nextLabel = 'Next') {
  await next(el, nextLabel);
  await passPhotos(el, nextLabel);
}

/**
 * On the Malfunction step's first screen: the minimal repair answers (a repair, the gimbal and `problems`; a
 * description, support contacted), past the photos and the proof of purchase (left empty), to the service plan
 * and its express path. Checks each screen on the way, so that a walk cannot skip one by mistake.
 */
export async function toServicePlan(el: Widget, ...problems: string[]) {
  await describeProblem(el, ...problems);
  expect(screenPosition(el), 'the description').to.match(/^Part 2 of/);
  await next(el);
  expect(screenPosition(el), 'the photos').to.match(/^Part 3 of/);
  expect(stepRoot(el).querySelector('#photos-title')?.textContent, 'the photos').to.equal('Photos of the damage');
  await next(el);
  expect(screenPosition(el), 'the proof of purchase').to.match(/^Part 4 of/);
  await next(el);
  expect(screenPosition(el), 'the service plan').to.match(/^Part 5 of/);
  expect(hasControl(el, 'I have a DJI Care service plan'), 'the service plan').to.equal(true);
}

/** A new widget on the Malfunction step's proof-of-purchase screen (a gimbal repair), in `lang`. */
export async function mountAtPurchase(lang = 'en') {
  const el = await mount();
  await completeDevice(el);
  await describeProblem(el);
  await toPurchase(el);
  if (lang !== 'en') await speak(el, lang);
  return el;
}

/**
 * On the Malfunction step: a repair of a crashed product, the minimal answers, a product-related cause and a
 * data analysis requested, on the screen that then asks the accident's date (`flightData`: and past the next
 * one, to the last screen, asking the flight data).
 */
export async function requestAnalysis(el: Widget, { flightData = false } = {}) {
  await describeProblem(el, 'Crash damage');
  await toPurchase(el);
  await next(el); // the proof of purchase
  await next(el); // the service plan
  await next(el);
  await check(el, 'Product-related problem');
  await check(el, 'Request data analysis');
  if (!flightData) return;
  await fillDate(el, 'Date of the accident', '2024-06-01');
  await next(el);
  await checkIn(el, 'Flight environment', 'Seaside');
  await checkIn(el, 'Abnormal condition', 'Other');
  await next(el);
}

/** The Malfunction step's position line ("Part 2 of 3"), or '' on a step in one screen. */
export const screenPosition = (el: Widget) => norm(stepRoot(el).querySelector('.screen-position')?.textContent);

/** Chooses a file in a file input by its label, as the file picker would. */
export async function attachFile(el: Widget, label: string, file: File) {
  const input = control(el, label);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Clicks the radio or checkbox labelled `label` inside the group whose legend starts with `legend`. */
export async function checkIn(el: Widget, legend: string, label: string) {
  const fs = group(el, legend);
  const wanted = label.toLowerCase();
  const lab = [...fs.querySelectorAll('label')].find((l) => norm(l.textContent).toLowerCase().startsWith(wanted));
  const id = lab?.getAttribute('for');
  const input = id ? (fs.getRootNode() as ShadowRoot).getElementById(id) : null;
  if (!input) throw new Error(`No choice "${label}" in "${legend}"`);
  input.click();
  await settle(el);
}

/** The seed's return address, to pass as `.addresses` before completeToSummary(). */
export const homeAddress = {
  id: 'home', recipient: 'Camille Martin', line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR',
  phone: '+33 1 23 45 67 89',
};

/**
 * Completes every step with the seed's example and arrives at the summary. The
 * widget must have `homeAddress` among its `addresses`.
 */
export async function completeToSummary(el: Widget) {
  await completeDevice(el);
  await completeMalfunction(el);
  await partsToSummary(el);
}

/** From the Parts step to the summary with the seed's example. The widget must have `homeAddress` among its `addresses`. */
export async function partsToSummary(el: Widget) {
  await check(el, 'Defective component');
  await next(el);
  await completeAddress(el);
  await next(el);
}

/** The seed's e-mail, typed on the Address step when the host gives no `customer-email`. */
export const homeEmail = 'camille@example.com';

/** On the Address step: chooses `homeAddress` and gives the contact e-mail. */
export async function completeAddress(el: Widget) {
  await check(el, 'Camille Martin');
  await fill(el, 'Your e-mail address', homeEmail);
}

/**
 * Every test starts without a saved draft: the widget keeps its draft in
 * sessionStorage under the page's path, which outlives each test's fixture.
 * The previous test's widget saves its draft when it is removed: let that
 * happen first.
 */
beforeEach(async () => {
  await new Promise((resolve) => setTimeout(resolve));
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('repair-request:draft:')) sessionStorage.removeItem(key);
  } catch {
    // Storage is blocked: nothing was saved either.
  }
});

/** The default configuration, with the gimbal's close-up photo required (a shot the configuration marks required). */
export const gimbalCloseUpRequired = () => ({
  ...defaultConfig,
  issueGroups: defaultConfig.issueGroups.map((g) => ({
    ...g, issues: g.issues.map((i) => (i.id === 'gimbal-camera' ? { ...i, shots: [{ id: 'gimbal-close-up', required: true }] } : i)),
  })),
});
