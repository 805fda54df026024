import { expect } from '@open-wc/testing';
import { closeImageWorker, ImageError, processImage, sniffImageType } from '../../src/evidence/index.js';

/* Pictures built in the test: a canvas drawing encoded by the browser, then bytes spliced in or appended. */

async function canvasPicture(width: number, height: number, type = 'image/jpeg'): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#1d70b8');
  gradient.addColorStop(1, '#f47738');
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#fff';
  context.fillRect(width / 4, height / 4, width / 2, height / 8);
  return new Uint8Array(await (await canvas.convertToBlob({ type, quality: 0.95 })).arrayBuffer());
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [n & 0xff, n >> 8];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];

/**
 * An APP1 Exif segment (little-endian TIFF) with IFD0 pointing to a GPS IFD that
 * holds latitude and longitude (48° 51′ 30″ N, 2° 17′ 40″ E) and a camera make.
 */
function exifWithGps(): number[] {
  const entry = (tag: number, type: number, count: number, value: number[]) => [...u16(tag), ...u16(type), ...u32(count), ...value];
  // Offsets are from the TIFF header. IFD0 at 8: 2 entries (12 bytes each) + next-IFD pointer.
  const ifd0At = 8, ifd0Size = 2 + 2 * 12 + 4;
  const makeAt = ifd0At + ifd0Size;
  const make = [...ascii('DroneCam'), 0];
  const gpsAt = makeAt + make.length;
  const gpsSize = 2 + 4 * 12 + 4;
  const latAt = gpsAt + gpsSize, lonAt = latAt + 24;
  const rational = (n: number, d: number) => [...u32(n), ...u32(d)];
  const tiff = [
    ...ascii('II'), ...u16(42), ...u32(ifd0At),
    ...u16(2),
    ...entry(0x010f, 2, make.length, u32(makeAt)), // Make (ASCII)
    ...entry(0x8825, 4, 1, u32(gpsAt)), // GPSInfo IFD pointer
    ...u32(0),
    ...make,
    ...u16(4),
    ...entry(0x0001, 2, 2, [...ascii('N'), 0, 0, 0]), // GPSLatitudeRef
    ...entry(0x0002, 5, 3, u32(latAt)), // GPSLatitude
    ...entry(0x0003, 2, 2, [...ascii('E'), 0, 0, 0]), // GPSLongitudeRef
    ...entry(0x0004, 5, 3, u32(lonAt)), // GPSLongitude
    ...u32(0),
    ...rational(48, 1), ...rational(51, 1), ...rational(30, 1),
    ...rational(2, 1), ...rational(17, 1), ...rational(40, 1),
  ];
  const body = [...ascii('Exif'), 0, 0, ...tiff];
  const length = body.length + 2;
  return [0xff, 0xe1, length >> 8, length & 0xff, ...body];
}

/** The JPEG with the Exif segment right after its start-of-image marker. */
const withExif = (jpeg: Uint8Array<ArrayBuffer>) => new Uint8Array([...jpeg.subarray(0, 2), ...exifWithGps(), ...jpeg.subarray(2)]);

/** The APPn segments of a JPEG, as [marker, first bytes as text]. */
function jpegAppSegments(bytes: Uint8Array): [number, string][] {
  const out: [number, string][] = [];
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xda) break; // start of scan: the picture data follows
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker >= 0xe0 && marker <= 0xef) out.push([marker, String.fromCharCode(...bytes.subarray(at + 4, at + 10))]);
    at += 2 + length;
  }
  return out;
}

/** The chunk names of a WebP (RIFF) file. */
function webpChunks(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let at = 12; at + 8 <= bytes.length;) {
    out.push(String.fromCharCode(...bytes.subarray(at, at + 4)));
    const size = view.getUint32(at + 4, true);
    at += 8 + size + (size % 2);
  }
  return out;
}

const contains = (bytes: Uint8Array, text: string) => new TextDecoder('latin1').decode(bytes).includes(text);
const bytesOf = async (file: Blob) => new Uint8Array(await file.arrayBuffer());
const dimensions = async (file: Blob) => {
  const bitmap = await createImageBitmap(file);
  const size = [bitmap.width, bitmap.height];
  bitmap.close();
  return size;
};

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
