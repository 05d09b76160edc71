import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { ConsentsPanel } from './consents-panel';
import { ProhibitionsPanel } from './prohibitions-panel';

const ID = '8c1f1a52-0000-4000-8000-000000000001';
const BAN = '5b0e0c4e-0000-4000-8000-0000000000b1';

const purpose = (code: string, name: string, legalBasis: string) => ({
  id: `p-${code}`,
  code,
  name,
  nameFi: name,
  nameSv: name,
  nameEn: name,
  legalBasis,
  isMarketing: legalBasis === 'consent',
  dataCategories: ['basic'],
  version: 1,
  updatedAt: '2025-01-01T00:00:00Z',
});
const purposes = [
  purpose('customerService', 'Customer service', 'contract'),
  purpose('ownMarketing', "HS-Works' own marketing", 'consent'),
  purpose('marketResearch', 'Market research', 'consent'),
];

const given = {
  id: 2,
  purpose: 'ownMarketing',
  channel: 'email',
  productGroupId: null,
  action: 'given',
  at: '2025-03-02T10:00:00Z',
  source: 'phoneCall',
  evidence: 'Asked on the phone, call 2025-03-02',
  recordedBy: 'Agent Smith',
};
const withdrawn = {
  id: 1,
  purpose: 'marketResearch',
  channel: 'sms',
  productGroupId: null,
  action: 'withdrawn',
  at: '2025-03-01T09:00:00Z',
  source: 'web',
  evidence: 'Unsubscribe link',
  recordedBy: 'Web form',
};
const consents = {
  current: [
    { purpose: 'ownMarketing', channel: 'email', productGroupId: null, state: 'given', since: given.at, source: 'phoneCall' },
    { purpose: 'marketResearch', channel: 'sms', productGroupId: null, state: 'withdrawn', since: withdrawn.at, source: 'web' },
  ],
  history: [given, withdrawn],
};

function signIn(permissions: string[]) {
  session.signIn({
    accessToken: 'a',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'HelpdeskAgent', permissions, mustChangePassword: false },
  });
}

const WRITE = ['persons.read', 'persons.write', 'consents.write'];

function mockConsents(extra: Record<string, () => Response> = {}) {
  return mockFetch({
    'GET /api/v1/purposes': () => json(purposes),
    [`GET /api/v1/persons/${ID}/consents`]: () => json(consents),
    ...extra,
  });
}

const renderConsents = () => renderWithProviders(<ConsentsPanel personId={ID} />);

