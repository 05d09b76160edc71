import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { useLogin, type LoginInput } from '../api/login';
import type { LoginResult } from '@/api/types';

export function SignInForm({ onSuccess }: { onSuccess: (result: LoginResult) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm<LoginInput>({ defaultValues: { username: '', password: '' } });

  const submit = handleSubmit((values) => login.mutate(values, { onSuccess }));
  const error = login.error;

  return (
    <form onSubmit={submit} noValidate aria-label={t('auth.signIn')}>
      <Stack>
        {error && (
          <Alert color="red" role="alert">
            {error instanceof ApiError && (error.status === 401 || error.status === 400)
              ? t('auth.invalidCredentials')
              : error instanceof ApiError && (error.status === 429 || error.status === 503)
                ? t('auth.tooManyAttempts')
                : t('auth.signInFailed')}
          </Alert>
        )}
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          autoFocus
          required
          error={formState.errors.username && t('validation.required')}
          {...register('username', { required: true })}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          error={formState.errors.password && t('validation.required')}
          {...register('password', { required: true })}
        />
        <Button type="submit" loading={login.isPending}>
          {t('auth.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
