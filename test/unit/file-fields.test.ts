import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { defaultConfig } from '../../src/config/default-config.js';
import { FILE_FIELD_KINDS, FILE_FIELDS, filesIn, mapFiles, type FileKind } from '../../src/schema/files.js';
import { filesToSend } from '../../src/submit/payload.js';
import type { RepairRequest } from '../../src/schema/request.js';
import { createRequestSchema } from '../../src/schema/request.js';
import { fileKindOf } from '../../src/schema/files.js';
import { photoRules } from '../../src/schema/photos.js';

interface Def { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; valueType?: z.core.$ZodType }

/** Every field of the schema (dotted path) whose type holds a marked file type, with its kind. */
function markedFields(schema: z.core.$ZodType, path = ''): [string, FileKind][] {
  const def = schema._zod.def as unknown as Def;
  const inner = def.innerType ?? def.element ?? def.valueType;
  const kind = fileKindOf(schema) ?? (inner ? fileKindOf(inner) ?? fileKindOf((inner._zod.def as unknown as Def).element) : undefined);
  if (kind) return [[path, kind]];
  if (def.shape) return Object.entries(def.shape).flatMap(([key, value]) => markedFields(value, path ? `${path}.${key}` : key));
  return inner ? markedFields(inner, path) : [];
}

const file = (name: string) => new File(['x'], name, { type: 'image/webp' });

describe('file fields', () => {
  it('are exactly the fields whose schema type is marked as a file, with the same kind', () => {
    const schema = createRequestSchema(defaultConfig, { today: '2026-01-01', addressRules: null, photoRules });
    expect(markedFields(schema)).to.deep.equal(Object.entries(FILE_FIELD_KINDS));
  });

  it('send each file of the request in the part named after its field, in the order the JSON describes them', () => {
    const proof = file('receipt.pdf');
    const photos = { 'gimbal-close-up': [file('a.webp'), file('b.webp')], 'aircraft-top': [file('c.webp')] };
    const request = { malfunction: { proofOfPurchase: proof, photos } } as unknown as RepairRequest;
    expect(filesToSend(request).map(({ part, file: f }) => [part, f.name])).to.deep.equal([
      ['proofOfPurchase', 'receipt.pdf'], ['photos', 'a.webp'], ['photos', 'b.webp'], ['photos', 'c.webp'],
    ]);
    expect(filesIn(request).map(({ path }) => path.join('.'))).to.deep.equal([
      'malfunction.proofOfPurchase', 'malfunction.photos.gimbal-close-up.0', 'malfunction.photos.gimbal-close-up.1', 'malfunction.photos.aircraft-top.0',
    ]);
    expect(FILE_FIELDS).to.deep.equal(['malfunction.proofOfPurchase', 'malfunction.photos']);
  });

  it('describe files in place and find nothing in a value without files', () => {
    expect(mapFiles({ shot: [file('a.webp')] }, (f) => f.size)).to.deep.equal({ shot: [1] });
    expect(filesIn({ shot: ['text'], n: 3 })).to.deep.equal([]);
  });
});
