import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { NewSelectionPage } from './new-selection-page';
import { SelectionPage } from './selection-page';

const SEL = '0c5a0000-0000-4000-8000-0000000000a1';

const purpose = (code: string, name: string, isMarketing: boolean) => ({
  id: `p-${code}`,
  code,
  name,
  nameFi: name,
  nameSv: name,
  nameEn: name,
  legalBasis: isMarketing ? 'consent' : 'contract',
  isMarketing,
  dataCategories: ['basic'],
  version: 1,
  updatedAt: '2025-01-01T00:00:00Z',
});
const purposes = [
  purpose('customerService', 'Customer service', false),
  purpose('marketResearch', 'Market research', true),
  purpose('ownMarketing', "HS-Works' own marketing", true),
  purpose('partnerMarketing', "Partners' marketing", true),
];
const groups = [
  { id: 'g-maint', code: 'maintenance', name: 'Maintenance', nameFi: 'Huolto', nameSv: 'Underhåll', nameEn: 'Maintenance' },
  { id: 'g-hw', code: 'hardware', name: 'Hardware', nameFi: 'Laitteet', nameSv: 'Hårdvara', nameEn: 'Hardware' },
];
const selection = {
  id: SEL,
  name: 'Spring offer',
  purpose: 'ownMarketing',
  marketingPurpose: 'own',
  channel: 'email',
  criteria: {
    productGroupIds: ['g-maint'],
    interests: ['solar'],
    languages: ['fi', 'sv'],
    postalCodePrefixes: ['00'],
    customerType: 'consumer',
    purchasedFrom: '2025-01-01',
    purchasedTo: null,
  },
  createdAt: '2026-11-25T10:00:00Z',
  createdBy: 'Maija Markkinoija',
};

function signIn(permissions: string[] = ['marketing.select']) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'm', displayName: 'M', accessLevel: 'Marketing', permissions, mustChangePassword: false },
  });
}

const reference = {
  'GET /api/v1/purposes': () => json(purposes),
  'GET /api/v1/product-groups': () => json(groups),
};

describe('New selection', () => {
  it('offers only marketing purposes and the four channels, starts on own marketing', async () => {
    signIn();
    mockFetch(reference);
    renderWithProviders(<NewSelectionPage />);
    const form = await screen.findByRole('form', { name: 'New selection' });
    const purposeSelect = within(form).getByLabelText(/^Purpose/);
    expect(purposeSelect).toHaveValue('ownMarketing');
    expect(within(purposeSelect).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Market research',
      "HS-Works' own marketing",
      "Partners' marketing",
    ]);
    const channel = within(form).getByLabelText(/^Channel/);
    expect(within(channel).getAllByRole('option').map((o) => (o as HTMLOptionElement).value)).toEqual(['email', 'sms', 'phone', 'post']);
    expect(within(form).getByLabelText(/^Name/)).toHaveFocus();
  });

  it('posts the criteria, puts the API field errors under their inputs, then opens the saved selection', async () => {
    signIn();
    let attempt = 0;
    const calls = mockFetch({
      ...reference,
      'POST /api/v1/marketing/selections': () =>
        ++attempt === 1
          ? json(
              {
                status: 400,
                title: 'Invalid input',
                errors: {
                  'criteria.postalCodePrefixes[1]': ['A postal-code area is 1–5 digits.'],
                  'criteria.purchasedTo': ['The period ends before it starts.'],
                  'criteria.somethingNew': ['Unexpected.'],
                },
              },
              400,
            )
          : json(selection, 201),
    });
    renderWithProviders(<NewSelectionPage />);
    const form = await screen.findByRole('form', { name: 'New selection' });

    // Enter in the name submits: without a name nothing is sent.
    await userEvent.type(within(form).getByLabelText(/^Name/), '{Enter}');
    await waitFor(() => expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription(/Required\./));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(within(form).getByLabelText(/^Name/), '  Spring offer ');
    await userEvent.selectOptions(within(form).getByLabelText(/^Channel/), 'post');
    const postal = within(form).getByRole('combobox', { name: /^Postal code areas/ });
    await userEvent.type(postal, '00{Enter}abc{Enter}');
    const interests = within(form).getByRole('combobox', { name: /^Interests/ });
    await userEvent.type(interests, 'solar{Enter}');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Swedish' }));
    await userEvent.selectOptions(within(form).getByLabelText(/^Customer type/), 'consumer');
    await userEvent.type(within(form).getByLabelText('Purchased from'), '2025-05-01');
    await userEvent.type(within(form).getByLabelText('Purchased until'), '2025-01-01');
    await userEvent.click(within(form).getByRole('button', { name: 'Save and preview' }));

    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Spring offer',
      purpose: 'ownMarketing',
      channel: 'post',
      criteria: {
        productGroupIds: [],
        interests: ['solar'],
        languages: ['sv'],
        postalCodePrefixes: ['00', 'abc'],
        customerType: 'consumer',
        purchasedFrom: '2025-05-01',
        purchasedTo: '2025-01-01',
      },
    });
    await waitFor(() => expect(postal).toHaveAccessibleDescription(/"abc": A postal-code area is 1–5 digits\./));
    expect(within(form).getByLabelText('Purchased until')).toHaveAccessibleDescription(/The period ends before it starts\./);
    // An error no field takes is listed in the summary.
    expect(within(form).getByRole('alert')).toHaveTextContent('criteria.somethingNew: Unexpected.');

    await userEvent.click(within(form).getByRole('button', { name: 'Save and preview' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(`/marketing/${SEL}`));
  });
});

