import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { ApiClientsPage } from './api-clients-page';

const PARTNER = '0195f0a2-0000-7000-8000-0000000000a1';
const PROCESSOR = '0195f0a2-0000-7000-8000-0000000000a2';
const C1 = '0195f0a2-0000-7000-8000-0000000000c1';
const C2 = '0195f0a2-0000-7000-8000-0000000000c2';

const recipient = (id: string, name: string, type: string) => ({
  id, name, businessId: null, type, country: 'FI', inEea: true, contact: null, purposes: [], dataCategories: [], agreementReference: 'x', agreementDate: null, transferSafeguard: null, webhookUrl: null, transferAllowed: true, createdAt: '2026-01-01T00:00:00Z',
});
const recipients = [recipient(PARTNER, 'Kumppani Oy', 'partner'), recipient(PROCESSOR, 'Postitus Oy', 'processor')];
const client = (over: Record<string, unknown> = {}) => ({
  id: C1,
  recipientId: PARTNER,
  name: 'CRM integration',
  clientId: 'hsw_0123456789abcdef0123',
  scopes: ['persons.read', 'leads.write'],
  active: true,
  createdAt: '2026-01-10T10:00:00Z',
  createdBy: 'admin',
  rotatedAt: null,
  revokedAt: null,
  ...over,
});

function signIn() {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'admin', displayName: 'Admin', accessLevel: 'Administrator', permissions: ['apiClients.manage', 'recipients.read'], mustChangePassword: false },
  });
}

describe('API clients', () => {
  it('lists the clients with their state; creates one for a partner and shows its secret once with a copy button', async () => {
    signIn();
    const user = userEvent.setup();
    let list = [client(), client({ id: C2, name: 'Old', active: false, revokedAt: '2026-01-20T10:00:00Z' })];
    const calls = mockFetch({
      'GET /api/v1/recipients': () => json(recipients),
      'GET /api/v1/api-clients': () => json(list),
      'POST /api/v1/api-clients': () => {
        list = [...list, client({ id: 'c3', name: 'Leads', scopes: ['leads.write'] })];
        return json({ id: 'c3', clientId: 'hsw_new', clientSecret: 's3cr3t-only-once' }, 201);
      },
    });
    renderWithProviders(<ApiClientsPage />);
    const table = await screen.findByRole('table', { name: 'API clients' });
    const row = (id: string) => table.querySelector(`tr[data-client-id="${id}"]`) as HTMLElement;
    await waitFor(() => expect(row(C1)).toHaveTextContent('Kumppani Oy'));
    expect(row(C1)).toHaveTextContent('Active');
    expect(row(C1)).toHaveTextContent('hsw_0123456789abcdef0123');
    expect(row(C1)).toHaveTextContent('persons.read');
    expect(within(row(C1)).getByRole('button', { name: 'Rotate the secret of CRM integration' })).toBeInTheDocument();
    expect(row(C2)).toHaveTextContent('Revoked');
    expect(within(row(C2)).queryByRole('button')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New API client' }));
    const form = screen.getByRole('form', { name: 'New API client' });
    const partner = within(form).getByLabelText(/^Partner/);
    // Partners only; with one partner it is chosen already.
    expect(within(partner).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose a partner', 'Kumppani Oy · FI']);
    expect(partner).toHaveValue(PARTNER);
    await user.type(within(form).getByLabelText(/^Name/), 'Leads{Enter}');
    expect(await within(form).findByText('Choose at least one scope.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await user.click(within(form).getByRole('checkbox', { name: 'leads.write' }));
    await user.click(within(form).getByRole('button', { name: 'Create' }));

    const dialog = await screen.findByRole('dialog', { name: 'API client created' });
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ recipientId: PARTNER, name: 'Leads', scopes: ['leads.write'] });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The secret is shown only now');
    const values = within(dialog).getAllByTestId('secret-value');
    expect(values.map((v) => v.textContent)).toEqual(['hsw_new', 's3cr3t-only-once']);
    await user.click(within(dialog).getByRole('button', { name: 'Copy Client secret' }));
    expect(await navigator.clipboard.readText()).toBe('s3cr3t-only-once');
    expect(await within(dialog).findByRole('button', { name: 'Copy Client secret' })).toHaveTextContent('Copied');
    // Escape does not lose the secret by accident.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'API client created' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'I have stored it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText('s3cr3t-only-once')).not.toBeInTheDocument();
    await waitFor(() => expect(table.querySelector('tr[data-client-id="c3"]')).toHaveTextContent('Leads'));
  });

  it('rotates the secret after confirming and shows the new one; revokes after confirming', async () => {
    signIn();
    let list = [client()];
    const calls = mockFetch({
      'GET /api/v1/recipients': () => json(recipients),
      'GET /api/v1/api-clients': () => json(list),
      [`POST /api/v1/api-clients/${C1}/rotate`]: () => {
        list = [client({ rotatedAt: '2026-02-01T10:00:00Z' })];
        return json({ id: C1, clientId: 'hsw_0123456789abcdef0123', clientSecret: 'rotated-secret' });
      },
      [`DELETE /api/v1/api-clients/${C1}`]: () => {
        list = [client({ active: false, revokedAt: '2026-02-02T10:00:00Z' })];
        return json(list[0]);
      },
    });
    renderWithProviders(<ApiClientsPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Rotate the secret of CRM integration' }));
    const confirm = await screen.findByRole('dialog', { name: 'Rotate the secret' });
    expect(confirm).toHaveTextContent('The old secret and every token issued with it stop working at once');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Rotate secret' }));
    const shown = await screen.findByRole('dialog', { name: 'New secret' });
    expect(shown).toHaveTextContent('CRM integration has a new secret; the old one no longer works.');
    expect(within(shown).getAllByTestId('secret-value')[1]).toHaveTextContent('rotated-secret');
    await userEvent.click(within(shown).getByRole('button', { name: 'I have stored it, close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: 'Revoke CRM integration' }));
    const revoke = await screen.findByRole('dialog', { name: 'Revoke the API client' });
    expect(revoke).toHaveTextContent('this cannot be undone');
    await userEvent.click(within(revoke).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    const row = await waitFor(() => {
      const r = document.querySelector(`tr[data-client-id="${C1}"]`) as HTMLElement;
      expect(r).toHaveAttribute('data-active', 'false');
      return r;
    });
    expect(row).toHaveTextContent('Revoked');
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when there is no partner to create a client for', async () => {
    signIn();
    mockFetch({ 'GET /api/v1/recipients': () => json([recipients[1]]), 'GET /api/v1/api-clients': () => json([]) });
    renderWithProviders(<ApiClientsPage />);
    expect(await screen.findByText('No API clients.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New API client' }));
    expect(await screen.findByText(/There is no recipient of type partner yet\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add one to the recipients.' })).toHaveAttribute('href', '/recipients');
  });
});
