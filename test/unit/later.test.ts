import { expect } from '@open-wc/testing';
import { LATER } from '../../src/shell/code-map.js';
import { later, type LaterName } from '../../src/shell/later.js';

describe('the code loaded on demand (one map, one import site in the first step)', () => {
  for (const name of Object.keys(LATER) as LaterName[]) {
    it(`loads ${name} through the map, as the module itself`, async () => {
      expect(await later(name)).to.equal(await LATER[name]());
    });
  }
});
