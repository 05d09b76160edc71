import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { Permission } from '@/lib/auth';
import { RecipientPage } from './recipient-page';
import { RecipientsPage } from './recipients-page';

const R1 = '0195f0a2-0000-7000-8000-0000000000a1';
const R2 = '0195f0a2-0000-7000-8000-0000000000a2';
const R3 = '0195f0a2-0000-7000-8000-0000000000a3';
const PERSON = '0195f0a2-0000-7000-8000-0000000000b1';

const recipient = (over: Record<string, unknown> = {}) => ({
  id: R1,
  name: 'Postitus Oy',
  businessId: '2168645-1',
  type: 'processor',
  country: 'FI',
  inEea: true,
  contact: 'tietosuoja@postitus.example',
  purposes: ['ownMarketing'],
  dataCategories: ['basic', 'address'],
  agreementReference: 'DPA 2026-14',
  agreementDate: '2026-01-15',
  transferSafeguard: null,
  webhookUrl: 'https://postitus.example/hsworks/notices',
  transferAllowed: true,
  createdAt: '2026-01-15T10:00:00Z',
  version: '7',
  webhookSecret: null,
  ...over,
});
const recipients = [
  recipient(),
  recipient({
    id: R2,
    name: 'Acme Inc',
    type: 'partner',
    country: 'US',
    inEea: false,
    webhookUrl: null,
    transferSafeguard: { kind: 'standardContractualClauses', reference: 'SCC 2021/914' },
  }),
  recipient({ id: R3, name: 'Nowhere Ltd', type: 'partner', country: 'GB', inEea: false, webhookUrl: null, transferAllowed: false }),
];
const purposes = [
  { id: 'p1', code: 'ownMarketing', name: "HS-Works' own marketing", nameFi: 'x', nameSv: 'x', nameEn: 'x', legalBasis: 'consent', isMarketing: true, dataCategories: ['basic', 'interests'], version: 1, updatedAt: '2025-01-01T00:00:00Z' },
  { id: 'p2', code: 'misusePrevention', name: 'Misuse prevention', nameFi: 'x', nameSv: 'x', nameEn: 'x', legalBasis: 'legitimateInterest', isMarketing: false, dataCategories: ['basic'], version: 1, updatedAt: '2025-01-01T00:00:00Z' },
];

function signIn(permissions: Permission[]) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'd', displayName: 'D', accessLevel: 'DataProtectionOfficer', permissions, mustChangePassword: false },
  });
}

