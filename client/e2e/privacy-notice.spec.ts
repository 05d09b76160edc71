import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

test('an administrator checks the controller, publishes the privacy notice and anyone reads it at /privacy without signing in', async ({
  page,
  browser,
  request,
}) => {
  const stamp = Date.now().toString(36);
  const recipient = `E2E-käsittelijä ${stamp}`;
  // A processor registered now must be named by the version published next.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const created = await request.post('/api/v1/recipients', {
    headers: { Authorization: `Bearer ${adminToken}` },
    data: {
      name: recipient, type: 'processor', country: 'FI', purposes: ['customerService'], dataCategories: ['basic'],
      agreementReference: `DPA ${stamp}`, agreementDate: '2026-01-01',
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const before = (await (await request.get('/api/v1/privacy-notice/versions', { headers: { Authorization: `Bearer ${adminToken}` } })).json()) as {
    number: number;
  }[];
  const next = (before[0]?.number ?? 0) + 1;

  await test.step('Settings shows the controller from the register description', async () => {
    await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Controller and the privacy notice’s texts' });
    await expect(form.getByLabel(/^Business ID/)).toHaveValue('2168645-1');
    await expect(form.getByLabel(/^Name/)).toHaveValue('HS-Works Oy');
    await expectAccessible(page);
    await shot(page, 'controller');
  });

  await test.step('the draft names the new processor, and publishing asks first', async () => {
    await page.getByRole('tab', { name: 'Privacy notice' }).click();
    await page.getByRole('combobox', { name: 'Notice language' }).selectOption('en');
    const draft = page.getByTestId('notice-document');
    await expect(draft.getByText(recipient, { exact: false })).toBeVisible();
    await expect(draft.locator('[data-section="rightToObject"]')).toContainText('You may object at any time');
    await expectAccessible(page);
    await shot(page, 'notice-draft');

    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish the privacy notice?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page);
    await shot(page, 'publish-confirm');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator(`tr[data-notice-version="${next}"]`)).toBeVisible();
  });

  await test.step('the version history shows what changed', async () => {
    if (next > 1) {
      await page.getByRole('button', { name: `Changes in version ${next}` }).click();
      const changes = page.getByRole('region', { name: `Changes in version ${next} since the one before` });
      await expect(changes.locator('[data-diff-section="recipients"]')).toContainText(recipient);
      await expectAccessible(page);
      await shot(page, 'diff');
    }
  });

  await test.step('the record of processing carries the DPV legal bases', async () => {
    await page.getByRole('tab', { name: 'Record of processing' }).click();
    const table = page.getByRole('table', { name: 'Processing activities' });
    await expect(table.locator('tr[data-activity="customerService"]')).toContainText('dpv:Contract');
    await expectAccessible(page);
    await shot(page, 'record');
  });

  await test.step('anyone reads the notice at /privacy without signing in, on a phone too', async () => {
    const visitor = await browser.newContext({ locale: 'sv-FI', viewport: { width: 390, height: 844 } });
    const phone = await visitor.newPage();
    await phone.goto('/privacy');
    await expect(phone.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(phone.getByRole('heading', { level: 1, name: 'Dataskyddsbeskrivning: kundregister' })).toBeVisible();
    await expect(phone.getByText(`Version ${next}`, { exact: false }).first()).toBeVisible();
    await expect(phone.getByText(recipient, { exact: false })).toBeVisible();
    await expectAccessible(phone);
    await shot(phone, 'public-sv-phone');
    await phone.getByRole('link', { name: 'English' }).click();
    await expect(phone.getByRole('heading', { level: 1, name: 'Privacy notice: customer register' })).toBeVisible();
    await expectAccessible(phone);
    await shot(phone, 'public-en-phone');
    await visitor.close();
  });
});
