import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonDto } from '@/api/types';

/**
 * What the creation of a person warned of — a match with the suppression record of a person erased at
 * their request — shown prominently so that staff check before keeping the person.
 */
export function CreationWarnings({ warnings }: { warnings: PersonDto['warnings'] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="red" variant="outline" role="alert" title={t('person.warningsTitle')} data-testid="creation-warnings">
      <List size="sm">
        {warnings.map((w) => (
          <List.Item key={w}>{t(`person.warnings.${w}`)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
