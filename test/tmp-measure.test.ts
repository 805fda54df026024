import { setViewport } from '@web/test-runner-commands';
import { check, checkIn, completeDevice, mount, settle, speak, stepRoot } from './helpers.js';

it('measures', async () => {
  await setViewport({ width: 390, height: 844 });
  const el = await mount();
  await completeDevice(el);
  await check(el, 'Repair');
  await check(el, 'Crash damage');
  await check(el, 'I have a DJI Care service plan');
  await check(el, 'Confirm to use DJI Care Refresh Express');
  await check(el, 'Product-related problem');
  await check(el, 'Request data analysis');
  for (const lang of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'ja', 'zh-Hans', 'ar']) {
    await speak(el, lang);
    await settle(el);
    const root = stepRoot(el);
    const parts = [...root.children].map((c) => `${c.localName}${c.id ? '#' + c.id : ''}${c.getAttribute('aria-labelledby') ? '[' + c.getAttribute('aria-labelledby') + ']' : ''}:${Math.round(c.getBoundingClientRect().height)}`);
    const widget = el.getBoundingClientRect().height;
    console.log(lang, Math.round(widget), parts.join(' '));
    const h = (e: Element | null) => Math.round(e?.getBoundingClientRect().height ?? -1);
    const w = el.shadowRoot!.querySelector('.widget')!;
    console.log('  widget:', [...w.children].map((c) => `${c.localName}.${c.className}:${h(c)}`).join(' '));
    const prob = root.querySelector('section[aria-labelledby=problem-title]')!;
    console.log('  problem:', [...prob.children].map((c) => `${c.localName}.${c.className}:${h(c)}`).join(' '));
    const acc = root.querySelector('section[aria-labelledby=accident-title]')!;
    console.log('  accident:', [...acc.children].map((c) => `${c.localName}.${c.className}:${h(c)}`).join(' '));
    const det = root.querySelector('.analysis-details')!;
    console.log('  details:', [...det.children].map((c) => `${c.localName}.${c.className}:${h(c)}`).join(' '));
  }
  void checkIn;
});
