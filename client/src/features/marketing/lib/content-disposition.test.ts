import { describe, expect, it } from 'vitest';
import { exportFileName } from './content-disposition';

const ID = '0b7e';

describe('exportFileName (Content-Disposition)', () => {
  it('takes the plain filename, quoted or not', () => {
    expect(exportFileName('attachment; filename=selection-abc-20261125-103039.csv', ID)).toBe('selection-abc-20261125-103039.csv');
    expect(exportFileName('attachment; filename="kevät kampanja.csv"', ID)).toBe('kevät kampanja.csv');
  });

  it("prefers filename* (RFC 8187) as ASP.NET sends both", () => {
    expect(
      exportFileName("attachment; filename=selection-1.csv; filename*=UTF-8''selection-%C3%A4%C3%B6-1.csv", ID),
    ).toBe('selection-äö-1.csv');
    expect(exportFileName("attachment; filename*=iso-8859-1'fi'k%E4ytt%F6.csv", ID)).toBe('käyttö.csv');
  });

  it('keeps semicolons and escaped quotes inside a quoted value', () => {
    expect(exportFileName('attachment; filename="a;b \\"c\\".csv"', ID)).toBe('a;b c.csv');
  });

  it('never names a folder', () => {
    expect(exportFileName('attachment; filename="../../etc/passwd"', ID)).toBe('passwd');
    expect(exportFileName('attachment; filename="C:\\\\temp\\\\x.csv"', ID)).toBe('x.csv');
    expect(exportFileName('attachment; filename=".."', ID)).toBe(`selection-${ID}.csv`);
  });

  it('falls back to selection-<id>.csv without a usable name', () => {
    expect(exportFileName(null, ID)).toBe(`selection-${ID}.csv`);
    expect(exportFileName('', ID)).toBe(`selection-${ID}.csv`);
    expect(exportFileName('attachment', ID)).toBe(`selection-${ID}.csv`);
    expect(exportFileName("attachment; filename*=UTF-8''%E0%A4%A", ID)).toBe(`selection-${ID}.csv`);
  });
});
