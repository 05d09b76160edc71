import { expect, test } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, shot, signInAs, expectAccessible } from './support';

type Created = { id: string };
type Purpose = { code: string; name: string; legalBasis: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

test('a helpdesk agent records an e-mail marketing consent with evidence, withdraws it and sees both events', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const agent = `consent${stamp}`;
  const initialPassword = `Initial-${stamp}-Pw1!`;
  const password = `Changed-${stamp}-Pw2!`;
  const lastName = `Suostuja${stamp}`;
  const givenEvidence = `Read the marketing consent text on call ${stamp}; customer said yes.`;
  const withdrawnEvidence = `Customer asked by phone (${stamp}) to stop marketing e-mails.`;

  // Set-up through the API as the administrator: a person, and a helpdesk agent.
  const adminToken = await apiToken(request, ADMIN_USER, ADMIN_PASSWORD);
  const admin = { Authorization: `Bearer ${adminToken}` };

  const person = await request.post('/api/v1/persons', {
    headers: admin,
    data: { firstName: 'Sanna', lastName, email: `sanna.${stamp}@example.fi`, language: 'fi', source: 'subject' },
  });
  expect(person.ok(), await person.text()).toBeTruthy();
  const personId = ((await person.json()) as Created).id;

  // The purpose's name as the English UI shows it.
  const purposes = await request.get('/api/v1/purposes', { headers: { ...admin, 'Accept-Language': 'en' } });
  expect(purposes.ok(), await purposes.text()).toBeTruthy();
  const ownMarketing = ((await purposes.json()) as Purpose[]).find((p) => p.code === 'ownMarketing');
  expect(ownMarketing, 'the ownMarketing purpose exists').toBeTruthy();
  expect(ownMarketing!.legalBasis).toBe('consent');
  const purposeName = ownMarketing!.name;

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

  await test.step('the agent signs in', async () => {
    await signInAs(page, agent, password);
    await expect(page.getByTestId('current-user')).toContainText('Helpdesk agent');
    await shot(page, 'agent-signed-in');
    await expectAccessible(page);
  });

  const stateTable = page.getByRole('table', { name: 'Consents by channel' });
  const history = page.getByRole('table', { name: 'Consent history' });
  const emailCell = stateTable.locator('tr[data-purpose="ownMarketing"] td[data-channel="email"]');

  await test.step('the person page shows the consents, the purposes without consent and an empty history', async () => {
    await page.goto(`/persons/${personId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(lastName);
    await expect(emailCell).toContainText('Not asked');
    await expect(page.getByRole('list', { name: 'Processing without consent' })).toContainText(/Processing based on/);
    await expect(page.getByText('No consent events yet.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Marketing bans' })).toBeVisible();
    await shot(page, 'person-consents');
    await expectAccessible(page);
  });

  await test.step(`the agent gives an e-mail consent for "${purposeName}" with evidence`, async () => {
    await emailCell.getByRole('button', { name: `Give consent: ${purposeName}, E-mail` }).click();
    const dialog = page.getByRole('dialog', { name: 'Give consent' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Channel')).toHaveValue('email');
    await expect(dialog.getByLabel('Source')).toHaveValue('phoneCall');
    await expect(dialog.getByLabel(/^Evidence/)).toBeFocused();
    // Without evidence nothing is saved.
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Describe the evidence for this consent event.')).toBeVisible();
    await shot(page, 'give-evidence-required');
    await expectAccessible(page);
    await dialog.getByLabel(/^Evidence/).fill(givenEvidence);
    await shot(page, 'give-filled');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(emailCell).toContainText('Given');
    await expect(history.locator('tbody tr')).toHaveCount(1);
    await expect(history.locator('tbody tr').first()).toContainText(givenEvidence);
    await shot(page, 'consent-given');
    await expectAccessible(page);
  });

  await test.step('the agent withdraws it', async () => {
    await emailCell.getByRole('button', { name: `Withdraw consent: ${purposeName}, E-mail` }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw consent' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Channel')).toHaveValue('email');
    await dialog.getByLabel(/^Evidence/).fill(withdrawnEvidence);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(emailCell).toContainText('Withdrawn');
    await expect(emailCell.getByRole('button', { name: `Give consent: ${purposeName}, E-mail` })).toBeVisible();
  });

  await test.step('the history shows both events, newest first', async () => {
    const rows = history.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Withdrawn');
    await expect(rows.nth(0)).toContainText(withdrawnEvidence);
    await expect(rows.nth(0)).toContainText(purposeName);
    await expect(rows.nth(0)).toContainText('E-mail');
    await expect(rows.nth(0)).toContainText('Phone call');
    await expect(rows.nth(1)).toContainText('Given');
    await expect(rows.nth(1)).toContainText(givenEvidence);
    await shot(page, 'history-both-events');
    await expectAccessible(page);
  });
});
