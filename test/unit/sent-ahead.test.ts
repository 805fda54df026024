import { expect } from '@open-wc/testing';
import { encodeRequest } from '../../src/submit/client.js';
import { filesProgress } from '../../src/submit/file-progress.js';
import { adoptSentAheadIds, sentAheadId, sentAheadIds, setSentAheadId } from '../../src/submit/sent-ahead.js';
import { validRequest } from './fixtures.js';

const receipt = () => new File(['%PDF-1.4 receipt'], 'receipt.pdf', { type: 'application/pdf' });

describe('files sent ahead', () => {
  describe('the request that references them', () => {
    it('is JSON only when every file was sent ahead: each file is its description with the upload id', () => {
      const file = receipt();
      const { body, headers } = encodeRequest(validRequest({ proofOfPurchase: file }), new Map([[file, 'rru_receipt']]));
      expect(headers['Content-Type']).to.equal('application/json');
      expect(JSON.parse(body as string).malfunction.proofOfPurchase).to.deep.equal({ name: 'receipt.pdf', size: file.size, type: 'application/pdf', upload: 'rru_receipt' });
    });

    it('carries in parts only the files that were not sent ahead', () => {
      const file = receipt();
      const { body } = encodeRequest(validRequest({ proofOfPurchase: file }), new Map());
      expect(body).to.be.instanceOf(FormData);
      expect((body as FormData).getAll('proofOfPurchase')).to.have.length(1);
      expect(JSON.parse((body as FormData).get('request') as string).malfunction.proofOfPurchase.upload).to.equal(undefined);
    });
  });

  describe('a draft', () => {
    it('keeps each sent file\'s id by its path, and gives it back to the restored file at that path', () => {
      const [a, b] = [receipt(), receipt()];
      setSentAheadId(b, 'rru_b');
      const draft = { malfunction: { photos: { 'gimbal-close-up': [a, b] } } };
      expect(sentAheadIds(draft)).to.deep.equal([{ path: 'malfunction.photos.gimbal-close-up.1', id: 'rru_b' }]);
      const restored = { malfunction: { photos: { 'gimbal-close-up': [receipt(), receipt()] } } };
      adoptSentAheadIds(restored, sentAheadIds(draft));
      expect(restored.malfunction.photos['gimbal-close-up'].map(sentAheadId)).to.deep.equal([undefined, 'rru_b']);
      setSentAheadId(b, undefined);
      expect(sentAheadIds(draft)).to.equal(undefined);
    });
  });
});

describe('each file\'s progress in one multipart body', () => {
  // 1,000 bytes of JSON and headers, then two files of 300 and 700 bytes (and their parts' headers).
  const files = [{ name: 'a.webp', size: 300 }, { name: 'b.webp', size: 700 }];
  const total = 2000;
  const at = (loaded: number) => filesProgress(files, { loaded, total }).map((f) => f.loaded);

  it('counts nothing while the JSON part goes, then the first file, then the second, in the body\'s order', () => {
    expect(at(0)).to.deep.equal([0, 0]);
    expect(at(500)).to.deep.equal([0, 0]);
    const middle = at(1000);
    expect(middle[0]).to.be.above(0).and.below(300);
    expect(middle[1]).to.equal(0);
    const later = at(1700);
    expect(later[0]).to.equal(300);
    expect(later[1]).to.be.above(0).and.below(700);
    expect(at(total)).to.deep.equal([300, 700]);
  });

  it('names each file and gives its size as its total', () => {
    expect(filesProgress(files, { loaded: 0, total }).map((f) => [f.name, f.total])).to.deep.equal([['a.webp', 300], ['b.webp', 700]]);
  });
});
