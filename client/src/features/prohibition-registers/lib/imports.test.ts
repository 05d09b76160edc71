import { describe, expect, it } from 'vitest';
import { errorsShown, isRunning, progressPercent, todayIso } from './imports';

describe('import helpers', () => {
  it('gives the progress bar a percentage only when there is a fraction', () => {
    expect(progressPercent({ status: 'running', phase: 'reading', progress: 0.4567 })).toBe(45.7);
    expect(progressPercent({ status: 'running', phase: 'matching', progress: 1.2 })).toBe(100);
    expect(progressPercent({ status: 'running', phase: 'queued', progress: 0 })).toBeNull();
    expect(progressPercent({ status: 'running', phase: 'reading', progress: null })).toBeNull();
    expect(progressPercent({ status: 'completed', phase: null, progress: null })).toBe(100);
    expect(progressPercent({ status: 'failed', phase: null, progress: null })).toBeNull();
    expect(isRunning({ status: 'running' })).toBe(true);
    expect(isRunning({ status: 'failed' })).toBe(false);
  });

  it('tells when the API listed only the first bad lines', () => {
    const errors = [{ line: 3, message: 'x', code: 'importNoValues' }];
    expect(errorsShown({ errors, errorCount: 1 })).toEqual({ shown: 1, total: 1, truncated: false });
    expect(errorsShown({ errors, errorCount: 250 })).toEqual({ shown: 1, total: 250, truncated: true });
  });

  it('formats today in local time', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
