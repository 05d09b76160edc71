import { Button, Card, Checkbox, Fieldset, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isStatus } from '@/api/problem';
import { languageValues } from '@/api/schema';
import type { ControllerDto, ControllerInput } from '@/api/types';
import { ConflictAlert } from '@/components/conflict-alert';
import { FormProblems } from '@/components/form-problems';
import { useServerErrors } from '@/lib/server-errors';
import { useUpdateController } from '../api/settings';

const LINES = ['name', 'businessId', 'street', 'postalCode', 'city', 'phone', 'email', 'contactName', 'contactEmail', 'contactPhone'] as const;
const TEXTS = ['securityMeasures', 'provisionOfData', 'safeguardsCopy'] as const;
const FIELDS = [...LINES, ...TEXTS.flatMap((x) => languageValues.map((l) => `${x}.${l}`))];
const REQUIRED: readonly string[] = LINES.filter((l) => l !== 'contactPhone');

type Values = ControllerInput & { [K in (typeof LINES)[number]]: string };

const valuesOf = (c: ControllerDto): Values => ({
  ...c,
  contactPhone: c.contactPhone ?? '',
  securityMeasures: { ...c.securityMeasures },
  provisionOfData: { ...c.provisionOfData },
  safeguardsCopy: { ...c.safeguardsCopy },
});

/**
 * The controller's details and the privacy notice's maintained texts (each in fi, sv and en). Editable with controller.manage
 * (Administrator); others read the same form with every field read-only. A stale version (412) offers a reload.
 */
export function ControllerForm({ controller, canEdit, onReload }: { controller: ControllerDto; canEdit: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateController();
  const { register, handleSubmit, formState, setError } = useForm<Values>({ defaultValues: valuesOf(controller) });
  const unmatched = useServerErrors(update.error, setError, FIELDS);
  const e = formState.errors;
  const submit = handleSubmit((v) =>
    update.mutate(
      { version: controller.version, input: { ...v, contactPhone: v.contactPhone.trim() === '' ? null : v.contactPhone.trim() } },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('settings.controller.saved') }) },
    ),
  );

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('settings.controller.title')}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('settings.controller.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t(canEdit ? 'settings.controller.hint' : 'settings.controller.readOnly')}
          </Text>
          {isStatus(update.error, 412) && <ConflictAlert message={t('settings.controller.conflict')} onReload={onReload} />}
          <FormProblems error={update.error} unmatched={unmatched} shownElsewhere={[412]} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {LINES.map((field) => (
              <TextInput
                key={field}
                label={t(`settings.controller.${field}`)}
                required={REQUIRED.includes(field)}
                readOnly={!canEdit}
                maxLength={200}
                error={e[field]?.message}
                {...register(field, { validate: (v) => !REQUIRED.includes(field) || String(v).trim() !== '' || t('validation.required') })}
              />
            ))}
          </SimpleGrid>
          {TEXTS.map((text) => (
            <Fieldset key={text} legend={t(`settings.controller.${text}`)}>
              <Text size="xs" c="dimmed" mb="xs">
                {t(`settings.controller.${text}Hint`)}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                {languageValues.map((l) => (
                  <Textarea
                    key={l}
                    label={t(`languages.${l}`)}
                    required
                    readOnly={!canEdit}
                    autosize
                    minRows={3}
                    maxLength={4000}
                    error={e[text]?.[l]?.message}
                    {...register(`${text}.${l}`, { validate: (v) => v.trim() !== '' || t('validation.required') })}
                  />
                ))}
              </SimpleGrid>
            </Fieldset>
          ))}
          <Fieldset legend={t('settings.controller.populationRegister')}>
            <Text size="xs" c="dimmed" mb="xs" id="population-register-licence-hint">
              {t('settings.controller.populationRegisterHint')}
            </Text>
            <Checkbox
              label={t('settings.controller.populationRegisterDataToPartners')}
              disabled={!canEdit}
              aria-describedby="population-register-licence-hint"
              {...register('populationRegisterDataToPartners')}
            />
          </Fieldset>
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
