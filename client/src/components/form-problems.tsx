import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { FormError } from '@/components/form-error';

/**
 * Above a form: the validation summary (with the messages no field took; useServerErrors puts the
 * others on their fields) or a general error. `shownElsewhere` lists statuses another alert shows
 * (e.g. 412 by ConflictAlert); `fallback` is the general message for anything that is not a 400.
 */
export function FormProblems({
  error,
  unmatched,
  shownElsewhere = [],
  fallback,
}: {
  error: unknown;
  unmatched: string[];
  shownElsewhere?: readonly number[];
  fallback?: string;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && shownElsewhere.includes(error.status)) return null;
  if (error instanceof ApiError && error.status === 400)
    return (
      <Alert color="red" role="alert" title={t('errors.validationTitle')}>
        {t('errors.validation')}
        {unmatched.length > 0 && (
          <List size="sm">
            {unmatched.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  return <FormError error={error} fallback={fallback} />;
}
