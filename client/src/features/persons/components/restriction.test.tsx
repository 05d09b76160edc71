import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { Route, Routes } from 'react-router';
import { CreatePersonPage } from './create-person-page';
import { PersonPage } from './person-page';

const ID = '8c1f1a52-0000-4000-8000-000000000002';
const REQ = '0195f0a2-0000-7000-8000-0000000000a9';
const person = {
  id: ID, firstName: 'Riikka', lastName: 'Rajoitettu', email: 'riikka@example.fi', phone: null, phoneDisplay: null, mobile: null,
  mobileDisplay: null, language: 'fi', personalIdentityCode: null, personalIdentityCodeMasked: false, hasPersonalIdentityCode: false,
  nonDisclosure: false, nonDisclosureClaimPending: false, addressHidden: false, address: null, source: 'staff',
  sources: { name: 'staff', contact: 'staff', address: 'staff', identityCode: null }, customers: [], version: 'v1',
  createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-02T10:00:00Z', warnings: [],
  processingRestricted: true, restriction: { reason: 'accuracyContested', from: '2026-03-02', until: '2026-04-30', requestId: REQ },
};

const panels = {
  'GET /api/v1/purposes': () => json([]),
  [`GET /api/v1/persons/${ID}/consents`]: () => json({ current: [], history: [] }),
  [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([]),
  [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]),
};

function signIn() {
  session.signIn({
    accessToken: 'a', refreshToken: 'r', expiresIn: 900, mustChangePassword: false,
    user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'HelpdeskAgent', permissions: ['persons.read', 'persons.write'], mustChangePassword: false },
  });
}

describe('A person whose processing is restricted (Art. 18)', () => {
  it('is marked in words with the reason, the period and a link to the request', async () => {
    signIn();
    mockFetch({ ...panels, [`GET /api/v1/persons/${ID}`]: () => json(person) });
    renderWithProviders(<PersonPage />, { route: `/persons/${ID}`, path: '/persons/:id' });
    const banner = await screen.findByRole('status', { name: 'Processing restricted (GDPR Art. 18)' });
    expect(banner).toHaveTextContent('only stored: no marketing, no disclosure, no edit except through the request');
    expect(banner).toHaveTextContent('Reason: Accuracy contested.');
    expect(banner).toHaveTextContent(/In force .*2026.*–.*2026/);
    expect(within(banner).getByRole('link', { name: 'Open the request' })).toHaveAttribute('href', `/requests/${REQ}`);
  });

  it('is not marked when no restriction holds, and its form offers no ground', async () => {
    signIn();
    mockFetch({ ...panels, [`GET /api/v1/persons/${ID}`]: () => json({ ...person, processingRestricted: false, restriction: null }) });
    renderWithProviders(<PersonPage />, { route: `/persons/${ID}`, path: '/persons/:id' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.queryByRole('status', { name: 'Processing restricted (GDPR Art. 18)' })).toBeNull();
    expect(screen.queryByLabelText(/^Ground of Art\. 18\(2\)/)).toBeNull();
  });

  it("an edit without a ground shows the API's refusal; with a ground it is sent along", async () => {
    signIn();
    const message = "Processing of the person's data is restricted (GDPR Art. 18): it is only stored.";
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () => json(person),
      [`PUT /api/v1/persons/${ID}`]: async (req) => {
        const body = (await req.json()) as { restrictionGround?: string };
        return body.restrictionGround
          ? json({ ...person, email: 'riikka.uusi@example.fi', version: 'v2' })
          : json({ title: 'Conflict', status: 409, detail: message, errors: { restrictionGround: [message] } }, 409);
      },
    });
    renderWithProviders(<PersonPage />, { route: `/persons/${ID}`, path: '/persons/:id' });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const email = screen.getByLabelText('E-mail');
    await userEvent.clear(email);
    await userEvent.type(email, 'riikka.uusi@example.fi');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findAllByText(new RegExp(message.replace(/[().]/g, '\\$&')))).length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.method === 'PUT')[0].body).not.toHaveProperty('restrictionGround');

    await userEvent.selectOptions(screen.getByLabelText(/^Ground of Art\. 18\(2\)/), 'legalClaims');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PUT')[1].body).toMatchObject({ email: 'riikka.uusi@example.fi', restrictionGround: 'legalClaims' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save' })).toBeNull());
  });
});

describe('Creating a person', () => {
  it('shows what the creation warned of prominently on the new person page', async () => {
    signIn();
    const calls = mockFetch({
      ...panels,
      'POST /api/v1/persons': () => json({ ...person, processingRestricted: false, restriction: null, warnings: ['erasedPersonMatch'] }, 201),
      [`GET /api/v1/persons/${ID}`]: () => json({ ...person, processingRestricted: false, restriction: null }),
    });
    renderWithProviders(
      <Routes>
        <Route path="/persons/new" element={<CreatePersonPage />} />
        <Route path="/persons/:id" element={<PersonPage />} />
      </Routes>,
      { route: '/persons/new' },
    );
    await userEvent.type(await screen.findByLabelText(/^First name/), 'Riikka');
    await userEvent.type(screen.getByLabelText(/^Last name/), 'Rajoitettu');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Check before keeping this person');
    expect(alert).toHaveTextContent('Matches a person erased at their request');
    expect(calls.some((c) => c.method === 'POST')).toBe(true);
  });
});
