import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { LegalHoldDto } from '@/api/types';
import { LegalHoldControl } from './legal-hold-control';

const PERSON = '0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a';
const CUSTOMER = '0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5b';

const hold: LegalHoldDto = {
  id: 'h1',
  personId: null,
  customerId: CUSTOMER,
  subjectName: '10001 Riita Oy',
  reason: 'Dispute',
  placedAt: '2026-12-01T10:00:00Z',
  placedBy: 'dpo',
  liftedAt: null,
  liftedBy: null,
};

function signIn(permissions: string[]) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'dpo', displayName: 'DPO', accessLevel: 'DataProtectionOfficer', permissions, mustChangePassword: false },
  } as Parameters<typeof session.signIn>[0]);
}

describe('LegalHoldControl', () => {
  afterEach(() => session.signOut?.());

  it('shows the badge on a held customer and lifts the hold after a confirmation', async () => {
    signIn(['retention.manage']);
    const calls = mockFetch({
      'GET /api/v1/retention/holds': () => json([hold]),
      'DELETE /api/v1/retention/holds/h1': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<LegalHoldControl customerId={CUSTOMER} />);
    expect(await screen.findByText('On legal hold')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lift hold' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lift the legal hold?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lift' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/retention/holds/h1')).toBe(true));
  });

  it('places a hold on a person with a reason, which it requires', async () => {
    signIn(['retention.manage']);
    const calls = mockFetch({
      'GET /api/v1/retention/holds': () => json([hold]),
      'POST /api/v1/retention/holds': () => json({ ...hold, id: 'h2', personId: PERSON, customerId: null, subjectName: 'Maija' }, 201),
    });
    renderWithProviders(<LegalHoldControl personId={PERSON} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hold' }));
    const dialog = await screen.findByRole('dialog', { name: 'Place a legal hold' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place the hold' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Court case');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Place the hold' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ personId: PERSON, customerId: null, reason: 'Court case' }));
  });

  it('shows nothing to staff without retention.manage', async () => {
    signIn(['persons.read']);
    const calls = mockFetch({ 'GET /api/v1/retention/holds': () => json([hold]) });
    renderWithProviders(<LegalHoldControl customerId={CUSTOMER} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('On legal hold')).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
