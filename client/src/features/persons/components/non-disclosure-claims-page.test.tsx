import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { NonDisclosureClaimsPage } from './non-disclosure-claims-page';

const claim = {
  id: 'claim-1',
  personId: 'person-1',
  personName: 'Liisa Laine',
  origin: 'partnerLead',
  note: 'The partner’s lead says the person has the non-disclosure marking.',
  claimedAt: '2026-12-02T10:00:00Z',
  claimedBy: 'client:crm',
  outcome: null,
  decisionNote: null,
  decidedAt: null,
  decidedBy: null,
};

function signIn() {
  session.signIn({
    accessToken: 'a',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'dpo', displayName: 'DPO', accessLevel: 'DataProtectionOfficer', permissions: ['nonDisclosure.manage'], mustChangePassword: false },
  });
}

describe('Non-disclosure claims page', () => {
  it('lists the open claims and confirms one with a note after asking', async () => {
    signIn();
    let decided = false;
    const calls = mockFetch({
      'GET /api/v1/non-disclosure-claims': (_req, url) =>
        json(
          url.searchParams.get('decided') === 'true' || decided
            ? { items: [], page: 1, pageSize: 50, totalCount: 0 }
            : { items: [claim], page: 1, pageSize: 50, totalCount: 1 },
        ),
      'POST /api/v1/non-disclosure-claims/claim-1/decision': () => {
        decided = true;
        return json({ ...claim, outcome: 'confirmed', decidedAt: '2026-12-02T11:00:00Z', decidedBy: 'dpo' });
      },
    });
    renderWithProviders(<NonDisclosureClaimsPage />);
    const table = await screen.findByRole('table', { name: 'Non-disclosure claims' });
    expect(within(table).getByRole('link', { name: 'Liisa Laine' })).toHaveAttribute('href', '/persons/person-1');
    expect(table).toHaveTextContent('Partner’s lead');

    await userEvent.click(within(table).getByRole('button', { name: 'Confirm the non-disclosure marking of Liisa Laine' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm the non-disclosure marking' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.type(within(dialog).getByLabelText('What the decision rests on'), 'Checked');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm marking' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ outcome: 'confirmed', note: 'Checked' });
    expect(await screen.findByText('No claims await a decision.')).toBeInTheDocument();
    // A table, a dialog and two refetches: slower than the default 5 s on a busy shared runner.
  }, 15_000);
});
