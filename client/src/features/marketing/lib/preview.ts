import { exclusionReasonValues } from '@/api/schema';
import type { SelectionPreviewDto } from '@/api/types';

export type ExclusionRow = { reason: string; count: number; known: boolean };

export type PreviewSummary = {
  included: number;
  excluded: number;
  /** Everyone the criteria found: included + excluded. */
  candidates: number;
  /** Every reason in the API's order (the first that applies counts), then any reason this UI does not know yet. */
  rows: ExclusionRow[];
};

/** The preview as the table shows it: every known reason (missing ones as 0), in the order the API applies them. */
export function summarizePreview(preview: SelectionPreviewDto): PreviewSummary {
  const excluded: Record<string, number | undefined> = preview.excluded ?? {};
  const known: readonly string[] = exclusionReasonValues;
  const rows: ExclusionRow[] = [
    ...exclusionReasonValues.map((reason) => ({ reason, count: Number(excluded[reason] ?? 0), known: true })),
    ...Object.keys(excluded)
      .filter((reason) => !known.includes(reason))
      .sort()
      .map((reason) => ({ reason, count: Number(excluded[reason] ?? 0), known: false })),
  ];
  const excludedTotal = rows.reduce((sum, row) => sum + row.count, 0);
  const included = Number(preview.included ?? 0);
  return { included, excluded: excludedTotal, candidates: included + excludedTotal, rows };
}
