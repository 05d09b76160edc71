import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormError } from '@/components/form-error';
import { useClaimNonDisclosure } from '../api/non-disclosure';

/**
 * "The caller says they have a non-disclosure marking": staff cannot set the marking, they record the
 * claim; the address is hidden at once and the data protection officer decides.
 */
export function NonDisclosureClaimButton({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const claim = useClaimNonDisclosure();
  const close = () => {
    claim.reset();
    setNote('');
    setOpen(false);
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('nonDisclosure.claim')}
      </Button>
      {open && (
        <Modal opened onClose={close} title={t('nonDisclosure.claimTitle')} centered>
          <Stack gap="sm">
            <Text size="sm">{t('nonDisclosure.claimText')}</Text>
            <Textarea label={t('nonDisclosure.note')} autosize minRows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-autofocus />
            <FormError error={claim.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                loading={claim.isPending}
                onClick={() =>
                  claim.mutate(
                    { personId, note: note.trim() || null },
                    {
                      onSuccess: () => {
                        notifications.show({ color: 'teal', message: t('nonDisclosure.claimSaved') });
                        close();
                      },
                    },
                  )
                }
              >
                {t('nonDisclosure.claimConfirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
