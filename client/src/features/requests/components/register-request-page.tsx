import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { FormProblems } from '@/components/form-problems';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { requestChannelValues, requestTypeValues } from '@/api/schema';
import type { PersonDto, RequestReceipt } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { usePerson } from '@/features/persons';
import { useRegisterRequest } from '../api/requests';
import { emptyRegisterForm, REGISTER_FIELDS, toRequestInput, type RegisterFormValues } from '../lib/register-form';

/**
 * Registers a data subject's request as it arrived — a call, a letter — so that it is never lost.
 * Everyone who talks to customers may; the answer is a receipt with the due date, nothing more.
 * From a person's page (?personId=) the requester starts as the register knows the person.
 */
export function RegisterRequestPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const personId = params.get('personId') ?? '';
  const [receipt, setReceipt] = useState<RequestReceipt | null>(null);
  const [round, setRound] = useState(0);

  return (
    <Stack>
      <PageHeader title={t('requests.registerTitle')} />
      <Text c="dimmed" maw={760}>
        {t('requests.registerIntro')}
      </Text>
      {receipt ? (
        <Receipt
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setRound((n) => n + 1);
          }}
        />
      ) : personId ? (
        <FromPerson personId={personId} key={round} onRegistered={setReceipt} />
      ) : (
        <RegisterForm key={round} onRegistered={setReceipt} />
      )}
    </Stack>
  );
}

function FromPerson({ personId, onRegistered }: { personId: string; onRegistered: (r: RequestReceipt) => void }) {
  const person = usePerson(personId);
  if (!person.data) return <QueryState isLoading={person.isLoading} error={person.error} />;
  return <RegisterForm person={person.data} onRegistered={onRegistered} />;
}

function RegisterForm({ person, onRegistered }: { person?: PersonDto; onRegistered: (r: RequestReceipt) => void }) {
  const { t } = useTranslation();
  const registerRequest = useRegisterRequest();
  const { register, handleSubmit, formState, setError } = useForm<RegisterFormValues>({ defaultValues: emptyRegisterForm(person) });
  const unmatched = useServerErrors(registerRequest.error, setError, REGISTER_FIELDS);
  const e = formState.errors;
  const required = { validate: (v: string) => v.trim() !== '' || t('validation.required') };

  const submit = handleSubmit((values) => registerRequest.mutate(toRequestInput(values), { onSuccess: onRegistered }));

  return (
    <Card withBorder maw={900}>
      <form onSubmit={submit} noValidate aria-label={t('requests.registerTitle')}>
        <Stack>
          <FormProblems error={registerRequest.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('requests.type')}
              required
              autoFocus
              error={e.type?.message}
              data={[{ value: '', label: t('requests.chooseType') }, ...requestTypeValues.map((v) => ({ value: v, label: t(`requests.types.${v}`) }))]}
              {...register('type', required)}
            />
            <NativeSelect
              label={t('requests.channel')}
              required
              error={e.channel?.message}
              data={[{ value: '', label: t('requests.chooseChannel') }, ...requestChannelValues.map((v) => ({ value: v, label: t(`requests.channels.${v}`) }))]}
              {...register('channel', required)}
            />
            <TextInput
              type="datetime-local"
              label={t('requests.receivedAt')}
              description={t('requests.receivedAtHint')}
              required
              error={e.receivedAt?.message}
              {...register('receivedAt', required)}
            />
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('requests.requesterAsGiven')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('requests.requesterName')} required autoComplete="off" maxLength={200} error={e.requester?.name?.message} {...register('requester.name', required)} />
            <TextInput label={t('requests.requesterEmail')} type="email" autoComplete="off" maxLength={254} error={e.requester?.email?.message} {...register('requester.email')} />
            <TextInput label={t('requests.requesterPhone')} type="tel" autoComplete="off" maxLength={50} error={e.requester?.phone?.message} {...register('requester.phone')} />
          </SimpleGrid>
          <Textarea label={t('requests.requesterAddress')} autosize minRows={2} maxLength={500} error={e.requester?.address?.message} {...register('requester.address')} />
          <Textarea
            label={t('requests.requesterNote')}
            description={t('requests.requesterNoteHint')}
            autosize
            minRows={3}
            maxLength={2000}
            error={e.requester?.note?.message}
            {...register('requester.note')}
          />
          <Group>
            <Button type="submit" loading={registerRequest.isPending}>
              {t('requests.registerButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** What the one who registered gets back: that it is on record, and its due date. */
function Receipt({ receipt, onAnother }: { receipt: RequestReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = usePermission('requests.manage');
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: the keyboard and the screen reader go on from the receipt.
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card withBorder maw={900} data-testid="request-receipt">
      <Stack>
        <Title order={2} size="h4" ref={heading} tabIndex={-1}>
          {t('requests.receiptTitle')}
        </Title>
        <Text>{t('requests.receiptText', { due: format.date(receipt.dueOn) })}</Text>
        <DetailList
          items={[
            { label: t('requests.reference'), value: receipt.id },
            { label: t('requests.type'), value: t(`requests.types.${receipt.type}`) },
            { label: t('requests.channel'), value: t(`requests.channels.${receipt.channel}`) },
            { label: t('requests.receivedAt'), value: format.dateTime(receipt.receivedAt) },
            { label: t('requests.dueOn'), value: format.date(receipt.dueOn) },
            { label: t('requests.status'), value: t(`requests.statuses.${receipt.status}`) },
          ]}
        />
        <Group>
          {canManage && (
            <Anchor component={Link} to={`/requests/${receipt.id}`}>
              {t('requests.openRequest')}
            </Anchor>
          )}
          <Button variant="default" onClick={onAnother}>
            {t('requests.registerAnother')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
