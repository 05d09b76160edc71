import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

/** A valid identity code DDMMYY{sign}NNN{check}: the check character is DDMMYYNNN mod 31. */
function identityCode(ddmmyy: string, sign: string, individual: number): string {
  const nnn = String(individual).padStart(3, '0');
  return `${ddmmyy}${sign}${nnn}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${ddmmyy}${nnn}`) % 31]}`;
}

const line = (code: string, ...changes: object[]) => JSON.stringify({ henkilotunnus: code, muutokset: changes });

test('an administrator imports a change file, sees what it changed, and a malformed file changes nothing and names its lines', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const individual = 2 + (Date.now() % 800);
  const code = identityCode('150375', 'Y', individual);
  const stranger = identityCode('010101', 'A', individual);
  const lastName = `Rekisteri${stamp}`;

  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };
  const created = await request.post('/api/v1/persons', {
    headers: admin,
    data: {
      firstName: 'Paula', lastName: `Vanha${stamp}`, language: 'fi', source: 'subject', personalIdentityCode: code,
      address: { street: 'Vanhatie 1', postalCode: '00100', city: 'Helsinki', country: 'FI' },
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const personId = ((await created.json()) as { id: string }).id;

  const upload = page.getByRole('form', { name: 'Import a change file' });
  const report = page.getByTestId('population-import');

  await test.step('the administrator opens the Population Register page', async () => {
    await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Population Register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Population Register updates' })).toBeVisible();
    await expect(page.getByText(/^Groups: HENKILON_NIMI/)).toBeVisible();
    await shot(page, 'population-register');
    await expectAccessible(page);
  });

  await test.step('a change file updates the name and the address, sets the marking and reports a stranger unmatched', async () => {
    const file = [
      line(code,
        { ryhma: 'HENKILON_NIMI', muutospaiva: '2026-11-20', etunimet: 'Paula Maria', sukunimi: lastName },
        { ryhma: 'VAKINAINEN_KOTIMAINEN_OSOITE', muutospaiva: '2026-11-21', katuosoite: 'Uusitie 5', postinumero: '33100', postitoimipaikka: 'Tampere' },
        { ryhma: 'TURVAKIELTO', muutospaiva: '2026-11-22', turvakieltoAktiivinen: true, turvaLoppuPv: '2031-11-22' }),
      line(stranger, { ryhma: 'KUOLINPAIVA', muutospaiva: '2026-11-23', kuolinpaiva: '2026-11-20' }),
    ].join('\n') + '\n';
    await upload.locator('input[type=file]').setInputFiles({ name: `muutokset-${stamp}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(file, 'utf8') });
    await upload.getByRole('button', { name: 'Import' }).click();
    await expect(report).toBeVisible();
    if ((await report.getAttribute('data-status')) === 'running') {
      await expect(report.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
      await shot(page, 'population-import-running');
      await expectAccessible(page);
    }
    await expect(report).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
    const stat = (id: string) => report.locator(`[data-stat="${id}"]`);
    await expect(stat('rowsRead')).toHaveText('2');
    await expect(stat('updatedPersons')).toHaveText('1');
    await expect(stat('unmatchedRows')).toHaveText('1');
    await expect(stat('nameChanges')).toHaveText('1');
    await expect(stat('addressChanges')).toHaveText('1');
    await expect(stat('markingsSet')).toHaveText('1');
    await expect(stat('deaths')).toHaveText('0');
    await expect(page.getByRole('table', { name: 'Imports' }).locator('tbody tr').first()).toContainText('Completed');
    await shot(page, 'population-import-completed');
    await expectAccessible(page);

    const person = await (await request.get(`/api/v1/persons/${personId}`, { headers: admin })).json();
    expect(person.lastName).toBe(lastName);
    expect(person.nonDisclosure).toBe(true);
    expect(person.sources.name).toBe('populationRegister');
  });

  await test.step('a death is imported; the person page shows it, and the marking with its end date for information', async () => {
    const file = line(code, { ryhma: 'KUOLINPAIVA', muutospaiva: '2026-11-23', kuolinpaiva: '2026-11-20' }) + '\n';
    await upload.locator('input[type=file]').setInputFiles({ name: `kuolema-${stamp}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(file, 'utf8') });
    await upload.getByRole('button', { name: 'Import' }).click();
    await expect(report).toContainText(`kuolema-${stamp}.jsonl`);
    await expect(report).toHaveAttribute('data-status', 'completed', { timeout: 30_000 });
    await expect(report.locator('[data-stat="deaths"]')).toHaveText('1');

    await page.goto(`/persons/${personId}`);
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(lastName) });
    await expect(heading.getByText('Deceased 20/11/2026')).toBeVisible();
    await expect(heading.getByText('Marking until 22/11/2031 (for information)')).toBeVisible();
    await shot(page, 'person-deceased-marking-ends');
    await expectAccessible(page);
    const person = await (await request.get(`/api/v1/persons/${personId}`, { headers: admin })).json();
    expect(person.diedOn).toBe('2026-11-20');
    expect(person.nonDisclosureEndsOn).toBe('2031-11-22');

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Population Register' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Population Register updates' })).toBeVisible();
  });

  await test.step('a file with a bad check character, a bad date and an unknown group is rejected with its lines; nothing changes', async () => {
    const badCheck = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A');
    const file = [
      line(code, { ryhma: 'HENKILON_NIMI', muutospaiva: '2026-11-24', etunimet: 'Paula', sukunimi: 'Muuttunut' }),
      line(badCheck, { ryhma: 'HENKILON_NIMI', muutospaiva: '2026-11-24', etunimet: 'Paula', sukunimi: 'Väärä' }),
      line(code, { ryhma: 'KUOLINPAIVA', muutospaiva: '2026-11-24', kuolinpaiva: '24.11.2026' }),
      line(code, { ryhma: 'LEMMIKKI', muutospaiva: '2026-11-24' }),
    ].join('\n') + '\n';
    await upload.locator('input[type=file]').setInputFiles({ name: `rikki-${stamp}.jsonl`, mimeType: 'application/x-ndjson', buffer: Buffer.from(file, 'utf8') });
    await upload.getByRole('button', { name: 'Import' }).click();
    await expect(report).toContainText(`rikki-${stamp}.jsonl`);
    await expect(report).toHaveAttribute('data-status', 'failed', { timeout: 30_000 });
    await expect(report).toContainText('3 bad lines: the file was rejected.');
    await expect(report).toContainText('Nothing was changed');
    const bad = report.getByRole('table', { name: 'Bad lines' });
    await expect(bad.locator('tr[data-line="2"]')).toContainText('identity code');
    await expect(bad.locator('tr[data-line="3"]')).toContainText('YYYY-MM-DD');
    await expect(bad.locator('tr[data-line="4"]')).toContainText('LEMMIKKI');
    await shot(page, 'population-import-failed');
    await expectAccessible(page);
    const person = await (await request.get(`/api/v1/persons/${personId}`, { headers: admin })).json();
    expect(person.lastName).toBe(lastName);
  });

  await test.step('the page reads in Finnish and Swedish too', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fi');
    await expect(page.getByRole('heading', { level: 1, name: 'Väestötietojärjestelmän muutokset' })).toBeVisible();
    await expect(report).toContainText('Mitään ei muutettu');
    await shot(page, 'population-register-fi');
    await expectAccessible(page);
    await page.getByRole('combobox', { name: 'Kieli' }).selectOption('sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Ändringar från befolkningsdatasystemet' })).toBeVisible();
    await expectAccessible(page);
  });
});
