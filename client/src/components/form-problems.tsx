import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { FormError } from '@/components/form-error';

/** Above a form: the validation summary (with messages no field took) or a general error. */
export function FormProblems({ error, unmatched }: { error: unknown; unmatched: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
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
  return <FormError error={error} />;
}
