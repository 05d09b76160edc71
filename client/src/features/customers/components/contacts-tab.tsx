import { useEffect } from 'react';
import { Badge, Button, Card, Center, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/query-state';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import type { ContactDto, OverviewPersonDto } from '../api/c360-types';
import { contactChannelValues } from '@/api/schema';
import { useContacts, useCreateContact } from '../api/contacts';
import { orNull, ProductGroupSelect, useProductGroupNames } from './c360-shared';
import { FormProblems } from '@/components/form-problems';
import type { ClosedSet } from '@/api/types';
import { fieldErrors } from '@/api/problem';
import { RestrictionGroundSelect } from '@/features/persons';

type Props = { customerId: string; productGroupId: string; persons: OverviewPersonDto[] };

export function ContactsTab({ customerId, productGroupId, persons }: Props) {
  // Logging contacts is service work (serviceRecords.write: helpdesk, technicians, …).
  const canWrite = usePermission('serviceRecords.write');
  return (
    <Stack>
      {canWrite && <LogContactForm key={productGroupId} customerId={customerId} productGroupId={productGroupId} persons={persons} />}
      <ContactTimeline customerId={customerId} productGroupId={productGroupId} />
    </Stack>
  );
}

type Values = {
  channel: string;
  personId: string;
  productGroupId: string;
  topic: string;
  notes: string;
  outcome: string;
  followUpOn: string;
  restrictionGround: string;
};
const FIELDS = ['channel', 'personId', 'productGroupId', 'topic', 'notes', 'outcome', 'followUpOn', 'at', 'restrictionGround'] as const;

function LogContactForm({ customerId, productGroupId, persons }: Props) {
  const { t } = useTranslation();
  const create = useCreateContact();
  const defaults: Values = { channel: 'phoneIn', personId: '', productGroupId, topic: '', notes: '', outcome: '', followUpOn: '', restrictionGround: '' };
  const { register, handleSubmit, formState, setError, reset, getValues, setValue, control } = useForm<Values>({ defaultValues: defaults });
  // A consumer (or an organisation with one contact person): that person is the one calling.
  const onlyPerson = persons.length === 1 ? persons[0].id : '';
  useEffect(() => {
    if (onlyPerson && !getValues('personId')) setValue('personId', onlyPerson);
  }, [onlyPerson, getValues, setValue]);
  const unmatched = useServerErrors(create.error, setError, FIELDS, { at: 'topic' });
  const e = formState.errors;
  // The person's processing is restricted (Art. 18): the API refused without a ground of Art. 18(2), so one is asked.
  const ground = useWatch({ control, name: 'restrictionGround' });
  const asksGround = ground !== '' || 'restrictionGround' in fieldErrors(create.error);

  const submit = handleSubmit((v) =>
    create.mutate(
      {
        customerId,
        input: {
          channel: v.channel as ClosedSet<'ContactChannel'>,
          personId: v.personId || null,
          productGroupId: v.productGroupId || null,
          topic: v.topic.trim(),
          notes: orNull(v.notes),
          outcome: orNull(v.outcome),
          followUpOn: v.followUpOn || null,
          restrictionGround: v.restrictionGround ? (v.restrictionGround as ClosedSet<'RestrictionGround'>) : undefined,
        },
      },
      {
        onSuccess: () => {
          // Ready for the next call: same channel and group, the rest emptied.
          reset({ ...defaults, channel: getValues('channel'), productGroupId: getValues('productGroupId'), personId: onlyPerson });
          notifications.show({ color: 'teal', message: t('c360.contacts.saved') });
        },
      },
    ),
  );

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('c360.contacts.logTitle')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('c360.contacts.logTitle')}>
        <Stack gap="sm">
          <FormProblems error={create.error} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label={t('c360.contacts.channel')}
              error={e.channel?.message}
              data={contactChannelValues.map((c) => ({ value: c, label: t(`c360.channels.${c}`) }))}
              {...register('channel')}
            />
            <NativeSelect
              label={t('c360.contacts.person')}
              error={e.personId?.message}
              data={[
                { value: '', label: t('c360.none') },
                ...persons.map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
              ]}
              {...register('personId')}
            />
            <ProductGroupSelect
              label={t('c360.productGroup')}
              emptyLabel={t('c360.none')}
              error={e.productGroupId?.message}
              {...register('productGroupId')}
            />
          </SimpleGrid>
          <TextInput
            label={t('c360.contacts.topic')}
            required
            error={e.topic?.message}
            {...register('topic', { validate: (v) => v.trim() !== '' || t('validation.required') })}
          />
          <Textarea
            label={t('c360.contacts.notes')}
            description={t('c360.contacts.notesHint')}
            autosize
            minRows={2}
            error={e.notes?.message}
            {...register('notes')}
            onKeyDown={(ev) => {
              // Enter saves, as in the other fields; Shift+Enter starts a new line.
              if (ev.key === 'Enter' && !ev.shiftKey && !ev.nativeEvent.isComposing) {
                ev.preventDefault();
                void submit();
              }
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('c360.contacts.outcome')} error={e.outcome?.message} {...register('outcome')} />
            <TextInput label={t('c360.contacts.followUpOn')} type="date" error={e.followUpOn?.message} {...register('followUpOn')} />
          </SimpleGrid>
          {asksGround && <RestrictionGroundSelect error={e.restrictionGround?.message} {...register('restrictionGround')} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('c360.contacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function ContactTimeline({ customerId, productGroupId }: { customerId: string; productGroupId: string }) {
  const { t } = useTranslation();
  const { data, isLoading, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useContacts({ customerId, productGroupId });
  if (!data) return <QueryState isLoading={isLoading} error={error} />;
  const contacts = data.pages.flatMap((p) => p.items);
  const total = data.pages[0]?.totalCount ?? contacts.length;
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('c360.contacts.timeline')}
      </Title>
      {contacts.length === 0 ? (
        <Text c="dimmed">{t('c360.contacts.empty')}</Text>
      ) : (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('c360.contacts.timeline')}>
          {contacts.map((c) => (
            <ContactItem key={c.id} contact={c} />
          ))}
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        {t('c360.shownOf', { shown: contacts.length, total })}
      </Text>
      {hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void fetchNextPage()} loading={isFetchingNextPage}>
            {t('c360.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function ContactItem({ contact: c }: { contact: ContactDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useProductGroupNames();
  const meta = [c.personName, c.staffName && t('c360.contacts.by', { name: c.staffName }), groups.name(c.productGroupId)].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" data-contact-id={c.id}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>{c.topic}</Text>
          <Text size="sm" c="dimmed">
            {format.dateTime(c.at)} · {t(`c360.channels.${c.channel}`, c.channel)}
            {meta.length > 0 && ` · ${meta.join(' · ')}`}
          </Text>
        </div>
        {c.followUpOn && (
          <Badge variant="light" color="orange" style={{ flexShrink: 0 }}>
            {t('c360.contacts.followUpBadge', { date: format.date(c.followUpOn) })}
          </Badge>
        )}
      </Group>
      {c.notes && (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {c.notes}
        </Text>
      )}
      {c.outcome && (
        <Text size="sm" mt={4}>
          <strong>{t('c360.contacts.outcome')}:</strong> {c.outcome}
        </Text>
      )}
    </Paper>
  );
}