describe('Consents panel', () => {
  it('gives a consent with evidence: no request without evidence, then the right body', async () => {
    signIn(WRITE);
    const calls = mockConsents({
      [`POST /api/v1/persons/${ID}/consents`]: () => json({ ...given, id: 3, channel: 'phone' }, 201),
    });
    renderConsents();
    await userEvent.click(await screen.findByRole('button', { name: "Give consent: HS-Works' own marketing, Phone" }));

    const dialog = await screen.findByRole('dialog', { name: 'Give consent' });
    expect(within(dialog).getByLabelText('Channel')).toHaveValue('phone');
    expect(within(dialog).getByLabelText('Source')).toHaveValue('phoneCall');
    expect(within(dialog).getByLabelText('Purpose')).toHaveValue('ownMarketing');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const evidence = within(dialog).getByLabelText(/^Evidence/);
    await waitFor(() => expect(evidence).toHaveAttribute('aria-invalid', 'true'));
    expect(evidence).toHaveAccessibleDescription(/Describe the evidence/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.type(evidence, '  Read the consent text on the call  ');
    await userEvent.selectOptions(within(dialog).getByLabelText('Source'), 'form');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      purpose: 'ownMarketing',
      channel: 'phone',
      productGroupId: null,
      action: 'given',
      source: 'form',
      evidence: 'Read the consent text on the call',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows the API field errors next to their fields', async () => {
    signIn(WRITE);
    mockConsents({
      [`POST /api/v1/persons/${ID}/consents`]: () =>
        json({ status: 400, title: 'Validation', errors: { 'Input.Evidence': ['Evidence is too vague.'], purpose: ['No such purpose.'] } }, 400),
    });
    renderConsents();
    await userEvent.click(await screen.findByRole('button', { name: "Give consent: HS-Works' own marketing, Phone" }));
    const dialog = await screen.findByRole('dialog', { name: 'Give consent' });
    await userEvent.type(within(dialog).getByLabelText(/^Evidence/), 'x');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Evidence/)).toHaveAccessibleDescription(/Evidence is too vague\./));
    expect(within(dialog).getByLabelText('Purpose')).toHaveAccessibleDescription(/No such purpose\./);
  });

  it('offers Withdraw only where the consent is given, and posts a withdrawal', async () => {
    signIn(WRITE);
    const calls = mockConsents({
      [`POST /api/v1/persons/${ID}/consents`]: () => json({ ...given, id: 3, action: 'withdrawn' }, 201),
    });
    renderConsents();
    const table = await screen.findByRole('table', { name: 'Consents by channel' });
    const withdrawButtons = within(table).getAllByRole('button', { name: /^Withdraw consent/ });
    expect(withdrawButtons).toHaveLength(1);
    expect(withdrawButtons[0]).toHaveAccessibleName("Withdraw consent: HS-Works' own marketing, E-mail");
    // Withdrawn (market research by SMS) and never asked both offer Give.
    expect(within(table).getByRole('button', { name: 'Give consent: Market research, Text message' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: "Give consent: HS-Works' own marketing, E-mail" })).not.toBeInTheDocument();

    await userEvent.click(withdrawButtons[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw consent' });
    await userEvent.type(within(dialog).getByLabelText(/^Evidence/), 'Customer asked on the phone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ purpose: 'ownMarketing', channel: 'email', action: 'withdrawn' });
  });

  it('hides the actions without consents.write', async () => {
    signIn(['persons.read']);
    mockConsents();
    renderConsents();
    const table = await screen.findByRole('table', { name: 'Consents by channel' });
    expect(within(table).getAllByText('Given').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /Give|Withdraw/ })).not.toBeInTheDocument();
  });

  it('lists both events in the history, newest first, and the other purposes with their legal basis', async () => {
    signIn(['persons.read']);
    mockConsents();
    renderConsents();
    const history = await screen.findByRole('table', { name: 'Consent history' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent("HS-Works' own marketing");
    expect(rows[0]).toHaveTextContent('E-mail');
    expect(rows[0]).toHaveTextContent('Given');
    expect(rows[0]).toHaveTextContent('Phone call');
    expect(rows[0]).toHaveTextContent('Asked on the phone, call 2025-03-02');
    expect(rows[0]).toHaveTextContent('Agent Smith');
    expect(rows[1]).toHaveTextContent('Market research');
    expect(rows[1]).toHaveTextContent('Withdrawn');
    expect(rows[1]).toHaveTextContent('Unsubscribe link');

    const others = screen.getByRole('list', { name: 'Processing without consent' });
    expect(others).toHaveTextContent('Customer service');
    expect(others).toHaveTextContent('Processing based on contract');
    // A contract purpose takes no consents: it is not in the consent table.
    expect(within(screen.getByRole('table', { name: 'Consents by channel' })).queryByText('Customer service')).not.toBeInTheDocument();
  });

  it('shows an error when the consents cannot be loaded', async () => {
    signIn(['persons.read']);
    mockFetch({
      'GET /api/v1/purposes': () => json(purposes),
      [`GET /api/v1/persons/${ID}/consents`]: () => json({ status: 500, title: 'Boom' }, 500),
    });
    renderConsents();
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong.');
  });
});

const ban = {
  id: BAN,
  kind: 'directMarketing',
  channel: 'all',
  source: 'phoneCall',
  reason: 'Asked not to be called',
  createdAt: '2025-02-01T10:00:00Z',
  createdBy: 'Agent Smith',
  active: true,
  liftedAt: null,
  liftedBy: null,
};
const liftedBan = {
  ...ban,
  id: 'lifted-1',
  kind: 'partnerDisclosure',
  channel: 'email',
  active: false,
  liftedAt: '2025-02-10T10:00:00Z',
  liftedBy: 'Supervisor Jones',
};

describe('Prohibitions panel', () => {
  it('lifts a ban after confirmation through the lift endpoint; lifted bans stay as history', async () => {
    signIn([...WRITE, 'prohibitions.lift']);
    let lifted = false;
    const calls = mockFetch({
      [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]),
      [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([{ ...ban, active: !lifted, liftedAt: lifted ? '2025-03-01T10:00:00Z' : null, liftedBy: lifted ? 'H' : null }, liftedBan]),
      [`POST /api/v1/persons/${ID}/prohibitions/${BAN}/lift`]: () => {
        lifted = true;
        return json({ ...ban, active: false });
      },
    });
    renderWithProviders(<ProhibitionsPanel personId={ID} />);
    const table = await screen.findByRole('table', { name: 'Marketing bans' });
    const liftedRow = table.querySelector('tr[data-prohibition-id="lifted-1"]') as HTMLElement;
    expect(liftedRow).toHaveTextContent('Lifted');
    expect(liftedRow).toHaveTextContent('Supervisor Jones');
    expect(within(liftedRow).queryByRole('button')).not.toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: 'Lift ban: Direct marketing, All channels' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lift ban' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false); // only after confirming
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lift ban' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe(`/api/v1/persons/${ID}/prohibitions/${BAN}/lift`);
    await waitFor(() => expect(within(table).queryByRole('button', { name: /^Lift ban/ })).not.toBeInTheDocument());
  });

  it('adds a ban with channel "all" by default', async () => {
    signIn(WRITE);
    const calls = mockFetch({
      [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([]),
      [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]),
      [`POST /api/v1/persons/${ID}/prohibitions`]: () => json(ban, 201),
    });
    renderWithProviders(<ProhibitionsPanel personId={ID} />);
    expect(await screen.findByText('No marketing bans.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add ban' }));
    const form = screen.getByRole('form', { name: 'Add ban' });
    expect(within(form).getByLabelText('Channel')).toHaveValue('all');
    await userEvent.selectOptions(within(form).getByLabelText('Ban'), 'partnerDisclosure');
    await userEvent.type(within(form).getByLabelText('Reason'), 'Customer request');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ kind: 'partnerDisclosure', channel: 'all', reason: 'Customer request' });
  });

  it('lets whoever takes a ban record it, but only prohibitions.lift (the data protection officer) lift one', async () => {
    signIn(WRITE);
    mockFetch({ [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([ban]), [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]) });
    renderWithProviders(<ProhibitionsPanel personId={ID} />);
    const table = await screen.findByRole('table', { name: 'Marketing bans' });
    expect(screen.getByRole('button', { name: 'Add ban' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /^Lift ban/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
  });

  it('hides adding and lifting without consents.write', async () => {
    signIn(['persons.read']);
    mockFetch({ [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([ban]), [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]) });
    renderWithProviders(<ProhibitionsPanel personId={ID} />);
    await screen.findByRole('table', { name: 'Marketing bans' });
    expect(screen.queryByRole('button', { name: /Add ban|Lift/ })).not.toBeInTheDocument();
  });

  it('lists the register matches, in force first-class and earlier files as history, with nothing to lift', async () => {
    signIn(WRITE);
    const match = {
      registerId: 'reg-1',
      registerName: 'Robinson',
      channels: ['phone', 'post'],
      importId: 'imp-2',
      fileDate: '2026-11-20',
      importedAt: '2026-11-21T08:00:00Z',
      reasons: ['email', 'nameAndAddress'],
      inForce: true,
    };
    mockFetch({
      [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([]),
      [`GET /api/v1/persons/${ID}/register-matches`]: () =>
        json([match, { ...match, importId: 'imp-1', fileDate: '2026-05-01', reasons: ['phone'], inForce: false }]),
    });
    renderWithProviders(<ProhibitionsPanel personId={ID} />);
    const table = await screen.findByRole('table', { name: 'Prohibition registers' });
    const current = table.querySelector('tr[data-import-id="imp-2"]') as HTMLElement;
    expect(current).toHaveTextContent('Robinson');
    expect(current).toHaveTextContent('Phone, Post');
    expect(current).toHaveTextContent('20/11/2026');
    expect(current).toHaveTextContent('E-mail');
    expect(current).toHaveTextContent('Name and address');
    expect(current).toHaveTextContent('In force');
    const earlier = table.querySelector('tr[data-import-id="imp-1"]') as HTMLElement;
    expect(earlier).toHaveAttribute('data-in-force', 'false');
    expect(earlier).toHaveTextContent('Earlier file');
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/cannot be lifted by hand/)).toBeInTheDocument();
  });
});
