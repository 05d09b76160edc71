import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { RequestPage } from './request-page';

const R1 = '0195f0a2-0000-7000-8000-0000000000a1';
const P1 = '0195f0a2-0000-7000-8000-0000000000b1';

function signIn() {
  session.signIn({
    accessToken: 'token-1', refreshToken: 'r', expiresIn: 900, mustChangePassword: false,
    user: { id: 'me', username: 'dpo', displayName: 'Tiina Tietosuoja', accessLevel: 'DataProtectionOfficer', permissions: ['requests.manage', 'persons.read', 'persons.write'], mustChangePassword: false },
  });
}

const person = (over: Record<string, unknown> = {}) => ({
  id: P1, firstName: 'Oili', lastName: 'Oikaistava', email: 'vanha@example.fi', phone: null, phoneDisplay: null, mobile: null, mobileDisplay: null,
  language: 'fi', personalIdentityCode: null, personalIdentityCodeMasked: false, hasPersonalIdentityCode: false, nonDisclosure: false,
  nonDisclosureClaimPending: false, addressHidden: false, address: null, source: 'staff',
  sources: { name: 'staff', contact: 'staff', address: 'staff', identityCode: null }, customers: [], version: 'pv1',
  createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-02T10:00:00Z', warnings: [], processingRestricted: false, restriction: null, ...over,
});

const detail = (over: Record<string, unknown> = {}) => ({
  id: R1, type: 'restriction', channel: 'email', receivedAt: '2026-01-05T09:00:00Z', status: 'inProgress', outcome: null,
  requester: { name: 'Oili Oikaistava', email: 'vanha@example.fi' }, personIds: [P1], assigneeId: null,
  firstDueOn: '2099-02-05', dueOn: '2099-02-05', overdue: false, dueSoon: false, pausedDays: 0,
  identificationAskedAt: null, identificationArrivedAt: null, verification: { method: 'signedLetter', at: '2026-01-05T10:00:00Z', by: 'dpo', note: null },
  extension: null, closedAt: null, closedBy: null, completionSummary: null, rejectionReason: null, rejectionGround: null, remediesTold: false,
  staffNamesEssential: false, registeredAt: '2026-01-05T09:05:00Z', registeredBy: 'agent', timeline: [], rectifications: [], restrictions: [], objection: null,
  ...over,
});

const restriction = (active: boolean) => ({
  id: 'x1', personId: P1, reason: 'accuracyContested', note: 'Checking the address.', from: '2026-01-06', until: null,
  placedAt: '2026-01-06T10:00:00Z', placedBy: 'dpo', active, liftedAt: active ? null : '2026-01-20T10:00:00Z', liftedBy: active ? null : 'dpo',
  personToldAt: active ? null : '2026-01-19T10:00:00Z',
});

const render = () => renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });

