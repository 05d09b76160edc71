import { describe, expect, it } from 'vitest';
import { handoverWarnings } from './handover';

describe('Handover warnings', () => {
  it('warns of a partner given an own-marketing selection and of a recipient without a safeguard', () => {
    expect(handoverWarnings({ type: 'processor', transferAllowed: true }, { marketingPurpose: 'own' })).toEqual([]);
    expect(handoverWarnings({ type: 'partner', transferAllowed: true }, { marketingPurpose: 'partner' })).toEqual([]);
    expect(handoverWarnings({ type: 'partner', transferAllowed: true }, { marketingPurpose: 'own' })).toEqual(['partnerOwnMarketing']);
    expect(handoverWarnings({ type: 'partner', transferAllowed: false }, { marketingPurpose: 'own' })).toEqual(['partnerOwnMarketing', 'noSafeguard']);
    expect(handoverWarnings({ type: 'processor', transferAllowed: false }, { marketingPurpose: 'own' })).toEqual(['noSafeguard']);
  });
});
