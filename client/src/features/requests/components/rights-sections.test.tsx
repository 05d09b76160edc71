import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { RequestPage } from './request-page';

const ME = '0195f0a2-0000-7000-8000-0000000000e1';
const R1 = '0195f0a2-0000-7000-8000-0000000000a1';
const P1 = '0195f0a2-0000-7000-8000-0000000000b1';
const REC = '0195f0a2-0000-7000-8000-0000000000d1';

function signIn() {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: ME, username: 'dpo', displayName: 'Tiina Tietosuoja', accessLevel: 'DataProtectionOfficer', permissions: ['requests.manage'], mustChangePassword: false },
  });
}

const detail = (over: Record<string, unknown> = {}) => ({
  id: R1, type: 'erasure', channel: 'email', receivedAt: '2026-01-05T09:00:00Z', status: 'inProgress', outcome: null,
  requester: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null, address: null, note: null },
  personIds: [P1], assigneeId: ME, firstDueOn: '2099-02-05', dueOn: '2099-02-05', overdue: false, dueSoon: false, pausedDays: 0,
  identificationAskedAt: null, identificationArrivedAt: null,
  verification: { method: 'signedLetter', note: null, at: '2026-01-06T09:00:00Z', by: 'dpo' },
  extension: null, closedAt: null, closedBy: null, completionSummary: null, rejectionReason: null, rejectionGround: null, remediesTold: false,
  staffNamesEssential: false, staffNamesReason: null, rectifications: [], restrictions: [], objection: null,
  registeredAt: '2026-01-05T09:05:00Z', registeredBy: 'agent',
  timeline: [{ step: 'registered', at: '2026-01-05T09:05:00Z', by: 'agent', detail: null }],
  ...over,
});

const person = { id: P1, firstName: 'Maija', lastName: 'Meikäläinen', language: 'sv' };

const items = [
  { area: 'basicDetails', itemId: P1, what: 'Name, e-mail, phones, address', action: 'anonymise', ground: null, reason: null, keepUntil: null },
  { area: 'contactEvent', itemId: 'c1', what: 'Topic and notes', action: 'erase', ground: null, reason: null, keepUntil: null },
  {
    area: 'invoiceRecord', itemId: 'i1', what: 'Invoice 1001', action: 'keep', ground: 'accountingAct',
    reason: 'Invoices and their vouchers are kept six years from the end of the financial year.', keepUntil: '2032-12-31',
  },
];