describe('Recipients list', () => {
  it('shows each recipient with its EU/EEA and safeguard status, agreement and webhook; reading alone cannot add', async () => {
    signIn(['recipients.read']);
    mockFetch({ 'GET /api/v1/recipients': () => json(recipients), 'GET /api/v1/purposes': () => json(purposes) });
    renderWithProviders(<RecipientsPage />);
    const table = await screen.findByRole('table', { name: 'Recipients' });
    const row = (id: string) => table.querySelector(`tr[data-recipient-id="${id}"]`) as HTMLElement;
    expect(row(R1)).toHaveTextContent('Processor');
    expect(within(row(R1)).getByText('EU/EEA').closest('[data-transfer]')).toHaveAttribute('data-transfer', 'eea');
    expect(row(R1)).toHaveTextContent('DPA 2026-14');
    expect(row(R1)).toHaveTextContent('15/01/2026');
    expect(row(R1)).toHaveTextContent('Yes');
    expect(within(row(R2)).getByText('Outside EU/EEA · SCC')).toBeInTheDocument();
    expect(row(R2)).toHaveTextContent('SCC 2021/914');
    expect(row(R2)).toHaveTextContent('No');
    expect(within(row(R3)).getByText('Outside EU/EEA · no safeguard — disclosures refused').closest('[data-transfer]')).toHaveAttribute(
      'data-transfer',
      'refused',
    );
    expect(within(row(R1)).getByRole('link', { name: 'Postitus Oy' })).toHaveAttribute('href', `/recipients/${R1}`);
    expect(screen.queryByRole('button', { name: 'Add recipient' })).not.toBeInTheDocument();
  });

  it('asks for the safeguard only outside the EU/EEA, puts the API field errors under their inputs and shows the webhook secret once', async () => {
    signIn(['recipients.read', 'recipients.manage']);
    let attempt = 0;
    const created = recipient({
      id: 'new',
      name: 'Acme Inc',
      type: 'partner',
      country: 'US',
      inEea: false,
      transferSafeguard: { kind: 'standardContractualClauses', reference: 'SCC 2021/914' },
      webhookUrl: 'https://acme.example/hook',
      webhookSecret: 'whsec_abc123',
    });
    const calls = mockFetch({
      'GET /api/v1/recipients': () => json(attempt >= 3 ? [...recipients, { ...created, webhookSecret: null }] : recipients),
      'GET /api/v1/purposes': () => json(purposes),
      'POST /api/v1/recipients': () => {
        attempt++;
        if (attempt === 1)
          return json({ status: 400, title: 'Invalid input', errors: { 'Input.WebhookUrl': ['Use an https address.'], 'transferSafeguard.kind': ['Unknown kind.'] } }, 400);
        if (attempt === 2) return json({ status: 409, title: 'Conflict', detail: 'Taken.', errors: { name: ['A recipient with that name exists.'] } }, 409);
        return json(created, 201);
      },
    });
    renderWithProviders(<RecipientsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add recipient' }));
    const form = screen.getByRole('form', { name: 'Add recipient' });
    expect(within(form).getByLabelText(/^Name/)).toHaveFocus();
    // Finland by default: no safeguard fields.
    expect(within(form).getByLabelText(/^Country/)).toHaveValue('FI');
    expect(within(form).queryByRole('group', { name: 'Transfer outside the EU/EEA' })).not.toBeInTheDocument();

    // Without the required fields nothing is sent.
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription('Required.'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(form).getByLabelText(/^Name/), 'Acme Inc');
    await userEvent.selectOptions(within(form).getByLabelText(/^Type/), 'partner');
    await userEvent.clear(within(form).getByLabelText(/^Country/));
    await userEvent.type(within(form).getByLabelText(/^Country/), 'us');
    const safeguard = await within(form).findByRole('group', { name: 'Transfer outside the EU/EEA' });
    expect(safeguard).toHaveTextContent('US is outside the EU/EEA');
    await userEvent.selectOptions(within(safeguard).getByLabelText(/^Safeguard$/), 'standardContractualClauses');
    // A kind needs its reference.
    await userEvent.type(within(form).getByLabelText(/^Agreement reference/), 'Contract 7');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(safeguard).getByLabelText(/^Safeguard reference/)).toHaveAccessibleDescription(/Required\./));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(safeguard).getByLabelText(/^Safeguard reference/), 'SCC 2021/914');
    await userEvent.type(within(form).getByLabelText(/^Webhook address/), 'http://acme.example/hook');
    await userEvent.click(within(form).getByRole('checkbox', { name: "HS-Works' own marketing" }));
    await userEvent.type(within(form).getByRole('combobox', { name: /^Data categories/ }), 'basic{Enter}');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Acme Inc',
      businessId: null,
      type: 'partner',
      country: 'US',
      contact: null,
      purposes: ['ownMarketing'],
      dataCategories: ['basic'],
      agreementReference: 'Contract 7',
      agreementDate: null,
      webhookUrl: 'http://acme.example/hook',
      transferSafeguard: { kind: 'standardContractualClauses', reference: 'SCC 2021/914' },
    });
    await waitFor(() => expect(within(form).getByLabelText(/^Webhook address/)).toHaveAccessibleDescription(/Use an https address\./));
    expect(within(safeguard).getByLabelText(/^Safeguard$/)).toHaveAccessibleDescription('Unknown kind.');

    // A taken name: the message goes under the name, no general error.
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription('A recipient with that name exists.'));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Webhook secret' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The secret is shown only now and cannot be shown again.');
    expect(within(dialog).getByTestId('secret-value')).toHaveTextContent('whsec_abc123');
    expect(within(dialog).getByRole('button', { name: 'Copy Webhook secret' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add recipient' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'I have stored it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('whsec_abc123')).not.toBeInTheDocument();
    // The list is asked again and has the new recipient (without any secret).
    await waitFor(() => expect(document.querySelector('tr[data-recipient-id="new"]')).toHaveTextContent('Acme Inc'));
  }, 20_000);
});

