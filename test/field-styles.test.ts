/**
 * Field styles that only later screens use (a text area and its counter,
 * large and inline choices) come with those screens' code, not with the first
 * step's styles: they still apply where they are shown.
 */
import { expect } from '@open-wc/testing';
import { check, completeDevice, control, mount, next } from './helpers.js';

const rem = (n: number) => `${n * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`;

describe('<repair-request> later fields', () => {
  it('gives the Malfunction step\'s description room to write', async () => {
    const el = await mount();
    await completeDevice(el);
    await check(el, 'Repair');
    await check(el, 'Gimbal and camera malfunction');
    await next(el);
    const box = control<HTMLTextAreaElement>(el, 'Describe your problem');
    expect(getComputedStyle(box).minHeight).to.equal(rem(8));
    expect(getComputedStyle(box).resize).to.equal('vertical');
  });
});
