import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Page<T> = { items: T[]; totalCount: number };
type CustomerSummary = { id: string; customerNumber: number; name: string; type: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

test('a helpdesk agent finds a customer with "/" and logs a phone contact on the Contacts tab', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const agent = `agent360${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;
  const topic = `Printer jams on floor 2 (${stamp})`;
  const followUp = isoDay(new Date(Date.now() + 7 * 86_400_000));

  // Set-up through the API as the administrator: a helpdesk agent, and a customer to call about.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const created = await request.post('/api/v1/users', {
    headers: admin,
    data: { username: agent, displayName: `Agent ${stamp}`, accessLevel: 'HelpdeskAgent', password: initialPassword },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  // The first sign-in must change the password; do that through the API too.
  const firstToken = await apiToken(request, agent, initialPassword);
  const changed = await request.post('/api/v1/auth/change-password', {
    headers: { Authorization: `Bearer ${firstToken}` },
    data: { currentPassword: initialPassword, newPassword: password },
  });
  expect(changed.ok(), await changed.text()).toBeTruthy();

  // A demo organisation if there is one, else a new one.
  const listed = await request.get('/api/v1/customers?type=organisation&pageSize=1&page=2', { headers: admin });
  expect(listed.ok(), await listed.text()).toBeTruthy();
  let customer = ((await listed.json()) as Page<CustomerSummary>).items[0];
  if (!customer) {
    const res = await request.post('/api/v1/customers', {
      headers: admin,
      data: { type: 'organisation', name: `Kolmesataa ${stamp} Oy`, businessId: null, personId: null, customerSince: isoDay(new Date()), productGroups: ['phoneSupport'] },
    });
    expect(res.ok(), await res.text()).toBeTruthy();
    customer = (await res.json()) as CustomerSummary;
  }

  await test.step('the agent signs in', async () => {
    await signInAs(page, agent, password);
    await expect(page.getByTestId('current-user')).toContainText('Helpdesk agent');
    await shot(page, 'agent-signed-in');
    await expectAccessible(page);
  });

  await test.step(`"/" and the customer number ${customer.customerNumber} find "${customer.name}"`, async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search customers and persons' });
    await expect(box).toBeFocused();
    await page.keyboard.type(String(customer.customerNumber), { delay: 30 });
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    await shot(page, 'search-results');
    await expectAccessible(page);
    const count = await options.count();
    let found = false;
    for (let i = 0; i < count && !found; i++) {
      await box.press('ArrowDown');
      const activeId = await box.getAttribute('aria-activedescendant');
      const text = activeId ? await page.locator(`[id="${activeId}"]`).innerText() : '';
      found = text.includes(customer.name) && /Customer/.test(text);
    }
    expect(found, `the customer ${customer.name} in the results`).toBe(true);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/customers/${customer.id}`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(customer.name);
    await shot(page, 'customer-opened');
    await expectAccessible(page);
  });

  await test.step('the Contacts tab shows the timeline and the log form', async () => {
    await page.getByRole('tab', { name: 'Contacts' }).click();
    await expect(page.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(/[?&]tab=contacts/);
    await expect(page.getByRole('form', { name: 'Log contact' })).toBeVisible();
    await shot(page, 'contacts-tab');
    await expectAccessible(page);
  });

  await test.step(`the agent logs an incoming call "${topic}" with a follow-up on ${followUp}`, async () => {
    const form = page.getByRole('form', { name: 'Log contact' });
    await form.getByLabel('Channel').selectOption('phoneIn');
    await form.getByLabel(/^Follow-up date/).fill(followUp);
    await form.getByLabel(/^Outcome/).fill('Cleaned the rollers; will call back.');
    await form.getByLabel(/^Topic/).fill(topic);
    await shot(page, 'contact-form-filled');
    await expectAccessible(page);
    await form.getByLabel(/^Topic/).press('Enter');
    await expect(form.getByLabel(/^Topic/)).toHaveValue(''); // saved: the form is ready for the next call
    const first = page.getByRole('list', { name: 'Contact history' }).getByRole('listitem').first();
    await expect(first).toContainText(topic);
    await expect(first).toContainText('Incoming call');
    await expect(first).toContainText(new RegExp(`Agent ${stamp}|${agent}`)); // the staff member
    await expect(first).toContainText('Follow up');
    await shot(page, 'contact-logged');
    await expectAccessible(page);
  });

  await test.step('after a reload the contact is still at the top of the timeline', async () => {
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true');
    const first = page.getByRole('list', { name: 'Contact history' }).getByRole('listitem').first();
    await expect(first).toContainText(topic);
    await shot(page, 'contact-after-reload');
    await expectAccessible(page);
  });
});