describe('Recipient page', () => {
  const notices = [
    { id: 'n1', recipientId: R1, type: 'personErased', personId: PERSON, occurredAt: '2026-02-01T10:00:00Z', attempts: 1, deliveredAt: '2026-02-01T10:00:05Z', abandonedAt: null, nextAttemptAt: '2026-02-01T10:00:00Z', lastResult: '200 OK' },
    { id: 'n2', recipientId: R1, type: 'consentWithdrawn', personId: PERSON, occurredAt: '2026-02-02T10:00:00Z', attempts: 3, deliveredAt: null, abandonedAt: null, nextAttemptAt: '2026-02-02T11:00:00Z', lastResult: '503 Service Unavailable' },
    { id: 'n3', recipientId: R1, type: 'objected', personId: PERSON, occurredAt: '2026-01-01T10:00:00Z', attempts: 12, deliveredAt: null, abandonedAt: '2026-01-03T10:00:00Z', nextAttemptAt: '2026-01-03T10:00:00Z', lastResult: 'timeout' },
  ];
  const disclosure = {
    id: 'd1',
    recipientId: R1,
    recipientName: 'Postitus Oy',
    kind: 'selectionHandover',
    purpose: 'ownMarketing',
    legalBasis: 'consent',
    dataCategories: ['basic', 'address'],
    legalReference: null,
    selectionId: 's1',
    personIds: [PERSON],
    personCount: 1712,
    at: '2026-02-01T09:00:00Z',
    madeBy: 'maija',
  };
  const render = () => renderWithProviders(<RecipientPage />, { route: `/recipients/${R1}`, path: '/recipients/:id' });

  it('shows the details, the latest disclosures with a link to the log, and the webhook notices with their delivery state', async () => {
    signIn(['recipients.read', 'disclosures.read', 'disclosures.write']);
    const calls = mockFetch({
      [`GET /api/v1/recipients/${R1}`]: () => json(recipient()),
      'GET /api/v1/purposes': () => json(purposes),
      'GET /api/v1/disclosures': () => json({ items: [disclosure], page: 1, pageSize: 10, totalCount: 14 }),
      [`GET /api/v1/recipients/${R1}/notices`]: () => json(notices),
      [`GET /api/v1/recipients/${R1}/history`]: () => json([]),
    });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Postitus Oy' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-field="Purposes"]')).toHaveTextContent("HS-Works' own marketing"));
    expect(screen.getByRole('link', { name: 'Record disclosure' })).toHaveAttribute('href', `/disclosures/new?recipientId=${R1}`);

    const disclosures = await screen.findByRole('table', { name: 'Disclosures' });
    expect(disclosures).toHaveTextContent('Selection handed over');
    expect(disclosures).toHaveTextContent('1,712');
    expect(screen.getByText('The latest 1 of 14.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All disclosures to this recipient in the log' })).toHaveAttribute('href', `/disclosures?recipientId=${R1}`);
    const query = calls.find((c) => c.path === '/api/v1/disclosures')!.url.searchParams;
    expect(query.get('recipientId')).toBe(R1);

    const table = await screen.findByRole('table', { name: 'Webhook notices' });
    const row = (id: string) => table.querySelector(`tr[data-notice-id="${id}"]`) as HTMLElement;
    expect(row('n1')).toHaveAttribute('data-status', 'delivered');
    expect(row('n1')).toHaveTextContent('Data erased');
    expect(row('n1')).toHaveTextContent('Delivered');
    expect(row('n2')).toHaveTextContent('Retrying');
    expect(row('n2')).toHaveTextContent('503 Service Unavailable');
    expect(row('n2')).toHaveTextContent('next ');
    expect(row('n3')).toHaveTextContent('Given up');
    expect(within(row('n3')).getByRole('link', { name: 'Open person' })).toHaveAttribute('href', `/persons/${PERSON}`);
  });

  it('without disclosures.read shows only the details and asks for nothing else', async () => {
    signIn(['recipients.read']);
    const calls = mockFetch({
      [`GET /api/v1/recipients/${R1}`]: () => json(recipient({ webhookUrl: null })),
      'GET /api/v1/purposes': () => json(purposes),
      [`GET /api/v1/recipients/${R1}/history`]: () => json([]),
    });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Postitus Oy' })).toBeInTheDocument();
    expect(screen.getByText('No webhook')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rotate webhook secret' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Webhook notices' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record disclosure' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('disclosures') || c.path.endsWith('/notices'))).toBe(false);
  });

  const history = [
    {
      id: 'v2',
      change: 'edited',
      at: '2026-02-03T08:00:00Z',
      by: 'dpo',
      fields: [
        { field: 'contact', from: 'old@postitus.example', to: 'tietosuoja@postitus.example' },
        { field: 'businessId', from: null, to: '2168645-1' },
      ],
    },
    { id: 'v1', change: 'registered', at: '2026-01-15T10:00:00Z', by: 'admin', fields: [{ field: 'name', from: null, to: 'Postitus Oy' }] },
  ];

  it('edits with If-Match, shows a refused webhook address at its field, offers a reload on 412, and lists the history', async () => {
    signIn(['recipients.read', 'recipients.manage']);
    let attempt = 0;
    const calls = mockFetch({
      [`GET /api/v1/recipients/${R1}`]: () => json(recipient()),
      'GET /api/v1/purposes': () => json(purposes),
      [`GET /api/v1/recipients/${R1}/history`]: () => json(history),
      [`PUT /api/v1/recipients/${R1}`]: () => {
        attempt++;
        if (attempt === 1)
          return json(
            {
              status: 400,
              title: 'Invalid input',
              errors: { webhookUrl: ['10.0.0.5 is in a private network (RFC 1918): webhooks are delivered only to public addresses.'] },
            },
            400,
          );
        if (attempt === 2) return json({ status: 412, title: 'Precondition failed', detail: 'Someone else changed it.' }, 412);
        return json(recipient({ name: 'Postitus Abp', version: '8' }));
      },
    });
    render();
    const historyTable = await screen.findByRole('table', { name: 'History' });
    const version = (id: string) => historyTable.querySelector(`tr[data-version-id="${id}"]`) as HTMLElement;
    expect(version('v2')).toHaveTextContent('Edited');
    expect(version('v2')).toHaveTextContent('dpo');
    expect(version('v2')).toHaveTextContent('Contact: old@postitus.example → tietosuoja@postitus.example');
    expect(version('v2')).toHaveTextContent('Business id: (empty) → 2168645-1');
    expect(version('v1')).toHaveTextContent('Registered');

    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit recipient' });
    expect(within(form).getByLabelText(/^Name/)).toHaveValue('Postitus Oy');
    expect(within(form).getByLabelText(/^Webhook address/)).toHaveValue('https://postitus.example/hsworks/notices');
    await userEvent.clear(within(form).getByLabelText(/^Webhook address/));
    await userEvent.type(within(form).getByLabelText(/^Webhook address/), 'https://10.0.0.5/hook');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(within(form).getByLabelText(/^Webhook address/)).toHaveAccessibleDescription(
        /10\.0\.0\.5 is in a private network \(RFC 1918\): webhooks are delivered only to public addresses\./,
      ),
    );
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.body).toMatchObject({ name: 'Postitus Oy', webhookUrl: 'https://10.0.0.5/hook', businessId: '2168645-1' });

    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('Someone else changed this recipient after you opened it.');

    await userEvent.clear(within(form).getByLabelText(/^Name/));
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Postitus Abp');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Postitus Abp' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit recipient' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(3);
  }, 20_000);

  it('rotates the webhook secret only after a confirmation and shows the new secret once', async () => {
    signIn(['recipients.read', 'recipients.manage']);
    const calls = mockFetch({
      [`GET /api/v1/recipients/${R1}`]: () => json(recipient()),
      'GET /api/v1/purposes': () => json(purposes),
      [`GET /api/v1/recipients/${R1}/history`]: () => json(history),
      [`POST /api/v1/recipients/${R1}/webhook-secret/rotate`]: () => json({ recipientId: R1, webhookSecret: 'whsec_rotated' }),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate webhook secret' }));
    const confirm = await screen.findByRole('dialog', { name: 'Rotate the webhook secret?' });
    expect(confirm).toHaveTextContent('the old secret signs nothing');
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Rotate webhook secret' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Rotate the webhook secret?' })).getByRole('button', { name: 'Rotate webhook secret' }));
    const shown = await screen.findByRole('dialog', { name: 'Webhook secret' });
    expect(within(shown).getByTestId('secret-value')).toHaveTextContent('whsec_rotated');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('whsec_rotated')).not.toBeInTheDocument();
  }, 20_000);
});
