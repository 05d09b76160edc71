import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints the closing line CI reads: `e2e: N passed, N failed`. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private globalErrors = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed') return; // a retry follows
    if (result.status === 'passed') this.passed++;
    // No spec skips itself: a skipped test is one that did not run because the project it depends
    // on failed (playwright.config.ts), and counts as failed, so the total stays the same.
    else this.failed++;
  }

  onError() {
    this.globalErrors++;
  }

  onEnd(result: FullResult) {
    if (result.status !== 'passed' && this.failed === 0) this.failed = Math.max(1, this.globalErrors);
    process.stdout.write(`\ne2e: ${this.passed} passed, ${this.failed} failed\n`);
  }

  printsToStdio() {
    return true;
  }
}
