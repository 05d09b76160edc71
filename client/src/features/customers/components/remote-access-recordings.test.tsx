import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { AssetDto, ContactDto, RecordingDto, RemoteAccessDto } from '../api/c360-types';
import { CustomerPage } from './customer-page';
import { REVEAL_VISIBLE_MS } from './remote-access';

const ID = 'c0ffee00-0000-4000-8000-000000000361';
const ASSET = 'a0000000-0000-4000-8000-000000000001';
const ACCESS = 'ra000000-0000-4000-8000-000000000001';
const CONTACT = 'c0000000-0000-4000-8000-000000000001';
const SECRET = 'Tiikeri-42!';

const customer = {
  id: ID,
  customerNumber: 100361,
  type: 'consumer',
  name: 'Maija Meikäläinen',
  businessId: null,
  personId: null,
  customerSince: '2020-01-01',
  productGroups: [],
  contactPersons: [],
  version: '1',
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-01T10:00:00Z',
};
const overview = {
  customer,
  persons: [],
  openProblems: [],
  latestContacts: [],
  activeWarranties: [],
  openBalance: null,
  overdueInvoices: 0,
  marketing: { status: 'notAvailable' },
};
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, totalCount: items.length });

const asset = {
  id: ASSET,
  customerId: ID,
  kind: 'workstation',
  make: 'Dell',
  model: 'OptiPlex 7010',
  serialNumber: null,
  productGroupId: null,
  operatingSystem: 'Windows 11',
  version: null,
  licenceKeyMasked: null,
  installedAt: null,
  warranty: null,
} as unknown as AssetDto;

const remote: RemoteAccessDto = {
  id: ACCESS,
  assetId: ASSET,
  customerId: ID,
  tool: 'AnyDesk',
  host: '123 456 789',
  username: 'maija',
  hasSecret: true,
  updatedAt: '2026-11-20T10:00:00Z',
};

const contact = {
  id: CONTACT,
  customerId: ID,
  at: '2026-11-20T10:00:00Z',
  channel: 'phoneIn',
  personId: null,
  personName: null,
  productGroupId: null,
  staffUserId: 'u',
  staffName: 'Helka',
  topic: 'Printer jams',
  notes: null,
  outcome: null,
  followUpOn: null,
} as ContactDto;

const recording = (over: Partial<RecordingDto>): RecordingDto => ({
  id: 'r-1',
  customerId: ID,
  contactId: null,
  contentType: 'audio/mpeg',
  fileName: 'call.mp3',
  size: 123_456,
  createdAt: '2026-11-20T10:05:00Z',
  ...over,
});

function signIn(permissions: string[]) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    user: { id: 'u', username: 't', displayName: 'T', accessLevel: 'Technician', permissions, mustChangePassword: false },
  });
}

const base = {
  [`GET /api/v1/customers/${ID}`]: () => json(customer),
  [`GET /api/v1/customers/${ID}/overview`]: () => json(overview),
  'GET /api/v1/product-groups': () => json([]),
  [`GET /api/v1/customers/${ID}/assets`]: () => json(page([asset])),
  [`GET /api/v1/assets/${ASSET}/remote-access`]: () => json([remote]),
  [`GET /api/v1/customers/${ID}/contacts`]: () => json(page([contact])),
};

