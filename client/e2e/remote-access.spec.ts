import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Created = { id: string };
type CustomerCreated = { id: string; customerNumber: number; name: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

test('a technician reveals a workstation’s remote access secret with a reason', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const technician = `tech${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;
  const make = 'Lenovo';
  const model = `ThinkCentre M70q ${stamp}`;
  const device = `${make} ${model}`;
  const tool = 'AnyDesk';
  const host = `anydesk-${stamp}`;
  const secret = `Salainen-${stamp}-42!`;
  const reason = `Ticket ${stamp}: printer driver update`;

  // Set-up through the API as the administrator.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };

  const person = await request.post('/api/v1/persons', {
    headers: admin,
    data: { firstName: 'Etä', lastName: `Asiakas${stamp}`, email: `eta.${stamp}@example.fi`, language: 'fi', source: 'subject' },
  });
  expect(person.ok(), await person.text()).toBeTruthy();
  const personId = ((await person.json()) as Created).id;

  const createdCustomer = await request.post('/api/v1/customers', {
    headers: admin,
    data: { type: 'consumer', name: null, businessId: null, personId, customerSince: isoDay(new Date()), productGroups: ['maintenance'] },
  });
  expect(createdCustomer.ok(), await createdCustomer.text()).toBeTruthy();
  const customer = (await createdCustomer.json()) as CustomerCreated;

  const asset = await request.post(`/api/v1/customers/${customer.id}/assets`, {
    headers: admin,
    data: { kind: 'workstation', make, model },
  });
  expect(asset.ok(), await asset.text()).toBeTruthy();
  const assetId = ((await asset.json()) as Created).id;

  const remote = await request.post(`/api/v1/assets/${assetId}/remote-access`, {
    headers: admin,
    data: { tool, host, username: 'eta', secret },
  });
  expect(remote.ok(), await remote.text()).toBeTruthy();
  const listed = (await remote.json()) as { hasSecret: boolean; secret?: unknown };
  expect(listed.hasSecret).toBe(true);
  expect(listed.secret, 'the API never returns the secret when listing').toBeUndefined();

  // A technician (remoteAccess.reveal), whose first password is changed through the API.
  const created = await request.post('/api/v1/users', {
    headers: admin,
    data: { username: technician, displayName: `Tech ${stamp}`, accessLevel: 'Technician', password: initialPassword },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const firstToken = await apiToken(request, technician, initialPassword);
  const changed = await request.post('/api/v1/auth/change-password', {
    headers: { Authorization: `Bearer ${firstToken}` },
    data: { currentPassword: initialPassword, newPassword: password },
  });
  expect(changed.ok(), await changed.text()).toBeTruthy();

  await test.step('the technician signs in', async () => {
    await signInAs(page, technician, password);
    await expect(page.getByTestId('current-user')).toContainText('Technician');
    await shot(page, 'technician-signed-in');
    await expectAccessible(page);
  });

  await test.step(`the technician opens customer ${customer.customerNumber} and its Devices tab`, async () => {
    await page.goto(`/customers/${customer.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(String(customer.customerNumber));
    await page.getByRole('tab', { name: 'Devices & warranties' }).click();
    await expect(page).toHaveURL(/[?&]tab=devices/);
    await expect(page.getByRole('table', { name: 'Devices & warranties' }).getByRole('row', { name: new RegExp(model) })).toBeVisible();
    await shot(page, 'devices-tab');
    await expectAccessible(page);
  });

  const remoteTable = page.getByRole('table', { name: `Remote access: ${device}` });

  await test.step(`the device's remote access lists ${tool} ${host} with the secret masked`, async () => {
    const toggle = page.locator(`tr[data-asset-id="${assetId}"]`).getByRole('button', { name: 'Remote access', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const row = remoteTable.getByRole('row', { name: new RegExp(host) });
    await expect(row).toBeVisible();
    await expect(row).toContainText(tool);
    await expect(row).toContainText('••••••');
    await expect(page.getByText(secret)).toHaveCount(0);
    await shot(page, 'remote-access-listed');
    await expectAccessible(page);
  });

  await test.step('Reveal asks for a reason and says it is recorded in the audit log', async () => {
    await remoteTable.getByRole('row', { name: new RegExp(host) }).getByRole('button', { name: /^Reveal/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal remote access secret' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('recorded in the audit log');
    await expect(dialog.getByLabel(/^Reason/)).toBeFocused();
    // Too short: refused in the browser, nothing revealed.
    await dialog.getByLabel(/^Reason/).fill('abc');
    await dialog.getByRole('button', { name: 'Reveal secret' }).click();
    await expect(dialog.getByText('Give a reason of at least 5 characters.')).toBeVisible();
    await expect(dialog.getByTestId('revealed-secret')).toHaveCount(0);
    await shot(page, 'reveal-reason-required');
    await expectAccessible(page);
  });

  await test.step(`with the reason "${reason}" the secret is shown`, async () => {
    const dialog = page.getByRole('dialog', { name: 'Reveal remote access secret' });
    await dialog.getByLabel(/^Reason/).fill(reason);
    await shot(page, 'reveal-reason-filled');
    await expectAccessible(page);
    await dialog.getByLabel(/^Reason/).press('Enter');
    await expect(dialog.getByTestId('revealed-secret')).toHaveText(secret);
    await expect(dialog.getByRole('button', { name: 'Copy' })).toBeVisible();
    await expect(dialog).toContainText('hidden again after 30 seconds');
    await shot(page, 'secret-revealed');
    await expectAccessible(page);
  });

  await test.step('closing the dialog hides the secret again', async () => {
    const dialog = page.getByRole('dialog', { name: 'Reveal remote access secret' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(remoteTable.getByRole('row', { name: new RegExp(host) })).toContainText('••••••');
    await shot(page, 'secret-hidden');
    await expectAccessible(page);
  });
});
