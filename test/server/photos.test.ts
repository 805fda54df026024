/** Several file fields, photos per shot, their limits and polyglot pictures: createRepairHandler through Node's http, on PGlite. */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { defaultConfig } from '../../src/config/default-config.js';
import type { RepairConfig } from '../../src/config/config-schema.js';
import { jpegBytes, pngBytes, webpBytes, withPayload, ZIP_HEAD } from '../support/pictures.js';
import { problemOf, startServer, STAFF, validMessage, validRequest, type TestServer } from './helpers.js';

const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const staff = { Authorization: `Bearer ${STAFF}` };
type Part = [part: string, name: string, bytes: Uint8Array | string];

/**
 * POSTs a request as the widget does: the JSON describes each file in its
 * field (`photos` by shot), the files follow as parts in the same order.
 */
function post(url: string, { photos = {}, proof, issues = ['gimbal-camera', 'crash-damage'], parts: extra }: {
  photos?: Record<string, [string, Uint8Array | string][]>; proof?: [string, Uint8Array | string]; issues?: string[]; parts?: Part[];
}) {
  const json = validRequest();
  json.malfunction.issues = issues;
  if (issues.includes('crash-damage')) json.malfunction.crashCause = 'user';
  const parts: Part[] = [];
  const describe = ([name, bytes]: [string, Uint8Array | string], part: string) => {
    parts.push([part, name, bytes]);
    return { name, size: typeof bytes === 'string' ? bytes.length : bytes.byteLength, type: 'image/jpeg' };
  };
  if (proof) json.malfunction.proofOfPurchase = describe(proof, 'proofOfPurchase');
  if (Object.keys(photos).length) {
    json.malfunction.photos = Object.fromEntries(Object.entries(photos).map(([shot, files]) => [shot, files.map((f) => describe(f, 'photos'))]));
  }
  const form = new FormData();
  form.append('request', JSON.stringify(json));
  for (const [part, name, bytes] of extra ?? parts) form.append(part, new File([bytes as BlobPart], name), name);
  return fetch(`${url}/api/repair-requests`, { method: 'POST', body: form });
}

const errorsOf = async (response: Response, status = 422) => (await problemOf(response, status)).errors?.map((e) => [e.path, e.code]);

