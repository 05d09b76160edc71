import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Created = { id: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** Today as the browser (same machine) sees it. */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const HEADER = 'firstName;lastName;street;postalCode;city;phone;email';

test('a data protection officer adds a register, imports its file, sees the matches, and a malformed file is rejected with its line', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const dpo = `dpo${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;
  const registerName = `E2E-kieltorekisteri ${stamp}`;
  const lastName = `Kieltäjä${stamp}`;
  const email = `kieltaja.${stamp}@example.fi`;
  const yesterday = isoDay(new Date(Date.now() - 86_400_000));

  // Set-up through the API as the administrator: the person the file lists, and a data protection officer.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const person = await request.post('/api/v1/persons', {
    headers: admin,
    data: { firstName: 'Kalle', lastName, email, language: 'fi', source: 'subject' },
  });
  expect(person.ok(), await person.text()).toBeTruthy();
  const personId = ((await person.json()) as Created).id;

  const created = await request.post('/api/v1/users', {
    headers: admin,
    data: { username: dpo, displayName: `Tietosuoja ${stamp}`, accessLevel: 'DataProtectionOfficer', password: initialPassword },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const firstToken = await apiToken(request, dpo, initialPassword);
  const changed = await request.post('/api/v1/auth/change-password', {
    headers: { Authorization: `Bearer ${firstToken}` },
    data: { currentPassword: initialPassword, newPassword: password },
  });
  expect(changed.ok(), await changed.text()).toBeTruthy();

  let registerPath = '';

  await test.step('the officer signs in and opens Prohibition registers', async () => {
    await signInAs(page, dpo, password);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(nav.getByRole('link', { name: 'Direct marketing' })).toHaveCount(0);
    await nav.getByRole('link', { name: 'Prohibition registers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prohibition registers' })).toBeVisible();
    await expect(page.getByText('The first line names the columns')).toBeVisible();
  });

  await test.step('the officer adds a register for e-mail and phone', async () => {
    await page.getByRole('button', { name: 'Add register' }).click();
    const form = page.getByRole('form', { name: 'Add register' });
    await expect(form.getByLabel(/^Name/)).toBeFocused();
    await form.getByLabel(/^Name/).fill(registerName);
    await form.getByRole('checkbox', { name: 'E-mail' }).check();
    await form.getByRole('checkbox', { name: 'Phone' }).check();
    await shot(page, 'add-register');
    await expectAccessible(page);
    await form.getByLabel(/^Name/).press('Enter');
    await expect(form).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: registerName });
    await expect(row).toContainText('E-mail');
    await expect(row).toContainText('No file imported yet.');
    await shot(page, 'registers');
    await expectAccessible(page);
    await row.getByRole('link', { name: registerName, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: registerName })).toBeVisible();
    registerPath = new URL(page.url()).pathname;
  });

  const upload = page.getByRole('form', { name: 'Import a file' });
  const status = page.getByTestId('import-status');

  await test.step('a Windows-1252 file with a line for the person by e-mail is imported', async () => {
    await expect(upload.getByLabel(/^File date/)).toHaveValue(localToday());
    const csv = [HEADER, 'Ääpeli;Öykkäri;;;;;ei.ketaan.' + stamp + '@example.invalid', `Kalle;${lastName};;;;;${email.toUpperCase()}`, 'Eino;Nobody;Tie 1;99999;Ei;;'].join('\r\n') + '\r\n';
    await upload.locator('input[type=file]').setInputFiles({ name: `kielto-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
    await upload.getByLabel(/^File date/).fill(yesterday);
    await upload.getByRole('button', { name: 'Upload and import' }).click();
    await expect(status).toBeVisible();
    if ((await status.getAttribute('data-status')) === 'running') {
      await expect(status.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
      await shot(page, 'import-running');
      await expectAccessible(page);
    }
    await expect(status).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
    await expect(status).toContainText(`kielto-${stamp}.csv`);
    await expect(status).toContainText("This file is now the register's file in force.");
    const stat = (label: string) => status.locator(`[data-stat="${label}"]`);
    await expect(stat('Rows read')).toHaveText('3');
    await expect(stat('Matches')).toHaveText('1');
    await expect(stat('Matched persons')).toHaveText('1');
    await expect(stat('Character encoding')).toHaveText(/1252|8859|latin/i);
    const history = page.getByRole('table', { name: 'Imports' });
    await expect(history.locator('tbody tr')).toHaveCount(1);
    await expect(history.locator('tbody tr').first()).toContainText('Completed');
    await expect(history.locator('tbody tr').first()).toContainText('In force');
    await shot(page, 'import-completed');
    await expectAccessible(page);
  });

  await test.step('the matches view lists the person with the reason', async () => {
    await status.getByRole('link', { name: 'Show the matched persons' }).click();
    const matches = page.getByRole('table', { name: 'Matched persons' });
    const row = matches.locator(`tr[data-person-id="${personId}"]`);
    await expect(row).toContainText('3');
    await expect(row).toContainText('E-mail');
    await expect(row.getByRole('link', { name: `Kalle ${lastName}` })).toBeVisible();
    await shot(page, 'matches');
    await expectAccessible(page);
    await row.getByRole('link', { name: `Kalle ${lastName}` }).click();
    await expect(page).toHaveURL(new RegExp(`/persons/${personId}$`));
  });

  await test.step('the person page shows the register ban, which cannot be lifted by hand', async () => {
    const registers = page.getByRole('table', { name: 'Prohibition registers' });
    const row = registers.locator('tbody tr').filter({ hasText: registerName });
    await expect(row).toContainText('In force');
    await expect(row).toContainText('E-mail');
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(page.getByText(/cannot be lifted by hand/)).toBeVisible();
    await shot(page, 'person-register-match');
    await expectAccessible(page);
    await page.goto(registerPath);
    await expect(page.getByRole('heading', { level: 1, name: registerName })).toBeVisible();
  });

  await test.step('a file with a line of the wrong length fails with its line number and changes nothing', async () => {
    const csv = [HEADER, `Kalle;${lastName};;;;;${email}`, 'Liian;Vähän;arvoja', `Maija;Meikäläinen;;;;;maija.${stamp}@example.invalid`].join('\n') + '\n';
    await upload.locator('input[type=file]').setInputFiles({ name: `rikki-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await upload.getByRole('button', { name: 'Upload and import' }).click();
    await expect(status).toContainText(`rikki-${stamp}.csv`);
    await expect(status).toHaveAttribute('data-status', 'failed', { timeout: 30_000 });
    await expect(status).toContainText('The file was rejected: 1 bad line.');
    await expect(status).toContainText('Nothing was changed');
    const bad = status.getByRole('table', { name: 'Bad lines' });
    await expect(bad.locator('tbody tr')).toHaveCount(1);
    await expect(bad.locator('tr[data-line="3"]')).toContainText('3');
    await shot(page, 'import-failed');
    await expectAccessible(page);
    // The earlier file is still the one in force.
    const history = page.getByRole('table', { name: 'Imports' });
    await expect(history.locator('tbody tr')).toHaveCount(2);
    await expect(history.locator('tbody tr').first()).toContainText('Failed');
    await expect(history.locator('tbody tr').nth(1)).toContainText('In force');
    await expect(page.getByText(/^File of .* · rows: 3 · matches: 1$/)).toBeVisible();
  });
});
