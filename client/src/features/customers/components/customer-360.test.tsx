import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { ContactDto, InvoiceDto, ProblemDto } from '../api/c360-types';
import { CustomerPage } from './customer-page';

const ID = 'c0ffee00-0000-4000-8000-000000000360';
const HARDWARE = '9a000000-0000-4000-8000-000000000007';
const SOFTWARE = '9a000000-0000-4000-8000-000000000008';
const PERSON = 'p0000000-0000-4000-8000-000000000001';

const customer = {
  id: ID,
  customerNumber: 100360,
  type: 'organisation',
  name: 'Kolmesataa Oy',
  businessId: '2713876-3',
  personId: null,
  customerSince: '2015-03-28',
  productGroups: ['hardware'],
  contactPersons: [{ id: PERSON, firstName: 'Erkki', lastName: 'Aaltonen', email: 'erkki@example.fi', phoneDisplay: '040 123 4567' }],
  version: '3',
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-02T10:00:00Z',
};
const overview = {
  customer,
  persons: [
    { id: PERSON, firstName: 'Erkki', lastName: 'Aaltonen', email: 'erkki@example.fi', phoneDisplay: '040 123 4567', mobileDisplay: null, role: 'contactPerson' },
  ],
  openProblems: [],
  latestContacts: [],
  activeWarranties: [],
  openBalance: null,
  overdueInvoices: 0,
  marketing: { status: 'notAvailable' },
};
const productGroups = [
  { id: HARDWARE, code: 'hardware', name: 'Hardware' },
  { id: SOFTWARE, code: 'software', name: 'Software' },
];
const page = <T,>(items: T[], totalCount = items.length) => ({ items, page: 1, pageSize: 20, totalCount });

const contact = (n: number, over: Partial<ContactDto> = {}): ContactDto => ({
  id: `c-${n}`,
  customerId: ID,
  at: `2026-11-${String(20 - n).padStart(2, '0')}T10:00:00Z`,
  channel: 'email',
  personId: null,
  personName: null,
  productGroupId: null,
  staffUserId: 'u',
  staffName: 'Helka Helpdesk',
  topic: `Earlier topic ${n}`,
  notes: null,
  outcome: null,
  followUpOn: null,
  ...over,
});

function signIn(permissions: string[]) {
  session.signIn({
    accessToken: 'a',
    refreshToken: 'r',
    user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'HelpdeskAgent', permissions, mustChangePassword: false },
  });
}

const base = {
  [`GET /api/v1/customers/${ID}`]: () => json(customer),
  [`GET /api/v1/customers/${ID}/overview`]: () => json(overview),
  'GET /api/v1/product-groups': () => json(productGroups),
};

