import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { AppLayout } from './app-layout';
import type { ClosedSet } from '@/api/types';

const user = (accessLevel: string, permissions: string[]) => ({
  id: 'u', username: 'x', displayName: 'X', accessLevel: accessLevel as ClosedSet<'AccessLevel'>, permissions, mustChangePassword: false,
});

async function navFor(accessLevel: string, permissions: string[]) {
  session.signIn({ accessToken: 't', refreshToken: 'r', expiresIn: 900, mustChangePassword: false, user: user(accessLevel, permissions) });
  mockFetch({ 'GET /api/v1/auth/me': () => json(user(accessLevel, permissions)) });
  renderWithProviders(<AppLayout />);
  const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.getAttribute('href'));
}

describe('Navigation', () => {
  it('shows recipients, disclosures and API clients by permission', async () => {
    expect(await navFor('Administrator', ['recipients.read', 'disclosures.read', 'apiClients.manage'])).toEqual(['/recipients', '/disclosures', '/api-clients']);
  });

  it('shows the non-disclosure claims to the data protection officer only', async () => {
    expect(await navFor('DataProtectionOfficer', ['disclosures.read', 'nonDisclosure.manage'])).toEqual(['/disclosures', '/non-disclosure-claims']);
  });

  it('shows the requests inbox to those who handle requests, and registering one to everyone who may', async () => {
    expect(await navFor('DataProtectionOfficer', ['requests.manage', 'requests.register'])).toEqual(['/requests', '/requests/new']);
  });

  it('gives a helpdesk agent the register-a-request form, not the inbox', async () => {
    expect(await navFor('HelpdeskAgent', ['requests.register'])).toEqual(['/requests/new']);
  });

  it('leaves out what the access level cannot use', async () => {
    expect(await navFor('Marketing', ['marketing.select', 'recipients.read'])).toEqual(['/marketing', '/recipients']);
  });
});
