import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { CustomersListPage } from './customers-list-page';

const row = (id: string, customerNumber: number, name: string) => ({
  id,
  customerNumber,
  type: 'consumer',
  name,
  businessId: null,
  city: null,
});

describe('Customers list', () => {
  it('names a consumer whose person was erased, so that the link to them has a text', async () => {
    session.signIn({
      accessToken: 'a',
      refreshToken: 'r',
      user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'Sales', permissions: ['customers.read'], mustChangePassword: false },
    });
    mockFetch({
      'GET /api/v1/customers': () =>
        json({ items: [row('c-1', 100001, 'Maija Mallikas'), row('c-2', 100002, ' ')], page: 1, pageSize: 25, totalCount: 2 }),
    });
    renderWithProviders(<CustomersListPage />, { route: '/customers' });

    expect(await screen.findByRole('link', { name: 'Maija Mallikas' })).toHaveAttribute('href', '/customers/c-1');
    expect(screen.getByRole('link', { name: '(name erased)' })).toHaveAttribute('href', '/customers/c-2');
  });
});
