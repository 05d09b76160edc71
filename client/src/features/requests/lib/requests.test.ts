import { describe, expect, it } from 'vitest';
import type { PersonDto, RequestDto } from '@/api/types';
import { hasFilters, readFilters, toQuery, writeFilters } from './filters';
import { emptyRegisterForm, toRequestInput } from './register-form';
import { availableSteps, helsinkiToday, localInputToIso, toLocalInput, urgencyOf } from './steps';

const U1 = '0195f0a2-0000-7000-8000-0000000000c1';

const request = (over: Partial<RequestDto> = {}): RequestDto => ({
  id: 'r1',
  type: 'access',
  channel: 'letter',
  receivedAt: '2026-03-02T08:00:00Z',
  status: 'received',
  requester: { name: 'Maija Meikäläinen' },
  personIds: [],
  firstDueOn: '2026-04-02',
  dueOn: '2026-04-02',
  overdue: false,
  dueSoon: false,
  pausedDays: 0,
  remediesTold: false,
  staffNamesEssential: false,
  rectifications: [],
  restrictions: [],
  registeredAt: '2026-03-02T08:05:00Z',
  registeredBy: 'agent',
  timeline: [],
  ...over,
});

describe('Requests inbox filters', () => {
  it('reads and writes the URL, dropping values the API would not take', () => {
    const f = readFilters(new URLSearchParams(`status=extended&type=erasure&assigneeId=${U1.toUpperCase()}&page=2`));
    expect(f).toEqual({ status: 'extended', type: 'erasure', assigneeId: U1, page: 2 });
    expect(writeFilters(f)).toEqual({ status: 'extended', type: 'erasure', assigneeId: U1, page: '2' });
    expect(toQuery(f, 25)).toEqual({ status: 'extended', type: 'erasure', assigneeId: U1, page: 2, pageSize: 25 });
    const odd = readFilters(new URLSearchParams('status=lost&type=everything&assigneeId=me&page=0'));
    expect(odd).toEqual({ status: '', type: '', assigneeId: '', page: 1 });
    expect(hasFilters(odd)).toBe(false);
    expect(toQuery(odd, 25)).toEqual({ page: 1, pageSize: 25 });
  });
});

describe('The steps a request allows', () => {
  const today = '2026-03-10';

  it('a received request: assign, match, ask for information, verify, extend, reject — not complete before verification', () => {
    expect([...availableSteps(request(), today)].sort()).toEqual(['askIdentification', 'assign', 'extend', 'persons', 'reject', 'verify']);
  });

  it('while information is awaited: only its arrival, not verification or another ask', () => {
    const steps = availableSteps(request({ identificationAskedAt: '2026-03-03T10:00:00Z' }), today);
    expect(steps.has('receiveIdentification')).toBe(true);
    expect(steps.has('verify')).toBe(false);
    expect(steps.has('askIdentification')).toBe(false);
  });

  it('verified: complete is offered, verify and ask are not', () => {
    const steps = availableSteps(request({ status: 'inProgress', verification: { method: 'signedLetter', at: '2026-03-04T10:00:00Z', by: 'dpo' } }), today);
    expect(steps.has('complete')).toBe(true);
    expect(steps.has('verify')).toBe(false);
    expect(steps.has('askIdentification')).toBe(false);
  });

  it('an extension only once and only by the first due date (that day included)', () => {
    expect(availableSteps(request(), '2026-04-02').has('extend')).toBe(true);
    expect(availableSteps(request(), '2026-04-03').has('extend')).toBe(false);
    const extended = request({ status: 'extended', extension: { reasons: 'r', at: '2026-03-05T10:00:00Z', by: 'dpo', requesterToldAt: '2026-03-05T10:00:00Z' } });
    expect(availableSteps(extended, today).has('extend')).toBe(false);
  });

  it('a closed request takes no step', () => {
    expect(availableSteps(request({ status: 'completed', closedAt: '2026-03-09T10:00:00Z' }), today).size).toBe(0);
  });

  it("today is Finland's date, not the browser's or UTC's", () => {
    expect(helsinkiToday(new Date('2026-03-09T22:30:00Z'))).toBe('2026-03-10'); // 00:30 in Helsinki
    expect(helsinkiToday(new Date('2026-03-09T21:30:00Z'))).toBe('2026-03-09');
  });

  it('overdue wins over due soon; neither gives no marker', () => {
    expect(urgencyOf({ overdue: true, dueSoon: true })).toBe('overdue');
    expect(urgencyOf({ overdue: false, dueSoon: true })).toBe('dueSoon');
    expect(urgencyOf({ overdue: false, dueSoon: false })).toBeNull();
  });
});

describe('Registering a request', () => {
  it('starts received now and sends trimmed values, empty ones as null', () => {
    const now = new Date(2026, 2, 2, 9, 7);
    const form = emptyRegisterForm(null, now);
    expect(form.receivedAt).toBe('2026-03-02T09:07');
    expect(toLocalInput(now)).toBe('2026-03-02T09:07');
    const input = toRequestInput({ ...form, type: 'erasure', channel: 'phone', requester: { name: ' Kalle K ', email: '', phone: ' 040 1 ', address: '', note: '' } });
    expect(input).toEqual({
      type: 'erasure',
      channel: 'phone',
      receivedAt: now.toISOString(),
      requester: { name: 'Kalle K', email: null, phone: '040 1', address: null, note: null },
    });
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('not a date')).toBeUndefined();
  });

  it("from a person's page the requester starts as the register knows them; a hidden address is not copied", () => {
    const person = {
      id: 'p1', firstName: 'Anna', lastName: 'Andersson', email: 'anna@example.fi', phone: null, mobile: '+358501234567',
      addressHidden: false, address: { street: 'Katu 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    } as unknown as PersonDto;
    expect(emptyRegisterForm(person).requester).toEqual({
      name: 'Anna Andersson', email: 'anna@example.fi', phone: '+358501234567', address: 'Katu 1, 00100 Helsinki, FI', note: '',
    });
    expect(emptyRegisterForm({ ...person, addressHidden: true, address: null } as PersonDto).requester.address).toBe('');
  });
});