describe('photos and several file fields', () => {
  let s: TestServer;
  before(async () => { s = await startServer(); });

  it('stores photos of several shots and the proof of purchase, each part checked and listed for staff by field', async () => {
    const response = await post(s.url, {
      proof: ['receipt.pdf', PDF],
      photos: { 'gimbal-close-up': [['g1.jpg', jpegBytes()], ['g2.webp', webpBytes()]], 'aircraft-top': [['top.png', pngBytes()]] },
    });
    assert.equal(response.status, 201, await response.clone().text());
    const { caseNumber } = await response.json();
    const stored = await (await fetch(`${s.url}/api/cases/${caseNumber}`, { headers: staff })).json();
    assert.deepEqual(stored.files.map((f: { part: string; path: string; name: string; type: string }) => [f.part, f.path, f.name, f.type]), [
      ['photos', 'malfunction.photos.aircraft-top.0', 'top.png', 'image/png'],
      ['photos', 'malfunction.photos.gimbal-close-up.0', 'g1.jpg', 'image/jpeg'],
      ['photos', 'malfunction.photos.gimbal-close-up.1', 'g2.webp', 'image/webp'],
      ['proofOfPurchase', 'malfunction.proofOfPurchase', 'receipt.pdf', 'application/pdf'],
    ]);
    assert.deepEqual(stored.request.malfunction.photos['gimbal-close-up'].map((f: { name: string }) => f.name), ['g1.jpg', 'g2.webp']);
  });

  const polyglots: [string, Uint8Array, string][] = [
    ['a JPEG with a ZIP appended after its EOI', withPayload(jpegBytes(), ZIP_HEAD), 'photo.jpg'],
    ['a JPEG with HTML appended after its EOI', withPayload(jpegBytes(), '<html><script>alert(1)</script></html>'), 'photo.jpg'],
    ['a PNG with bytes after its IEND chunk', withPayload(pngBytes(), ZIP_HEAD), 'photo.png'],
    ['a WebP with bytes beyond its RIFF length', withPayload(webpBytes(), ZIP_HEAD), 'photo.webp'],
    ['a JPEG cut before its EOI', jpegBytes().slice(0, -2), 'photo.jpg'],
    ['a PDF named .jpg', new TextEncoder().encode(PDF), 'photo.jpg'],
  ];
  for (const [what, bytes, name] of polyglots) {
    it(`refuses ${what} (422 problem+json, file_content on the photo) and keeps no file of the request`, async () => {
      const before = (await readdir(s.filesDir)).length;
      const errors = await errorsOf(await post(s.url, { proof: ['receipt.pdf', PDF], photos: { 'gimbal-close-up': [['ok.jpg', jpegBytes()], [name, bytes]] } }));
      assert.deepEqual(errors, [['malfunction.photos.gimbal-close-up.1', 'file_content']]);
      assert.equal((await readdir(s.filesDir)).length, before);
    });
  }

  // Every picture is checked to its end, whatever field it comes in: the proof of purchase and the contact form's attachment too.
  const appended: [string, Uint8Array, string][] = [
    ['a JPEG with a ZIP appended after its EOI', withPayload(jpegBytes(), ZIP_HEAD), 'receipt.jpg'],
    ['a PNG with a ZIP after its IEND chunk', withPayload(pngBytes(), ZIP_HEAD), 'receipt.png'],
  ];
  for (const [what, bytes, name] of appended) {
    it(`refuses ${what} as the proof of purchase (422 file_content) and keeps no file of the request`, async () => {
      const before = (await readdir(s.filesDir)).length;
      assert.deepEqual(await errorsOf(await post(s.url, { proof: [name, bytes] })), [['malfunction.proofOfPurchase', 'file_content']]);
      assert.equal((await readdir(s.filesDir)).length, before);
    });

    it(`refuses ${what} as the contact form's attachment (422 file_content) and keeps no file of the message`, async () => {
      const contact = await startServer({ contact: { verifyToken: () => true } });
      const form = new FormData();
      form.append('message', JSON.stringify({ ...validMessage(), verificationToken: 'token' }));
      form.append('proofOfPurchase', new File([bytes as BlobPart], name), name);
      const errors = await errorsOf(await fetch(`${contact.url}/api/contact`, { method: 'POST', body: form }));
      assert.deepEqual(errors, [['proofOfPurchase', 'file_content']]);
      assert.deepEqual(await readdir(contact.filesDir), []);
    });
  }

  it('takes a picture that ends where its bytes end, as the proof of purchase and as the contact form\'s attachment', async () => {
    assert.equal((await post(s.url, { proof: ['receipt.png', pngBytes()] })).status, 201);
    const contact = await startServer({ contact: { verifyToken: () => true } });
    const form = new FormData();
    form.append('message', JSON.stringify({ ...validMessage(), verificationToken: 'token' }));
    form.append('proofOfPurchase', new File([jpegBytes() as BlobPart], 'receipt.jpg'), 'receipt.jpg');
    assert.equal((await fetch(`${contact.url}/api/contact`, { method: 'POST', body: form })).status, 201);
  });

  it('refuses parts that do not match the JSON: one missing, one unknown (400)', async () => {
    const photos = { 'gimbal-close-up': [['a.jpg', jpegBytes()], ['b.jpg', jpegBytes()]] as [string, Uint8Array][] };
    await problemOf(await post(s.url, { photos, parts: [['photos', 'a.jpg', jpegBytes()]] }), 400);
    await problemOf(await post(s.url, { photos, parts: [['photos', 'a.jpg', jpegBytes()], ['photos', 'b.jpg', jpegBytes()], ['evidence', 'c.jpg', jpegBytes()]] }), 400);
  });

  it('refuses photos of a shot no chosen issue asks for (not_applicable) and of an unknown shot (invalid)', async () => {
    assert.deepEqual(await errorsOf(await post(s.url, { issues: ['gimbal-camera'], photos: { 'battery-damage': [['b.jpg', jpegBytes()]] } })),
      [['malfunction.photos', 'not_applicable']]);
    assert.deepEqual(await errorsOf(await post(s.url, { photos: { 'selfie': [['b.jpg', jpegBytes()]] } })), [['malfunction.photos.selfie', 'invalid']]);
  });

  describe('with the limits of the configuration', () => {
    const config: RepairConfig = { ...defaultConfig, evidence: { limits: { perShot: 2, total: 3, totalBytes: 200 } } };
    let limited: TestServer;
    before(async () => { limited = await startServer({ config }); });
    const photo = (name: string): [string, Uint8Array] => [name, jpegBytes()];

    it('refuses more photos of one shot than perShot (photos_per_shot on the shot)', async () => {
      assert.deepEqual(await errorsOf(await post(limited.url, { photos: { 'gimbal-close-up': [photo('1.jpg'), photo('2.jpg'), photo('3.jpg')] } })),
        [['malfunction.photos.gimbal-close-up', 'photos_per_shot']]);
    });

    it('refuses more photos in all than total (photos_total)', async () => {
      const photos = { 'gimbal-close-up': [photo('1.jpg'), photo('2.jpg')], 'aircraft-top': [photo('3.jpg'), photo('4.jpg')] };
      assert.deepEqual(await errorsOf(await post(limited.url, { photos })), [['malfunction.photos', 'photos_total']]);
    });

    it('refuses photos larger together than totalBytes (photos_too_large)', async () => {
      const big = withPayload(jpegBytes(), []);
      const photos = { 'gimbal-close-up': [['1.jpg', big]], 'aircraft-top': [['2.jpg', big], ['3.jpg', big]] } as Record<string, [string, Uint8Array][]>;
      const padded = Object.fromEntries(Object.entries(photos).map(([k, v]) => [k, v.map(([n]) => [n, new Uint8Array(80).fill(0x41)] as [string, Uint8Array])]));
      assert.deepEqual(await errorsOf(await post(limited.url, { photos: padded })), [['malfunction.photos', 'photos_too_large']]);
    });

    it('accepts photos within every limit', async () => {
      const response = await post(limited.url, { photos: { 'gimbal-close-up': [photo('1.jpg'), photo('2.jpg')], 'aircraft-top': [photo('3.jpg')] } });
      assert.equal(response.status, 201, await response.clone().text());
    });
  });

  it('limits each part to its own kind: a proof of purchase over files.maxBytes is a 413, photos of that size are taken', async () => {
    const small = await startServer({ config: { ...defaultConfig, files: { ...defaultConfig.files, maxBytes: PDF.length } } });
    const big = withPayload(new TextEncoder().encode(PDF), [0x0a]);
    await problemOf(await post(small.url, { proof: ['receipt.pdf', new TextDecoder().decode(big)] }), 413);
    const photo = jpegBytes(200);
    assert.ok(photo.length > PDF.length);
    const response = await post(small.url, { photos: { 'gimbal-close-up': [['big.jpg', photo]] }, proof: ['receipt.pdf', PDF] });
    assert.equal(response.status, 201, await response.clone().text());
  });

  it('requires a photo of a shot the configuration marks required (photo_required)', async () => {
    const required: RepairConfig = {
      ...defaultConfig,
      issueGroups: defaultConfig.issueGroups.map((g) => ({
        ...g, issues: g.issues.map((i) => (i.id === 'gimbal-camera' ? { ...i, shots: [{ id: 'gimbal-close-up', required: true }] } : i)),
      })),
    };
    const strict = await startServer({ config: required });
    assert.deepEqual(await errorsOf(await post(strict.url, { issues: ['gimbal-camera'] })), [['malfunction.photos.gimbal-close-up', 'photo_required']]);
    assert.equal((await post(strict.url, { issues: ['gimbal-camera'], photos: { 'gimbal-close-up': [['g.jpg', jpegBytes()]] } })).status, 201);
  });
});
