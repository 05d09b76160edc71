import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { Permission } from '@/lib/auth';
import { DisclosurePage } from './disclosure-page';
import { DisclosuresPage } from './disclosures-page';
import { RecordDisclosurePage } from './record-disclosure-page';

const R1 = '0195f0a2-0000-7000-8000-0000000000a1';
const R2 = '0195f0a2-0000-7000-8000-0000000000a2';
const P1 = '0195f0a2-0000-7000-8000-0000000000b1';
const P2 = '0195f0a2-0000-7000-8000-0000000000b2';
const D1 = '0195f0a2-0000-7000-8000-0000000000d1';

const recipients = [
  { id: R1, name: 'Poliisi', businessId: null, type: 'authority', country: 'FI', inEea: true, contact: null, purposes: [], dataCategories: ['basic', 'email'], agreementReference: '-', agreementDate: null, transferSafeguard: null, webhookUrl: null, transferAllowed: true, createdAt: '2026-01-01T00:00:00Z' },
  { id: R2, name: 'Acme Inc', businessId: null, type: 'partner', country: 'US', inEea: false, contact: null, purposes: [], dataCategories: [], agreementReference: 'C-1', agreementDate: null, transferSafeguard: null, webhookUrl: null, transferAllowed: false, createdAt: '2026-01-01T00:00:00Z' },
];
const purpose = (code: string, name: string, legalBasis: string) => ({
  id: `p-${code}`, code, name, nameFi: name, nameSv: name, nameEn: name, legalBasis, isMarketing: false, dataCategories: ['basic', 'recordings'], version: 1, updatedAt: '2025-01-01T00:00:00Z',
});
const purposes = [purpose('misusePrevention', 'Misuse prevention', 'legitimateInterest'), purpose('customerService', 'Customer service', 'contract')];
const disclosure = (over: Record<string, unknown> = {}) => ({
  id: D1,
  recipientId: R1,
  recipientName: 'Poliisi',
  kind: 'manual',
  purpose: 'misusePrevention',
  legalBasis: 'legalObligation',
  dataCategories: ['basic', 'email'],
  legalReference: 'Poliisilaki 872/2011, 4 luku 3 §',
  selectionId: null,
  personIds: [P1, P2],
  personCount: 2,
  at: '2026-02-01T09:00:00Z',
  madeBy: 'dpo',
  ...over,
});

function signIn(permissions: Permission[]) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'd', displayName: 'D', accessLevel: 'DataProtectionOfficer', permissions, mustChangePassword: false },
  });
}

const reference = { 'GET /api/v1/recipients': () => json(recipients), 'GET /api/v1/purposes': () => json(purposes) };

