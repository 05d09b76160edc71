import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

type PersonSummary = { id: string; firstName: string; lastName: string };
type Receipt = { id: string; dueOn: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

async function registerThroughApi(request: APIRequestContext, token: string, receivedAt: string, name: string): Promise<Receipt> {
  const res = await request.post('/api/v1/requests', {
    headers: { Authorization: `Bearer ${token}` },
    data: { type: 'access', channel: 'email', receivedAt, requester: { name, email: `${name.replace(/\W/g, '.').toLowerCase()}@example.fi` } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Receipt;
}

const statusBadge = (page: Page) => page.getByTestId('request-status');
const timeline = (page: Page) => page.getByRole('table', { name: 'Timeline' });

test('a request walks from receipt to completed; the inbox marks what is late in words', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const auth = { Authorization: `Bearer ${token}` };
  const persons = (await (await request.get('/api/v1/persons?pageSize=1&page=11', { headers: auth })).json()) as { items: PersonSummary[] };
  const person = persons.items[0];
  const fullName = `${person.firstName} ${person.lastName}`;
  // One received 40 days ago is past its due date; one received 28 days ago is due within a week.
  const overdue = await registerThroughApi(request, token, daysAgo(40), `Late${stamp} Requester`);
  const dueSoon = await registerThroughApi(request, token, daysAgo(28), `Soon${stamp} Requester`);
  let id = '';

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);

  await test.step('register a request from the navigation and get the receipt with its due date', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Register a request' }).click();
    await expect(page.getByRole('heading', { name: "Register a data subject's request" })).toBeVisible();
    await expect(page.getByLabel(/^Received/)).not.toHaveValue(''); // now, by default
    await page.getByRole('button', { name: 'Register the request' }).click();
    await expect(page.getByText('Required.').first()).toBeVisible();
    await page.getByLabel(/^Type of request/).selectOption('access');
    await page.getByLabel(/^Channel/).selectOption('letter');
    await page.getByLabel(/^Name/).fill(fullName);
    await page.getByLabel(/^E-mail/).fill(`e2e.${stamp}@example.fi`);
    await page.getByLabel(/^Address/).fill('Esimerkkikatu 1, 00100 Helsinki');
    await shot(page, 'register-form');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Register the request' }).click();
    const receipt = page.getByTestId('request-receipt');
    await expect(receipt.getByRole('heading', { name: 'The request is on record' })).toBeFocused();
    await expect(receipt).toContainText('The request must be answered by');
    id = (await receipt.locator('[data-field="Reference"]').innerText()).trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await shot(page, 'receipt');
    await expectAccessible(page);
    await receipt.getByRole('link', { name: 'Open the request' }).click();
    await expect(page).toHaveURL(new RegExp(`/requests/${id}$`));
  });

  await test.step('the detail shows the requester in full, the due dates and the first step on the timeline', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Access: ${fullName}`);
    await expect(statusBadge(page)).toHaveText('Received');
    await expect(page.getByRole('region', { name: "The requester's details" })).toContainText(`e2e.${stamp}@example.fi`);
    await expect(timeline(page).locator('tr[data-step="registered"]')).toHaveCount(1);
    await shot(page, 'detail-received');
    await expectAccessible(page);
  });

  await test.step('assign it to me', async () => {
    const form = page.getByRole('form', { name: 'Assign' });
    await form.getByLabel(/^Assignee/).selectOption({ label: 'Administrator (me)' });
    await form.getByRole('button', { name: 'Assign' }).click();
    await expect(statusBadge(page)).toHaveText('Verifying identity');
    await expect(timeline(page).locator('tr[data-step="assigned"]')).toContainText('Administrator (me)');
  });

  await test.step('match the person it concerns through search', async () => {
    const persons = page.getByRole('region', { name: 'Persons the request concerns' });
    await persons.getByLabel('Find a person').fill(fullName);
    await persons.getByRole('button', { name: `Add: ${fullName}` }).first().click();
    await expect(persons.getByRole('list', { name: 'Chosen persons' }).getByRole('link', { name: fullName })).toBeVisible();
    await persons.getByRole('button', { name: 'Save the persons' }).click();
    await expect(timeline(page).locator('tr[data-step="personsMatched"]')).toContainText('1 person');
    await expect(persons.getByRole('button', { name: 'Save the persons' })).toBeDisabled();
    await shot(page, 'persons-matched');
    await expectAccessible(page);
  });

  await test.step('verify the identity', async () => {
    const form = page.getByRole('form', { name: 'Verify the identity' });
    await form.getByLabel(/^Method/).selectOption('signedLetter');
    await form.getByLabel(/^What was checked/).fill('Signature compared with the contract on file.');
    await form.getByRole('button', { name: 'Record the verification' }).click();
    await expect(statusBadge(page)).toHaveText('In progress');
    await expect(page.getByRole('form', { name: 'Verify the identity' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Identity verification' })).toContainText('Signed letter');
  });

  await test.step('complete it: the steps are gone and the outcome shows', async () => {
    const form = page.getByRole('form', { name: 'Complete' });
    await form.getByLabel(/^What was done/).fill('Sent the access report by registered letter.');
    await form.getByRole('button', { name: 'Complete the request' }).click();
    await expect(statusBadge(page)).toHaveText('Completed');
    const closing = page.getByRole('region', { name: 'Closing the request' });
    await expect(closing).toContainText('Carried out');
    await expect(closing).toContainText('Sent the access report by registered letter.');
    await expect(page.getByRole('button', { name: 'Reject the request' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Assign' })).toHaveCount(0);
    for (const step of ['registered', 'assigned', 'personsMatched', 'identityVerified', 'completed'])
      await expect(timeline(page).locator(`tr[data-step="${step}"]`)).toHaveCount(1);
    await shot(page, 'detail-completed');
    await expectAccessible(page);
  });

  await test.step('the inbox: overdue and due within 7 days marked in words, the requester masked', async () => {
    await page.getByRole('link', { name: "Data subjects' requests" }).first().click();
    await expect(page.getByRole('heading', { name: "Data subjects' requests" })).toBeVisible();
    const lateRow = page.locator(`tr[data-request-id="${overdue.id}"]`);
    await expect(lateRow).toContainText('Overdue');
    await expect(lateRow).toContainText('L. R.');
    await expect(lateRow).not.toContainText(`Late${stamp} Requester`);
    await expect(page.locator(`tr[data-request-id="${dueSoon.id}"]`)).toContainText('Due within 7 days');
    await shot(page, 'inbox');
    await expectAccessible(page);
    // The regulator's CSV downloads under the API's file name, without requester details.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV (for the regulator)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile(await file.path(), 'utf8');
    expect(csv).toContain(overdue.id);
    expect(csv).not.toContain(`Late${stamp}`);
    await page.getByLabel('Status').selectOption('completed');
    const doneRow = page.locator(`tr[data-request-id="${id}"]`);
    await expect(doneRow).toContainText('Completed');
    await expect(doneRow).not.toContainText('Overdue');
    await expect(doneRow).not.toContainText('Due within 7 days');
    await expect(page).toHaveURL(/status=completed/);
  });

  await test.step('a step the request no longer allows is refused by the API, and the page says why', async () => {
    await page.goto(`/requests/${dueSoon.id}`);
    const form = page.getByRole('form', { name: 'Verify the identity' });
    await form.getByLabel(/^Method/).selectOption('identityDocument');
    // Meanwhile someone else verifies it.
    const res = await request.post(`/api/v1/requests/${dueSoon.id}/verify`, { headers: auth, data: { method: 'knownContactDetails' } });
    expect(res.ok(), await res.text()).toBeTruthy();
    await form.getByRole('button', { name: 'Record the verification' }).click();
    await expect(form.getByRole('alert')).toContainText('Not recorded.');
    await expect(form.getByRole('alert')).toContainText('already verified');
    await shot(page, 'step-refused');
    await expectAccessible(page);
  });
});

test('a helpdesk agent registers a request from a person’s page and sees only the receipt', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const agent = `reqagent${stamp}`;
  const initial = `Initial-${stamp}-Pw1!`;
  const changed = `Changed-${stamp}-Pw2!`;
  const token = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const auth = { Authorization: `Bearer ${token}` };
  const created = await request.post('/api/v1/users', {
    headers: auth,
    data: { username: agent, displayName: `Agent ${stamp}`, accessLevel: 'HelpdeskAgent', password: initial },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const persons = (await (await request.get('/api/v1/persons?pageSize=1&page=13', { headers: auth })).json()) as { items: PersonSummary[] };
  const person = persons.items[0];

  await page.goto('/sign-in');
  await page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ }).selectOption('en');
  await page.getByLabel(/^Username/).fill(agent);
  await page.getByLabel(/^Password/).fill(initial);
  await page.getByLabel(/^Password/).press('Enter');
  await page.getByLabel(/^Current password/).fill(initial);
  await page.getByLabel(/^New password/).fill(changed);
  await page.getByLabel(/^Repeat new password/).fill(changed);
  await page.getByLabel(/^Repeat new password/).press('Enter');
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: "Data subjects' requests" })).toHaveCount(0);

  await page.goto(`/persons/${person.id}`);
  await page.getByRole('link', { name: 'Register a data protection request' }).click();
  // The requester starts as the register knows the person.
  await expect(page.getByLabel(/^Name/)).toHaveValue(`${person.firstName} ${person.lastName}`);
  await page.getByLabel(/^Type of request/).selectOption('erasure');
  await page.getByLabel(/^Channel/).selectOption('phone');
  await page.getByLabel(/^Anything else they said/).fill('Called the helpdesk and asked to be forgotten.');
  await page.getByRole('button', { name: 'Register the request' }).click();
  const receipt = page.getByTestId('request-receipt');
  await expect(receipt).toContainText('The request must be answered by');
  await expect(receipt.getByRole('link', { name: 'Open the request' })).toHaveCount(0);
  await shot(page, 'agent-receipt');
  await expectAccessible(page);
  // Nothing beyond the receipt: the inbox and the detail are refused.
  const id = (await receipt.locator('[data-field="Reference"]').innerText()).trim();
  await page.goto(`/requests/${id}`);
  await expect(page.getByRole('alert')).toContainText('You do not have access to this.');
  await page.goto('/requests');
  await expect(page.getByRole('alert')).toContainText('You do not have access to this.');
});
