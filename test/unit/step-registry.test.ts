import { expect } from '@open-wc/testing';
import { partsFor } from '../../src/i18n/localization.js';
import { STEPS } from '../../src/schema/options.js';
import { later } from '../../src/shell/later.js';
import { STEP_REGISTRY, type StepEntry } from '../../src/steps/registry.js';
import '../../src/repair-request.js';

describe('the step registry', () => {
  it('has exactly one entry per step', () => {
    expect(Object.keys(STEP_REGISTRY).sort()).to.deep.equal([...STEPS].sort());
  });

  for (const step of STEPS) {
    it(`loads the ${step} step's element under its registered tag`, async () => {
      const { code } = STEP_REGISTRY[step] as StepEntry;
      if (code) await later(code);
      expect(customElements.get(STEP_REGISTRY[step].tag), STEP_REGISTRY[step].tag).to.be.a('function');
    });

    it(`loads the core messages and the ${step} step's own part`, () => {
      const { part } = STEP_REGISTRY[step];
      expect(partsFor(step)).to.include('core').and.to.include(part);
    });
  }

  it('keeps the first step in the main chunk (no code to load) and every other step on demand', () => {
    expect(STEPS.filter((s) => (STEP_REGISTRY[s] as StepEntry).code)).to.deep.equal(STEPS.slice(1));
  });

  it('gives every step its own tag', () => {
    const tags = STEPS.map((s) => STEP_REGISTRY[s].tag);
    expect(new Set(tags).size).to.equal(STEPS.length);
  });
});
