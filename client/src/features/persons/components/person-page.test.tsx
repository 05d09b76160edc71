import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { PersonPage } from './person-page';

const ID = '8c1f1a52-0000-4000-8000-000000000001';
const person = {
  id: ID,
  firstName: 'Matti',
  lastName: 'Virtanen',
  email: 'matti.virtanen@example.fi',
  phone: '+358401234567',
  phoneDisplay: '040 123 4567',
  mobile: null,
  mobileDisplay: null,
  language: 'fi',
  personalIdentityCode: '131052-****',
  hasPersonalIdentityCode: true,
  nonDisclosure: false,
  address: { street: 'Mannerheimintie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
  source: 'staff',
  sources: { name: 'staff', contact: 'staff', address: 'staff', identityCode: 'staff' },
  customers: [{ id: 'c-1', customerNumber: 'A-1001', name: 'Matti Virtanen', type: 'consumer', role: 'consumer' }],
  version: 'v1',
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-02T10:00:00Z',
};

function signIn(extra: string[] = []) {
  session.signIn({
    accessToken: 'a',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'HelpdeskAgent', permissions: ['persons.read', 'persons.write', ...extra], mustChangePassword: false },
  });
}

// The consent and ban panels load with the page; empty answers keep these tests about the details.
const panels = {
  'GET /api/v1/purposes': () => json([]),
  [`GET /api/v1/persons/${ID}/consents`]: () => json({ current: [], history: [] }),
  [`GET /api/v1/persons/${ID}/prohibitions`]: () => json([]),
  [`GET /api/v1/persons/${ID}/register-matches`]: () => json([]),
};

const render = () => renderWithProviders(<PersonPage />, { route: `/persons/${ID}`, path: '/persons/:id' });

