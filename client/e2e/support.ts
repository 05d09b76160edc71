import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

export const ADMIN_USER = process.env.HSWORKS_ADMIN_USER ?? 'admin';
export const ADMIN_PASSWORD = process.env.HSWORKS_ADMIN_PASSWORD ?? '';

const SHOTS = join(fileURLToPath(new URL('.', import.meta.url)), 'screenshots');
export const SCREENSHOTS = SHOTS;
const counters = new Map<string, number>();

/** e2e/screenshots/<spec>-<nn>-<name>.png, numbered per spec file in the order taken. */
export async function shot(page: Page, name: string) {
  const spec = basename(test.info().file).replace(/\.spec\.ts$/, '');
  const n = (counters.get(spec) ?? 0) + 1;
  counters.set(spec, n);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${spec}-${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
}

/** The WCAG 2.1 AA rules axe checks on every screen the tests show. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core over the screen as it is shown now and fails (softly: the test goes on, so one
 * run reports every screen) on any serious or critical WCAG 2.1 AA violation, naming the elements.
 */
export async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).join(' | ')})`);
  expect.soft(blocking, `accessibility of ${page.url()}`).toEqual([]);
}

export async function apiToken(request: APIRequestContext, username: string, password: string) {
  const res = await request.post('/api/v1/auth/login', { data: { username, password } });
  if (!res.ok()) throw new Error(`API sign-in as ${username} failed: HTTP ${res.status()} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** One substitution of an inner letter: "Virtanen" -> "Virtenen". */
export function misspell(word: string): string {
  const chars = [...word];
  const vowels = 'aeiouyäö';
  // Prefer a vowel in the middle: the most natural typo, and it keeps trigram search working.
  const inner = chars.map((_, i) => i).filter((i) => i > 0 && i < chars.length - 1);
  const i = inner.find((k) => k >= Math.floor(chars.length / 2) && vowels.includes(chars[k].toLowerCase())) ?? inner[Math.floor(inner.length / 2)];
  const c = chars[i].toLowerCase();
  chars[i] = vowels.includes(c) ? (c === 'e' ? 'a' : 'e') : c === 't' ? 'd' : 't';
  return chars.join('');
}

export const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');

/** Signs in through the UI in English (the choice is remembered for the browser context). */
export async function signInAs(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ }).selectOption('en');
  await page.getByLabel(/^Username/).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByLabel(/^Password/).press('Enter');
  await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
}
