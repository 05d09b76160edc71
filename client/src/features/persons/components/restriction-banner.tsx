import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonDto } from '@/api/types';
import { useFormat } from '@/lib/format';

/**
 * The marking of a restriction of processing (GDPR Art. 18), on every screen that shows or edits the
 * person: the data is only stored. Said in words (a labelled status region), not by colour alone.
 */
export function RestrictionBanner({ person }: { person: Pick<PersonDto, 'id' | 'processingRestricted' | 'restriction'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!person.processingRestricted) return null;
  const r = person.restriction;
  const titleId = `restriction-${person.id}-title`;
  return (
    <Alert
      color="red"
      variant="light"
      role="status"
      aria-labelledby={titleId}
      title={<span id={titleId}>{t('person.restriction.title')}</span>}
      data-testid="restriction-banner"
    >
      <Text size="sm">{t('person.restriction.text')}</Text>
      {r && (
        <Text size="sm" mt={4}>
          {t('person.restriction.reason', { reason: t(`requests.restrictionReasons.${r.reason}`) })}{' '}
          {r.until
            ? t('person.restriction.period', { from: format.date(r.from), until: format.date(r.until) })
            : t('person.restriction.since', { from: format.date(r.from) })}{' '}
          <Anchor component={Link} to={`/requests/${r.requestId}`} size="sm" underline="always">
            {t('person.restriction.requestLink')}
          </Anchor>
        </Text>
      )}
    </Alert>
  );
}
