import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';

/** A general (not field-bound) error from the API, shown above a form. */
export function FormError({ error, fallback }: { error: unknown; fallback?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  let message = fallback ?? t('errors.generic');
  if (error instanceof ApiError) {
    if (error.status === 403) message = t('errors.forbidden');
    else if (error.status === 404) message = t('errors.notFound');
    else if (error.problem.detail || error.problem.title) message = `${fallback ?? t('errors.generic')} ${error.problem.detail ?? error.problem.title}`;
  }
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {message}
    </Alert>
  );
}