describe('Person page', () => {
  it('shows the details in Finnish phone format, with the customers as links', async () => {
    signIn();
    mockFetch({ ...panels, [`GET /api/v1/persons/${ID}`]: () => json(person, 200, { ETag: '"v1"' }) });
    render();
    expect(await screen.findByRole('heading', { name: /Matti Virtanen/ })).toBeInTheDocument();
    expect(screen.getByText('040 123 4567')).toBeInTheDocument();
    expect(screen.getByText('131052-****')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /A-1001/ })).toHaveAttribute('href', '/customers/c-1');
  });

  it('sends If-Match and shows the API field errors next to their inputs', async () => {
    signIn();
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () => json(person, 200, { ETag: '"v1"' }),
      [`PUT /api/v1/persons/${ID}`]: () =>
        json(
          {
            type: 'https://hsworks.fi/problems/validation',
            title: 'One or more validation errors occurred.',
            status: 400,
            errors: { 'address.postalCode': ['Postal code must be five digits.'], Phone: ['Not a valid phone number.'] },
          },
          400,
        ),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));

    const phone = screen.getByLabelText('Phone');
    expect(phone).toHaveValue('040 123 4567');
    await userEvent.clear(phone);
    await userEvent.type(phone, '040 12');
    const postal = screen.getByLabelText('Postal code');
    await userEvent.clear(postal);
    await userEvent.type(postal, '12AB{Enter}');

    await waitFor(() => expect(postal).toHaveAccessibleDescription(/Postal code must be five digits\./));
    expect(postal).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(/Not a valid phone number\./);
    expect(screen.getByLabelText('City')).not.toHaveAttribute('aria-invalid', 'true');

    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"v1"');
    expect(put.headers.get('Authorization')).toBe('Bearer a');
    expect(put.body).toMatchObject({
      phone: '040 12',
      personalIdentityCode: null, // empty field = unchanged
      address: { street: 'Mannerheimintie 1', postalCode: '12AB', city: 'Helsinki', country: 'FI' },
    });
  });

  it('loads the checkboxes from the person and sends their changes', async () => {
    signIn(['nonDisclosure.manage']);
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () => json({ ...person, nonDisclosure: true }),
      [`PUT /api/v1/persons/${ID}`]: () => json({ ...person, version: 'v2' }),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const nonDisclosure = screen.getByRole('checkbox', { name: 'Non-disclosure' });
    expect(nonDisclosure).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Remove personal identity code' }));
    expect(screen.getByLabelText('Personal identity code')).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toMatchObject({ nonDisclosure: true, personalIdentityCode: '' });
  });

  it('on 412 tells that someone else changed the person and reloads on request', async () => {
    signIn();
    let version = 'v1';
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () => json({ ...person, version, firstName: version === 'v1' ? 'Matti' : 'Matias' }),
      [`PUT /api/v1/persons/${ID}`]: () => {
        version = 'v2';
        return json({ title: 'Precondition failed', status: 412 }, 412);
      },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/someone else changed this person/i);
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));

    await waitFor(() => expect(screen.getByLabelText(/^First name/)).toHaveValue('Matias'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'GET' && c.path === `/api/v1/persons/${ID}`)).toHaveLength(2);
  });

  it('shows the date of death and the marking\'s end date, the latter for information only', async () => {
    signIn();
    mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () =>
        json({ ...person, nonDisclosure: true, nonDisclosureEndsOn: '2026-01-10', diedOn: '2026-11-27', addressHidden: true, address: null }),
    });
    render();
    const heading = await screen.findByRole('heading', { name: /Matti Virtanen/ });
    expect(within(heading).getByText('Deceased 27/11/2026')).toBeInTheDocument();
    expect(within(heading).getByText('Marking until 10/01/2026 (for information)')).toBeInTheDocument();
    expect(within(heading).getByText('Non-disclosure')).toBeInTheDocument();
  });

  it('shows no end date once the marking is cleared, and no death for the living', async () => {
    signIn();
    mockFetch({ ...panels, [`GET /api/v1/persons/${ID}`]: () => json({ ...person, nonDisclosureEndsOn: null, diedOn: null }) });
    render();
    await screen.findByRole('heading', { name: /Matti Virtanen/ });
    expect(screen.queryByText(/Deceased|Marking until/)).not.toBeInTheDocument();
  });

  it('shows that the address is hidden by the marking, and an edit leaves the marking and the address out', async () => {
    signIn();
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () => json({ ...person, nonDisclosure: true, addressHidden: true, address: null }),
      [`PUT /api/v1/persons/${ID}`]: () => json({ ...person, version: 'v2', nonDisclosure: true, addressHidden: true, address: null }),
    });
    render();
    expect(await screen.findByText('Address hidden: non-disclosure marking.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Caller says/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.queryByRole('checkbox', { name: 'Non-disclosure' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Street address')).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Population register' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = calls.find((c) => c.method === 'PUT')!.body as Record<string, unknown>;
    expect(body.nonDisclosure).toBeUndefined();
    expect(body.address).toBeUndefined();
  });

  it('records that the caller says they have a marking; the address is then hidden pending the decision', async () => {
    signIn();
    let claimed = false;
    const calls = mockFetch({
      ...panels,
      [`GET /api/v1/persons/${ID}`]: () =>
        json(claimed ? { ...person, nonDisclosureClaimPending: true, addressHidden: true, address: null } : { ...person, nonDisclosureClaimPending: false, addressHidden: false }),
      [`POST /api/v1/persons/${ID}/non-disclosure-claims`]: () => {
        claimed = true;
        return json({ id: 'claim-1', personId: ID }, 201);
      },
    });
    render();
    expect(await screen.findByText(/Mannerheimintie 1/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Caller says they have a non-disclosure marking' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a non-disclosure claim' });
    await userEvent.type(within(dialog).getByLabelText('Note'), 'By phone');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the claim' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ note: 'By phone' });
    expect(await screen.findByText(/Address hidden: a non-disclosure marking has been claimed/)).toBeInTheDocument();
    expect(screen.queryByText(/Mannerheimintie 1/)).not.toBeInTheDocument();
    expect(screen.getByText('Non-disclosure claimed')).toBeInTheDocument();
  });
});
