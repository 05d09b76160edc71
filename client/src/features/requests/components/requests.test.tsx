import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { Permission } from '@/lib/auth';
import { RegisterRequestPage } from './register-request-page';
import { RequestPage } from './request-page';
import { RequestsInboxPage } from './requests-inbox-page';

const ME = '0195f0a2-0000-7000-8000-0000000000e1';
const R1 = '0195f0a2-0000-7000-8000-0000000000a1';
const R2 = '0195f0a2-0000-7000-8000-0000000000a2';
const R3 = '0195f0a2-0000-7000-8000-0000000000a3';

function signIn(permissions: Permission[], accessLevel: 'DataProtectionOfficer' | 'HelpdeskAgent' = 'DataProtectionOfficer') {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: ME, username: 'dpo', displayName: 'Tiina Tietosuoja', accessLevel, permissions, mustChangePassword: false },
  });
}

const summary = (id: string, over: Record<string, unknown> = {}) => ({
  id, type: 'access', channel: 'letter', receivedAt: '2026-01-05T09:00:00Z', dueOn: '2026-02-05', extended: false, status: 'received',
  assigneeId: null, requesterInitials: 'M. M.', requesterMaskedEmail: 'm***@e***.fi', personCount: 0, overdue: false, dueSoon: false, ...over,
});

const detail = (over: Record<string, unknown> = {}) => ({
  id: R1, type: 'erasure', channel: 'email', receivedAt: '2026-01-05T09:00:00Z', status: 'received', outcome: null,
  requester: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: '040 123 4567', address: null, note: null },
  personIds: [], assigneeId: null, firstDueOn: '2099-02-05', dueOn: '2099-02-05', overdue: false, dueSoon: false, pausedDays: 0,
  identificationAskedAt: null, identificationArrivedAt: null, verification: null, extension: null, closedAt: null, closedBy: null,
  completionSummary: null, rejectionReason: null, rejectionGround: null, remediesTold: false,
  staffNamesEssential: false, rectifications: [], restrictions: [], objection: null,
  registeredAt: '2026-01-05T09:05:00Z', registeredBy: 'agent',
  timeline: [{ step: 'registered', at: '2026-01-05T09:05:00Z', by: 'agent', detail: null }],
  ...over,
});

describe('Requests inbox', () => {
  it('marks overdue and due within 7 days in words, shows the requester masked, and keeps its filters in the URL', async () => {
    signIn(['requests.manage', 'requests.register']);
    const calls = mockFetch({
      'GET /api/v1/requests': () =>
        json({
          items: [summary(R1, { overdue: true, dueSoon: false }), summary(R2, { dueSoon: true, requesterInitials: 'K. K.', assigneeId: ME }), summary(R3, { requesterMaskedEmail: null })],
          page: 1, pageSize: 25, totalCount: 3,
        }),
    });
    renderWithProviders(<RequestsInboxPage />, { route: '/requests', path: '/requests' });
    const table = await screen.findByRole('table', { name: "Data subjects' requests" });
    const row = (id: string) => table.querySelector(`tr[data-request-id="${id}"]`) as HTMLElement;
    expect(row(R1)).toHaveTextContent('Overdue');
    expect(row(R2)).toHaveTextContent('Due within 7 days');
    expect(row(R2)).toHaveTextContent('Tiina Tietosuoja (me)');
    expect(row(R3)).not.toHaveTextContent(/Overdue|Due within 7 days/);
    expect(row(R1)).toHaveTextContent('M. M.');
    expect(row(R1)).toHaveTextContent('m***@e***.fi');
    expect(within(row(R1)).getByRole('link')).toHaveAttribute('href', `/requests/${R1}`);

    const filters = screen.getByRole('search', { name: 'Request filters' });
    await userEvent.selectOptions(within(filters).getByLabelText('Status'), 'extended');
    await userEvent.selectOptions(within(filters).getByLabelText('Assignee'), ME);
    const lastQuery = () => calls.filter((c) => c.path === '/api/v1/requests').at(-1)!.url.searchParams;
    await waitFor(() => expect(lastQuery().get('assigneeId')).toBe(ME));
    expect(lastQuery().get('status')).toBe('extended');
    expect(screen.getByTestId('location')).toHaveTextContent(`status=extended&assigneeId=${ME}`);
  });
});

