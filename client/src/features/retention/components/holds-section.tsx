import { useState } from 'react';
import { Button, Card, Checkbox, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LegalHoldDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/form-error';
import { FormProblems } from '@/components/form-problems';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useLegalHolds, useLiftHold, usePlaceHold } from '../api/retention';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Legal holds: retention removes nothing of a held person's or customer's data until the hold is lifted. */
export function HoldsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [includeLifted, setIncludeLifted] = useState(false);
  const [adding, setAdding] = useState(false);
  const [lifting, setLifting] = useState<LegalHoldDto | null>(null);
  const { data, isLoading, error } = useLegalHolds(includeLifted);

  return (
    <section aria-labelledby="retention-holds">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="retention-holds">
          {t('retention.holds.title')}
        </Title>
        {!adding && <Button onClick={() => setAdding(true)}>{t('retention.holds.add')}</Button>}
      </Group>
      <Text c="dimmed" size="sm" mb="xs" maw={820}>
        {t('retention.holds.intro')}
      </Text>
      {adding && <AddHoldForm onDone={() => setAdding(false)} />}
      <Checkbox my="xs" label={t('retention.holds.includeLifted')} checked={includeLifted} onChange={(e) => setIncludeLifted(e.currentTarget.checked)} />
      <DataTable
        label={t('retention.holds.title')}
        withTableBorder
        verticalSpacing="sm"
        minWidth={760}
        rows={data}
        isLoading={isLoading}
        error={error}
        emptyText={t('retention.holds.empty')}
        rowKey={(h) => h.id}
        rowProps={(h) => ({ 'data-hold-id': h.id, c: h.liftedAt ? 'dimmed' : undefined })}
        columns={[
          {
            id: 'subject',
            header: t('retention.holds.subject'),
            rowHeader: true,
            cell: (h) => (
              <>
                {h.subjectName}
                <Text size="xs" c="dimmed">
                  {t(h.personId ? 'retention.holds.person' : 'retention.holds.customer')}
                </Text>
              </>
            ),
          },
          { id: 'reason', header: t('retention.holds.reason'), cell: (h) => h.reason },
          { id: 'placed', header: t('retention.holds.placed'), cell: (h) => `${format.dateTime(h.placedAt)} · ${h.placedBy}` },
          {
            id: 'state',
            header: t('retention.holds.state'),
            cell: (h) =>
              h.liftedAt ? (
                t('retention.holds.liftedOn', { at: format.dateTime(h.liftedAt), by: h.liftedBy })
              ) : (
                <Button size="compact-sm" variant="light" color="orange" onClick={() => setLifting(h)} aria-label={t('retention.holds.liftLabel', { name: h.subjectName })}>
                  {t('retention.holds.lift')}
                </Button>
              ),
          },
        ]}
      />
      {lifting && <LiftHoldModal hold={lifting} onClose={() => setLifting(null)} />}
    </section>
  );
}

type HoldValues = { id: string; reason: string };

function AddHoldForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const place = usePlaceHold();
  // A hold is for a person or for a customer: the id names one of them.
  const [forCustomer, setForCustomer] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm<HoldValues>({ defaultValues: { id: '', reason: '' } });
  const unmatched = useServerErrors(place.error, setError, ['id', 'reason'], { personId: 'id', customerId: 'id' });
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    place.mutate(
      { personId: forCustomer ? null : v.id.trim(), customerId: forCustomer ? v.id.trim() : null, reason: v.reason.trim() },
      {
        onSuccess: (hold) => {
          notifications.show({ color: 'teal', message: t('retention.holds.placedSaved', { name: hold.subjectName }) });
          onDone();
        },
      },
    ),
  );
  return (
    <Card withBorder mb="sm">
      <form onSubmit={submit} noValidate aria-label={t('retention.holds.add')}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t('retention.holds.add')}
          </Title>
          <FormProblems error={place.error} unmatched={unmatched} />
          <SegmentedControl
            w="fit-content"
            aria-label={t('retention.holds.subjectKind')}
            value={forCustomer ? 'customer' : 'person'}
            onChange={(v) => setForCustomer(v === 'customer')}
            data={[
              { value: 'person', label: t('retention.holds.person') },
              { value: 'customer', label: t('retention.holds.customer') },
            ]}
          />
          <TextInput
            label={t(forCustomer ? 'retention.holds.customerId' : 'retention.holds.personId')}
            description={t('retention.holds.idHelp')}
            required
            autoFocus
            autoComplete="off"
            maxLength={36}
            maw={420}
            error={e.id?.message}
            {...register('id', { validate: (v) => UUID.test(v.trim()) || t('retention.holds.idInvalid') })}
          />
          <Textarea
            label={t('retention.holds.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            maw={620}
            error={e.reason?.message}
            {...register('reason', { validate: (v) => v.trim() !== '' || t('validation.required') })}
          />
          <Group>
            <Button type="submit" loading={place.isPending}>
              {t('retention.holds.place')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export function LiftHoldModal({ hold, onClose }: { hold: LegalHoldDto; onClose: () => void }) {
  const { t } = useTranslation();
  const lift = useLiftHold();
  return (
    <Modal opened onClose={onClose} title={t('retention.holds.liftTitle')} centered>
      <Stack gap="sm">
        <Text>{t('retention.holds.liftConfirm', { name: hold.subjectName })}</Text>
        <FormError error={lift.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={lift.isPending}
            onClick={() =>
              lift.mutate(hold.id, {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('retention.holds.liftedSaved') });
                  onClose();
                },
              })
            }
          >
            {t('retention.holds.lift')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
