import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, PROBLEM_TYPES } from '@/api/problem';
import { FormProblems } from '@/components/form-problems';

/**
 * Above a disclosure form: a 409 answer (a refused disclosure, or another conflict such as an
 * empty selection) with the API's explanation shown prominently; anything else as FormProblems.
 */
export function RefusalAlert({ error, unmatched = [] }: { error: unknown; unmatched?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 409) {
    const refused = error.problem.type === PROBLEM_TYPES.disclosureRefused;
    return (
      <Alert color="red" role="alert" title={refused ? t('errors.disclosureRefused') : t('errors.notDone')} data-testid="refusal">
        <Text fw={600} data-testid="refusal-detail">
          {error.problem.detail || error.problem.title || t('errors.generic')}
        </Text>
        <Text size="sm" mt={4}>
          {t('errors.nothingDisclosed')}
        </Text>
      </Alert>
    );
  }
  return <FormProblems error={error} unmatched={unmatched} />;
}