describe('Registering a request', () => {
  it('asks for the required fields, sends the request and shows a helpdesk agent only the receipt', async () => {
    signIn(['requests.register'], 'HelpdeskAgent');
    const calls = mockFetch({
      'POST /api/v1/requests': () =>
        json({ id: R1, type: 'erasure', channel: 'phone', receivedAt: '2026-01-05T09:00:00Z', dueOn: '2026-02-05', status: 'received' }, 201),
    });
    renderWithProviders(<RegisterRequestPage />, { route: '/requests/new', path: '/requests/new' });
    await userEvent.click(await screen.findByRole('button', { name: 'Register the request' }));
    expect(await screen.findAllByText('Required.')).toHaveLength(3);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText(/^Type of request/), 'erasure');
    await userEvent.selectOptions(screen.getByLabelText(/^Channel/), 'phone');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Kalle Korhonen');
    await userEvent.type(screen.getByLabelText(/^Phone/), '040 765 4321');
    await userEvent.click(screen.getByRole('button', { name: 'Register the request' }));

    const receipt = await screen.findByTestId('request-receipt');
    expect(within(receipt).getByRole('heading', { name: 'The request is on record' })).toHaveFocus();
    expect(receipt).toHaveTextContent(R1);
    expect(within(receipt).queryByRole('link', { name: 'Open the request' })).toBeNull();
    const body = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'erasure', channel: 'phone', requester: { name: 'Kalle Korhonen', phone: '040 765 4321', email: null } });
    expect(typeof body.receivedAt).toBe('string');
  });

  it("puts the API's validation problems on their fields", async () => {
    signIn(['requests.register']);
    mockFetch({
      'POST /api/v1/requests': () =>
        json({ title: 'Validation', status: 400, errors: { receivedAt: ['A request cannot be received in the future.'] } }, 400),
    });
    renderWithProviders(<RegisterRequestPage />, { route: '/requests/new', path: '/requests/new' });
    await userEvent.selectOptions(await screen.findByLabelText(/^Type of request/), 'access');
    await userEvent.selectOptions(screen.getByLabelText(/^Channel/), 'web');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Anna');
    await userEvent.click(screen.getByRole('button', { name: 'Register the request' }));
    expect(await screen.findByText('A request cannot be received in the future.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields have errors.');
  });
});

describe('Request detail', () => {
  it('shows the requester in full and offers only what the state allows; a refused step shows why', async () => {
    signIn(['requests.manage', 'requests.register']);
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail()),
      [`POST /api/v1/requests/${R1}/verify`]: () =>
        json({ title: 'Conflict', status: 409, detail: "The requester's identity is already verified." }, 409),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Erasure: Maija Meikäläinen');
    expect(screen.getByRole('region', { name: "The requester's details" })).toHaveTextContent('040 123 4567');
    expect(screen.getByRole('form', { name: 'Verify the identity' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Reject' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Complete' })).toBeNull();
    expect(screen.getByText("The request can be completed once the requester's identity is verified.")).toBeInTheDocument();

    const verify = screen.getByRole('form', { name: 'Verify the identity' });
    await userEvent.selectOptions(within(verify).getByLabelText(/^Method/), 'strongElectronicIdentification');
    await userEvent.click(within(verify).getByRole('button', { name: 'Record the verification' }));
    expect(await within(verify).findByRole('alert')).toHaveTextContent("Not recorded. The requester's identity is already verified.");
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ method: 'strongElectronicIdentification', note: null });
  });

  it('a rejection needs its reason and the remedies told; the answer replaces the page', async () => {
    signIn(['requests.manage']);
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail()),
      [`POST /api/v1/requests/${R1}/reject`]: () =>
        json(detail({ status: 'rejected', outcome: 'rejectedExcessive', closedAt: '2026-01-06T10:00:00Z', closedBy: 'dpo', rejectionReason: 'The fifth identical request this month.', rejectionGround: 'excessive', remediesTold: true })),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const reject = await screen.findByRole('form', { name: 'Reject' });
    await userEvent.type(within(reject).getByLabelText(/^Reason for rejecting/), 'The fifth identical request this month.');
    await userEvent.selectOptions(within(reject).getByLabelText(/^Ground/), 'excessive');
    await userEvent.click(within(reject).getByRole('button', { name: 'Reject the request' }));
    expect(await within(reject).findByText('The reply must tell of the remedies.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(within(reject).getByLabelText(/^The reply told of the right to complain/));
    await userEvent.click(within(reject).getByRole('button', { name: 'Reject the request' }));
    const closing = await screen.findByRole('region', { name: 'Closing the request' });
    await waitFor(() => expect(closing).toHaveTextContent('Rejected as excessive'));
    // The form is gone: the focus is on the page's title with the new status.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).firstElementChild).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rejected');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ reason: 'The fifth identical request this month.', ground: 'excessive', remediesTold: true });
    expect(screen.queryByRole('form', { name: 'Verify the identity' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Assign' })).toBeNull();
  });
});
