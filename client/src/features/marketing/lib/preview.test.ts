import { describe, expect, it } from 'vitest';
import { exclusionReasonValues } from '@/api/schema';
import { summarizePreview } from './preview';
import type { SelectionPreviewDto } from '@/api/types';

describe('summarizePreview', () => {
  it('lists every reason in the order the API applies them, with totals', () => {
    const s = summarizePreview({
      included: 1712,
      excluded: { noAddress: 2, nonDisclosure: 18, prohibitionRegister: 3, restricted: 0, ownBan: 1, partnerBan: 0, noConsent: 0 },
    });
    expect(s.rows.map((r) => r.reason)).toEqual([...exclusionReasonValues]);
    expect(s.rows.map((r) => r.count)).toEqual([18, 0, 1, 0, 3, 0, 2]);
    expect(s.included).toBe(1712);
    expect(s.excluded).toBe(24);
    expect(s.candidates).toBe(1736);
    expect(s.rows.every((r) => r.known)).toBe(true);
  });

  it('shows a reason the API left out as 0 and one this UI does not know at the end', () => {
    const s = summarizePreview({ included: 0, excluded: { nonDisclosure: 1, zzNew: 4, aaAlsoNew: 2 } as SelectionPreviewDto['excluded'] });
    expect(s.rows.find((r) => r.reason === 'noConsent')).toEqual({ reason: 'noConsent', count: 0, known: true });
    expect(s.rows.slice(-2)).toEqual([
      { reason: 'aaAlsoNew', count: 2, known: false },
      { reason: 'zzNew', count: 4, known: false },
    ]);
    expect(s.excluded).toBe(7);
    expect(s.candidates).toBe(7);
  });
});