describe('Rights on a request', () => {
  it('restricts processing of the matched person with a reason, and the restriction shows in force', async () => {
    signIn();
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail()),
      [`GET /api/v1/persons/${P1}`]: () => json(person()),
      [`POST /api/v1/requests/${R1}/restriction`]: () => json(detail({ restrictions: [restriction(true)] })),
    });
    render();
    const form = await screen.findByRole('form', { name: 'Restrict processing' });
    await userEvent.click(within(form).getByRole('button', { name: 'Restrict processing' }));
    expect(await within(form).findByText('Required.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await userEvent.selectOptions(within(form).getByLabelText(/^Reason for the restriction/), 'accuracyContested');
    await userEvent.type(within(form).getByLabelText(/^Note/), 'Checking the address.');
    await userEvent.click(within(form).getByRole('button', { name: 'Restrict processing' }));
    const table = await screen.findByRole('table', { name: 'Restrictions of processing' });
    expect(table).toHaveTextContent('In force');
    expect(table).toHaveTextContent('Accuracy contested');
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ personId: P1, reason: 'accuracyContested', note: 'Checking the address.', until: null });
    expect(screen.queryByRole('form', { name: 'Restrict processing' })).toBeNull();
    expect(screen.getByRole('form', { name: 'Lift the restriction' })).toBeInTheDocument();
  });

  it('lifts a restriction only once the person is told, sending when', async () => {
    signIn();
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ restrictions: [restriction(true)] })),
      [`GET /api/v1/persons/${P1}`]: () => json(person({ processingRestricted: true, restriction: { reason: 'accuracyContested', from: '2026-01-06', requestId: R1 } })),
      [`POST /api/v1/requests/${R1}/restriction/lift`]: () => json(detail({ restrictions: [restriction(false)] })),
    });
    render();
    const form = await screen.findByRole('form', { name: 'Lift the restriction' });
    expect(screen.getByText(/must be told before the restriction is lifted/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Lift the restriction' }));
    expect(await within(form).findByText('Tell the person first.')).toBeInTheDocument();
    await userEvent.click(within(form).getByLabelText('The person has been told that the restriction will be lifted'));
    await userEvent.click(within(form).getByRole('button', { name: 'Lift the restriction' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Restrictions of processing' })).toHaveTextContent('Lifted'));
    const body = calls.find((c) => c.method === 'POST')!.body as { personId: string; personToldAt: string };
    expect(body.personId).toBe(P1);
    expect(new Date(body.personToldAt).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("rectifies with the person's ETag and shows each field before and after", async () => {
    signIn();
    const rectified = { personId: P1, field: 'email', before: 'vanha@example.fi', after: 'uusi@example.fi', at: '2026-01-07T10:00:00Z', by: 'dpo' };
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'rectification' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person()),
      [`POST /api/v1/requests/${R1}/rectification`]: () => json(detail({ type: 'rectification', rectifications: [rectified] })),
    });
    render();
    const form = await screen.findByRole('form', { name: 'Correct the details' });
    expect(screen.getByText('No details corrected yet.')).toBeInTheDocument();
    // A rectification is the edit a restriction allows: no ground is asked.
    expect(within(form).queryByLabelText(/^Ground of Art\. 18\(2\)/)).toBeNull();
    const email = within(form).getByLabelText('E-mail');
    expect(email).toHaveValue('vanha@example.fi');
    await userEvent.clear(email);
    await userEvent.type(email, 'uusi@example.fi');
    await userEvent.click(within(form).getByRole('button', { name: 'Correct the details' }));
    const row = (await screen.findByRole('table', { name: 'Corrected details' })).querySelector('tr[data-field="email"]') as HTMLElement;
    expect(row).toHaveTextContent('vanha@example.fi');
    expect(row).toHaveTextContent('uusi@example.fi');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"pv1"');
    expect(post.body).toMatchObject({ personId: P1, details: { email: 'uusi@example.fi', firstName: 'Oili' } });
  });

  it('records an objection and, for other processing, its decision with the person told when dismissed', async () => {
    signIn();
    const objection = { kind: 'otherProcessing', at: '2026-01-07T10:00:00Z', decision: null };
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'objection' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person()),
      [`POST /api/v1/requests/${R1}/objection`]: () => json(detail({ type: 'objection', objection, restrictions: [{ ...restriction(true), reason: 'objectionPending' }] })),
      [`POST /api/v1/requests/${R1}/objection/decision`]: () =>
        json(detail({ type: 'objection', objection: { ...objection, decision: 'dismissed', reasons: 'Legal claims.', decidedAt: '2026-01-08T10:00:00Z', decidedBy: 'dpo' }, restrictions: [restriction(false)] })),
    });
    render();
    const form = await screen.findByRole('form', { name: 'Record the objection' });
    await userEvent.selectOptions(within(form).getByLabelText(/^What is objected to/), 'otherProcessing');
    expect(within(form).getByText(/restricted while it is weighed/)).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Record the objection' }));
    const decide = await screen.findByRole('form', { name: 'Decide the objection' });
    expect(screen.getByRole('region', { name: 'The objection as recorded' })).toHaveTextContent('Awaiting the decision');
    await userEvent.selectOptions(within(decide).getByLabelText(/^Decision/), 'dismissed');
    await userEvent.type(within(decide).getByLabelText(/^Reasons/), 'Legal claims.');
    expect(within(decide).getByLabelText(/^When the person was told/)).toBeInTheDocument();
    await userEvent.click(within(decide).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Decide the objection' })).toBeNull());
    expect(screen.getByRole('region', { name: 'The objection as recorded' })).toHaveTextContent('Dismissed: compelling legitimate grounds');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts[0].body).toEqual({ kind: 'otherProcessing', note: null });
    expect(posts[1].body).toMatchObject({ decision: 'dismissed', reasons: 'Legal claims.' });
    expect(typeof (posts[1].body as { personToldAt: unknown }).personToldAt).toBe('string');
  });

  it('shows no rights section on an access request, and asks for verification first on one that needs it', async () => {
    signIn();
    mockFetch({ [`GET /api/v1/requests/${R1}`]: () => json(detail({ verification: null })), [`GET /api/v1/persons/${P1}`]: () => json(person()) });
    render();
    const region = await screen.findByRole('region', { name: 'Restriction of processing' });
    expect(region).toHaveTextContent("once the requester's identity is verified");
    expect(screen.queryByRole('form', { name: 'Restrict processing' })).toBeNull();
  });
});
