import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { CustomerPage } from './customer-page';

const ID = 'c0ffee00-0000-4000-8000-000000000361';
const PERSON = 'p0000000-0000-4000-8000-000000000002';
const REQ = '0195f0a2-0000-7000-8000-0000000000a9';
const customer = {
  id: ID, customerNumber: 100361, type: 'consumer', name: 'Riikka Rajoitettu', businessId: null, personId: PERSON, customerSince: '2015-03-28',
  productGroups: [], contactPersons: [], version: '1', createdAt: '2025-01-01T10:00:00Z', updatedAt: '2025-01-02T10:00:00Z',
};
const overview = {
  customer, persons: [{ id: PERSON, firstName: 'Riikka', lastName: 'Rajoitettu', email: null, phoneDisplay: null, mobileDisplay: null, role: 'consumer' }],
  openProblems: [], latestContacts: [], activeWarranties: [], openBalance: null, overdueInvoices: 0, marketing: { status: 'notAvailable' },
};
const person = {
  id: PERSON, firstName: 'Riikka', lastName: 'Rajoitettu', language: 'fi', personalIdentityCodeMasked: false, hasPersonalIdentityCode: false,
  nonDisclosure: false, nonDisclosureClaimPending: false, addressHidden: false, source: 'staff',
  sources: { name: 'staff', contact: 'staff', address: 'staff' }, customers: [], version: 'v1', createdAt: '2025-01-01T10:00:00Z',
  updatedAt: '2025-01-01T10:00:00Z', warnings: [], processingRestricted: true,
  restriction: { reason: 'unlawfulProcessing', from: '2026-03-02', until: null, requestId: REQ },
};
const message = "Processing of the person's data is restricted (GDPR Art. 18): it is only stored.";

function signIn() {
  session.signIn({
    accessToken: 'a', refreshToken: 'r',
    user: { id: 'u', username: 'h', displayName: 'H', accessLevel: 'HelpdeskAgent', permissions: ['customers.read', 'persons.read', 'serviceRecords.write'], mustChangePassword: false },
  });
}

describe("A consumer customer whose person's processing is restricted", () => {
  it('is marked on the 360 view; a contact refused without a ground asks for one and sends it', async () => {
    signIn();
    const calls = mockFetch({
      [`GET /api/v1/customers/${ID}`]: () => json(customer),
      [`GET /api/v1/customers/${ID}/overview`]: () => json(overview),
      [`GET /api/v1/persons/${PERSON}`]: () => json(person),
      'GET /api/v1/product-groups': () => json([]),
      [`GET /api/v1/customers/${ID}/contacts`]: () => json({ items: [], page: 1, pageSize: 20, totalCount: 0 }),
      [`POST /api/v1/customers/${ID}/contacts`]: async (req) => {
        const body = (await req.json()) as { restrictionGround?: string };
        return body.restrictionGround
          ? json({ id: 'c-1', customerId: ID, at: '2026-03-03T10:00:00Z', channel: 'phoneIn', personId: PERSON, personName: 'Riikka Rajoitettu', productGroupId: null, staffUserId: 'u', staffName: 'H', topic: 'Asks about the restriction', notes: null, outcome: null, followUpOn: null }, 201)
          : json({ title: 'Conflict', status: 409, detail: message, errors: { restrictionGround: [message] } }, 409);
      },
    });
    renderWithProviders(<CustomerPage />, { route: `/customers/${ID}?tab=contacts`, path: '/customers/:id' });
    const banner = await screen.findByRole('status', { name: 'Processing restricted (GDPR Art. 18)' });
    expect(within(banner).getByRole('link', { name: 'Open the request' })).toHaveAttribute('href', `/requests/${REQ}`);

    const form = await screen.findByRole('form', { name: 'Log contact' });
    expect(within(form).queryByLabelText(/^Ground of Art\. 18\(2\)/)).toBeNull();
    await userEvent.type(within(form).getByLabelText(/^Topic/), 'Asks about the restriction{Enter}');
    const ground = await within(form).findByLabelText(/^Ground of Art\. 18\(2\)/);
    expect(ground).toHaveAccessibleDescription(/restricted \(GDPR Art\. 18\)/);
    await userEvent.selectOptions(ground, 'legalClaims');
    await userEvent.click(within(form).getByRole('button', { name: 'Save contact' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1].body).toMatchObject({ topic: 'Asks about the restriction', restrictionGround: 'legalClaims' });
  });
});
