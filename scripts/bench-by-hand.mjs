// `npm run bench`'s second reference: the widget's own page, by hand.
//
// The plain page (bench/plain.html) has the Device step's fields and nothing
// else. The widget's page has more on it at the same moment: the progress list,
// the error summary, the hints, the recognised model, the contact offer that a
// serial number we cannot recognise brings, the next step built ahead. To tell
// what the widget's code costs from what its page costs to style, lay out and
// paint, the bench also measures that page without the widget's code:
//
// 1. it opens the built widget, brings it to the moment just before the measured
//    action (the keystroke; the first Next), and saves its DOM as static HTML:
//    each shadow root as a declarative one, with its adopted styles as a
//    <style>, the form controls' state as attributes;
// 2. it adds a hand-written script (no framework, no schema) that makes the
//    same DOM changes as the widget does for that action (the field's error
//    message, `aria-invalid`, the contact offer; for Next, the panels, the
//    progress list, Previous, the announcement, the heading's focus);
// 3. it checks that the page by hand ends the action with the same DOM as the
//    widget (the field, or the progress list and the panel shown): when the
//    widget's page changes and this script does not follow, the rows are
//    marked as not comparable instead of measuring another page.
//
// The bench's probe then measures these pages like the widget's, against the
// plain page of the same run. What they give is what the widget's page itself
// costs, with no framework's or schema's work in the action: the widget's code can
// only add to it (the page by hand keeps each shadow root's styles as a <style>,
// where the widget shares constructed sheets, so it can do a little worse).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const head = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: ${title}</title>
</head>
<body>`;

/** In the page: every shadow root (depth first) and a query across them. */
const inPage = () => {
  window.__roots = () => {
    const out = [];
    const walk = (r) => r.querySelectorAll('*').forEach((n) => { if (n.shadowRoot) { out.push(n.shadowRoot); walk(n.shadowRoot); } });
    walk(document);
    return out;
  };
  window.__find = (selector) => {
    for (const r of [document, ...window.__roots()]) { const n = r.querySelector(selector); if (n) return n; }
    return null;
  };
  /** The markup of `node`, without Lit's comment markers and the whitespace between tags, for comparing. */
  window.__markup = (node) => {
    // A control's state as an attribute is the static page's way of keeping it: not a difference.
    const copy = node.cloneNode(true);
    copy.querySelectorAll('input').forEach((input) => input.removeAttribute('value'));
    return copy.outerHTML.replace(/<!--[^]*?-->/g, '').replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();
  };
  /** The body as static HTML: shadow roots declarative, with their adopted styles, and the controls' state. */
  window.__serialise = () => {
    const roots = window.__roots();
    for (const root of roots) {
      const style = document.createElement('style');
      style.textContent = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      root.prepend(style);
      for (const input of root.querySelectorAll('input')) {
        if (input.type === 'radio' || input.type === 'checkbox') input.toggleAttribute('checked', input.checked);
        else input.setAttribute('value', input.value);
      }
      for (const select of root.querySelectorAll('select')) for (const option of select.options) option.toggleAttribute('selected', option.selected);
    }
    return document.body.getHTML({ shadowRoots: roots });
  };
  window.__settle = (ms) => new Promise((ok) => setTimeout(ok, ms));
};

/** The keystroke by hand: the serial number's error and the contact offer, as the Device step renders them. */
const KEYSTROKE = `<script>
(() => {
  const roots = []; const walk = (r) => r.querySelectorAll('*').forEach((n) => { if (n.shadowRoot) { roots.push(n.shadowRoot); walk(n.shadowRoot); } }); walk(document);
  const find = (s) => { for (const r of roots) { const n = r.querySelector(s); if (n) return n; } return null; };
  const input = find('#device-serial');
  const after = find('#device-serial-after');
  let attempted = false;
  let shown = false;
  find('[part~="next-button"]').addEventListener('click', () => { attempted = true; });
  input.addEventListener('input', () => {
    const bad = attempted && !/^0K1C[0-9A-Z]{10}$/.test(input.value.replace(/\\s+/g, '').toUpperCase());
    if (!bad || shown) return;
    shown = true;
    const error = document.createElement('span');
    error.className = 'error-message';
    error.id = 'device-serial-error';
    const hidden = document.createElement('span');
    hidden.className = 'visually-hidden';
    hidden.textContent = 'Error:';
    error.append(hidden, ' We could not recognise this serial number. Check it, or choose your model from the list instead.');
    input.before(error);
    input.closest('.field').classList.add('has-error');
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'device-serial-hint device-serial-error device-serial-after');
    after.querySelector('.status').textContent = '';
    const notice = document.createElement('div');
    notice.className = 'notice';
    const text = document.createElement('p');
    text.textContent = 'If the online repair request cannot be made, send us a message and our support team will help you.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button secondary';
    button.textContent = 'Contact support';
    notice.append(text, button);
    after.append(notice);
  });
})();
</script>`;

/** Next and Previous by hand: the panels, the progress list, Previous, the announcement and the heading's focus. */
const NEXT = `<script>
(() => {
  const shell = document.querySelector('repair-request').shadowRoot;
  const panels = shell.querySelectorAll('.step-panel');
  const items = shell.querySelectorAll('.steps li');
  const back = shell.querySelector('[part~="back-button"]');
  const live = shell.querySelector('[aria-live]');
  const names = ${JSON.stringify(['Device', 'Malfunction', 'Parts', 'Address', 'Submit'])};
  // As the widget does at idle: the hidden step is styled and laid out once as shown, so its first show costs what a later one does.
  requestIdleCallback(() => { const p = panels[1]; p.hidden = p.inert = false; p.getBoundingClientRect(); p.hidden = p.inert = true; });
  const show = (i) => {
    panels.forEach((p, j) => { p.hidden = p.inert = j !== i; });
    items.forEach((li, j) => {
      li.className = j < i ? 'done' : '';
      li.setAttribute('aria-current', j === i ? 'step' : 'false');
      li.querySelector('.number').textContent = j < i ? '✓' : String(j + 1);
      li.querySelector('.label > .visually-hidden:last-child').textContent = j < i ? ', completed' : '';
    });
    back.hidden = i === 0;
    live.textContent = 'Step ' + (i + 1) + ' of 5: ' + names[i];
    void getComputedStyle(panels[i]).visibility;
    panels[i].firstElementChild.shadowRoot.querySelector('h2').focus();
  };
  shell.querySelector('[part~="next-button"]').addEventListener('click', () => show(1));
  back.addEventListener('click', () => show(0));
})();
</script>`;

/** Brings a fresh widget page to the keystroke's moment (a known serial, Next pressed: errors follow the typing). */
async function toKeystroke(tab) {
  return tab.evaluate(async () => {
    window.__find('input[type=radio][value=serial]').click();
    await window.__settle(300);
    const input = window.__find('#device-serial');
    input.value = '0K1CG1R0A30059';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await window.__settle(300);
    window.__find('[part~="next-button"]').click();
    await window.__settle(1500);
  });
}

/** Brings a fresh widget page to the first Next's moment (the step answered, the next one built ahead). */
async function toNext(tab) {
  return tab.evaluate(async () => {
    const choose = (selector, value) => {
      const select = window.__find(selector);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    };
    window.__find('input[type=radio][value=model]').click();
    await window.__settle(300);
    choose('#device-zone', 'europe');
    await window.__settle(300);
    choose('#device-country', 'FR');
    choose('#device-model', 'mavic-mini');
    await window.__settle(2500);
  });
}

/** What an action changed, to compare the widget's page with the page by hand. */
const keystrokeResult = (tab) => tab.evaluate(async () => {
  const input = window.__find('#device-serial');
  input.value = '0K1CG1R0A300591';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await window.__settle(500);
  return window.__markup(input.closest('.field').parentElement);
});
const nextResult = (tab) => tab.evaluate(async () => {
  window.__find('[part~="next-button"]').click();
  await window.__settle(800);
  const shell = document.querySelector('repair-request').shadowRoot;
  // The two steps' panels (the step after is then built ahead at idle, after the frame measured).
  const panels = [...shell.querySelectorAll('.step-panel')].slice(0, 2).map((p) => `${p.hidden} ${p.inert} ${p.firstElementChild?.localName}`);
  const focused = shell.activeElement?.shadowRoot?.activeElement?.textContent?.trim();
  return JSON.stringify([window.__markup(shell.querySelector('.steps')), panels, shell.querySelector('[part~="back-button"]').hidden,
    shell.querySelector('[aria-live]').textContent.trim(), focused]);
});

/** A new folder for the pages by hand. */
export const handPagesDir = () => mkdtempSync(join(tmpdir(), 'bench-by-hand-'));

/** Opens the widget's page and waits for its first step, then for the work it does at idle (the next step built ahead). */
async function opened(tab, url) {
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__find('input[type=radio][value=serial]'), { timeout: 60_000 });
  await tab.evaluate(() => window.__settle(1000));
}

/**
 * Makes the pages by hand from the widget at `origin`/bench/widget.html, in `dir` (served at `origin`/hand/):
 * `hand-keystroke.html`, `hand-next.html`; resolves with, for each, whether it ends its action as the widget does.
 */
export async function makePagesByHand(browser, origin, dir) {
  const pages = [
    { file: 'hand-keystroke.html', title: 'the widget’s page at the keystroke, by hand', to: toKeystroke, script: KEYSTROKE, result: keystrokeResult },
    { file: 'hand-next.html', title: 'the widget’s page at Next, by hand', to: toNext, script: NEXT, result: nextResult },
  ];
  const same = {};
  /** Runs `use` on a tab of a fresh incognito context (no saved draft offered back), then closes it. */
  const inFreshTab = async (use) => {
    const context = await browser.createBrowserContext();
    try {
      const tab = await context.newPage();
      await tab.setViewport({ width: 1024, height: 900 });
      await tab.evaluateOnNewDocument(inPage);
      return await use(tab);
    } finally {
      await context.close();
    }
  };
  for (const page of pages) {
    await inFreshTab(async (tab) => {
      await opened(tab, `${origin}/bench/widget.html`);
      await page.to(tab);
      const body = await tab.evaluate(() => window.__serialise());
      writeFileSync(join(dir, page.file), `${head(page.title)}${body}\n${page.script}\n</body>\n</html>\n`);
    });
    // The same action on the widget and on the page by hand: do they end with the same DOM?
    const widget = await inFreshTab(async (tab) => {
      await opened(tab, `${origin}/bench/widget.html`);
      await page.to(tab);
      return page.result(tab);
    });
    const byHand = await inFreshTab(async (tab) => {
      await tab.goto(`${origin}/hand/${page.file}`, { waitUntil: 'load' });
      // At the keystroke's moment, Next was pressed on the widget: errors follow the typing.
      if (page.to === toKeystroke) await tab.evaluate(() => { window.__find('[part~="next-button"]').click(); });
      await tab.evaluate(() => window.__settle(300));
      return page.result(tab);
    });
    same[page.file] = widget === byHand;
    if (!same[page.file]) console.warn(`bench: ${page.file} does not end its action as the widget does; its rows are left out.\n  widget:  ${widget}\n  by hand: ${byHand}`);
  }
  return same;
}
