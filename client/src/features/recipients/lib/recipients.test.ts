import { describe, expect, it } from 'vitest';
import { emptyRecipient, noticeStatus, outsideEea, toRecipientInput, transferStatus } from './recipients';

describe('Recipients: EU/EEA hint', () => {
  it('asks for a safeguard only for a real country code outside the EU/EEA', () => {
    expect(outsideEea('FI')).toBe(false);
    expect(outsideEea(' no ')).toBe(false);
    expect(outsideEea('is')).toBe(false);
    expect(outsideEea('US')).toBe(true);
    expect(outsideEea('gb')).toBe(true);
    expect(outsideEea('CH')).toBe(true);
    expect(outsideEea('')).toBe(false);
    expect(outsideEea('U')).toBe(false);
    expect(outsideEea('USA')).toBe(false);
  });

  it('reads the status from the API: EU/EEA, a safeguard, or refused', () => {
    expect(transferStatus({ inEea: true, transferAllowed: true, transferSafeguard: null })).toEqual({ kind: 'eea' });
    const scc = { kind: 'standardContractualClauses' as const, reference: 'SCC 2021/914' };
    expect(transferStatus({ inEea: false, transferAllowed: true, transferSafeguard: scc })).toEqual({ kind: 'safeguard', safeguard: scc });
    expect(transferStatus({ inEea: false, transferAllowed: false })).toEqual({ kind: 'refused' });
  });
});

describe('Recipients: notices', () => {
  it('tells delivered, given up, being retried and not yet tried apart', () => {
    expect(noticeStatus({ deliveredAt: '2026-01-01T00:00:00Z', abandonedAt: null, attempts: 2 })).toBe('delivered');
    expect(noticeStatus({ deliveredAt: null, abandonedAt: '2026-01-02T00:00:00Z', attempts: 10 })).toBe('givenUp');
    expect(noticeStatus({ deliveredAt: null, abandonedAt: null, attempts: 3 })).toBe('retrying');
    expect(noticeStatus({ deliveredAt: null, attempts: 0 })).toBe('pending');
  });
});

describe('Recipients: form values to the request', () => {
  it('trims, turns empty into null and leaves the safeguard out inside the EU/EEA', () => {
    expect(
      toRecipientInput({
        ...emptyRecipient(),
        name: ' Postitus Oy ',
        country: 'fi',
        purposes: ['ownMarketing', 'ownMarketing'],
        dataCategories: [' basic ', 'address', ''],
        agreementReference: ' DPA 2026-14 ',
        transferSafeguard: { kind: 'standardContractualClauses', reference: 'left over' },
      }),
    ).toEqual({
      name: 'Postitus Oy',
      businessId: null,
      type: 'processor',
      country: 'FI',
      contact: null,
      purposes: ['ownMarketing'],
      dataCategories: ['basic', 'address'],
      agreementReference: 'DPA 2026-14',
      agreementDate: null,
      webhookUrl: null,
    });
  });

  it('sends the safeguard outside the EU/EEA when a kind is chosen', () => {
    const base = { ...emptyRecipient(), name: 'Acme Inc', type: 'partner' as const, country: 'us', agreementReference: 'C-1' };
    expect(toRecipientInput(base)).not.toHaveProperty('transferSafeguard');
    expect(
      toRecipientInput({ ...base, webhookUrl: ' https://acme.example/hook ', transferSafeguard: { kind: 'standardContractualClauses', reference: ' SCC 2021/914 ' } }),
    ).toMatchObject({
      country: 'US',
      webhookUrl: 'https://acme.example/hook',
      transferSafeguard: { kind: 'standardContractualClauses', reference: 'SCC 2021/914' },
    });
  });
});
