/**
 * The Malfunction step fits a phone: on a 390 × 844 viewport, no screen of the
 * step is taller than 2,100 px (about 2.5 viewports) in any of the widget's
 * languages, with every branch open and with every error of the screen shown.
 * The height measured is the whole widget, as the customer scrolls it: title,
 * step indicator, error summary, the screen, and the Previous / Next bar.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { defaultConfig } from '../src/config/default-config.js';
import { issueLabel } from '../src/i18n/answer-labels.js';
import { supportedLocales } from '../src/i18n/localization.js';
import { emulatePointer } from './support/pointer.js';
import {
  attachFile, check, checkIn, completeDevice, fill, fillDate, group, mount, next, screenPosition, settle, speak, stepElement, type,
} from './helpers.js';

const LIMIT_PX = 2100;

/** Every problem of the default catalogue that asks for photos: all of their shots open at once (the longest photo screen). */
const problemsWithShots = defaultConfig.issueGroups.flatMap((g) => g.issues).filter((i) => i.shots?.length).map(issueLabel);

/** The left edges of the choices of a group of problems, rounded: one per column. */
const columnsOf = (fieldset: HTMLFieldSetElement) =>
  new Set([...fieldset.querySelectorAll('.choice')].map((choice) => Math.round(choice.getBoundingClientRect().left))).size;

describe('<repair-request> problem list', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps its two groups, in two columns where the widget is wide enough and in one on a phone', async () => {
    await setViewport({ width: 800, height: 600 });
    const el = await mount();
    await completeDevice(el);
    const groups = ['Hardware problem', 'Software and others'].map((legend) => group(el, legend));
    expect(groups.map(columnsOf)).to.deep.equal([2, 2]);
    await setViewport({ width: 390, height: 844 });
    await settle(el);
    expect(groups.map(columnsOf)).to.deep.equal([1, 1]);
  });
});

describe('<repair-request> photos of the damage on a wide screen (1280 px)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('lays the shots in two columns that line up row by row, whatever the hints wrap to, in French', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await mount();
    await completeDevice(el);
    await check(el, 'Repair');
    for (const problem of problemsWithShots) await check(el, problem);
    await next(el);
    await fill(el, 'Describe your problem', 'The aircraft fell during a hover.');
    await check(el, 'I contacted online support');
    await next(el);
    await speak(el, 'fr');
    const rows = [...stepElement(el).shadowRoot!.querySelectorAll<HTMLElement>('fieldset.photos .drop-row')];
    expect(rows).to.have.length(11);
    const top = (row: HTMLElement, selector: string) => Math.round(row.querySelector(selector)!.getBoundingClientRect().top);
    const lefts = new Set(rows.map((row) => Math.round(row.getBoundingClientRect().left)));
    expect(lefts.size, 'two columns').to.equal(2);
    // Side by side, two rows start their label, their buttons, their hint and their end at the same heights.
    const misaligned = [];
    for (let i = 0; i + 1 < rows.length; i += 2) {
      const [a, b] = [rows[i]!, rows[i + 1]!];
      for (const part of ['label', '.drop-actions', '.hint']) if (top(a, part) !== top(b, part)) misaligned.push(`${i}/${i + 1} ${part}`);
      if (Math.round(a.getBoundingClientRect().bottom) !== Math.round(b.getBoundingClientRect().bottom)) misaligned.push(`${i}/${i + 1} end`);
    }
    expect(misaligned).to.deep.equal([]);
  });
});

