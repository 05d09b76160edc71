import { Button, Card, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { accessLevelValues } from '@/api/schema';
import { type UpdateUserInput, type UserDto } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { useFormat } from '@/lib/format';
import { useUser } from '../api/get-user';
import { useUpdateUser } from '../api/update-user';
import { useResetPassword } from '../api/reset-password';

export function UserPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: user, isLoading, error } = useUser(id);
  const format = useFormat();
  if (!user) return <QueryState isLoading={isLoading} error={error} />;
  return (
    <Stack>
      <PageHeader title={`${user.displayName} (${user.username})`} />
      <Text size="sm" c="dimmed">
        {t('users.createdAt')}: {format.dateTime(user.createdAt)}
        {user.lockedUntil && new Date(user.lockedUntil) > new Date()
          ? ` · ${t('users.lockedUntil', { time: format.dateTime(user.lockedUntil) })}`
          : ''}
      </Text>
      <EditUserForm key={user.id} user={user} />
      <ResetPasswordForm id={user.id} />
    </Stack>
  );
}

function EditUserForm({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const { register, handleSubmit, formState, setError, control } = useForm<UpdateUserInput>({
    defaultValues: { displayName: user.displayName, accessLevel: user.accessLevel, enabled: user.enabled },
  });
  const unmatched = useServerErrors(update.error, setError, ['displayName', 'accessLevel', 'enabled']);
  const e = formState.errors;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="md">
        {t('users.editTitle')}
      </Title>
      <form
        noValidate
        aria-label={t('users.editTitle')}
        onSubmit={handleSubmit((input) =>
          update.mutate({ id: user.id, input }, { onSuccess: () => notifications.show({ color: 'teal', message: t('users.saved') }) }),
        )}
      >
        <Stack>
          <FormProblems error={update.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('users.displayName')} required error={e.displayName?.message} {...register('displayName', { required: t('validation.required') })} />
            <NativeSelect
              label={t('users.accessLevel')}
              error={e.accessLevel?.message}
              data={accessLevelValues.map((l) => ({ value: l, label: t(`accessLevels.${l}`) }))}
              {...register('accessLevel')}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <Switch
                label={t('users.enabled')}
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ResetPasswordForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const reset = useResetPassword();
  const { register, handleSubmit, formState, setError, reset: resetForm } = useForm<{ password: string }>({
    defaultValues: { password: '' },
  });
  const unmatched = useServerErrors(reset.error, setError, ['password']);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="md">
        {t('users.resetPassword')}
      </Title>
      <form
        noValidate
        aria-label={t('users.resetPassword')}
        onSubmit={handleSubmit(({ password }) =>
          reset.mutate(
            { id, password },
            {
              onSuccess: () => {
                resetForm();
                notifications.show({ color: 'teal', message: t('users.passwordReset') });
              },
            },
          ),
        )}
      >
        <Stack>
          <FormProblems error={reset.error} unmatched={unmatched} />
          <PasswordInput
            label={t('users.newPassword')}
            description={t('users.initialPasswordHint')}
            autoComplete="new-password"
            required
            w={360}
            maw="100%"
            error={formState.errors.password?.message}
            {...register('password', { required: t('validation.required') })}
          />
          <Group>
            <Button type="submit" color="orange" loading={reset.isPending}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
