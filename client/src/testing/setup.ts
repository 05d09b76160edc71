import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '@/i18n';
import { session } from '@/api/session';

// Mantine needs these browser APIs that jsdom lacks.
const { getComputedStyle } = window;
window.getComputedStyle = (elt: Element) => getComputedStyle(elt);
window.HTMLElement.prototype.scrollIntoView = () => {};
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
class ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserver;
// Textarea autosize listens for web fonts loading.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });

// findBy*/waitFor wait 1 s by default; a page that needs two requests and a Mantine render can take longer on a
// busy 2-core CI runner (rights.test.tsx timed out there), so they wait up to 5 s. A test that should fail still fails.
configure({ asyncUtilTimeout: 5000 });

const originalFetch = globalThis.fetch;

beforeEach(async () => {
  localStorage.clear();
  sessionStorage.clear();
  session.signOut();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});
