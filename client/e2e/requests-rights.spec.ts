import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

type Created = { id: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const statusBadge = (page: Page) => page.getByTestId('request-status');
const timeline = (page: Page) => page.getByRole('table', { name: 'Timeline' });

/** A person with data: a consumer customer, an invoice (kept under the Accounting Act) and a contact event. */
async function personWithData(request: APIRequestContext, headers: Record<string, string>, firstName: string, lastName: string): Promise<string> {
  const p = await request.post('/api/v1/persons', {
    headers,
    data: { firstName, lastName, email: `${firstName}.${lastName}@example.fi`.toLowerCase(), phone: '040 765 4321', language: 'fi', source: 'subject' },
  });
  expect(p.ok(), await p.text()).toBeTruthy();
  const personId = ((await p.json()) as Created).id;
  const c = await request.post('/api/v1/customers', {
    headers,
    data: { type: 'consumer', name: null, businessId: null, personId, customerSince: isoDay(new Date()), productGroups: ['maintenance'] },
  });
  expect(c.ok(), await c.text()).toBeTruthy();
  const customerId = ((await c.json()) as Created).id;
  const today = new Date();
  const invoice = await request.post(`/api/v1/customers/${customerId}/invoices`, {
    headers,
    data: { issuedOn: isoDay(today), dueOn: isoDay(new Date(today.getTime() + 14 * 86_400_000)), amount: 124, vatAmount: 24 },
  });
  expect(invoice.ok(), await invoice.text()).toBeTruthy();
  const contact = await request.post(`/api/v1/customers/${customerId}/contacts`, {
    headers,
    data: { channel: 'phoneIn', personId, topic: 'Printer does not print', notes: 'Asked for a maintenance visit.' },
  });
  expect(contact.ok(), await contact.text()).toBeTruthy();
  return personId;
}

test('an erasure request walks from receipt to a completed erasure: what stays and why, the record, the recipients', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const headers = { Authorization: `Bearer ${token}` };
  const lastName = `Poistettava${stamp}`;
  const fullName = `Eero ${lastName}`;
  const personId = await personWithData(request, headers, 'Eero', lastName);
  // A processor that received the person's data, without a webhook: it is told by hand.
  const recipientName = `Tilitoimisto ${stamp} Oy`;
  const rec = await request.post('/api/v1/recipients', {
    headers,
    data: { name: recipientName, type: 'processor', country: 'FI', agreementReference: `DPA-${stamp}`, purposes: ['invoicing'], dataCategories: ['name'] },
  });
  expect(rec.ok(), await rec.text()).toBeTruthy();
  const disclosure = await request.post('/api/v1/disclosures', {
    headers,
    data: { recipientId: ((await rec.json()) as Created).id, purpose: 'invoicing', legalBasis: 'contract', dataCategories: ['name'], personIds: [personId] },
  });
  expect(disclosure.ok(), await disclosure.text()).toBeTruthy();

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);

  await test.step('register the erasure request', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Register a request' }).click();
    await page.getByLabel(/^Type of request/).selectOption('erasure');
    await page.getByLabel(/^Channel/).selectOption('email');
    await page.getByLabel(/^Name/).fill(fullName);
    await page.getByLabel(/^E-mail/).fill(`eero.${stamp}@example.fi`);
    await page.getByRole('button', { name: 'Register the request' }).click();
    const receipt = page.getByTestId('request-receipt');
    await expect(receipt).toContainText('The request must be answered by');
    await receipt.getByRole('link', { name: 'Open the request' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Erasure: ${fullName}`);
  });

  await test.step('before anything is verified the preview says why it cannot run; no person yet, no recipient', async () => {
    const erasure = page.getByRole('region', { name: 'Erasure: what is erased and what stays' });
    await expect(erasure.getByTestId('erasure-refusal')).toContainText('Verify');
    await expect(erasure.getByRole('button', { name: 'Carry out the erasure' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Recipients to tell' })).toContainText('nobody needs to be told');
  });

  await test.step('assign, match the person, verify the identity', async () => {
    const assign = page.getByRole('form', { name: 'Assign' });
    await assign.getByLabel(/^Assignee/).selectOption({ label: 'Administrator (me)' });
    await assign.getByRole('button', { name: 'Assign' }).click();
    await expect(statusBadge(page)).toHaveText('Verifying identity');
    const persons = page.getByRole('region', { name: 'Persons the request concerns' });
    await persons.getByLabel('Find a person').fill(fullName);
    await persons.getByRole('button', { name: `Add: ${fullName}` }).first().click();
    await persons.getByRole('button', { name: 'Save the persons' }).click();
    await expect(timeline(page).locator('tr[data-step="personsMatched"]')).toContainText('1 person');
    const verify = page.getByRole('form', { name: 'Verify the identity' });
    await verify.getByLabel(/^Method/).selectOption('knownContactDetails');
    await verify.getByRole('button', { name: 'Record the verification' }).click();
    await expect(statusBadge(page)).toHaveText('In progress');
  });

  await test.step('the preview: what is erased, and the invoice kept under the Accounting Act until its date', async () => {
    const erasure = page.getByRole('region', { name: 'Erasure: what is erased and what stays' });
    await expect(erasure.getByTestId('erasure-refusal')).toHaveCount(0);
    const items = erasure.getByRole('table', { name: `Data of ${fullName}` });
    // The invoice and its voucher.
    const invoice = items.locator('tr[data-area="invoiceRecord"]').first();
    await expect(invoice).toHaveAttribute('data-action', 'keep');
    await expect(invoice).toContainText('Kept');
    await expect(invoice).toContainText('Accounting Act 1336/1997');
    await expect(invoice).toContainText(`31/12/${new Date().getFullYear() + 6}`); // six years from the end of the year
    await expect(items.locator('tr[data-area="contactEvent"]')).toHaveAttribute('data-action', /erase|anonymise/);
    await expect(items.locator('tr[data-area="basicDetails"]')).toHaveCount(1);
    await erasure.scrollIntoViewIfNeeded();
    await shot(page, 'erasure-preview');
    await expectAccessible(page);
  });

  await test.step('carry it out behind a confirmation: Escape cancels, the second time it runs', async () => {
    const erasure = page.getByRole('region', { name: 'Erasure: what is erased and what stays' });
    const carryOut = erasure.getByRole('button', { name: 'Carry out the erasure' });
    await carryOut.click();
    const dialog = page.getByRole('dialog', { name: 'Carry out the erasure?' });
    await expect(dialog).toContainText('This cannot be undone');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(carryOut).toBeFocused();
    await carryOut.click();
    await page.getByRole('dialog', { name: 'Carry out the erasure?' }).getByRole('button', { name: 'Erase permanently' }).click();
    const record = page.getByRole('region', { name: 'Erasure record' });
    await expect(record.getByRole('heading', { name: 'Erasure record' })).toBeFocused();
    await expect(record.getByTestId('erasure-done')).toContainText('The erasure was carried out');
    await expect(record.locator('tr[data-area="invoiceRecord"]').first()).toContainText('Accounting Act 1336/1997');
    await expect(timeline(page).locator('tr[data-step="erased"]')).toHaveCount(1);
    await shot(page, 'erasure-record');
    await expectAccessible(page);
  });

  await test.step('the recipient that got the data is told by hand, and the list downloads as CSV', async () => {
    const recipients = page.getByRole('region', { name: 'Recipients to tell' });
    const row = recipients.getByRole('row').filter({ hasText: recipientName });
    await expect(row).toContainText('No webhook: tell by hand.');
    await expect(row).toContainText('Not told yet');
    const form = recipients.getByRole('form', { name: 'Record a manual notice' });
    await form.getByLabel(/^Recipient/).selectOption({ label: recipientName });
    await form.getByLabel(/^How/).selectOption('phone');
    await form.getByLabel(/^What was said or sent/).fill('Asked them by phone to erase the person from their books.');
    await form.getByRole('button', { name: 'Record the notice' }).click();
    await expect(row).toContainText('Told');
    await expect(row).toContainText('Asked them by phone to erase the person');
    await expect(timeline(page).locator('tr[data-step="recipientToldManually"]')).toHaveCount(1);
    const download = page.waitForEvent('download');
    await recipients.getByRole('button', { name: 'Download as CSV' }).click();
    const csv = await readFile(await (await download).path(), 'utf8');
    expect(csv).toContain(recipientName);
    await recipients.scrollIntoViewIfNeeded();
    await shot(page, 'recipients');
    await expectAccessible(page);
  });

  await test.step('complete the request', async () => {
    const form = page.getByRole('form', { name: 'Complete' });
    await form.getByLabel(/^What was done/).fill('Erased; invoices kept under the Accounting Act. Answered by e-mail.');
    await form.getByRole('button', { name: 'Complete the request' }).click();
    await expect(statusBadge(page)).toHaveText('Completed');
    await expect(page.getByRole('region', { name: 'Erasure record' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Erasure record' }).getByRole('button', { name: 'Carry out the erasure' })).toHaveCount(0);
    await expectAccessible(page);
  });
});

test('an access request: the report is generated, previewed, kept, and its printable page opens and saves', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const headers = { Authorization: `Bearer ${token}` };
  const lastName = `Tarkastaja${stamp}`;
  const fullName = `Outi ${lastName}`;
  const personId = await personWithData(request, headers, 'Outi', lastName);
  const r = await request.post('/api/v1/requests', {
    headers,
    data: { type: 'access', channel: 'letter', receivedAt: new Date().toISOString(), requester: { name: fullName } },
  });
  expect(r.status(), await r.text()).toBe(201);
  const id = ((await r.json()) as Created).id;
  for (const [path, data] of [
    ['persons', { personIds: [personId] }],
    ['verify', { method: 'signedLetter' }],
  ] as const) {
    const res = await request.post(`/api/v1/requests/${id}/${path}`, { headers, data });
    expect(res.ok(), await res.text()).toBeTruthy();
  }

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto(`/requests/${id}`);
  const report = page.getByRole('region', { name: 'Access report' });
  await expect(report.getByText('No report has been generated yet.')).toBeVisible();
  // The person's own language is the default.
  await expect(report.getByLabel('Language')).toHaveValue('fi');

  await test.step('generate it in English and preview the main sections', async () => {
    await report.getByLabel('Language').selectOption('en');
    await report.getByRole('button', { name: 'Generate report' }).click();
    const preview = report.getByTestId('report-preview');
    await expect(preview.getByRole('heading', { name: fullName, exact: true })).toBeVisible();
    await expect(preview.getByRole('table', { name: `Customers of ${fullName}` })).toContainText('1');
    await expect(preview.getByRole('table', { name: `Use of the data of ${fullName}` })).toBeVisible();
    const kept = report.getByRole('table', { name: 'Reports kept with the request' });
    await expect(kept.locator('tbody tr')).toHaveCount(1);
    await expect(kept).toContainText('English');
    await expect(timeline(page).locator('tr[data-step="reportGenerated"]')).toHaveCount(1);
    await shot(page, 'access-report');
    await expectAccessible(page);
  });

  await test.step('the printable page opens in a new window and saves as a file', async () => {
    const popup = page.waitForEvent('popup');
    await report.getByRole('button', { name: 'Open printable report' }).click();
    const win = await popup;
    await expect(win.locator('body')).toContainText(fullName);
    await win.close();
    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Save printable report' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.html$/);
    const html = await readFile(await file.path(), 'utf8');
    expect(html).toContain(fullName);
    await expect(report.getByRole('table', { name: 'Reports kept with the request' }).locator('tbody tr')).toHaveCount(3);
  });

  await test.step('the decision on naming staff needs its reason', async () => {
    const form = page.getByRole('form', { name: 'Naming the staff' });
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await expect(form.getByText('Required.')).toBeVisible();
    await form.getByLabel(/^Staff names are essential/).check();
    await form.getByLabel(/^Reason/).fill('The person suspects a named employee of misuse.');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    await expect(report.getByTestId('staff-names-decision')).toContainText('Staff who used the data are named.');
    await expect(timeline(page).locator('tr[data-step="staffNamesDecided"]')).toHaveCount(1);
  });
});
