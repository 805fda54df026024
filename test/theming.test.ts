import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { completeDevice, control, isAccessible, mount, next, stepRoot, type Widget } from './helpers.js';

/**
 * A CSS colour as [r, g, b] (0–255), as the browser computes it in a colour
 * scheme (for `light-dark()`), on a probe the page's own rules cannot reach.
 */
function rgb(colour: string, scheme = 'light'): number[] {
  // Already computed (and so not forced again by forced-colours mode, as a probe would be).
  if (/^rgba?\(/.test(colour)) return colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const holder = document.createElement('div');
  const probe = document.createElement('span');
  probe.style.colorScheme = scheme;
  probe.style.color = colour;
  holder.attachShadow({ mode: 'open' }).append(probe);
  document.body.append(holder);
  const computed = getComputedStyle(probe).color;
  holder.remove();
  return computed.match(/[\d.]+/g)!.slice(0, 3).map(Number);
}

/** WCAG 2 contrast ratio between two colours. */
function contrast(a: string, b: string, scheme = 'light') {
  const luminance = (c: string) => {
    const [r, g, bl] = rgb(c, scheme).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The value of one of the widget's colour tokens, as resolved on the element. */
const token = (el: Widget, name: string) => getComputedStyle(el).getPropertyValue(`--_color-${name}`).trim();

const nextButton = (el: Widget) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="next-button"]')!;
const colour = (c: string) => `rgb(${rgb(c).join(', ')})`;

/** A page stylesheet for the duration of one test. */
function pageStyle(cssText: string) {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return style;
}

/** Text / background pairs the widget draws (text on surface in panels, on notice in notices…). */
const pairs: [string, string][] = [
  ['text', 'background'], ['text-muted', 'background'], ['primary', 'background'], ['error', 'background'],
  ['success', 'background'], ['text', 'surface'], ['text-muted', 'surface'], ['primary', 'surface'],
  ['error', 'surface'], ['text', 'notice'], ['primary', 'notice'], ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
];

describe('<repair-request> theming', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('dark theme', () => {
    it('switches to dark colours with theme="dark" and stays accessible', async () => {
      const el = await mount();
      const lightBackground = getComputedStyle(el).backgroundColor;
      const lightText = getComputedStyle(el).color;
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.not.equal(lightBackground);
      expect(getComputedStyle(el).color).to.not.equal(lightText);
      expect(contrast(getComputedStyle(el).backgroundColor, '#000000')).to.be.below(2, 'a dark background');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(control(el, 'Zone')).colorScheme).to.equal('dark', 'native controls render dark');
      await isAccessible(el);
      await completeDevice(el);
      await isAccessible(el);
    });

    it('meets WCAG AA (4.5:1) for every text colour on every background, in both palettes', async () => {
      const el = await mount(html`<repair-request lang="en" theme="dark"></repair-request>`);
      for (const theme of ['dark', 'light']) {
        el.setAttribute('theme', theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        for (const [fg, bg] of pairs) {
          const ratio = contrast(token(el, fg), token(el, bg), getComputedStyle(el).colorScheme);
          expect(ratio, `${theme}: ${fg} on ${bg}`).to.be.at.least(4.5);
        }
      }
    });

    it('follows a dark colour scheme preference, unless theme="light"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount();
      const light = await mount(html`<repair-request lang="en" theme="light"></repair-request>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal(colour('#14181f'));
      expect(getComputedStyle(light).colorScheme).to.equal('light');
      expect(getComputedStyle(light).backgroundColor).to.equal(colour('#ffffff'));
      await isAccessible(el);
      await isAccessible(light);
    });

    it('keeps an integrator’s custom property over the dark default', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await mount(html`<repair-request lang="en" theme="dark"
        style="--repair-request-color-primary: #ffd166; --repair-request-color-background: #101010"></repair-request>`);
      expect(getComputedStyle(nextButton(el)).backgroundColor).to.equal(colour('#ffd166'));
      expect(getComputedStyle(el).backgroundColor).to.equal(colour('#101010'));
    });
  });

  describe('isolation', () => {
    it('ignores the page’s global rules for buttons, inputs and text, even with !important', async () => {
      const style = pageStyle(`
        body * { font-size: 40px !important; font-family: monospace !important; color: red !important;
          text-transform: uppercase !important; letter-spacing: 1em !important; line-height: 5 !important; }
        button, input, select, .button, label { background: red !important; border: 5px dashed lime !important; padding: 30px !important; }
        * { box-sizing: content-box !important; }`);
      try {
        const el = await mount();
        const button = getComputedStyle(nextButton(el));
        expect(button.backgroundColor).to.equal(colour('#0b5cad'));
        expect(button.paddingTop).to.not.equal('30px');
        expect(button.boxSizing).to.equal('border-box');
        const steps = getComputedStyle(el.shadowRoot!.querySelector('[part="steps"]')!);
        expect(steps.fontSize).to.equal('16px');
        expect(steps.fontFamily).to.not.contain('monospace');
        expect(steps.textTransform).to.equal('none');
        const label = getComputedStyle(stepRoot(el).querySelector('label')!);
        expect(label.fontSize).to.equal('16px');
        expect(label.color).to.equal(colour('#1d2430'));
        expect(label.textTransform).to.equal('none');
        expect(label.letterSpacing).to.equal('normal');
        expect(label.fontFamily).to.not.contain('monospace');
        expect(getComputedStyle(control(el, 'Zone')).backgroundColor).to.equal(colour('#ffffff'));
        await isAccessible(el);
      } finally {
        style.remove();
      }
    });

    it('scales with the page’s root font size (rem), by design', async () => {
      const style = pageStyle('html { font-size: 20px; }');
      try {
        const el = await mount();
        expect(getComputedStyle(stepRoot(el).querySelector('label')!).fontSize).to.equal('20px');
      } finally {
        style.remove();
      }
    });

    it('does not style the page’s own .button, .field or label elements', async () => {
      const el = await mount();
      const page = document.createElement('div');
      page.innerHTML = '<button class="button" type="button">Page button</button><div class="field"><label>Page label</label></div>';
      el.after(page);
      try {
        const button = getComputedStyle(page.querySelector('button')!);
        expect(button.backgroundColor).to.not.equal(colour('#0b5cad'));
        expect(button.minHeight).to.not.equal('44px');
        expect(getComputedStyle(page.querySelector('.field')!).marginBottom).to.equal('0px');
        expect(getComputedStyle(page.querySelector('label')!).fontWeight).to.not.equal('600');
      } finally {
        page.remove();
      }
    });
  });

  describe('reduced motion', () => {
    it('turns off transitions, even ones the page adds through ::part, when the user prefers reduced motion', async () => {
      const style = pageStyle('repair-request::part(next-button) { transition: background-color 1s; }');
      try {
        const el = await mount();
        expect(getComputedStyle(nextButton(el)).transitionDuration).to.equal('1s');
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(nextButton(el)).transitionDuration).to.equal('0s');
      } finally {
        style.remove();
      }
    });
  });
  describe('focus ring', () => {
    /** The bands of a `box-shadow` focus ring, inside out: colour and width in px. */
    const bands = (boxShadow: string) => {
      let inner = 0;
      return [...boxShadow.matchAll(/(rgba?\([^)]*\)) 0px 0px 0px (\d+(?:\.\d+)?)px/g)].map(([, colour, spread]) => {
        const band = { colour: colour!, width: Number(spread) - inner };
        inner = Number(spread);
        return band;
      });
    };

    it('has a band of at least 2px that reaches 3:1 against every background, in both themes', async () => {
      const el = await mount();
      const zone = control<HTMLSelectElement>(el, 'Zone');
      zone.focus();
      expect(zone.matches(':focus-visible')).to.equal(true);
      for (const theme of ['light', 'dark']) {
        el.setAttribute('theme', theme);
        const ring = bands(getComputedStyle(zone).boxShadow);
        expect(ring.length, `${theme}: a ring is drawn`).to.be.at.least(1);
        for (const background of ['background', 'surface', 'notice']) {
          const best = Math.max(...ring.filter((b) => b.width >= 2).map((b) => contrast(b.colour, token(el, background), theme)));
          expect(best, `${theme}: focus ring on ${background}`).to.be.at.least(3);
        }
      }
    });
  });

  describe('forced colours (Windows High Contrast)', () => {
    const forcedColours = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });
    afterEach(() => forcedColours(false));

    it('keeps the current step’s filled circle', async () => {
      const el = await mount();
      await forcedColours(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const number = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(`.steps li${selector} .number`)!);
      const current = number('[aria-current="step"]');
      const canvas = getComputedStyle(el).backgroundColor;
      expect(current.backgroundColor).to.not.match(/, 0\)$/, 'the current circle is filled');
      expect(contrast(current.backgroundColor, canvas)).to.be.at.least(3, 'the fill stands out from the page');
      expect(contrast(current.color, current.backgroundColor)).to.be.at.least(4.5, 'its number is readable');
    });

    it('shows the focus on the error summary', async () => {
      const el = await mount();
      await forcedColours(true);
      await next(el);
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
      expect(summary.matches(':focus')).to.equal(true, 'the summary takes focus');
      const style = getComputedStyle(summary);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, style.backgroundColor === 'rgba(0, 0, 0, 0)' ? getComputedStyle(el).backgroundColor : style.backgroundColor))
        .to.be.at.least(3, 'the outline is visible');
    });
  });
});
