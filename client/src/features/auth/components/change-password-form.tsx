import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError, fieldErrors } from '@/api/problem';
import { FormProblems } from '@/components/form-problems';
import { useServerErrors } from '@/lib/server-errors';
import { useChangePassword } from '../api/change-password';

type Values = { currentPassword: string; newPassword: string; repeatPassword: string };

const FIELDS = ['currentPassword', 'newPassword'] as const;
const hasFieldErrors = (err: ApiError) => Object.keys(fieldErrors(err)).length > 0;

export function ChangePasswordForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { register, handleSubmit, formState, setError } = useForm<Values>({
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  });

  const submit = handleSubmit((values) =>
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess },
    ),
  );
  const e = formState.errors;
  const err = change.error;
  const unmatched = useServerErrors(err, setError, FIELDS);
  // The API answers a wrong current password without field errors: that gets its own message.
  const wrongPassword = err instanceof ApiError && (err.status === 401 || (err.status === 400 && !hasFieldErrors(err)));

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.changePassword')}>
      <Stack>
        {wrongPassword ? (
          <Alert color="red" role="alert">
            {t('auth.currentPasswordWrong')}
          </Alert>
        ) : (
          <FormProblems error={err} unmatched={unmatched} />
        )}
        <PasswordInput
          label={t('auth.currentPassword')}
          autoComplete="current-password"
          autoFocus
          required
          error={e.currentPassword?.message || (e.currentPassword && t('validation.required'))}
          {...register('currentPassword', { required: true })}
        />
        <PasswordInput
          label={t('auth.newPassword')}
          autoComplete="new-password"
          required
          error={e.newPassword?.message}
          {...register('newPassword', { required: t('validation.required') })}
        />
        <PasswordInput
          label={t('auth.repeatPassword')}
          autoComplete="new-password"
          required
          error={e.repeatPassword?.message}
          {...register('repeatPassword', {
            required: t('validation.required'),
            validate: (value, all) => value === all.newPassword || t('auth.passwordsDiffer'),
          })}
        />
        <Button type="submit" loading={change.isPending}>
          {t('auth.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
