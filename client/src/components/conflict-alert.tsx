import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a save answers 412: someone else changed the record since it was loaded. */
export function ConflictAlert({ message, onReload }: { message: string; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" role="alert" title={t('errors.conflictTitle')}>
      {message}{' '}
      <Button size="xs" variant="white" color="orange" onClick={onReload} ml="sm">
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
