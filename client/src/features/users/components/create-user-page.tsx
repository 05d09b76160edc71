import { Button, Card, Group, NativeSelect, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { ApiError } from '@/api/problem';
import { accessLevelValues } from '@/api/schema';
import { type CreateUserInput } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { useCreateUser } from '../api/create-user';

const FIELDS = ['username', 'displayName', 'accessLevel', 'password'] as const;

export function CreateUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const { register, handleSubmit, formState, setError } = useForm<CreateUserInput>({
    defaultValues: { username: '', displayName: '', accessLevel: 'HelpdeskAgent', password: '' },
  });
  const unmatched = useServerErrors(create.error, setError, FIELDS);
  const e = formState.errors;
  const required = { required: t('validation.required') };

  return (
    <Stack>
      <PageHeader title={t('users.new')} />
      <Card withBorder>
        <form
          noValidate
          aria-label={t('users.new')}
          onSubmit={handleSubmit((v) =>
            create.mutate(v, {
              onSuccess: (u) => {
                notifications.show({ color: 'teal', message: t('users.created', { username: u.username }) });
                navigate('/users');
              },
            }),
          )}
        >
          <Stack>
            <FormProblems error={create.error} unmatched={unmatched} fallback={isStatus409(create.error) ? t('users.usernameTaken') : undefined} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('users.username')} required autoComplete="off" error={e.username?.message} {...register('username', required)} />
              <TextInput label={t('users.displayName')} required error={e.displayName?.message} {...register('displayName', required)} />
              <NativeSelect
                label={t('users.accessLevel')}
                error={e.accessLevel?.message}
                data={accessLevelValues.map((l) => ({ value: l, label: t(`accessLevels.${l}`) }))}
                {...register('accessLevel')}
              />
              <PasswordInput
                label={t('users.initialPassword')}
                description={t('users.initialPasswordHint')}
                required
                autoComplete="new-password"
                error={e.password?.message}
                {...register('password', required)}
              />
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('common.create')}
              </Button>
              <Button variant="default" onClick={() => navigate('/users')}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}

const isStatus409 = (error: unknown) => error instanceof ApiError && error.status === 409;
