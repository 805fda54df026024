import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../src/config/default-config.js';
import { addressRules } from '../../src/schema/address-rules.js';
import { CONDITIONAL_FIELDS } from '../../src/schema/conditions.js';
import { createRequestSchema } from '../../src/schema/request.js';

/** The Malfunction part's field names, as the schema declares them. */
function malfunctionFields(): string[] {
  const schema = createRequestSchema(defaultConfig, { today: '2026-11-24', addressRules }) as unknown as {
    shape: { malfunction: { shape?: Record<string, unknown>; _zod: { def: { innerType?: { shape: Record<string, unknown> } } } } };
  };
  const part = schema.shape.malfunction;
  return Object.keys(part.shape ?? part._zod.def.innerType!.shape);
}

describe('the conditional sections of Malfunction (CONDITIONAL_FIELDS)', () => {
  it('name only fields the schema has', () => {
    const fields = malfunctionFields();
    for (const [section, owned] of Object.entries(CONDITIONAL_FIELDS)) {
      for (const field of owned) expect(fields, `${section}.${field}`).to.include(field);
    }
  });

  it('cover every field but those asked whatever the answers, so no hidden answer is sent', () => {
    const conditional = new Set<string>(Object.values(CONDITIONAL_FIELDS).flat());
    const always = malfunctionFields().filter((f) => !conditional.has(f));
    expect(always).to.deep.equal(['serviceType']);
  });
});
