import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrors } from '@/api/problem';
import { emptySelection, foldListErrors, toSelectionInput } from './selection-form';

describe('toSelectionInput (form → request body)', () => {
  it('sends empty criteria as empty lists and nulls', () => {
    expect(toSelectionInput({ ...emptySelection(), name: '  Spring offer ' })).toEqual({
      name: 'Spring offer',
      purpose: 'ownMarketing',
      channel: 'email',
      criteria: {
        productGroupIds: [],
        interests: [],
        languages: [],
        postalCodePrefixes: [],
        customerType: null,
        purchasedFrom: null,
        purchasedTo: null,
      },
    });
  });

  it('trims and de-duplicates list values, keeps dates and the customer type', () => {
    const v = emptySelection();
    v.name = 'Helsinki';
    v.purpose = 'partnerMarketing';
    v.channel = 'post';
    v.criteria = {
      productGroupIds: ['g1', 'g2', 'g1'],
      interests: [' solar ', 'solar', '', 'heat pumps'],
      languages: ['fi', 'sv'],
      postalCodePrefixes: ['00', ' 02 ', '00'],
      customerType: 'consumer',
      purchasedFrom: '2025-01-01',
      purchasedTo: ' ',
    };
    expect(toSelectionInput(v)).toEqual({
      name: 'Helsinki',
      purpose: 'partnerMarketing',
      channel: 'post',
      criteria: {
        productGroupIds: ['g1', 'g2'],
        interests: ['solar', 'heat pumps'],
        languages: ['fi', 'sv'],
        postalCodePrefixes: ['00', '02'],
        customerType: 'consumer',
        purchasedFrom: '2025-01-01',
        purchasedTo: null,
      },
    });
  });
});

describe('foldListErrors', () => {
  const sent = toSelectionInput({
    ...emptySelection(),
    name: 'x',
    criteria: { ...emptySelection().criteria, postalCodePrefixes: ['00', 'abc', '123456'], productGroupIds: ['bad-id'] },
  });

  it('puts list items’ errors on the list, naming the typed value', () => {
    const error = new ApiError(400, {
      status: 400,
      errors: {
        'criteria.postalCodePrefixes[1]': ['A postal-code area is 1–5 digits.'],
        'criteria.postalCodePrefixes[2]': ['A postal-code area is 1–5 digits.'],
        'criteria.productGroupIds[0]': ['No such product group.'],
        'criteria.purchasedTo': ['The period ends before it starts.'],
        name: ['Required.'],
      },
    });
    expect(fieldErrors(foldListErrors(error, sent))).toEqual({
      'criteria.postalCodePrefixes': '"abc": A postal-code area is 1–5 digits. "123456": A postal-code area is 1–5 digits.',
      'criteria.productGroupIds': 'No such product group.',
      'criteria.purchasedTo': 'The period ends before it starts.',
      name: 'Required.',
    });
  });

  it('understands PascalCase keys too, and leaves other errors alone', () => {
    const error = new ApiError(400, { errors: { 'Criteria.PostalCodePrefixes[0]': ['Bad.'] } });
    expect(fieldErrors(foldListErrors(error, sent))).toEqual({ 'criteria.postalCodePrefixes': '"00": Bad.' });
    const other = new ApiError(500, { detail: 'Boom' });
    expect(foldListErrors(other, sent)).toBe(other);
    expect(foldListErrors(null, sent)).toBeNull();
  });
});
