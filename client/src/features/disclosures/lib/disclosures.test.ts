import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrors } from '@/api/problem';
import { filterProblems, readFilters, toQuery, writeFilters } from './filters';
import { emptyDisclosure, foldIndexedErrors, splitPersonIds, toDisclosureInput } from './disclosure-form';

const P1 = '0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5b';
const P2 = '0195F0A2-7C1E-7B7A-9A53-1F6F2D3C4B5C';

describe('Disclosures log filters', () => {
  it('reads and writes the URL, leaving out what is not set and page 1', () => {
    const f = readFilters(new URLSearchParams('recipientId=r1&purpose=ownMarketing&page=3&from=2026-01-01'));
    expect(f).toEqual({ recipientId: 'r1', personId: '', purpose: 'ownMarketing', from: '2026-01-01', to: '', page: 3 });
    expect(writeFilters(f)).toEqual({ recipientId: 'r1', purpose: 'ownMarketing', from: '2026-01-01', page: '3' });
    expect(writeFilters({ ...f, page: 1 })).not.toHaveProperty('page');
    expect(readFilters(new URLSearchParams('page=abc')).page).toBe(1);
    expect(readFilters(new URLSearchParams('page=-2')).page).toBe(1);
  });

  it('sends only valid filters: a person id must be an id, the period must not end before it starts', () => {
    const f = readFilters(new URLSearchParams(`personId=1234&from=2026-02-01&to=2026-01-01`));
    expect(filterProblems(f)).toEqual({ personId: 'personIdFormat', to: 'periodOrder' });
    expect(toQuery(f, 25)).toEqual({ page: 1, pageSize: 25, from: '2026-02-01' });
    const ok = readFilters(new URLSearchParams(`personId=${P2}&recipientId=r1&from=2026-01-01&to=2026-01-31&page=2`));
    expect(filterProblems(ok)).toEqual({});
    expect(toQuery(ok, 25)).toEqual({
      recipientId: 'r1',
      personId: P2.toLowerCase(),
      from: '2026-01-01',
      to: '2026-01-31',
      page: 2,
      pageSize: 25,
    });
  });
});

describe('Record disclosure form', () => {
  it('splits the person ids into ids and what is not an id, without repeats', () => {
    expect(splitPersonIds([P1, ` ${P2} `, P1.toUpperCase(), 'matti', ''])).toEqual({ ids: [P1, P2.toLowerCase()], invalid: ['matti'] });
  });

  it('builds the request', () => {
    expect(
      toDisclosureInput({
        ...emptyDisclosure('r1'),
        purpose: 'misusePrevention',
        legalBasis: 'legalObligation',
        dataCategories: ['basic', ' email ', 'basic'],
        personIds: [P1, P1],
        legalReference: '  Poliisilaki 872/2011, 4 luku 3 §  ',
      }),
    ).toEqual({
      recipientId: 'r1',
      purpose: 'misusePrevention',
      legalBasis: 'legalObligation',
      dataCategories: ['basic', 'email'],
      personIds: [P1],
      legalReference: 'Poliisilaki 872/2011, 4 luku 3 §',
    });
    expect(toDisclosureInput(emptyDisclosure()).legalReference).toBeNull();
  });

  it('folds the errors of list items onto the list', () => {
    const error = new ApiError(400, { errors: { 'personIds[0]': ['Not an id.'], 'personIds[3]': ['Not an id.'], purpose: ['No such purpose.'] } });
    expect(fieldErrors(foldIndexedErrors(error))).toEqual({ personIds: 'Not an id.', purpose: 'No such purpose.' });
    const other = new Error('x');
    expect(foldIndexedErrors(other)).toBe(other);
  });
});
