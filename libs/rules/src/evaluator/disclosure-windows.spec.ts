import { inspectionWindow, licenceWindow } from './disclosure-windows.js';

describe('how long licences and 双随机 results are public (inferred where no text read settles it)', () => {
  it('a licence from its decision date to the day after 有效期至, and without end where it has none', () => {
    expect(licenceWindow({ decisionDate: '2026-03-02', validTo: '2031-03-01' })).toMatchObject({ from: '2026-03-02', until: '2031-03-02' });
    const longTerm = licenceWindow({ decisionDate: '2026-03-02' });
    expect(longTerm).toMatchObject({ from: '2026-03-02', basis: { documentNumber: '发改电〔2015〕557号' } });
    expect(longTerm?.until).toBeUndefined();
    expect(longTerm?.basis.inferred).toContain('no national text read');
  });

  it('a 双随机 result for 3 years from the inspection date; a 29 February ends on the 28th', () => {
    expect(inspectionWindow({ inspectedOn: '2028-02-29' })).toMatchObject({ from: '2028-02-29', until: '2031-02-28' });
  });

  it('no window for a decision date that is not a date', () => {
    expect(licenceWindow({ decisionDate: '2026-02-30' })).toBeUndefined();
    expect(inspectionWindow({})).toBeUndefined();
  });
});
