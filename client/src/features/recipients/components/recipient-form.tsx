import { useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TagsInput, TextInput, Title } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isStatus } from '@/api/problem';
import { FormProblems } from '@/components/form-problems';
import { recipientTypeValues, safeguardKindValues } from '@/api/schema';
import { PERSON_DATA_CATEGORIES, type RecipientDto } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { ConflictAlert } from '@/components/conflict-alert';
import { usePurposes } from '@/features/purposes';
import { useRegisterRecipient, useUpdateRecipient } from '../api/recipients';
import {
  emptyRecipient,
  normalizeCountry,
  outsideEea,
  RECIPIENT_FIELDS,
  recipientFormValues,
  toRecipientInput,
  type RecipientFormValues,
} from '../lib/recipients';

/**
 * Adds a recipient, or edits one (with the version it was read at: a stale one answers 412). For
 * a country outside the EU/EEA (a client-side hint only; the API decides) the transfer safeguard
 * fields appear. A taken name (409) goes under the name field; a refused webhook address under
 * the address, with the API's reason.
 */
export function RecipientForm({
  recipient,
  onSaved,
  onCancel,
  onReload,
}: {
  recipient?: RecipientDto;
  onSaved: (recipient: RecipientDto) => void;
  onCancel: () => void;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const create = useRegisterRecipient();
  const update = useUpdateRecipient();
  const save = recipient ? update : create;
  const purposes = usePurposes();
  const { register, control, handleSubmit, formState, setError } = useForm<RecipientFormValues>({
    defaultValues: recipient ? recipientFormValues(recipient) : emptyRecipient(),
  });
  const unmatched = useServerErrors(save.error, setError, RECIPIENT_FIELDS);
  const e = formState.errors;
  const conflict = (isStatus(save.error, 409) || isStatus(save.error, 412)) && unmatched.length === 0;
  const title = recipient ? t('recipients.editTitle') : t('recipients.add');
  const country = useWatch({ control, name: 'country' });
  const outside = outsideEea(country);
  const safeguardKind = useWatch({ control, name: 'transferSafeguard.kind' });
  const required = (v: string) => v.trim() !== '' || t('validation.required');

  const categorySuggestions = useMemo(
    () => [...new Set([...PERSON_DATA_CATEGORIES, ...(purposes.data ?? []).flatMap((p) => p.dataCategories)])],
    [purposes.data],
  );

  const submit = handleSubmit((values) => {
    const input = toRecipientInput(values);
    if (recipient) update.mutate({ id: recipient.id, version: recipient.version, input }, { onSuccess: onSaved });
    else create.mutate(input, { onSuccess: onSaved });
  });

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {title}
          </Title>
          {isStatus(save.error, 412) && <ConflictAlert message={t('recipients.conflict')} onReload={() => onReload?.()} />}
          {!conflict && <FormProblems error={save.error} unmatched={unmatched} />}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('recipients.name')}
              required
              autoFocus
              autoComplete="off"
              error={e.name?.message}
              {...register('name', { validate: required })}
            />
            <NativeSelect
              label={t('recipients.type')}
              description={t('recipients.typeHint')}
              required
              error={e.type?.message}
              data={recipientTypeValues.map((ty) => ({ value: ty, label: t(`recipients.types.${ty}`) }))}
              {...register('type')}
            />
            <TextInput
              label={t('recipients.businessId')}
              description={t('recipients.businessIdHint')}
              autoComplete="off"
              error={e.businessId?.message}
              {...register('businessId')}
            />
            <TextInput
              label={t('recipients.country')}
              description={t('recipients.countryHint')}
              required
              autoComplete="off"
              maxLength={2}
              styles={{ input: { textTransform: 'uppercase' } }}
              error={e.country?.message}
              {...register('country', {
                validate: (v) => (v.trim() === '' ? t('validation.required') : /^[A-Z]{2}$/.test(normalizeCountry(v)) || t('recipients.countryFormat')),
              })}
            />
            <TextInput
              label={t('recipients.contact')}
              description={t('recipients.contactHint')}
              autoComplete="off"
              error={e.contact?.message}
              {...register('contact')}
            />
            <TextInput
              label={t('recipients.webhookUrl')}
              description={t('recipients.webhookUrlHint')}
              type="url"
              autoComplete="off"
              error={e.webhookUrl?.message}
              {...register('webhookUrl')}
            />
            <TextInput
              label={t('recipients.agreementReference')}
              description={t('recipients.agreementReferenceHint')}
              required
              autoComplete="off"
              error={e.agreementReference?.message}
              {...register('agreementReference', { validate: required })}
            />
            <TextInput type="date" label={t('recipients.agreementDate')} error={e.agreementDate?.message} {...register('agreementDate')} />
          </SimpleGrid>

          {outside && (
            <Fieldset legend={t('recipients.safeguardTitle')} variant="filled" data-testid="safeguard-fields">
              <Stack gap="sm">
                <Alert color={safeguardKind ? 'blue' : 'yellow'} variant="light" role="note">
                  {t('recipients.safeguardHint', { country: normalizeCountry(country) })}
                </Alert>
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <NativeSelect
                    label={t('recipients.safeguardKind')}
                    error={e.transferSafeguard?.kind?.message}
                    data={[
                      { value: '', label: t('recipients.noSafeguard') },
                      ...safeguardKindValues.map((k) => ({ value: k, label: t(`recipients.safeguardKinds.${k}`) })),
                    ]}
                    {...register('transferSafeguard.kind', {
                      validate: (v, all) => v !== '' || all.transferSafeguard.reference.trim() === '' || t('recipients.safeguardKindRequired'),
                    })}
                  />
                  <TextInput
                    label={t('recipients.safeguardReference')}
                    description={t('recipients.safeguardReferenceHint')}
                    required={Boolean(safeguardKind)}
                    autoComplete="off"
                    error={e.transferSafeguard?.reference?.message}
                    {...register('transferSafeguard.reference', {
                      validate: (v, all) => !all.transferSafeguard.kind || v.trim() !== '' || t('validation.required'),
                    })}
                  />
                </SimpleGrid>
              </Stack>
            </Fieldset>
          )}

          <Controller
            control={control}
            name="purposes"
            render={({ field }) => (
              <Checkbox.Group
                label={t('recipients.purposes')}
                description={t('recipients.purposesHint')}
                error={e.purposes?.message}
                value={field.value}
                onChange={field.onChange}
              >
                <Group mt={6} gap="sm">
                  {(purposes.data ?? []).map((p) => (
                    <Checkbox key={p.code} value={p.code} label={p.name} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={control}
            name="dataCategories"
            render={({ field }) => (
              <TagsInput
                label={t('recipients.dataCategories')}
                description={t('recipients.dataCategoriesHint')}
                placeholder={field.value.length === 0 ? t('recipients.tagsPlaceholder') : undefined}
                data={categorySuggestions}
                clearable
                splitChars={[',', ' ']}
                maw={720}
                error={e.dataCategories?.message}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
