import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';

/** Loading spinner or error for a query that has no data yet. */
export function QueryState({ isLoading, error }: { isLoading: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (isLoading)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  if (error) {
    const status = error instanceof ApiError ? error.status : 0;
    return (
      <Alert color="red" role="alert" title={t('errors.title')}>
        {status === 404 ? t('errors.notFound') : status === 403 ? t('errors.forbidden') : t('errors.generic')}
      </Alert>
    );
  }
  return null;
}
