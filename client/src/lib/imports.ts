import type { ClosedSet } from '@/api/types';

/** What every background import of the API answers while it runs and when it ends (prohibition registers, Population Register). */
type ImportLike = { status: ClosedSet<'ImportStatus'>; phase?: string | null; progress?: number | null };

export const isRunning = (i: Pick<ImportLike, 'status'>) => i.status === 'running';

/** 0–100 for the progress bar; null while there is no fraction to show (queued, or the API gave none). */
export function progressPercent(i: ImportLike): number | null {
  if (i.status === 'completed') return 100;
  if (i.status !== 'running' || i.progress === null || i.progress === undefined || i.phase === 'queued') return null;
  return Math.round(Math.min(1, Math.max(0, i.progress)) * 1000) / 10;
}

/** A colour for every import status of the API (held complete against the generated type). */
export const STATUS_COLORS: Record<ClosedSet<'ImportStatus'>, string> = { running: 'blue', completed: 'teal', failed: 'red' };

/** How many bad lines the answer lists out of how many there were (the API lists only the first ones). */
export function errorsShown(i: { errors: unknown[]; errorCount: number }): { shown: number; total: number; truncated: boolean } {
  const shown = i.errors.length;
  const total = Math.max(i.errorCount, shown);
  return { shown, total, truncated: shown < total };
}