async function openRemoteAccess() {
  const { queryClient } = renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=devices`, path: '/customers/:id' });
  const row = (await screen.findByText('Dell OptiPlex 7010')).closest('tr')!;
  const toggle = within(row).getByRole('button', { name: 'Remote access' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await userEvent.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const table = await screen.findByRole('table', { name: 'Remote access: Dell OptiPlex 7010' });
  return { table, queryClient };
}

describe('Remote access on the Devices tab', () => {
  it('lists the connections with the secret masked and no Reveal button without remoteAccess.reveal', async () => {
    signIn(['customers.read', 'serviceRecords.write']);
    const calls = mockFetch(base);
    const { table } = await openRemoteAccess();
    const row = within(table).getByText('AnyDesk').closest('tr')!;
    expect(row).toHaveTextContent('••••••');
    expect(row).toHaveTextContent('maija');
    expect(row).not.toHaveTextContent(SECRET);
    expect(within(table).queryByRole('button', { name: /Reveal/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Reveal/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('/reveal'))).toBe(false);
  });

  it('needs a reason of at least 5 characters, sends { reason } and shows the secret until 30 s have passed', async () => {
    signIn(['customers.read', 'serviceRecords.write', 'remoteAccess.reveal']);
    const calls = mockFetch({ ...base, [`POST /api/v1/remote-access/${ACCESS}/reveal`]: () => json({ secret: SECRET }) });
    const { table } = await openRemoteAccess();
    await userEvent.click(within(table).getByRole('button', { name: /^Reveal/ }));

    const dialog = await screen.findByRole('dialog', { name: 'Reveal remote access secret' });
    expect(dialog).toHaveTextContent('recorded in the audit log');
    const reason = within(dialog).getByLabelText(/^Reason/);
    const confirm = within(dialog).getByRole('button', { name: 'Reveal secret' });
    // No reason: nothing is sent.
    await userEvent.click(confirm);
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/at least 5 characters/));
    // Too short: nothing is sent either.
    await userEvent.type(reason, 'abc{Enter}');
    expect(reason).toHaveAccessibleDescription(/Give a reason of at least 5 characters/);
    expect(calls.some((c) => c.path.endsWith('/reveal'))).toBe(false);

    await userEvent.clear(reason);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await userEvent.type(reason, 'Ticket 4711: printer driver{Enter}');
    const secret = await within(dialog).findByTestId('revealed-secret');
    expect(secret).toHaveTextContent(SECRET);
    expect(within(dialog).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    const posts = calls.filter((c) => c.method === 'POST' && c.path === `/api/v1/remote-access/${ACCESS}/reveal`);
    expect(posts).toHaveLength(1);
    expect(posts[0].body).toEqual({ reason: 'Ticket 4711: printer driver' });
    expect(posts[0].headers.get('Authorization')).toBe('Bearer token-1');
    // The list behind the dialog still shows it masked.
    expect(table).not.toHaveTextContent(SECRET);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(REVEAL_VISIBLE_MS + 100);
    });
    vi.useRealTimers();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(within(dialog).getByText(/was hidden again/)).toBeInTheDocument();
  });

  it('shows the reason error from the API next to the field and forgets the secret when closed', async () => {
    signIn(['customers.read', 'remoteAccess.reveal']);
    let attempt = 0;
    mockFetch({
      ...base,
      [`POST /api/v1/remote-access/${ACCESS}/reveal`]: () =>
        ++attempt === 1
          ? json({ status: 400, title: 'Invalid input', errors: { Reason: ['The reason must name the ticket.'] } }, 400)
          : json({ secret: SECRET }),
    });
    const { table, queryClient } = await openRemoteAccess();
    // Without serviceRecords.write there is no add form.
    expect(screen.queryByRole('button', { name: 'Add remote access' })).not.toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: /^Reveal/ }));
    let dialog = await screen.findByRole('dialog');
    const reason = within(dialog).getByLabelText(/^Reason/);
    await userEvent.type(reason, 'because{Enter}');
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/^The reason must name the ticket\./));

    await userEvent.type(reason, ' 4711{Enter}');
    expect(await within(dialog).findByTestId('revealed-secret')).toHaveTextContent(SECRET);
    // Never in the query cache; and gone from the mutation cache once the dialog closes.
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(SECRET);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    await waitFor(() => expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data))).not.toContain(SECRET));
    // Opening it again asks for a reason again.
    await userEvent.click(within(table).getByRole('button', { name: /^Reveal/ }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText(/^Reason/)).toHaveValue('');
    expect(within(dialog).queryByTestId('revealed-secret')).not.toBeInTheDocument();
  });

  it('adds a remote connection with the secret in a password field', async () => {
    signIn(['customers.read', 'serviceRecords.write']);
    const calls = mockFetch({ ...base, [`POST /api/v1/assets/${ASSET}/remote-access`]: () => json(remote, 201) });
    await openRemoteAccess();
    await userEvent.click(screen.getByRole('button', { name: 'Add remote access' }));
    const form = screen.getByRole('form', { name: 'Add remote access' });
    const secret = within(form).getByLabelText(/^Secret/);
    expect(secret).toHaveAttribute('type', 'password');
    await userEvent.type(within(form).getByLabelText(/^Tool/), 'AnyDesk');
    await userEvent.type(within(form).getByLabelText(/^Host/), '123 456 789');
    await userEvent.type(secret, 's3cret{Enter}');
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ tool: 'AnyDesk', host: '123 456 789', username: null, secret: 's3cret' });
  });
});

describe('Recordings tab', () => {
  const createObjectURL = vi.fn(() => 'blob:recording-1');
  const revokeObjectURL = vi.fn();
  beforeEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  afterEach(() => {
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
  });

  it('uploads the file as multipart/form-data with file and contactId', async () => {
    signIn(['customers.read', 'serviceRecords.write']);
    let form: FormData | null = null;
    let contentType = '';
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/recordings`]: () => json(page([])),
      [`POST /api/v1/customers/${ID}/recordings`]: async (req) => {
        contentType = req.headers.get('Content-Type') ?? '';
        form = await req.formData();
        return json(recording({ id: 'r-new' }), 201);
      },
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=recordings`, path: '/customers/:id' });
    expect(await screen.findByText('No recordings or messages.')).toBeInTheDocument();
    const upload = screen.getByRole('form', { name: 'Upload a recording or message' });
    const input = within(upload).getByLabelText(/^File/);
    expect(input).toHaveAttribute('accept', expect.stringContaining('audio/*'));
    // Without a file nothing is sent.
    await userEvent.click(within(upload).getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription('Required.'));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await userEvent.upload(input, new File(['ID3 fake mp3'], 'call.mp3', { type: 'audio/mpeg' }));
    await waitFor(() => expect(within(within(upload).getByLabelText('Related contact')).getByRole('option', { name: /Printer jams/ })).toBeInTheDocument());
    await userEvent.selectOptions(within(upload).getByLabelText('Related contact'), CONTACT);
    await userEvent.click(within(upload).getByRole('button', { name: 'Upload' }));

    await waitFor(() => expect(form).not.toBeNull());
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect((form!.get('file') as File).type).toBe('audio/mpeg');
    expect(form!.get('contactId')).toBe(CONTACT);
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Authorization')).toBe('Bearer token-1');
  });

  it('shows the file error from the API next to the field, and 413 as too large', async () => {
    signIn(['customers.read', 'serviceRecords.write']);
    let attempt = 0;
    mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/recordings`]: () => json(page([])),
      [`POST /api/v1/customers/${ID}/recordings`]: () =>
        ++attempt === 1
          ? json({ status: 400, title: 'Invalid input', errors: { file: ['The content does not match its type.'] } }, 400)
          : new Response('', { status: 413 }),
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=recordings`, path: '/customers/:id' });
    const upload = await screen.findByRole('form', { name: 'Upload a recording or message' });
    const input = within(upload).getByLabelText(/^File/);
    await userEvent.upload(input, new File(['not audio'], 'call.mp3', { type: 'audio/mpeg' }));
    await userEvent.click(within(upload).getByRole('button', { name: 'Upload' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription('The content does not match its type.'));

    await userEvent.click(within(upload).getByRole('button', { name: 'Upload' }));
    expect(await within(upload).findByText('The file is too large (at most 50 MB).')).toBeInTheDocument();
  });

  it('offers no playback without recordings.play', async () => {
    signIn(['customers.read']);
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/recordings`]: () => json(page([recording({}), recording({ id: 'r-2', contentType: 'application/pdf', fileName: 'offer.pdf' })])),
    });
    const { container } = renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=recordings`, path: '/customers/:id' });
    expect(await screen.findByText('call.mp3')).toBeInTheDocument();
    expect(screen.getByText('offer.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Play/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Download/ })).not.toBeInTheDocument();
    expect(container.ownerDocument.querySelector('audio')).toBeNull();
    // Without serviceRecords.write there is no upload form either.
    expect(screen.queryByRole('form', { name: 'Upload a recording or message' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/v1/recordings/'))).toBe(false);
  });

  it('with recordings.play fetches the audio with the token and plays it from an object URL', async () => {
    signIn(['customers.read', 'recordings.play']);
    const calls = mockFetch({
      ...base,
      [`GET /api/v1/customers/${ID}/recordings`]: () => json(page([recording({}), recording({ id: 'r-2', contentType: 'application/pdf', fileName: 'offer.pdf' })])),
      'GET /api/v1/recordings/r-1': () => new Response(new TextEncoder().encode('ID3 fake mp3'), { headers: { 'Content-Type': 'audio/mpeg' } }),
    });
    const { unmount } = renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=recordings`, path: '/customers/:id' });
    expect(await screen.findByText('Every playback and download is recorded in the audit log.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Download offer.pdf' })).toBeInTheDocument();
    // Nothing is fetched (and audited) before the user asks.
    expect(calls.some((c) => c.path.startsWith('/api/v1/recordings/'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Play call.mp3' }));
    const audio = await waitFor(() => {
      const el = document.querySelector('audio');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(audio).toHaveAttribute('controls');
    expect(audio).toHaveAttribute('src', 'blob:recording-1');
    const get = calls.find((c) => c.path === '/api/v1/recordings/r-1')!;
    expect(get.headers.get('Authorization')).toBe('Bearer token-1');
    expect(createObjectURL).toHaveBeenCalledTimes(1);

    unmount();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:recording-1');
  });
});
