import { defineConfig } from '@playwright/test';

// End-to-end tests against a running HsWorks (API + this SPA served from its wwwroot).
// Never downloads a browser: it uses Debian's chromium.
export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  // Each spec file creates its own users and data, so two files run at once (one worker each).
  // The retention spec applies the rules to the whole register (it may delete other specs' data)
  // and edits a rule for a while: it runs after all the others, alone.
  workers: 2,
  fullyParallel: false,
  projects: [
    { name: 'register', testIgnore: /retention\.spec\.ts$/ },
    { name: 'retention', testMatch: /retention\.spec\.ts$/, dependencies: ['register'] },
  ],
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./e2e/summary-reporter.ts']],
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: process.env.HSWORKS_URL ?? 'http://127.0.0.1:5080',
    locale: 'en-GB',
    viewport: { width: 1280, height: 860 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
