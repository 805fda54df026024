import { expect } from '@open-wc/testing';
import { closeImageWorker, ImageError, processImage, sniffImageType } from '../../src/evidence/index.js';

import { ascii, bytesOf, canvasPicture, contains, dimensions, jpegAppSegments, webpChunks, withExif } from '../support/exif.js';

describe('the evidence picture pipeline', () => {
  after(() => closeImageWorker());

  describe('given a JPEG with EXIF and a GPS position', () => {
    let original: File;
    before(async () => {
      original = new File([withExif(await canvasPicture(800, 600))], 'IMG_0042.JPG', { type: 'image/jpeg' });
      const bytes = await bytesOf(original);
      // The test picture is what it claims: a JPEG that opens, whose first segment is the Exif with GPS tags.
      expect(jpegAppSegments(bytes)[0]).to.deep.equal([0xe1, 'Exif\0\0']);
      expect(contains(bytes, 'DroneCam')).to.equal(true);
      expect(await dimensions(original)).to.deep.equal([800, 600]);
    });

    it('writes it again as WebP by default, in a worker, with no EXIF, the same picture size and fewer bytes', async () => {
      const result = await processImage(original);
      const bytes = await bytesOf(result.file);
      expect(result.via).to.equal('worker');
      expect(result.sourceType).to.equal('jpeg');
      expect(result.file.type).to.equal('image/webp');
      expect(result.file.name).to.equal('IMG_0042.webp');
      expect(webpChunks(bytes)).not.to.include('EXIF');
      expect(contains(bytes, 'Exif') || contains(bytes, 'DroneCam')).to.equal(false);
      expect(await dimensions(result.file)).to.deep.equal([800, 600]);
      expect([result.width, result.height, result.originalWidth, result.originalHeight]).to.deep.equal([800, 600, 800, 600]);
      expect(result.bytesBefore).to.equal(original.size);
      expect(result.bytesAfter).to.equal(result.file.size);
      expect(result.bytesAfter).to.be.at.most(result.bytesBefore);
    });

    it('writes JPEG when asked, at the quality asked, with no Exif segment', async () => {
      const high = await processImage(original, { format: 'jpeg', quality: 0.9 });
      const low = await processImage(original, { format: 'jpeg', quality: 0.5 });
      const bytes = await bytesOf(low.file);
      expect(low.file.type).to.equal('image/jpeg');
      expect(low.file.name).to.equal('IMG_0042.jpg');
      expect(jpegAppSegments(bytes).filter(([, start]) => start.startsWith('Exif'))).to.deep.equal([]);
      expect(contains(bytes, 'DroneCam')).to.equal(false);
      expect(await dimensions(low.file)).to.deep.equal([800, 600]);
      expect(low.bytesAfter).to.be.below(high.bytesAfter);
      expect(high.bytesAfter).to.be.at.most(original.size);
    });

    it('does the same on the page when no worker is used', async () => {
      const result = await processImage(original, { worker: false });
      expect(result.via).to.equal('main');
      expect(contains(await bytesOf(result.file), 'Exif')).to.equal(false);
      expect(await dimensions(result.file)).to.deep.equal([800, 600]);
    });
  });

  it('scales a large picture down to the longest side configured, keeping its proportions', async () => {
    const wide = new File([await canvasPicture(3000, 1000)], 'wide.jpg', { type: 'image/jpeg' });
    const byDefault = await processImage(wide);
    expect(await dimensions(byDefault.file)).to.deep.equal([2048, 683]);
    const small = await processImage(wide, { maxSide: 600 });
    expect(await dimensions(small.file)).to.deep.equal([600, 200]);
    expect([small.originalWidth, small.originalHeight]).to.deep.equal([3000, 1000]);
    const tall = await processImage(new File([await canvasPicture(300, 900, 'image/png')], 'tall.png'), { maxSide: 450 });
    expect(await dimensions(tall.file)).to.deep.equal([150, 450]);
  });

  it('drops a page and an archive appended after the picture (a polyglot)', async () => {
    const page = ascii('<html><body><script>alert(document.cookie)</script></body></html>');
    const zip = [0x50, 0x4b, 0x03, 0x04, ...ascii('payload.exe'), 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)];
    const picture = await canvasPicture(400, 300);
    const polyglot = new File([picture, new Uint8Array(page), new Uint8Array(zip)], 'innocent.jpg', { type: 'image/jpeg' });
    expect(await dimensions(polyglot)).to.deep.equal([400, 300]);
    for (const format of ['jpeg', 'webp'] as const) {
      const bytes = await bytesOf((await processImage(polyglot, { format })).file);
      expect(contains(bytes, '<script'), format).to.equal(false);
      expect(contains(bytes, 'PK\x03\x04') || contains(bytes, 'payload.exe'), format).to.equal(false);
      if (format === 'jpeg') expect([...bytes.subarray(-2)]).to.deep.equal([0xff, 0xd9]);
      else expect(new DataView(bytes.buffer).getUint32(4, true) + 8).to.equal(bytes.length);
    }
  });

  it('refuses a HEIC picture this browser cannot decode, saying it is HEIC', async () => {
    const heic = new Uint8Array([...u32be(24), ...ascii('ftypheic'), ...u32be(0), ...ascii('mif1heic'), ...new Array(64).fill(0)]);
    expect(sniffImageType(heic)).to.equal('heic');
    const error = await processImage(new File([heic], 'IMG_0001.HEIC')).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ImageError);
    expect((error as ImageError).code).to.equal('heic_unsupported');
  });

  it('refuses a file that is not a picture, whatever its name', async () => {
    const error = await processImage(new File(['<html></html>'], 'photo.jpg', { type: 'image/jpeg' })).catch((e: unknown) => e);
    expect((error as ImageError).code).to.equal('not_an_image');
  });

  it('refuses a damaged picture', async () => {
    const picture = await canvasPicture(200, 100);
    const error = await processImage(new File([picture.subarray(0, 40)], 'cut.jpg')).catch((e: unknown) => e);
    expect((error as ImageError).code).to.equal('image_undecodable');
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const work = processImage(new File([await canvasPicture(1600, 1200)], 'big.jpg'), { signal: controller.signal });
    controller.abort();
    const error = await work.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

function u32be(n: number) {
  return [n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
