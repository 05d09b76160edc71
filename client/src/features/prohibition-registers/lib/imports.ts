// The import helpers every background import shares live in src/lib; the file date is this feature's own.
export { errorsShown, isRunning, progressPercent, STATUS_COLORS } from '@/lib/imports';

/** Today as yyyy-mm-dd in local time (the file date's default). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
