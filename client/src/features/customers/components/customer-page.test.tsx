import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { CustomerPage } from './customer-page';

const ID = 'c0ffee00-0000-4000-8000-000000000002';
const customer = {
  id: ID,
  customerNumber: 100476,
  type: 'organisation',
  name: 'Aaltonen Konsultointi Oy',
  businessId: '2713876-3',
  personId: null,
  customerSince: '2015-03-28',
  productGroups: ['maintenance'],
  contactPersons: [{ id: 'p-1', firstName: 'Erkki', lastName: 'Aaltonen', email: 'erkki@example.fi', phoneDisplay: null }],
  version: '7',
  createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-02T10:00:00Z',
};

describe('Customer page', () => {
  it('edits with If-Match and shows the business id error at its input', async () => {
    session.signIn({
      accessToken: 'a',
      refreshToken: 'r',
      user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'Sales', permissions: ['customers.read', 'customers.write'], mustChangePassword: false },
    });
    const calls = mockFetch({
      [`GET /api/v1/customers/${ID}`]: () => json(customer),
      [`PUT /api/v1/customers/${ID}`]: () =>
        json({ status: 400, title: 'Invalid input', errors: { businessId: ['The check digit is wrong.'] } }, 400),
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}`, path: '/customers/:id' });

    expect(await screen.findByRole('link', { name: 'Erkki Aaltonen' })).toHaveAttribute('href', '/persons/p-1');
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(screen.getByRole('checkbox', { name: 'Maintenance' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Training' }));
    const businessId = screen.getByLabelText('Business ID');
    await userEvent.clear(businessId);
    await userEvent.type(businessId, '2713876-4{Enter}');

    await waitFor(() => expect(businessId).toHaveAccessibleDescription('The check digit is wrong.'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.body).toEqual({
      type: 'organisation',
      name: 'Aaltonen Konsultointi Oy',
      businessId: '2713876-4',
      personId: null,
      customerSince: '2015-03-28',
      relationshipEndedOn: null,
      productGroups: ['maintenance', 'training'],
    });
  });
});
