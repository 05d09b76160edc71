import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

type Created = { id: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

test('a data protection officer reads and edits the retention rules, previews what is due, holds a person and runs the rules', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const dpo = `ret${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;

  // Set-up through the API as the administrator: a person to hold, and a data protection officer.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const person = await request.post('/api/v1/persons', {
    headers: admin,
    data: { firstName: 'Pidätetty', lastName: `Riita${stamp}`, email: `riita.${stamp}@example.fi`, language: 'fi', source: 'subject' },
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

  await test.step('the officer opens Retention: every rule with its reason, the financial year, what is due now', async () => {
    await signInAs(page, dpo, password);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Retention' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Retention' })).toBeVisible();
    const rules = page.getByRole('table', { name: 'Rules' });
    await expect(rules.locator('tr[data-category="invoicing"]')).toContainText('6 years');
    await expect(rules.locator('tr[data-category="invoicing"]')).toContainText('1336/1997');
    await expect(rules.locator('tr[data-category="recordings"]')).toContainText('6 months');
    await expect(page.getByTestId('financial-year-end')).toContainText('31.12.');
    await expect(page.getByRole('table', { name: 'Due now (dry run)' })).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'rules');
  });

  await test.step('edits the recordings rule with the keyboard', async () => {
    await page.getByRole('button', { name: 'Edit the rule of Call recordings' }).click();
    const form = page.getByRole('form', { name: 'Edit the rule of Call recordings' });
    const period = form.getByRole('textbox', { name: 'Period' });
    await period.fill('4');
    await expect(form.getByLabel('From')).toHaveValue('recordingDate');
    await expectAccessible(page);
    await shot(page, 'rule-edit');
    await period.press('Enter');
    await expect(page.getByRole('table', { name: 'Rules' }).locator('tr[data-category="recordings"]')).toContainText('4 months');
  });

  await test.step('places a legal hold on the person', async () => {
    await page.getByRole('button', { name: 'Place a hold' }).click();
    const form = page.getByRole('form', { name: 'Place a hold' });
    await form.getByRole('textbox', { name: "Person's id" }).fill(personId);
    await form.getByRole('textbox', { name: 'Reason' }).fill('District court case R 26/1234');
    await form.getByRole('button', { name: 'Place the hold' }).click();
    const holds = page.getByRole('table', { name: 'Legal holds' });
    await expect(holds).toContainText(`Riita${stamp}`);
    await expect(holds).toContainText('District court case R 26/1234');
    await expectAccessible(page);
    await shot(page, 'hold');
  });

  await test.step('runs the rules now after confirming, and the run joins the history', async () => {
    await page.getByRole('button', { name: 'Run now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apply the retention rules now?' });
    await expect(dialog).toContainText('cannot be undone');
    await expectAccessible(page);
    await shot(page, 'run-confirm');
    await dialog.getByRole('button', { name: 'Delete what is due' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(/The run removed \d+ items?\./)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Runs' })).toContainText(`Started by hand · ${dpo}`);
    await shot(page, 'run-done');
  });

  await test.step('lifts the hold after confirming', async () => {
    await page.getByRole('button', { name: new RegExp(`Lift the hold on .*Riita${stamp}`) }).click();
    const dialog = page.getByRole('dialog', { name: 'Lift the legal hold?' });
    await dialog.getByRole('button', { name: 'Lift' }).click();
    await expect(page.getByRole('table', { name: 'Legal holds' })).toHaveCount(0);
    await expect(page.getByText('No legal holds.')).toBeVisible();
  });

  await test.step('holds the person from the person page: the badge shows there, in English and in Finnish, and the hold is lifted there', async () => {
    await page.goto(`/persons/${personId}`);
    await page.getByRole('button', { name: 'Hold', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Place a legal hold' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Tax audit 2026');
    await dialog.getByRole('button', { name: 'Place the hold' }).click();
    await expect(page.getByText('On legal hold')).toBeVisible();
    await expectAccessible(page);
    await shot(page, 'person-held-en');
    const language = page.getByRole('combobox', { name: /^(Language|Kieli|Språk)$/ });
    await language.selectOption('fi');
    await expect(page.getByText('Säilytysvelvoite voimassa')).toBeVisible();
    // The page reloads its sections in the new language: check it once their loaders have gone.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, 'person-held-fi');
    await language.selectOption('en');
    await page.getByRole('button', { name: 'Lift hold' }).click();
    await page.getByRole('dialog', { name: 'Lift the legal hold?' }).getByRole('button', { name: 'Lift' }).click();
    await expect(page.getByRole('button', { name: 'Hold', exact: true })).toBeVisible();
    await expect(page.getByText('On legal hold')).toHaveCount(0);
  });

  // The rule goes back as it was, for the other specs.
  const token = await apiToken(request, dpo, password);
  const rules = (await (await request.get('/api/v1/retention/rules', { headers: { Authorization: `Bearer ${token}` } })).json()) as {
    category: string;
    version: string;
    reasonFi: string;
    reasonSv: string;
    reasonEn: string;
  }[];
  const recordings = rules.find((r) => r.category === 'recordings')!;
  const restored = await request.put('/api/v1/retention/rules/recordings', {
    headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${recordings.version}"` },
    data: { period: 6, unit: 'months', start: 'recordingDate', action: 'delete', reasonFi: recordings.reasonFi, reasonSv: recordings.reasonSv, reasonEn: recordings.reasonEn },
  });
  expect(restored.ok(), await restored.text()).toBeTruthy();
});
