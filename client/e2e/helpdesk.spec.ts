import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, digits, misspell, shot, expectAccessible } from './support';

type PersonSummary = { id: string; firstName: string; lastName: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

test('a new helpdesk agent finds a misspelled person, fixes the phone and sees validation', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const agent = `agent${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const newPassword = `Changed-${stamp}-Pw2!`;

  // A real demo person, fetched through the API as the administrator.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const res = await request.get('/api/v1/persons?pageSize=1', { headers: { Authorization: `Bearer ${adminToken}` } });
  expect(res.ok(), await res.text()).toBeTruthy();
  const demo = ((await res.json()) as { items: PersonSummary[] }).items[0];
  expect(demo, 'the database has demo persons').toBeTruthy();
  const typo = misspell(demo.lastName);
  expect(typo).not.toBe(demo.lastName);

  await test.step('administrator signs in (choosing English on the sign-in page)', async () => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('button', { name: 'Kirjaudu' })).toBeVisible(); // Finnish by default
    await shot(page, 'sign-in-finnish');
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
    await page.getByLabel(/^Username/).fill(ADMIN_USER);
    await page.getByLabel(/^Password/).fill(ADMIN_PASSWORD);
    await page.getByLabel(/^Password/).press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await shot(page, 'admin-signed-in');
    await expectAccessible(page);
  });

  await test.step('administrator creates a helpdesk agent', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
    await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
    await shot(page, 'users');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'New user' }).click();
    await page.getByLabel(/^Username/).fill(agent);
    await page.getByLabel(/^Display name/).fill(`Agent ${stamp}`);
    await page.getByLabel('Access level').selectOption('HelpdeskAgent');
    await page.getByLabel(/^Initial password/).fill(initialPassword);
    await shot(page, 'new-user-form');
    await expectAccessible(page);
    await page.getByLabel(/^Initial password/).press('Enter');
    await expect(page).toHaveURL(/\/users$/);
    await expect(page.getByRole('link', { name: agent })).toBeVisible();
    await shot(page, 'user-created');
    await expectAccessible(page);
  });

  await test.step('administrator signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  await test.step('the agent signs in and must change the password', async () => {
    await page.getByLabel(/^Username/).fill(agent);
    await page.getByLabel(/^Password/).fill(initialPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/change-password$/);
    await expect(page.getByText('You must change your password')).toBeVisible();
    await shot(page, 'forced-password-change');
    await expectAccessible(page);
    await page.getByLabel(/^Current password/).fill(initialPassword);
    await page.getByLabel(/^New password/).fill(newPassword);
    await page.getByLabel(/^Repeat new password/).fill(newPassword);
    await page.getByLabel(/^Repeat new password/).press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.getByTestId('current-user')).toContainText('Helpdesk agent');
    await expect(page.getByRole('alert')).toHaveCount(0); // lands on a page the agent may use
    await expect(page.getByRole('link', { name: 'Users' })).toHaveCount(0); // no users.manage
    await shot(page, 'agent-signed-in');
    await expectAccessible(page);
  });

  await test.step(`"/" then a misspelled name ("${typo}") finds the person`, async () => {
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search customers and persons' });
    await expect(box).toBeFocused();
    await page.keyboard.type(`${demo.firstName} ${typo}`, { delay: 30 });
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(options.first()).toBeVisible();
    await shot(page, 'search-results');
    await expectAccessible(page);

    // Move with the arrow keys to the person (not a customer of the same name) and open it.
    const wanted = new RegExp(`${demo.firstName}.*${demo.lastName}|${demo.lastName}.*${demo.firstName}`);
    const count = await options.count();
    let found = false;
    for (let i = 0; i < count && !found; i++) {
      await box.press('ArrowDown');
      const activeId = await box.getAttribute('aria-activedescendant');
      const text = activeId ? await page.locator(`[id="${activeId}"]`).innerText() : '';
      found = wanted.test(text) && /Person/.test(text);
    }
    expect(found, `a person named ${demo.firstName} ${demo.lastName} in the results`).toBe(true);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/persons\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(demo.lastName);
    await shot(page, 'person-opened');
    await expectAccessible(page);
  });

  const newPhone = `040 ${String(Math.floor(1_000_000 + Math.random() * 8_999_999))}`;

  await test.step(`the agent changes the phone to ${newPhone}`, async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(/^Phone/).fill(newPhone);
    await shot(page, 'editing-phone');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Edit' })).toBeVisible();
    const shown = await page.locator('dd[data-field="Phone"]').innerText();
    expect(digits(shown).endsWith(digits(newPhone).slice(1))).toBe(true);
    await shot(page, 'phone-saved');
    await expectAccessible(page);
  });

  await test.step('an invalid postal code shows the field error under the input', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const postal = page.getByLabel(/^Postal code/);
    await postal.fill('12AB');
    await postal.press('Enter');
    await expect(postal).toHaveAttribute('aria-invalid', 'true');
    await expect(postal).toHaveAccessibleDescription(/five digits/);
    await expect(page.getByLabel(/^Phone/)).not.toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'postal-code-error');
    await expectAccessible(page);
  });

  await test.step('after a reload the new phone number is there', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(demo.lastName);
    const shown = await page.locator('dd[data-field="Phone"]').innerText();
    expect(digits(shown).endsWith(digits(newPhone).slice(1))).toBe(true);
    await shot(page, 'reloaded');
    await expectAccessible(page);
  });
});

test('a wrong password gets the one generic message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
  await page.getByLabel(/^Username/).fill(ADMIN_USER);
  await page.getByLabel(/^Password/).fill('definitely-not-the-password');
  await page.getByLabel(/^Password/).press('Enter');
  await expect(page.getByRole('alert')).toContainText('Check your username and password');
  await shot(page, 'wrong-password');
  await expectAccessible(page);
});