describe('Erasure on the request page', () => {
  it('says why it cannot run yet, and offers nothing to carry out', async () => {
    signIn();
    mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ verification: null })),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/erasure`]: () =>
        json({ requestId: R1, erasedAt: null, refusal: "Verify the requester's identity before erasing anything.", persons: [{ personId: P1, items }] }),
      [`GET /api/v1/requests/${R1}/recipients`]: () => json([]),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const erasure = await screen.findByRole('region', { name: 'Erasure: what is erased and what stays' });
    expect(await within(erasure).findByTestId('erasure-refusal')).toHaveTextContent("Verify the requester's identity before erasing anything.");
    expect(within(erasure).queryByRole('button', { name: 'Carry out the erasure' })).toBeNull();
  });

  it('shows what stays and why, confirms, carries it out once and shows the record', async () => {
    signIn();
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail()),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/erasure`]: () => json({ requestId: R1, erasedAt: null, refusal: null, persons: [{ personId: P1, items }] }),
      [`POST /api/v1/requests/${R1}/erasure`]: () => json({ requestId: R1, erasedAt: '2026-01-07T10:00:00Z', refusal: null, persons: [{ personId: P1, items }] }),
      [`GET /api/v1/requests/${R1}/recipients`]: () => json([]),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const erasure = await screen.findByRole('region', { name: 'Erasure: what is erased and what stays' });
    const table = await within(erasure).findByRole('table', { name: 'Data of Maija Meikäläinen' });
    const kept = table.querySelector('tr[data-area="invoiceRecord"]') as HTMLElement;
    expect(kept).toHaveTextContent('Kept');
    expect(kept).toHaveTextContent('Accounting Act 1336/1997 ch. 2 s. 10');
    expect(kept).toHaveTextContent('six years from the end of the financial year');
    expect(kept).toHaveTextContent('31/12/2032');
    expect(table.querySelector('tr[data-area="contactEvent"]')).toHaveTextContent('Erased');
    expect(within(erasure).getByTestId('erasure-counts')).toHaveTextContent('1 to erase, 1 to anonymise, 1 to keep.');
    // Nobody got the data: nobody to tell.
    expect(await screen.findByText(/nobody needs to be told/)).toBeInTheDocument();

    await userEvent.click(within(erasure).getByRole('button', { name: 'Carry out the erasure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Carry out the erasure?' });
    expect(dialog).toHaveTextContent('This cannot be undone');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(erasure).getByRole('button', { name: 'Carry out the erasure' })).toHaveFocus());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(within(erasure).getByRole('button', { name: 'Carry out the erasure' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Erase permanently' }));
    const record = await screen.findByRole('region', { name: 'Erasure record' });
    expect(await within(record).findByTestId('erasure-done')).toHaveTextContent('The erasure was carried out');
    expect(within(record).getByTestId('erasure-counts')).toHaveTextContent('1 erased, 1 anonymised, 1 kept.');
    await waitFor(() => expect(within(record).getByRole('heading', { name: 'Erasure record' })).toHaveFocus());
    expect(within(record).queryByRole('button', { name: 'Carry out the erasure' })).toBeNull();
    expect(calls.filter((c) => c.method === 'POST' && c.path === `/api/v1/requests/${R1}/erasure`)).toHaveLength(1);
  });

  it('a refused erasure shows the API’s reason in the dialog', async () => {
    signIn();
    mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail()),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/erasure`]: () => json({ requestId: R1, erasedAt: null, refusal: null, persons: [{ personId: P1, items }] }),
      [`POST /api/v1/requests/${R1}/erasure`]: () => json({ title: 'Conflict', status: 409, detail: 'The persons of this request were already erased.' }, 409),
      [`GET /api/v1/requests/${R1}/recipients`]: () => json([]),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const erasure = await screen.findByRole('region', { name: 'Erasure: what is erased and what stays' });
    await userEvent.click(await within(erasure).findByRole('button', { name: 'Carry out the erasure' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase permanently' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The persons of this request were already erased.');
  });
});

describe('Recipients to tell', () => {
  it('shows how each recipient got the data and was told, and records a notice given by hand', async () => {
    signIn();
    const recipient = {
      recipientId: REC, name: 'Kumppani Oy', type: 'partner', country: 'FI', hasWebhook: true, disclosureKinds: ['selectionHandover'],
      personIds: [P1], disclosures: 2, firstDisclosedAt: '2025-10-01T10:00:00Z', lastDisclosedAt: '2025-11-01T10:00:00Z', told: false,
      webhookNotices: [{ id: 'n1', type: 'personErased', personId: P1, occurredAt: '2026-01-07T10:00:00Z', delivery: 'failed', attempts: 3, deliveredAt: null, lastResult: 'HTTP 503' }],
      manualNotices: [],
    };
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'rectification' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/recipients`]: () => json([recipient]),
      [`POST /api/v1/requests/${R1}/recipients/${REC}/manual-notice`]: () => json(detail({ type: 'rectification' })),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const section = await screen.findByRole('region', { name: 'Recipients to tell' });
    const row = (await within(section).findByRole('rowheader', { name: /Kumppani Oy/ })).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Selection handed over');
    expect(row).toHaveTextContent('Maija Meikäläinen');
    expect(row).toHaveTextContent('Failed');
    expect(row).toHaveTextContent('3 attempts');
    expect(row).toHaveTextContent('Last answer: HTTP 503');
    expect(row).toHaveTextContent('Not told yet');
    // The erasure preview belongs to erasure requests only.
    expect(screen.queryByRole('region', { name: /^Erasure/ })).toBeNull();

    const form = within(section).getByRole('form', { name: 'Record a manual notice' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record the notice' }));
    expect(await within(form).findAllByText('Required.')).toHaveLength(2);
    await userEvent.selectOptions(within(form).getByLabelText(/^Recipient/), REC);
    await userEvent.selectOptions(within(form).getByLabelText(/^How/), 'phone');
    await userEvent.type(within(form).getByLabelText(/^What was said/), 'Told them to erase the person.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the notice' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    const body = calls.find((c) => c.method === 'POST')!.body as Record<string, unknown>;
    expect(body).toMatchObject({ method: 'phone', note: 'Told them to erase the person.' });
    expect(typeof body.toldAt).toBe('string');
  });
});

