import { describe, expect, it } from 'vitest';
import { attachmentFileName } from './download';

const ID = '0b7e';
const FALLBACK = `selection-${ID}.csv`;

describe('attachmentFileName (Content-Disposition)', () => {
  it('takes the plain filename, quoted or not', () => {
    expect(attachmentFileName('attachment; filename=selection-abc-20261125-103039.csv', FALLBACK)).toBe('selection-abc-20261125-103039.csv');
    expect(attachmentFileName('attachment; filename="kevät kampanja.csv"', FALLBACK)).toBe('kevät kampanja.csv');
  });

  it("prefers filename* (RFC 8187) as ASP.NET sends both", () => {
    expect(
      attachmentFileName("attachment; filename=selection-1.csv; filename*=UTF-8''selection-%C3%A4%C3%B6-1.csv", FALLBACK),
    ).toBe('selection-äö-1.csv');
    expect(attachmentFileName("attachment; filename*=iso-8859-1'fi'k%E4ytt%F6.csv", FALLBACK)).toBe('käyttö.csv');
  });

  it('keeps semicolons and escaped quotes inside a quoted value', () => {
    expect(attachmentFileName('attachment; filename="a;b \\"c\\".csv"', FALLBACK)).toBe('a;b c.csv');
  });

  it('never names a folder', () => {
    expect(attachmentFileName('attachment; filename="../../etc/passwd"', FALLBACK)).toBe('passwd');
    expect(attachmentFileName('attachment; filename="C:\\\\temp\\\\x.csv"', FALLBACK)).toBe('x.csv');
    expect(attachmentFileName('attachment; filename=".."', FALLBACK)).toBe(`selection-${ID}.csv`);
  });

  it('falls back to the given name without a usable one', () => {
    expect(attachmentFileName(null, FALLBACK)).toBe(`selection-${ID}.csv`);
    expect(attachmentFileName('', FALLBACK)).toBe(`selection-${ID}.csv`);
    expect(attachmentFileName('attachment', FALLBACK)).toBe(`selection-${ID}.csv`);
    expect(attachmentFileName("attachment; filename*=UTF-8''%E0%A4%A", FALLBACK)).toBe(`selection-${ID}.csv`);
  });
});