describe('Customer 360 page', () => {
  it('logs a contact with Enter and shows it at the top of the timeline', async () => {
    signIn(['customers.read', 'customers.write', 'serviceRecords.write']);
    const stored = [contact(1), contact(2)];
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/contacts`]: () => json(page(stored)),
      [`POST /api/v1/customers/${ID}/contacts`]: async (req) => {
        const body = (await req.json()) as Partial<ContactDto>;
        const saved = contact(0, { ...body, id: 'c-new', at: '2026-11-25T09:00:00Z', personName: 'Erkki Aaltonen' });
        stored.unshift(saved);
        return json(saved, 201);
      },
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=contacts`, path: '/customers/:id' });

    const timeline = await screen.findByRole('list', { name: 'Contact history' });
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(2));
    const form = screen.getByRole('form', { name: 'Log contact' });
    await userEvent.selectOptions(within(form).getByLabelText('Channel'), 'phoneIn');
    await userEvent.selectOptions(within(form).getByLabelText('Person'), 'Erkki Aaltonen');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Hardware' })).toBeInTheDocument());
    await userEvent.selectOptions(within(form).getByLabelText('Product group'), 'Hardware');
    await userEvent.type(within(form).getByLabelText(/^Follow-up date/), '2026-12-01');
    await userEvent.type(within(form).getByLabelText(/^Notes/), 'Paper tray 2 jams.');
    await userEvent.type(within(form).getByLabelText(/^Topic/), 'Printer jams{Enter}');

    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(3));
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Printer jams');
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveTextContent('Incoming call');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      channel: 'phoneIn',
      personId: PERSON,
      productGroupId: HARDWARE,
      topic: 'Printer jams',
      notes: 'Paper tray 2 jams.',
      outcome: null,
      followUpOn: '2026-12-01',
    });
    // The form is ready for the next call.
    await waitFor(() => expect(within(form).getByLabelText(/^Topic/)).toHaveValue(''));
  });

  it('shows the topic error from the API next to the field', async () => {
    signIn(['customers.read', 'customers.write', 'serviceRecords.write']);
    mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/contacts`]: () => json(page([])),
      [`POST /api/v1/customers/${ID}/contacts`]: () =>
        json({ status: 400, title: 'Invalid input', errors: { Topic: ['The topic is too long.'] } }, 400),
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=contacts`, path: '/customers/:id' });
    expect(await screen.findByText('No contacts yet.')).toBeInTheDocument();
    const topic = screen.getByLabelText(/^Topic/);
    await userEvent.type(topic, 'x{Enter}');
    await waitFor(() => expect(topic).toHaveAccessibleDescription('The topic is too long.'));
  });

  it('passes the product group filter to every tab’s list request', async () => {
    signIn(['customers.read']);
    const empty = () => json(page([]));
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/contacts`]: empty,
      [`GET /api/v1/customers/${ID}/purchases`]: empty,
      [`GET /api/v1/customers/${ID}/assets`]: empty,
      [`GET /api/v1/customers/${ID}/problems`]: empty,
      [`GET /api/v1/customers/${ID}/interests`]: () => json([]),
      [`GET /api/v1/customers/${ID}/invoices`]: empty,
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}`, path: '/customers/:id' });

    const filter = await screen.findByLabelText('Product or service group');
    await waitFor(() => expect(within(filter).getByRole('option', { name: 'Software' })).toBeInTheDocument());
    await userEvent.selectOptions(filter, 'Software');
    expect(screen.getByTestId('location')).toHaveTextContent(`group=${SOFTWARE}`);

    for (const [tab, resource] of [
      ['Contacts', 'contacts'],
      ['Products', 'purchases'],
      ['Devices & warranties', 'assets'],
      ['Problems & interests', 'problems'],
    ]) {
      await userEvent.click(screen.getByRole('tab', { name: tab }));
      await waitFor(() =>
        expect(calls.some((c) => c.path === `/api/v1/customers/${ID}/${resource}` && c.url.searchParams.get('productGroupId') === SOFTWARE)).toBe(true),
      );
    }
    // No list was asked for without the filter once it was set.
    const lists = calls.filter((c) => /\/(contacts|purchases|assets|problems)$/.test(c.path));
    expect(lists.length).toBeGreaterThanOrEqual(4);
    expect(lists.every((c) => c.url.searchParams.get('productGroupId') === SOFTWARE)).toBe(true);
    // Invoices are not per product group (the API has no such filter): the tab says so.
    await userEvent.click(screen.getByRole('tab', { name: 'Invoices' }));
    expect(await screen.findByText('The product group filter does not apply to invoices.')).toBeInTheDocument();
  });

  it('tabs are reachable with the arrow keys', async () => {
    signIn(['customers.read']);
    mockFetch({ ...base, [`GET /api/v1/customers/${ID}/contacts`]: () => json(page([])) });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}`, path: '/customers/:id' });
    const details = await screen.findByRole('tab', { name: 'Details' });
    details.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Contacts' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('No contacts yet.')).toBeInTheDocument();
    // Without serviceRecords.write there is nothing to log with.
    expect(screen.queryByRole('form', { name: 'Log contact' })).not.toBeInTheDocument();
  });

  const invoice = (over: Partial<InvoiceDto>): InvoiceDto => ({
    id: 'i-1',
    customerId: ID,
    invoiceNumber: 2026000123,
    referenceNumber: '20260001236',
    referenceNumberDisplay: '20 26000 12361',
    issuedOn: '2026-11-01',
    dueOn: '2026-11-15',
    amount: null,
    vatAmount: null,
    status: 'open',
    history: [],
    ...over,
  });

  it('hides invoice amounts when the API leaves them out (null)', async () => {
    signIn(['customers.read']);
    mockFetch({ ...base, [`GET /api/v1/customers/${ID}/invoices`]: () => json(page([invoice({})])) });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=invoices`, path: '/customers/:id' });
    const table = await screen.findByRole('table', { name: 'Invoices' });
    expect(within(table).getByText('2026000123')).toBeInTheDocument();
    expect(within(table).getByText('20 26000 12361')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Amount (€)' })).not.toBeInTheDocument();
    expect(table).not.toHaveTextContent('€');
    // No invoices.write: the status is a label, not a select.
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('shows invoice amounts when present and lets Billing change the status', async () => {
    signIn(['customers.read', 'invoices.readAmounts', 'invoices.write']);
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/invoices`]: () => json(page([invoice({ amount: 124, vatAmount: 24 })])),
      'POST /api/v1/invoices/i-1/status': () => json(invoice({ amount: 124, vatAmount: 24, status: 'paid' })),
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=invoices`, path: '/customers/:id' });
    const table = await screen.findByRole('table', { name: 'Invoices' });
    expect(within(table).getByRole('columnheader', { name: 'Amount (€)' })).toBeInTheDocument();
    expect(table).toHaveTextContent('€124.00'); // en-GB
    await userEvent.selectOptions(within(table).getByRole('combobox', { name: 'Status of invoice 2026000123' }), 'paid');
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ status: 'paid' }));
  });

  it('the problem status toggle sends PUT with the new status', async () => {
    signIn(['customers.read', 'customers.write', 'serviceRecords.write']);
    const problem: ProblemDto = {
      id: 'pr-1',
      customerId: ID,
      description: 'Backups fail at night',
      productGroupId: HARDWARE,
      status: 'open',
      source: 'staff',
      reportedAt: '2026-11-20T08:00:00Z',
      solvedAt: null,
    };
    let current = problem;
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/problems`]: () => json(page([current])),
      [`GET /api/v1/customers/${ID}/interests`]: () => json([{ id: 'in-1', tag: 'Cloud backup', personId: null, source: 'staff', createdAt: '2026-01-01T00:00:00Z' }]),
      [`PUT /api/v1/customers/${ID}/problems/pr-1`]: async (req) => {
        const body = (await req.json()) as ProblemDto;
        current = { ...problem, ...body, solvedAt: body.status === 'solved' ? '2026-11-25T09:00:00Z' : null };
        return json(current);
      },
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=problems`, path: '/customers/:id' });
    const table = await screen.findByRole('table', { name: 'Problems' });
    expect(within(table).getByText('Open')).toBeInTheDocument();
    expect(within(await screen.findByRole('list', { name: 'Interests' })).getByText('Cloud backup')).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Mark solved: Backups fail at night' }));

    await waitFor(() => expect(within(table).getByText('Solved')).toBeInTheDocument());
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.path).toBe(`/api/v1/customers/${ID}/problems/pr-1`);
    expect(put.body).toEqual({ description: 'Backups fail at night', productGroupId: HARDWARE, status: 'solved' });
    expect(within(table).getByRole('button', { name: 'Reopen: Backups fail at night' })).toBeInTheDocument();
  });
});
