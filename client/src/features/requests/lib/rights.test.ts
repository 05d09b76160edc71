import { describe, expect, it } from 'vitest';
import type { RequestDto } from '@/api/types';
import { availableRights, hasRightsSection, personToldAtIso, restrictedPersons, unrestrictedPersons } from './rights';
import { toLocalInput } from './steps';

const P1 = '0195f0a2-0000-7000-8000-0000000000b1';
const P2 = '0195f0a2-0000-7000-8000-0000000000b2';
const verification = { method: 'identityDocument', at: '2026-03-02T09:00:00Z', by: 'dpo', note: null } as const;
const restriction = (personId: string, active: boolean) => ({
  id: `x-${personId}`, personId, reason: 'accuracyContested', from: '2026-03-02', until: null, note: null,
  placedAt: '2026-03-02T10:00:00Z', placedBy: 'dpo', active, liftedAt: null, liftedBy: null, personToldAt: null,
}) as const;

const request = (over: Partial<RequestDto> = {}): RequestDto => ({
  id: 'r1', type: 'restriction', channel: 'letter', receivedAt: '2026-03-02T08:00:00Z', status: 'inProgress',
  requester: { name: 'Maija Meikäläinen' }, personIds: [P1, P2], firstDueOn: '2026-04-02', dueOn: '2026-04-02',
  overdue: false, dueSoon: false, pausedDays: 0, remediesTold: false, staffNamesEssential: false,
  registeredAt: '2026-03-02T08:05:00Z', registeredBy: 'agent', timeline: [], rectifications: [], restrictions: [],
  verification, ...over,
});

describe('Rights forms on a request', () => {
  it('offers nothing before the identity is verified and the persons matched', () => {
    expect([...availableRights(request({ verification: null }))]).toEqual([]);
    expect([...availableRights(request({ personIds: [] }))]).toEqual([]);
    expect([...availableRights(request({ type: 'rectification', verification: null }))]).toEqual([]);
  });

  it('offers each type its own form, and restricts only the persons not yet restricted through it', () => {
    expect([...availableRights(request({ type: 'rectification' }))]).toEqual(['rectify']);
    expect([...availableRights(request({ type: 'objection' }))]).toEqual(['object']);
    expect([...availableRights(request({ type: 'access' }))]).toEqual([]);
    const one = request({ restrictions: [restriction(P1, true)] });
    expect(unrestrictedPersons(one)).toEqual([P2]);
    expect(restrictedPersons(one)).toEqual([P1]);
    expect([...availableRights(one)].sort()).toEqual(['lift', 'restrict']);
    const both = request({ restrictions: [restriction(P1, true), restriction(P2, true)] });
    expect([...availableRights(both)]).toEqual(['lift']);
    // A lifted restriction can be placed again; there is nothing to lift.
    expect([...availableRights(request({ restrictions: [restriction(P1, false)] }))]).toEqual(['restrict']);
  });

  it('lifts a restriction also after the request is closed, but takes no other step then', () => {
    const closed = request({ closedAt: '2026-03-10T10:00:00Z', status: 'completed', restrictions: [restriction(P1, true)] });
    expect([...availableRights(closed)]).toEqual(['lift']);
    expect([...availableRights(request({ closedAt: '2026-03-10T10:00:00Z', status: 'completed', type: 'rectification' }))]).toEqual([]);
  });

  it('asks for a decision only on an objection to other processing that awaits one', () => {
    const at = '2026-03-03T10:00:00Z';
    expect([...availableRights(request({ type: 'objection', objection: { kind: 'directMarketing', at } }))]).toEqual([]);
    const pending = request({ type: 'objection', objection: { kind: 'otherProcessing', at }, restrictions: [restriction(P1, true)] });
    expect([...availableRights(pending)]).toEqual(['decideObjection']);
    // Upheld, the restriction stays until lifted.
    const upheld = request({ type: 'objection', objection: { kind: 'otherProcessing', at, decision: 'upheld' }, restrictions: [restriction(P1, true)] });
    expect([...availableRights(upheld)]).toEqual(['lift']);
    expect([...availableRights(request({ type: 'objection', objection: { kind: 'otherProcessing', at, decision: 'upheld' } }))]).toEqual([]);
  });

  it('shows the section for the three types, and for any request holding such a record', () => {
    expect(hasRightsSection(request({ type: 'rectification' }))).toBe(true);
    expect(hasRightsSection(request({ type: 'access' }))).toBe(false);
    expect(hasRightsSection(request({ type: 'erasure', restrictions: [restriction(P1, false)] }))).toBe(true);
  });
});

describe('When the person was told', () => {
  it('is now when the current minute is given, otherwise the minute entered', () => {
    const now = new Date(2026, 2, 2, 10, 15, 42);
    expect(personToldAtIso(toLocalInput(now), now)).toBe(now.toISOString());
    expect(personToldAtIso('2026-03-01T09:30', now)).toBe(new Date(2026, 2, 1, 9, 30).toISOString());
    expect(personToldAtIso('', now)).toBeUndefined();
  });
});