describe('Disclosures log', () => {
  it('takes its filters from the URL, sends only valid ones, keeps them in the URL and opens a row', async () => {
    signIn(['disclosures.read', 'recipients.read']);
    const calls = mockFetch({
      ...reference,
      'GET /api/v1/disclosures': () => json({ items: [disclosure()], page: 1, pageSize: 25, totalCount: 1 }),
    });
    renderWithProviders(<DisclosuresPage />, { route: `/disclosures?recipientId=${R1}`, path: '/disclosures' });
    const table = await screen.findByRole('table', { name: 'Disclosures' });
    const row = table.querySelector(`tr[data-disclosure-id="${D1}"]`) as HTMLElement;
    expect(row).toHaveTextContent('Poliisi');
    expect(row).toHaveTextContent('Recorded by hand');
    expect(row).toHaveTextContent('Legal obligation');
    expect(row).toHaveTextContent('basic, email');
    await waitFor(() => expect(row).toHaveTextContent('Misuse prevention'));
    const lastQuery = () => calls.filter((c) => c.path === '/api/v1/disclosures').at(-1)!.url.searchParams;
    expect(lastQuery().get('recipientId')).toBe(R1);
    // The recipient select shows the filter.
    const filters = screen.getByRole('search', { name: 'Filters' });
    await waitFor(() => expect(within(filters).getByLabelText('Recipient')).toHaveValue(R1));

    await userEvent.selectOptions(within(filters).getByLabelText('Purpose'), 'misusePrevention');
    await waitFor(() => expect(lastQuery().get('purpose')).toBe('misusePrevention'));
    expect(screen.getByTestId('location')).toHaveTextContent(`recipientId=${R1}&purpose=misusePrevention`);

    // A person id that is no id is not sent, and says so.
    const person = within(filters).getByLabelText(/^Person id/);
    await userEvent.type(person, 'matti');
    expect(person).toHaveAccessibleDescription(/Not a person id\./);
    expect(calls.filter((c) => c.path === '/api/v1/disclosures').some((c) => c.url.searchParams.has('personId'))).toBe(false);
    await userEvent.clear(person);
    await userEvent.type(person, P1);
    await waitFor(() => expect(lastQuery().get('personId')).toBe(P1));

    // A period that ends before it starts: the end is not sent.
    await userEvent.type(within(filters).getByLabelText('From'), '2026-02-01');
    await userEvent.type(within(filters).getByLabelText('Until'), '2026-01-01');
    expect(within(filters).getByLabelText('Until')).toHaveAccessibleDescription('The period ends before it starts.');
    await waitFor(() => expect(lastQuery().get('from')).toBe('2026-02-01'));
    expect(lastQuery().has('to')).toBe(false);

    // The row's link opens the disclosure (keyboard); a click on the row does too.
    await userEvent.click(within(row).getByText('Recorded by hand'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/disclosures/${D1}`));
  });

  it('without disclosures.write offers no form and without recipients.read no recipient filter', async () => {
    signIn(['disclosures.read']);
    const calls = mockFetch({ ...reference, 'GET /api/v1/disclosures': () => json({ items: [], page: 1, pageSize: 25, totalCount: 0 }) });
    renderWithProviders(<DisclosuresPage />, { route: '/disclosures', path: '/disclosures' });
    expect(await screen.findByText('No disclosures yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record disclosure' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Recipient')).not.toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/recipients')).toBe(false);
  });
});

describe('Disclosure page', () => {
  it('shows the disclosure and its persons, each linking to the person', async () => {
    signIn(['disclosures.read', 'recipients.read']);
    mockFetch({ ...reference, [`GET /api/v1/disclosures/${D1}`]: () => json(disclosure()) });
    renderWithProviders(<DisclosurePage />, { route: `/disclosures/${D1}`, path: '/disclosures/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Disclosure to Poliisi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Poliisi' })).toHaveAttribute('href', `/recipients/${R1}`);
    expect(document.querySelector('[data-field="Legal reference"]')).toHaveTextContent('Poliisilaki 872/2011, 4 luku 3 §');
    expect(screen.getByRole('heading', { name: '2 persons disclosed' })).toBeInTheDocument();
    const persons = screen.getByRole('table', { name: 'Persons' });
    expect(within(persons).getByRole('link', { name: P1 })).toHaveAttribute('href', `/persons/${P1}`);
    expect(within(persons).getByRole('link', { name: P2 })).toHaveAttribute('href', `/persons/${P2}`);
  });
});

describe('Record disclosure', () => {
  const render = (route = '/disclosures/new') => renderWithProviders(<RecordDisclosurePage />, { route, path: '/disclosures/new' });

  it('checks the fields, takes the legal basis from the purpose, posts the disclosure and opens it', async () => {
    signIn(['disclosures.read', 'disclosures.write', 'recipients.read']);
    const calls = mockFetch({ ...reference, 'POST /api/v1/disclosures': () => json(disclosure(), 201) });
    render(`/disclosures/new?recipientId=${R1}`);
    const form = await screen.findByRole('form', { name: 'Record disclosure' });
    expect(within(form).getByLabelText(/^Recipient/)).toHaveValue(R1);

    await userEvent.click(within(form).getByRole('button', { name: 'Record disclosure' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Purpose/)).toHaveAccessibleDescription('Required.'));
    expect(within(form).getByRole('combobox', { name: /^Persons/ })).toHaveAccessibleDescription(/Give at least one person\./);
    expect(within(form).getByRole('combobox', { name: /^Data categories/ })).toHaveAccessibleDescription(/Name at least one data category\./);

    await userEvent.selectOptions(within(form).getByLabelText(/^Purpose/), 'misusePrevention');
    expect(within(form).getByLabelText(/^Legal basis/)).toHaveValue('legitimateInterest');
    await userEvent.selectOptions(within(form).getByLabelText(/^Legal basis/), 'legalObligation');
    await userEvent.type(within(form).getByRole('combobox', { name: /^Data categories/ }), 'basic,email,');
    const persons = within(form).getByRole('combobox', { name: /^Persons/ });
    await userEvent.click(persons);
    await userEvent.paste(`${P1}\n${P2} matti`);
    await waitFor(() => expect(persons).toHaveAccessibleDescription(/Not person ids: matti/));
    await userEvent.click(within(form).getByRole('button', { name: 'Record disclosure' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    // Remove the last tag (the one that is no id).
    await userEvent.type(persons, '{Backspace}');
    expect(persons).toHaveAccessibleDescription(/2 persons/);
    await userEvent.type(within(form).getByLabelText(/^Legal reference/), 'Poliisilaki 872/2011, 4 luku 3 §');
    await userEvent.click(within(form).getByRole('button', { name: 'Record disclosure' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      recipientId: R1,
      purpose: 'misusePrevention',
      legalBasis: 'legalObligation',
      dataCategories: ['basic', 'email'],
      personIds: [P1, P2],
      legalReference: 'Poliisilaki 872/2011, 4 luku 3 §',
    });
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/disclosures/${D1}`));
  }, 15_000);

  it('warns before and shows the refusal prominently when the API refuses the disclosure', async () => {
    signIn(['disclosures.read', 'disclosures.write', 'recipients.read']);
    const detail = 'Acme Inc is in US, outside the EU/EEA, and has no recorded transfer safeguard (adequacy decision, standard contractual clauses or binding corporate rules).';
    mockFetch({
      ...reference,
      'POST /api/v1/disclosures': () =>
        json({ type: 'https://hsworks.fi/problems/disclosure-refused', title: 'Disclosure refused', status: 409, detail, errors: { recipientId: [detail] } }, 409),
    });
    render();
    const form = await screen.findByRole('form', { name: 'Record disclosure' });
    const select = within(form).getByLabelText(/^Recipient/);
    expect(within(select).getByRole('option', { name: 'Acme Inc · Partner · US · no safeguard' })).toBeInTheDocument();
    await userEvent.selectOptions(select, R2);
    expect(within(form).getByRole('note')).toHaveTextContent('Acme Inc is in US, outside the EU/EEA, with no transfer safeguard recorded: this disclosure will be refused.');
    await userEvent.selectOptions(within(form).getByLabelText(/^Purpose/), 'customerService');
    await userEvent.type(within(form).getByRole('combobox', { name: /^Data categories/ }), 'basic{Enter}');
    await userEvent.type(within(form).getByRole('combobox', { name: /^Persons/ }), `${P1}{Enter}`);
    await userEvent.click(within(form).getByRole('button', { name: 'Record disclosure' }));

    const refusal = await within(form).findByTestId('refusal');
    expect(refusal).toHaveAttribute('role', 'alert');
    expect(refusal).toHaveTextContent('Disclosure refused');
    expect(within(refusal).getByTestId('refusal-detail')).toHaveTextContent(detail);
    expect(refusal).toHaveTextContent('Nothing was disclosed or recorded.');
    expect(screen.getByTestId('location')).toHaveTextContent('/disclosures/new');
  });
});
