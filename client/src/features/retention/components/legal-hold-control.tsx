import { useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/form-error';
import { hasPermission, useSession } from '@/lib/auth';
import { useLegalHolds, usePlaceHold } from '../api/retention';
import { LiftHoldModal } from './holds-section';

type Subject = { personId: string; customerId?: never } | { customerId: string; personId?: never };

/**
 * Where staff look (the person and the customer page): an "on legal hold" badge, and for the data protection officer (retention.manage,
 * as the API has it) "Hold" / "Lift hold". Others see nothing: the holds are read under that permission only.
 */
export function LegalHoldControl(subject: Subject) {
  const session = useSession();
  if (!hasPermission(session, 'retention.manage')) return null;
  return <HoldControl {...subject} />;
}

function HoldControl({ personId, customerId }: Subject) {
  const { t } = useTranslation();
  const { data } = useLegalHolds(false);
  const [placing, setPlacing] = useState(false);
  const [lifting, setLifting] = useState(false);
  const hold = data?.find((h) => (personId ? h.personId === personId : h.customerId === customerId));
  if (!data) return null;
  return (
    <Group gap="xs">
      {hold ? (
        <>
          <Badge color="grape" variant="filled" size="lg" title={hold.reason}>
            {t('retention.holds.onHold')}
          </Badge>
          <Button variant="default" color="orange" onClick={() => setLifting(true)}>
            {t('retention.holds.liftAction')}
          </Button>
        </>
      ) : (
        <Button variant="default" onClick={() => setPlacing(true)}>
          {t('retention.holds.holdAction')}
        </Button>
      )}
      {lifting && hold && <LiftHoldModal hold={hold} onClose={() => setLifting(false)} />}
      {placing && <PlaceHoldModal personId={personId} customerId={customerId} onClose={() => setPlacing(false)} />}
    </Group>
  );
}

function PlaceHoldModal({ personId, customerId, onClose }: { personId?: string; customerId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const place = usePlaceHold();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    place.mutate(
      { personId: personId ?? null, customerId: customerId ?? null, reason: reason.trim() },
      {
        onSuccess: (hold) => {
          notifications.show({ color: 'teal', message: t('retention.holds.placedSaved', { name: hold.subjectName }) });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('retention.holds.holdTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormError error={place.error} />
          <Textarea
            label={t('retention.holds.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
            value={reason}
            error={missing ? t('validation.required') : undefined}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={place.isPending}>
              {t('retention.holds.place')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
