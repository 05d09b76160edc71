import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, apiToken, expectAccessible, shot, signInAs } from './support';

type Person = { id: string; firstName: string; lastName: string; email: string | null };
type Auth = { Authorization: string };

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

/** A person of its own for each test, so that no other spec's data is restricted or changed. */
async function createPerson(request: APIRequestContext, auth: Auth, lastName: string, email: string): Promise<Person & { warnings: string[] }> {
  const res = await request.post('/api/v1/persons', { headers: auth, data: { firstName: 'Oili', lastName, email, language: 'fi' } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Person & { warnings: string[] };
}

/** A request of the type for the person, its persons matched; verified too unless the test does it on the page. */
async function requestFor(request: APIRequestContext, auth: Auth, type: string, person: Person, verify: boolean): Promise<string> {
  const res = await request.post('/api/v1/requests', {
    headers: auth,
    data: { type, channel: 'letter', receivedAt: new Date().toISOString(), requester: { name: `${person.firstName} ${person.lastName}`, email: person.email } },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const matched = await request.post(`/api/v1/requests/${id}/persons`, { headers: auth, data: { personIds: [person.id] } });
  expect(matched.ok(), await matched.text()).toBeTruthy();
  if (verify) {
    const verified = await request.post(`/api/v1/requests/${id}/verify`, { headers: auth, data: { method: 'signedLetter' } });
    expect(verified.ok(), await verified.text()).toBeTruthy();
  }
  return id;
}

const rights = (page: Page, name: string) => page.getByRole('region', { name });
const banner = (page: Page) => page.getByRole('status', { name: 'Processing restricted (GDPR Art. 18)' });

test('a restriction marks the person on every screen; an edit needs a ground; lifting it after telling the person removes the mark', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const auth = { Authorization: `Bearer ${await apiToken(request, ADMIN_USER, ADMIN_PASSWORD)}` };
  const person = await createPerson(request, auth, `Rajoitus${stamp}`, `rajoitus.${stamp}@example.fi`);
  const id = await requestFor(request, auth, 'restriction', person, false);
  const section = () => rights(page, 'Restriction of processing');

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);

  await test.step('verify the identity on the request: the restriction form appears', async () => {
    await page.goto(`/requests/${id}`);
    await expect(section()).toContainText("The request's content is worked on once the requester's identity is verified");
    await expect(page.getByRole('form', { name: 'Restrict processing' })).toHaveCount(0);
    const verify = page.getByRole('form', { name: 'Verify the identity' });
    await verify.getByLabel(/^Method/).selectOption('identityDocument');
    await verify.getByRole('button', { name: 'Record the verification' }).click();
    await expect(page.getByTestId('request-status')).toHaveText('In progress');
    await expect(page.getByRole('form', { name: 'Restrict processing' })).toBeVisible();
  });

  await test.step('restrict processing: a reason is required; the restriction shows in force', async () => {
    const form = page.getByRole('form', { name: 'Restrict processing' });
    await form.getByRole('button', { name: 'Restrict processing' }).click();
    await expect(form.getByText('Required.')).toBeVisible();
    await form.getByLabel(/^Reason for the restriction/).selectOption('accuracyContested');
    await form.getByLabel(/^Note/).fill('The person says the e-mail address is wrong; checking it.');
    await shot(page, 'restrict-form');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Restrict processing' }).click();
    const table = section().getByRole('table', { name: 'Restrictions of processing' });
    await expect(table.locator('tr[data-restriction-active="true"]')).toContainText('Accuracy contested');
    await expect(page.getByRole('form', { name: 'Restrict processing' })).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Timeline' }).locator('tr[data-step="restricted"]')).toHaveCount(1);
    await expect(banner(page)).toBeVisible();
    await shot(page, 'restricted-request');
    await expectAccessible(page);
  });

  await test.step('the person page shows the marking in words, with the reason and a link to the request', async () => {
    await page.goto(`/persons/${person.id}`);
    await expect(banner(page)).toContainText('only stored: no marketing, no disclosure');
    await expect(banner(page)).toContainText('Reason: Accuracy contested.');
    await expect(banner(page).getByRole('link', { name: 'Open the request' })).toHaveAttribute('href', `/requests/${id}`);
    await shot(page, 'restricted-person');
    await expectAccessible(page);
  });

  await test.step('an edit without a ground is refused with the reason; with a ground of Art. 18(2) it is saved', async () => {
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Save' });
    await form.getByLabel(/^E-mail/).fill(`rajoitus.new.${stamp}@example.fi`);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(form.getByText(/Processing of the person's data is restricted \(GDPR Art\. 18\)/).first()).toBeVisible();
    await expect(banner(page)).toBeVisible();
    await shot(page, 'edit-refused');
    await expectAccessible(page);
    await form.getByLabel(/^Ground of Art\. 18\(2\)/).selectOption('consent');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Person saved.')).toBeVisible();
    await expect(page.getByText(`rajoitus.new.${stamp}@example.fi`)).toBeVisible();
  });

  await test.step('lifting needs the person told first; then the marking is gone', async () => {
    await page.goto(`/requests/${id}`);
    const form = page.getByRole('form', { name: 'Lift the restriction' });
    await expect(form.getByLabel(/^When the person was told/)).not.toHaveValue('');
    await form.getByRole('button', { name: 'Lift the restriction' }).click();
    await expect(form.getByText('Tell the person first.')).toBeVisible();
    await form.getByLabel('The person has been told that the restriction will be lifted').check();
    await shot(page, 'lift-form');
    await form.getByRole('button', { name: 'Lift the restriction' }).click();
    await expect(section().getByRole('table', { name: 'Restrictions of processing' }).locator('tr[data-restriction-active="false"]')).toContainText('Lifted');
    await expect(page.getByRole('table', { name: 'Timeline' }).locator('tr[data-step="restrictionLifted"]')).toHaveCount(1);
    await expect(banner(page)).toHaveCount(0);
    await page.goto(`/persons/${person.id}`);
    await expect(page.getByRole('heading', { name: new RegExp(`Rajoitus${stamp}`) })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
  });
});

test('a rectification request corrects the e-mail address and keeps it as it was and as it became', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const auth = { Authorization: `Bearer ${await apiToken(request, ADMIN_USER, ADMIN_PASSWORD)}` };
  const before = `oikaisu.${stamp}@example.fi`;
  const after = `oikaisu.oikea.${stamp}@example.fi`;
  const person = await createPerson(request, auth, `Oikaisu${stamp}`, before);
  const id = await requestFor(request, auth, 'rectification', person, true);

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto(`/requests/${id}`);
  const section = rights(page, 'Rectification');
  await expect(section).toContainText('No details corrected yet.');
  const form = section.getByRole('form', { name: 'Correct the details' });
  await expect(form.getByLabel(/^E-mail/)).toHaveValue(before);
  await form.getByLabel(/^E-mail/).fill(after);
  await shot(page, 'rectify-form');
  await expectAccessible(page);
  await form.getByRole('button', { name: 'Correct the details' }).click();
  const row = section.getByRole('table', { name: 'Corrected details' }).locator('tr[data-field="email"]');
  await expect(row).toContainText(before);
  await expect(row).toContainText(after);
  await expect(page.getByRole('table', { name: 'Timeline' }).locator('tr[data-step="rectified"]')).toHaveCount(1);
  await shot(page, 'rectified');
  await expectAccessible(page);

  await page.goto(`/persons/${person.id}`);
  await expect(page.getByText(after)).toBeVisible();
});

test('creating a person who matches an erased person warns before they are kept', async ({ page, request }) => {
  const stamp = Date.now().toString(36);
  const auth = { Authorization: `Bearer ${await apiToken(request, ADMIN_USER, ADMIN_PASSWORD)}` };
  const email = `poistettu.${stamp}@example.fi`;
  const erased = await createPerson(request, auth, `Poistettu${stamp}`, email);
  const id = await requestFor(request, auth, 'erasure', erased, true);
  const erasure = await request.post(`/api/v1/requests/${id}/erasure`, { headers: auth });
  expect(erasure.ok(), await erasure.text()).toBeTruthy();

  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);
  await page.goto('/persons/new');
  await page.getByLabel(/^First name/).fill('Oili');
  await page.getByLabel(/^Last name/).fill(`Uusi${stamp}`);
  await page.getByLabel(/^E-mail/).fill(email);
  await page.getByRole('button', { name: 'Create' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Check before keeping this person' });
  await expect(warning).toContainText('Matches a person erased at their request');
  await expect(page.getByRole('heading', { name: new RegExp(`Uusi${stamp}`) })).toBeVisible();
  await shot(page, 'creation-warning');
  await expectAccessible(page);
});
