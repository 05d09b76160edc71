import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrors, normalizeFieldPath } from './problem';

describe('Problem details', () => {
  it('maps server field paths to the form field names', () => {
    expect(normalizeFieldPath('address.postalCode')).toBe('address.postalCode');
    expect(normalizeFieldPath('Address.PostalCode')).toBe('address.postalCode');
    expect(normalizeFieldPath('Input.Address.PostalCode')).toBe('address.postalCode');
    expect(normalizeFieldPath('$.phone')).toBe('phone');
    expect(normalizeFieldPath('Phone')).toBe('phone');
  });

  it('collects the messages per field', () => {
    const error = new ApiError(400, { errors: { Phone: ['Invalid.', 'Too short.'], 'address.postalCode': ['Five digits.'] } });
    expect(fieldErrors(error)).toEqual({ phone: 'Invalid. Too short.', 'address.postalCode': 'Five digits.' });
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
