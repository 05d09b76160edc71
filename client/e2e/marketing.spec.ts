import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Created = { id: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

test('a marketing user builds an e-mail selection, sees who is left out and why, and exports it as a recorded CSV', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const marketer = `market${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;
  // The selection picks only this test's persons: the customers with this interest.
  const interest = `e2ekampanja${stamp}`;
  const selectionName = `Kevätkampanja ${stamp}`;

  // Set-up through the API as the administrator: four consumers with the interest, each meeting
  // one case of the rules for own e-mail marketing.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const consumer = (firstName: string, extra: Record<string, unknown> = {}) =>
    createConsumer(request, admin, interest, {
      firstName,
      lastName: `Poiminta${stamp}`,
      email: `${firstName.toLowerCase()}.${stamp}@example.fi`,
      language: 'fi',
      source: 'subject',
      address: { street: 'Testikatu 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
      ...extra,
    });

  const included = await consumer('Aino');
  const consent = await request.post(`/api/v1/persons/${included}/consents`, {
    headers: admin,
    data: { purpose: 'ownMarketing', channel: 'email', productGroupId: null, action: 'given', source: 'form', evidence: `E2E ${stamp}: signed form` },
  });
  expect(consent.ok(), await consent.text()).toBeTruthy();
  // Only the data protection officer sets the marking; a claim of it (recorded by staff) already keeps the person out.
  const claimed = await consumer('Turva');
  const claim = await request.post(`/api/v1/persons/${claimed}/non-disclosure-claims`, { headers: admin, data: { note: `E2E ${stamp}` } });
  expect(claim.ok(), await claim.text()).toBeTruthy();
  const banned = await consumer('Kielto');
  const ban = await request.post(`/api/v1/persons/${banned}/prohibitions`, {
    headers: admin,
    data: { kind: 'directMarketing', channel: 'all', reason: `E2E ${stamp}` },
  });
  expect(ban.ok(), await ban.text()).toBeTruthy();
  await consumer('Ilman'); // an e-mail address but no consent

  // A Marketing user (marketing.select), whose first password is changed through the API.
  const created = await request.post('/api/v1/users', {
    headers: admin,
    data: { username: marketer, displayName: `Markkinoija ${stamp}`, accessLevel: 'Marketing', password: initialPassword },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const firstToken = await apiToken(request, marketer, initialPassword);
  const changed = await request.post('/api/v1/auth/change-password', {
    headers: { Authorization: `Bearer ${firstToken}` },
    data: { currentPassword: initialPassword, newPassword: password },
  });
  expect(changed.ok(), await changed.text()).toBeTruthy();

  await test.step('the marketing user signs in and sees Direct marketing in the navigation', async () => {
    await signInAs(page, marketer, password);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Direct marketing' })).toBeVisible();
    // Loading the register of exclusions is for the DPO and administrators, not for whoever gains from fewer of them.
    await expect(nav.getByRole('link', { name: 'Prohibition registers' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Direct marketing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Direct marketing' })).toBeVisible();
    await shot(page, 'selections');
    await expectAccessible(page);
  });

  const form = page.getByRole('form', { name: 'New selection' });

  await test.step('a bad postal code area comes back from the API under its input', async () => {
    await page.getByRole('link', { name: 'New selection' }).click();
    await expect(form.getByLabel(/^Name/)).toBeFocused();
    await expect(form.getByLabel(/^Purpose/)).toHaveValue('ownMarketing');
    await expect(form.getByLabel(/^Channel/)).toHaveValue('email');
    await form.getByLabel(/^Name/).fill(selectionName);
    const interests = form.getByRole('combobox', { name: /^Interests/ });
    await interests.fill(interest);
    await interests.press('Enter');
    const postal = form.getByRole('combobox', { name: /^Postal code areas/ });
    await postal.fill('abc');
    await postal.press('Enter');
    // Enter in a text field submits the form.
    await form.getByLabel(/^Name/).press('Enter');
    await expect(form.getByText('"abc": A postal-code area is 1–5 digits.')).toBeVisible();
    await expect(page).toHaveURL(/\/marketing\/new$/);
    await shot(page, 'new-selection-field-error');
    await expectAccessible(page);
    // Backspace in the empty input removes the last value.
    await postal.press('Backspace');
    await expect(form.getByText('abc', { exact: true })).toHaveCount(0);
  });

  await test.step('saving opens the selection with its preview', async () => {
    await form.getByRole('button', { name: 'Save and preview' }).click();
    await expect(page).toHaveURL(/\/marketing\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name: selectionName })).toBeVisible();
    await expect(page.getByTestId('included-count')).toHaveText('1');
    const reasons = page.getByRole('table', { name: 'Left out, by reason' });
    const count = (reason: string) => reasons.locator(`tr[data-reason="${reason}"] td[data-count]`);
    await expect(count('nonDisclosure')).toHaveAttribute('data-count', '1');
    await expect(count('ownBan')).toHaveAttribute('data-count', '1');
    await expect(count('noConsent')).toHaveAttribute('data-count', '1');
    for (const reason of ['restricted', 'partnerBan', 'prohibitionRegister', 'noAddress'])
      await expect(count(reason)).toHaveAttribute('data-count', '0');
    await expect(reasons.locator('tr[data-reason="noConsent"]')).toContainText('E-mail and SMS to consumers need consent');
    await expect(page.getByText('4 persons match the criteria; 3 of them are left out:')).toBeVisible();
    await expect(page.getByText('Not exported yet.')).toBeVisible();
    await shot(page, 'selection-preview');
    await expectAccessible(page);
  });

  await test.step('the export is confirmed, downloaded as CSV and listed', async () => {
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the selection' });
    await expect(dialog).toContainText('The export is recorded');
    await shot(page, 'export-confirm');
    await expectAccessible(page);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export and download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^selection-[0-9a-f]{32}-\d{8}-\d{6}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.split(/\r?\n/).filter(Boolean);
    expect(lines[0]).toBe('personId,firstName,lastName,language,email');
    expect(lines[0].startsWith('personId')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`${included},Aino,Poiminta${stamp},fi,aino.${stamp}@example.fi`);
    await expect(dialog).toBeHidden();
    const exports = page.getByRole('table', { name: 'Exports' });
    await expect(exports.locator('tbody tr')).toHaveCount(1);
    await expect(exports.locator('tbody tr').first()).toContainText(marketer);
    await expect(exports.locator('tbody tr').first()).toContainText('E-mail');
    await expect(exports.locator('tbody tr td').last()).toHaveText('1');
    await shot(page, 'exported');
    await expectAccessible(page);
  });

  await test.step('the selection is in the list', async () => {
    await page.getByRole('link', { name: 'All selections' }).click();
    await expect(page.getByRole('table', { name: 'Saved selections' }).getByRole('link', { name: selectionName })).toBeVisible();
  });
});

/** A person, a consumer customer for them, and the interest on that customer; the person's id. */
async function createConsumer(request: APIRequestContext, headers: Record<string, string>, interest: string, person: Record<string, unknown>) {
  const p = await request.post('/api/v1/persons', { headers, data: person });
  expect(p.ok(), await p.text()).toBeTruthy();
  const personId = ((await p.json()) as Created).id;
  const c = await request.post('/api/v1/customers', {
    headers,
    data: { type: 'consumer', name: null, businessId: null, personId, customerSince: isoDay(new Date()), productGroups: ['maintenance'] },
  });
  expect(c.ok(), await c.text()).toBeTruthy();
  const customerId = ((await c.json()) as Created).id;
  const i = await request.post(`/api/v1/customers/${customerId}/interests`, { headers, data: { tag: interest, personId } });
  expect(i.ok(), await i.text()).toBeTruthy();
  return personId;
}
