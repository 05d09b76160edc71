import { expect, test, type Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USER, shot, signInAs, expectAccessible } from './support';

test.beforeAll(() => {
  if (!ADMIN_PASSWORD) throw new Error('Set HSWORKS_ADMIN_PASSWORD (and HSWORKS_URL) to run the end-to-end tests.');
});

/** Collects Content Security Policy violations reported on the page's console. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });

test('the session lives in memory and an HttpOnly cookie, survives a reload, and two tabs refreshing at once both keep it', async ({
  page,
  context,
}) => {
  const violations = cspViolations(page);
  await signInAs(page, ADMIN_USER, ADMIN_PASSWORD);

  await test.step('no token in web storage, and script cannot read the refresh cookie', async () => {
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/token|eyJ/i);
    expect(await page.evaluate(() => document.cookie)).not.toContain('hsworks-refresh');
    const cookie = (await context.cookies()).find((c) => c.name === '__Secure-hsworks-refresh');
    expect(cookie, 'the refresh cookie').toBeTruthy();
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth' });
  });

  await test.step('a reload restores the session from the cookie', async () => {
    await page.goto('/persons');
    await expect(mainNavigation(page)).toBeVisible();
    await expect(page).toHaveURL(/\/persons$/);
  });

  const second = await context.newPage();
  const secondViolations = cspViolations(second);
  await test.step('a second tab opens signed in', async () => {
    await second.goto('/customers');
    await expect(mainNavigation(second)).toBeVisible();
  });

  await test.step('both tabs refresh at the same moment and neither signs the other out', async () => {
    await Promise.all([page.reload(), second.reload()]);
    await expect(mainNavigation(page)).toBeVisible();
    await expect(mainNavigation(second)).toBeVisible();
    await shot(second, 'two-tabs-after-refresh');
    await expectAccessible(second);
    // The family was not revoked: both tabs go on refreshing.
    await Promise.all([page.reload(), second.reload()]);
    await expect(mainNavigation(page)).toBeVisible();
    await expect(mainNavigation(second)).toBeVisible();
    await expect(page).not.toHaveURL(/sign-in/);
    await expect(second).not.toHaveURL(/sign-in/);
  });

  await test.step('signing out ends the cookie session', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await context.cookies()).find((c) => c.name === '__Secure-hsworks-refresh')).toBeFalsy();
    await page.goto('/persons');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  expect(violations).toEqual([]);
  expect(secondViolations).toEqual([]);
});

test('Swagger UI works under the Content Security Policy', async ({ page }) => {
  const violations = cspViolations(page);
  const response = await page.goto('/swagger/index.html');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  // The first request builds the OpenAPI document, which takes a while on a busy machine.
  await expect(page.getByText('HsWorks customer register API')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: /Authorize/ })).toBeVisible();
  await shot(page, 'swagger-ui');
  expect(violations).toEqual([]);
});