describe('Selection page', () => {
  const createObjectURL = vi.fn(() => 'blob:export-1');
  const revokeObjectURL = vi.fn();
  let clicked: { href: string; download: string }[] = [];
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
  });
  afterEach(() => {
    createObjectURL.mockClear();
    vi.restoreAllMocks();
  });

  const preview = {
    included: 1712,
    excluded: { nonDisclosure: 18, restricted: 0, ownBan: 2, partnerBan: 0, prohibitionRegister: 3, noConsent: 40, noAddress: 0 },
  };
  const exported = { id: 'x-1', selectionId: SEL, channel: 'email', personCount: 1712, exportedAt: '2026-11-25T11:00:00Z', exportedBy: 'Maija Markkinoija' };

  const render = () => renderWithProviders(<SelectionPage />, { route: `/marketing/${SEL}`, path: '/marketing/:id' });

  it('shows the criteria, the included count and every exclusion reason with its count and explanation', async () => {
    signIn();
    mockFetch({
      ...reference,
      [`GET /api/v1/marketing/selections/${SEL}`]: () => json(selection),
      [`GET /api/v1/marketing/selections/${SEL}/preview`]: () => json(preview),
      [`GET /api/v1/marketing/selections/${SEL}/exports`]: () => json([]),
    });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring offer' })).toBeInTheDocument();
    expect(await screen.findByTestId('included-count')).toHaveTextContent('1,712');
    expect(screen.getByTestId('included')).toHaveTextContent('persons may be contacted now (E-mail)');
    const table = screen.getByRole('table', { name: 'Left out, by reason' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('data-reason'))).toEqual([
      'nonDisclosure',
      'restricted',
      'ownBan',
      'partnerBan',
      'prohibitionRegister',
      'noConsent',
      'noAddress',
    ]);
    const noConsent = rows[5];
    expect(noConsent).toHaveTextContent('No consent');
    expect(noConsent).toHaveTextContent('40');
    expect(noConsent).toHaveTextContent('E-mail and SMS to consumers need consent (or the existing-customer exception)');
    expect(screen.getByText('1,775 persons match the criteria; 63 of them are left out:')).toBeInTheDocument();
    // The criteria with names, not codes or ids.
    expect(screen.getByText('Maintenance')).toBeInTheDocument();
    expect(screen.getByText('Finnish, Swedish')).toBeInTheDocument();
    expect(screen.getByText('Not exported yet.')).toBeInTheDocument();
  });

  it('exports only after confirming that the export is recorded, downloads it under its name and lists it', async () => {
    signIn();
    let exports: (typeof exported)[] = [];
    const calls = mockFetch({
      ...reference,
      [`GET /api/v1/marketing/selections/${SEL}`]: () => json(selection),
      [`GET /api/v1/marketing/selections/${SEL}/preview`]: () => json(preview),
      [`GET /api/v1/marketing/selections/${SEL}/exports`]: () => json(exports),
      [`GET /api/v1/marketing/selections/${SEL}/export`]: () => {
        exports = [exported];
        return new Response('personId,firstName,lastName,language,email\r\n', {
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': "attachment; filename=selection-x.csv; filename*=UTF-8''selection-x.csv",
            'HsWorks-Export-Id': 'x-1',
          },
        });
      },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the selection' });
    expect(dialog).toHaveTextContent('The export is recorded');
    expect(dialog).toHaveTextContent("purpose: HS-Works' own marketing, channel: E-mail");
    expect(calls.some((c) => c.path.endsWith('/export'))).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Export and download' }));
    await waitFor(() => expect(clicked).toEqual([{ href: 'blob:export-1', download: 'selection-x.csv' }]));
    const get = calls.find((c) => c.path.endsWith('/export'))!;
    expect(get.headers.get('Authorization')).toBe('Bearer token-1');
    const blob = (createObjectURL.mock.calls[0] as unknown[])[0] as Blob;
    expect(await blob.text()).toMatch(/^personId,/);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const list = await screen.findByRole('table', { name: 'Exports' });
    expect(list).toHaveTextContent('Maija Markkinoija');
    expect(list).toHaveTextContent('1,712');
  });

  it('shows why an export failed and keeps the dialog open', async () => {
    signIn();
    mockFetch({
      ...reference,
      [`GET /api/v1/marketing/selections/${SEL}`]: () => json(selection),
      [`GET /api/v1/marketing/selections/${SEL}/preview`]: () => json(preview),
      [`GET /api/v1/marketing/selections/${SEL}/exports`]: () => json([]),
      [`GET /api/v1/marketing/selections/${SEL}/export`]: () => json({ status: 403, title: 'Forbidden' }, 403),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the selection' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export and download' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('You do not have access to this.');
    expect(clicked).toEqual([]);
  });
});

describe('Handing a selection over', () => {
  const RP = '0195f0a2-0000-7000-8000-0000000000a1';
  const RM = '0195f0a2-0000-7000-8000-0000000000a2';
  const RA = '0195f0a2-0000-7000-8000-0000000000a3';
  const recipient = (id: string, name: string, type: string, over: Record<string, unknown> = {}) => ({
    id, name, businessId: null, type, country: 'FI', inEea: true, contact: null, purposes: [], dataCategories: [], agreementReference: 'x', agreementDate: null,
    transferSafeguard: null, webhookUrl: null, transferAllowed: true, createdAt: '2026-01-01T00:00:00Z', ...over,
  });
  const recipients = [
    recipient(RP, 'Kumppani Oy', 'partner'),
    recipient(RM, 'Postitus Oy', 'processor'),
    recipient(RA, 'Poliisi', 'authority'),
    recipient('far', 'Faraway Mail', 'processor', { country: 'US', inEea: false, transferAllowed: false }),
  ];
  const preview = { included: 1712, excluded: {} };
  const routes = (handover: () => Response) => ({
    ...reference,
    [`GET /api/v1/marketing/selections/${SEL}`]: () => json(selection),
    [`GET /api/v1/marketing/selections/${SEL}/preview`]: () => json(preview),
    [`GET /api/v1/marketing/selections/${SEL}/exports`]: () => json([]),
    'GET /api/v1/recipients': () => json(recipients),
    [`POST /api/v1/marketing/selections/${SEL}/handover`]: handover,
  });
  const render = () => renderWithProviders(<SelectionPage />, { route: `/marketing/${SEL}`, path: '/marketing/:id' });

  it('is offered only with recipients.read', async () => {
    signIn(['marketing.select']);
    mockFetch(routes(() => json({}, 500)));
    render();
    expect(await screen.findByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hand over to recipient' })).not.toBeInTheDocument();
  });

  it('explains that it is recorded, warns before a likely refusal and shows the refusal detail', async () => {
    signIn(['marketing.select', 'recipients.read']);
    const detail = 'A partner gets only selections made for partner marketing, under its stricter rules.';
    const calls = mockFetch(
      routes(() => json({ type: 'https://hsworks.fi/problems/disclosure-refused', title: 'Disclosure refused', status: 409, detail, errors: { recipientId: [detail] } }, 409)),
    );
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Hand over to recipient' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand over to a recipient' });
    await waitFor(() => expect(dialog).toHaveTextContent('The 1,712 persons the selection "Spring offer" includes now'));
    expect(dialog).toHaveTextContent('The handover is recorded as a disclosure');
    const select = await within(dialog).findByLabelText(/^Recipient/);
    // No authorities; partners and processors by name, the ones without a safeguard marked.
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a recipient',
      'Faraway Mail · Processor · US · no safeguard',
      'Kumppani Oy · Partner · FI',
      'Postitus Oy · Processor · FI',
    ]);
    // Nothing chosen: nothing sent.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hand over and record' }));
    expect(select).toHaveAccessibleDescription('Required.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.selectOptions(select, RP);
    expect(dialog.querySelector('[data-warning="partnerOwnMarketing"]')).toHaveTextContent('Kumppani Oy is a partner, and this selection is for own marketing');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hand over and record' }));
    const refusal = await within(dialog).findByTestId('refusal');
    expect(refusal).toHaveTextContent('Disclosure refused');
    expect(within(refusal).getByTestId('refusal-detail')).toHaveTextContent(detail);
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ recipientId: RP });
  });

  it('hands the selection over and shows the recorded disclosure', async () => {
    signIn(['marketing.select', 'recipients.read', 'disclosures.read']);
    const calls = mockFetch(
      routes(() =>
        json(
          {
            id: 'd1', recipientId: RM, recipientName: 'Postitus Oy', kind: 'selectionHandover', purpose: 'ownMarketing', legalBasis: 'consent',
            dataCategories: ['basic', 'email'], legalReference: null, selectionId: SEL, personIds: [], personCount: 1712, at: '2026-11-25T12:00:00Z', madeBy: 'm',
          },
          201,
        ),
      ),
    );
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Hand over to recipient' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand over to a recipient' });
    await userEvent.selectOptions(await within(dialog).findByLabelText(/^Recipient/), RM);
    expect(dialog.querySelector('[data-warning]')).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hand over and record' }));
    const result = await within(dialog).findByTestId('handover-result');
    expect(result).toHaveTextContent('1,712 persons handed over to Postitus Oy.');
    expect(result).toHaveTextContent('Recorded as a disclosure');
    expect(within(dialog).getByRole('link', { name: 'Open the disclosure' })).toHaveAttribute('href', '/disclosures/d1');
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ recipientId: RM });
  });
});