describe('<repair-request> Malfunction step on a phone (390 × 844)', () => {
  // A mouse first; the photos' screen is measured with a finger too, where each shot offers the camera as well.
  let pointer: ReturnType<typeof emulatePointer>;
  before(async () => {
    pointer = emulatePointer();
    await setViewport({ width: 390, height: 844 });
  });
  after(async () => {
    pointer.restore();
    await setViewport({ width: 800, height: 600 });
  });

  it(`has no screen taller than ${LIMIT_PX} px in any of the ${supportedLocales.length} languages, every branch open`, async function () {
    this.timeout(240_000);
    const el = await mount();
    const heights: Record<string, Record<string, number>> = {};
    /** Measures the widget in every language, then returns to English (the helpers find controls by English labels). */
    const measure = async (state: string) => {
      const steps = el.shadowRoot!.querySelectorAll('[part="steps"] li').length;
      expect(steps, `${state}: the step indicator keeps the five steps`).to.equal(5);
      for (const lang of supportedLocales) {
        await speak(el, lang);
        (heights[state] ??= {})[lang] = Math.round(el.getBoundingClientRect().height);
      }
      await speak(el, 'en');
    };

    await completeDevice(el);
    await next(el);
    await measure('1 problem, errors');
    await check(el, 'Replacement');
    await measure('1 problem, replacement');
    await check(el, 'Repair');
    for (const problem of problemsWithShots) await check(el, problem);
    await measure('1 problem');

    await next(el);
    await next(el);
    await measure('2 description, errors');
    await fill(el, 'Describe your problem', 'The aircraft fell during a hover. '.repeat(20));
    await check(el, 'I contacted online support');
    await measure('2 description');

    // Every shot of the default catalogue's lists (the problems chosen ask for all of them).
    expect(problemsWithShots).to.have.length(4);
    await next(el);
    await measure('2b photos');
    pointer.set(true);
    await settle(el);
    expect(stepElement(el).shadowRoot!.querySelectorAll('input[capture]'), 'a camera button per shot').to.have.length(11);
    await measure('2b photos, touch device');
    pointer.set(false);
    await settle(el);

    await next(el);
    await fillDate(el, 'Date of receipt', '2999-01-01');
    await attachFile(el, 'Upload a proof of purchase', new File(['MZ'], 'setup.exe'));
    await next(el);
    await measure('3 purchase, errors');
    await fillDate(el, 'Date of receipt', '2024-05-10');
    await attachFile(el, 'Upload a proof of purchase', new File(['%PDF-1.4 invoice'], 'invoice.pdf', { type: 'application/pdf' }));
    await measure('3 purchase');

    await next(el);
    await check(el, 'I have a DJI Care service plan');
    await check(el, 'Confirm to use DJI Care Refresh Express');
    await next(el);
    await measure('4 plan, errors');
    await type(el, 'Aircraft serial number', '0K1CG1R0A30059');
    await measure('4 plan');

    await check(el, 'Continue with the online repair request');
    await next(el);
    await next(el);
    await measure('5 accident, errors');
    await check(el, 'Product-related problem');
    await next(el);
    await measure('5 accident, analysis offer with its error');
    await check(el, 'Request data analysis');
    await next(el);
    await measure('5 accident, date with its error');
    await fillDate(el, 'Date of the accident', '2024-06-01');
    await measure('5 accident');

    await next(el);
    await next(el);
    await measure('6 analysis, errors');
    await checkIn(el, 'Flight environment', 'Seaside');
    await checkIn(el, 'Abnormal condition', 'Other');
    await measure('6 analysis');

    await next(el);
    await next(el);
    expect(screenPosition(el)).to.equal('Part 8 of 8');
    await measure('7 flight data, errors');
    await type(el, 'DJI account used during the flight', 'pilot@example.com');
    await check(el, 'I have synced my flight data.');
    await fill(el, 'Video link', 'https://drive.example.com/crash.mp4');
    await measure('7 flight data');

    const rows = Object.entries(heights).map(([state, byLang]) =>
      `${state.padEnd(44)} ${Object.entries(byLang).map(([lang, px]) => `${lang} ${px}`).join(', ')}`);
    console.log(`Widget heights at 390 px (limit ${LIMIT_PX} px):\n${rows.join('\n')}`);
    const tooTall = Object.entries(heights).flatMap(([state, byLang]) =>
      Object.entries(byLang).filter(([, px]) => px > LIMIT_PX).map(([lang, px]) => `${state} in ${lang}: ${px} px`));
    expect(tooTall).to.deep.equal([]);
    // Every language was measured on every screen.
    expect(Object.values(heights).every((byLang) => Object.keys(byLang).length === supportedLocales.length)).to.equal(true);
  });
});
