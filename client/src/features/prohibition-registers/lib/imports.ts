import type { ClosedSet, RegisterImportDto } from '@/api/types';

export const isRunning = (i: Pick<RegisterImportDto, 'status'>) => i.status === 'running';

/** 0–100 for the progress bar; null while there is no fraction to show (queued, or the API gave none). */
export function progressPercent(i: Pick<RegisterImportDto, 'status' | 'phase' | 'progress'>): number | null {
  if (i.status === 'completed') return 100;
  if (i.status !== 'running' || i.progress === null || i.progress === undefined || i.phase === 'queued') return null;
  return Math.round(Math.min(1, Math.max(0, i.progress)) * 1000) / 10;
}

/** A colour for every import status of the API (held complete against the generated type). */
export const STATUS_COLORS: Record<ClosedSet<'ImportStatus'>, string> = { running: 'blue', completed: 'teal', failed: 'red' };

/** Today as yyyy-mm-dd in local time (the file date's default). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** How many bad lines the answer lists out of how many there were (the API lists only the first ones). */
export function errorsShown(i: Pick<RegisterImportDto, 'errors' | 'errorCount'>): { shown: number; total: number; truncated: boolean } {
  const shown = i.errors.length;
  const total = Math.max(i.errorCount, shown);
  return { shown, total, truncated: shown < total };
}
