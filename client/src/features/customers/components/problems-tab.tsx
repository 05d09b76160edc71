import { useState } from 'react';
import { ActionIcon, Badge, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/api/problem';
import { FormError } from '@/components/form-error';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import type { ClosedSet } from '@/api/types';
import { RestrictionGroundSelect } from '@/features/persons';
import type { ProblemDto } from '../api/c360-types';
import { problemStatusValues } from '@/api/schema';
import { useAddInterest, useInterests, useRemoveInterest } from '../api/interests';
import { useCreateProblem, useProblems, useUpdateProblem } from '../api/problems';
import { ProductGroupSelect, useProductGroupNames } from './c360-shared';
import { FormProblems } from '@/components/form-problems';
import { DataTable } from '@/components/data-table';

const PAGE_SIZE = 20;

type Props = { customerId: string; productGroupId: string };

export function ProblemsTab({ customerId, productGroupId }: Props) {
  return (
    <Stack gap="xl">
      <Problems customerId={customerId} productGroupId={productGroupId} />
      <Interests customerId={customerId} />
    </Stack>
  );
}

function Problems({ customerId, productGroupId }: Props) {
  const { t } = useTranslation();
  const canWrite = usePermission('serviceRecords.write');
  const format = useFormat();
  const groups = useProductGroupNames();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const { data, isLoading, error } = useProblems({ customerId, productGroupId, status, page, pageSize: PAGE_SIZE });
  const update = useUpdateProblem();

  const toggle = (p: ProblemDto) =>
    update.mutate(
      {
        customerId,
        problemId: p.id,
        input: { description: p.description, productGroupId: p.productGroupId, status: p.status === 'solved' ? 'open' : 'solved' },
      },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: t(saved.status === 'solved' ? 'c360.problems.markedSolved' : 'c360.problems.reopened'),
          }),
      },
    );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4">
          {t('c360.problems.title')}
        </Title>
        <NativeSelect
          label={t('c360.problems.status')}
          value={status}
          onChange={(e) => {
            setStatus(e.currentTarget.value);
            setPage(1);
          }}
          data={[
            { value: '', label: t('common.all') },
            ...problemStatusValues.map((s) => ({ value: s, label: t(`c360.problemStatus.${s}`) })),
          ]}
        />
      </Group>
      {canWrite && <NewProblemForm customerId={customerId} productGroupId={productGroupId} />}
      <FormError error={update.error} />
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.items.length === 0 ? (
          <Text c="dimmed">{t('c360.problems.empty')}</Text>
        ) : (
          <DataTable
            label={t('c360.problems.title')}
            striped
            rows={data.items}
            rowKey={(p) => p.id}
            columns={[
              { id: 'description', header: t('c360.problems.description'), cell: (p) => p.description },
              { id: 'productGroup', header: t('c360.productGroup'), cell: (p) => groups.name(p.productGroupId) || '–' },
              { id: 'reportedAt', header: t('c360.problems.reportedAt'), cell: (p) => format.dateTime(p.reportedAt) },
              {
                id: 'status',
                header: t('c360.problems.status'),
                cell: (p) => (
                  <>
                    <Badge variant="light" color={p.status === 'solved' ? 'teal' : 'orange'}>
                      {t(`c360.problemStatus.${p.status}`, p.status)}
                    </Badge>
                    {p.solvedAt && (
                      <Text size="xs" c="dimmed">
                        {format.dateTime(p.solvedAt)}
                      </Text>
                    )}
                  </>
                ),
              },
              ...(canWrite
                ? [
                    {
                      id: 'toggle',
                      header: '',
                      cell: (p: ProblemDto) => (
                        <Button
                          size="xs"
                          variant="light"
                          loading={update.isPending && update.variables?.problemId === p.id}
                          aria-label={`${t(p.status === 'solved' ? 'c360.problems.reopen' : 'c360.problems.markSolved')}: ${p.description}`}
                          onClick={() => toggle(p)}
                        >
                          {t(p.status === 'solved' ? 'c360.problems.reopen' : 'c360.problems.markSolved')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        ))}
      {data && data.totalCount > PAGE_SIZE && <Pager page={page} pageSize={PAGE_SIZE} totalCount={data.totalCount} onChange={setPage} />}
    </Stack>
  );
}

type ProblemValues = { description: string; productGroupId: string };

function NewProblemForm({ customerId, productGroupId }: Props) {
  const { t } = useTranslation();
  const create = useCreateProblem();
  const { register, handleSubmit, formState, setError, reset } = useForm<ProblemValues>({
    defaultValues: { description: '', productGroupId },
  });
  const unmatched = useServerErrors(create.error, setError, ['description', 'productGroupId']);
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    create.mutate(
      { customerId, input: { description: v.description.trim(), productGroupId: v.productGroupId || null, status: 'open' } },
      {
        onSuccess: () => {
          reset({ description: '', productGroupId: v.productGroupId });
          notifications.show({ color: 'teal', message: t('c360.problems.saved') });
        },
      },
    ),
  );
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('c360.problems.add')}>
        <Stack gap="sm">
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('c360.problems.description')}
              required
              error={e.description?.message}
              style={{ gridColumn: 'span 2' }}
              {...register('description', { validate: (v) => v.trim() !== '' || t('validation.required') })}
            />
            <ProductGroupSelect
              label={t('c360.productGroup')}
              emptyLabel={t('c360.none')}
              error={e.productGroupId?.message}
              {...register('productGroupId')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('c360.problems.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function Interests({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const canWrite = usePermission('serviceRecords.write');
  const { data, isLoading, error } = useInterests(customerId);
  const add = useAddInterest();
  const remove = useRemoveInterest();
  const [tag, setTag] = useState('');
  // The tag's validation message goes under the input; anything else above it.
  const addFieldErrors = fieldErrors(add.error);
  const addError = addFieldErrors.tag ?? Object.values(addFieldErrors).join(' ');
  // The person's processing is restricted (Art. 18): the API refused without a ground of Art. 18(2), so one is asked.
  const [ground, setGround] = useState('');
  const asksGround = ground !== '' || 'restrictionGround' in addFieldErrors;

  const submit = () => {
    const value = tag.trim();
    if (!value) return;
    const restrictionGround = ground ? (ground as ClosedSet<'RestrictionGround'>) : undefined;
    add.mutate({ customerId, input: { tag: value, restrictionGround } }, { onSuccess: () => { setTag(''); setGround(''); } });
  };

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('c360.interests.title')}
      </Title>
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed">{t('c360.interests.empty')}</Text>
        ) : (
          <Group gap="xs" role="list" aria-label={t('c360.interests.title')}>
            {data.map((i) => (
              <Badge
                key={i.id}
                role="listitem"
                size="lg"
                variant="light"
                tt="none"
                rightSection={
                  canWrite && (
                    <ActionIcon
                      size="xs"
                      variant="transparent"
                      aria-label={t('c360.interests.remove', { tag: i.tag })}
                      onClick={() => remove.mutate({ customerId, interestId: i.id })}
                    >
                      ×
                    </ActionIcon>
                  )
                }
              >
                {i.tag}
              </Badge>
            ))}
          </Group>
        ))}
      <FormError error={remove.error} />
      {add.error != null && !addError && <FormError error={add.error} />}
      {canWrite && (
        <Group align="flex-start">
          <TextInput
            label={t('c360.interests.tag')}
            value={tag}
            error={addError || undefined}
            onChange={(e) => setTag(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                submit();
              }
            }}
          />
          {asksGround && <RestrictionGroundSelect value={ground} onChange={(e) => setGround(e.currentTarget.value)} />}
          <Button mt={25} onClick={submit} loading={add.isPending}>
            {t('c360.interests.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
