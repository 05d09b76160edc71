import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClosedSet } from '@/api/types';

/** A colour for every kind of the API (the compiler holds the map complete against the generated type). */
const COLORS: Record<ClosedSet<'DisclosureKind'>, string> = { manual: 'gray', selectionHandover: 'grape', partnerRead: 'blue' };

/** How the data went: recorded by hand, a marketing selection handed over, or read by the partner's API client. */
export function KindBadge({ kind }: { kind: ClosedSet<'DisclosureKind'> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[kind] ?? 'gray'} tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
      {t(`disclosures.kinds.${kind}`, kind)}
    </Badge>
  );
}
