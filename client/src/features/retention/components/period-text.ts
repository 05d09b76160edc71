import { useTranslation } from 'react-i18next';
import type { ClosedSet } from '@/api/types';

/** "6 months", "3 years": a period in words, plural by the count. */
export function usePeriodText() {
  const { t } = useTranslation();
  return (period: number, unit: ClosedSet<'PeriodUnit'>) => t(`retention.periods.${unit}`, { count: period });
}