describe('Access report', () => {
  it("generates the report in the person's language by default and previews it; kept reports are listed", async () => {
    signIn();
    const report = {
      id: 'ar1', requestId: R1, generatedAt: '2026-01-07T10:00:00Z', language: 'sv', staffNamesEssential: false, purposes: [],
      persons: [
        {
          id: P1,
          details: {
            firstName: 'Maija', lastName: 'Meikäläinen', email: 'maija@example.fi', language: 'sv', nonDisclosure: false,
            nameSource: 'subject', contactSource: 'subject', addressSource: 'subject', createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-01T10:00:00Z',
          },
          customers: [{ id: 'c1', customerNumber: 1001, name: 'Maija Meikäläinen', type: 'consumer', role: 'consumer', customerSince: '2025-01-01',
            purchases: [], assets: [], remoteAccess: [], contacts: [{}, {}], interests: [], problems: [], invoices: [{}], recordings: [] }],
          consents: [], prohibitions: [], registerMatches: [], disclosures: [], selectionExports: [],
          uses: [{ at: '2026-01-02T10:00:00Z', operation: 'Read the person', purpose: 'customerRelationship', accessLevel: 'HelpdeskAgent', staffName: null }],
        },
      ],
    };
    let kept: unknown[] = [];
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'access' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/reports`]: () => json(kept),
      [`GET /api/v1/requests/${R1}/report`]: () => {
        kept = [{ id: 'ar1', requestId: R1, generatedAt: '2026-01-07T10:00:00Z', generatedBy: 'dpo', language: 'sv' }];
        return json(report);
      },
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const section = await screen.findByRole('region', { name: 'Access report' });
    expect(await within(section).findByText('No report has been generated yet.')).toBeInTheDocument();
    await waitFor(() => expect(within(section).getByLabelText('Language')).toHaveValue('sv'));
    // Generating is a deliberate act (audited and kept): nothing is generated by opening the page.
    expect(calls.some((c) => c.path.endsWith('/report'))).toBe(false);
    expect(screen.queryByRole('region', { name: 'Recipients to tell' })).toBeNull();

    await userEvent.click(within(section).getByRole('button', { name: 'Generate report' }));
    const preview = await within(section).findByTestId('report-preview');
    expect(within(preview).getByRole('heading', { name: 'Maija Meikäläinen' })).toBeInTheDocument();
    expect(within(preview).getByRole('table', { name: 'Customers of Maija Meikäläinen' })).toHaveTextContent('Maija Meikäläinen (1001)');
    expect(within(preview).getByRole('table', { name: 'Use of the data of Maija Meikäläinen' })).toHaveTextContent('Customer service');
    expect(within(preview).getByRole('table', { name: 'Use of the data of Maija Meikäläinen' })).toHaveTextContent('Helpdesk');
    expect(calls.find((c) => c.path.endsWith('/report'))!.url.searchParams.get('lang')).toBe('sv');
    const keptTable = await within(section).findByRole('table', { name: 'Reports kept with the request' });
    expect(keptTable).toHaveTextContent('Swedish');
    expect(keptTable).toHaveTextContent('dpo');
  });

  it('asks for the staff-names reason and sends the decision', async () => {
    signIn();
    const calls = mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'access' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/reports`]: () => json([]),
      [`POST /api/v1/requests/${R1}/staff-names`]: () =>
        json(detail({ type: 'access', staffNamesEssential: true, staffNamesReason: 'Suspected misuse by an employee.' })),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const form = await screen.findByRole('form', { name: 'Naming the staff' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await within(form).findByText('Required.')).toBeInTheDocument();
    await userEvent.click(within(form).getByLabelText(/^Staff names are essential/));
    await userEvent.type(within(form).getByLabelText(/^Reason/), 'Suspected misuse by an employee.');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByTestId('staff-names-decision')).toHaveTextContent('Staff who used the data are named. Reason: Suspected misuse by an employee.');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ essential: true, reason: 'Suspected misuse by an employee.' });
  });
});

describe('Portable data', () => {
  it('downloads the ZIP under the API’s file name, and shows a refusal with its reason', async () => {
    signIn();
    const createObjectURL = vi.fn(() => 'blob:zip');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    let refuse = false;
    mockFetch({
      [`GET /api/v1/requests/${R1}`]: () => json(detail({ type: 'portability' })),
      [`GET /api/v1/persons/${P1}`]: () => json(person),
      [`GET /api/v1/requests/${R1}/portability`]: () =>
        refuse
          ? json({ title: 'Conflict', status: 409, detail: 'The request is closed.' }, 409)
          : new Response('PK', { headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="portability-2026-01-07.zip"' } }),
    });
    renderWithProviders(<RequestPage />, { route: `/requests/${R1}`, path: '/requests/:id' });
    const section = await screen.findByRole('region', { name: 'Portable data' });
    await userEvent.click(within(section).getByRole('button', { name: 'Download portable data (ZIP)' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('portability-2026-01-07.zip');
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    refuse = true;
    await userEvent.click(within(section).getByRole('button', { name: 'Download portable data (ZIP)' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The request is closed.');
    click.mockRestore();
  });
});
