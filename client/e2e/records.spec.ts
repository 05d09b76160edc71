import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Page<T> = { items: T[] };
type PersonSummary = { id: string; firstName: string; lastName: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

test('a save over someone else’s change is refused with a reload offer (ETag / If-Match)', async ({ page, request }) => {
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const auth = { Authorization: `Bearer ${token}` };
  const list = (await (await request.get('/api/v1/persons?pageSize=3&page=2', { headers: auth })).json()) as Page<PersonSummary>;
  const target = list.items[0];

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto(`/persons/${target.id}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel(/^E-mail/).fill(`conflict.${Date.now()}@example.fi`);

  // Meanwhile someone else saves the same person.
  const got = await request.get(`/api/v1/persons/${target.id}`, { headers: auth });
  const dto = await got.json();
  const put = await request.put(`/api/v1/persons/${target.id}`, {
    headers: { ...auth, 'If-Match': got.headers()['etag'] ?? `"${dto.version}"` },
    data: {
      firstName: dto.firstName,
      lastName: dto.lastName,
      email: `other.${Date.now()}@example.fi`, // a real change, so the version moves on
      phone: dto.phone,
      mobile: dto.mobile,
      language: dto.language,
      personalIdentityCode: null,
      address: dto.address ?? undefined,
      source: dto.source,
      nonDisclosure: dto.nonDisclosure,
    },
  });
  expect(put.ok(), await put.text()).toBeTruthy();

  await page.getByRole('button', { name: 'Save' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Someone else changed this person' });
  await expect(alert).toBeVisible();
  await shot(page, 'conflict');
  await expectAccessible(page);
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(alert).toHaveCount(0);
  // The reload shows the other user's change; saving now works.
  await expect(page.getByLabel(/^E-mail/)).toHaveValue(/^other\./);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
  await shot(page, 'conflict-resolved');
  await expectAccessible(page);
});

test('an organisation gets a contact person picked through search', async ({ page, request }) => {
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const auth = { Authorization: `Bearer ${token}` };
  const orgs = (await (await request.get('/api/v1/customers?type=organisation&pageSize=1&page=3', { headers: auth })).json()) as Page<{ id: string }>;
  const org = orgs.items[0];
  const current = (await (await request.get(`/api/v1/customers/${org.id}`, { headers: auth })).json()) as {
    contactPersons: { id: string }[];
  };
  const persons = (await (await request.get('/api/v1/persons?pageSize=20&page=7', { headers: auth })).json()) as Page<PersonSummary>;
  const person = persons.items.find((p) => !current.contactPersons.some((c) => c.id === p.id))!;
  const fullName = `${person.firstName} ${person.lastName}`;

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto(`/customers/${org.id}`);
  await expect(page.getByRole('heading', { name: 'Contact persons' })).toBeVisible();
  await page.getByLabel('Add contact person (search)').fill(fullName);
  await page.getByRole('button', { name: `Add: ${fullName}` }).and(page.locator(':enabled')).first().click();
  await expect(page.getByRole('table', { name: 'Contact persons' }).getByRole('link', { name: fullName }).first()).toBeVisible();
  await shot(page, 'contact-added');
  await expectAccessible(page);

  // The person's page lists the organisation.
  await page.getByRole('table', { name: 'Contact persons' }).getByRole('link', { name: fullName }).first().click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await expect(page.getByText('Contact person', { exact: true }).first()).toBeVisible();
});
