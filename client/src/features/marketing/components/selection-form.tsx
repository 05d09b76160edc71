import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { QueryState } from '@/components/query-state';
import { customerTypeValues, languageValues } from '@/api/schema';
import { MARKETING_CHANNELS, type MarketingSelectionInput, type PurposeDto } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { useProductGroups } from '@/features/customers';
import { usePurposes } from '@/features/purposes';
import { emptySelection, foldListErrors, SELECTION_FIELDS, toSelectionInput, type SelectionFormValues } from '../lib/selection-form';

/** Marketing purposes only (the API refuses the others), in the order the API lists them. */
export const marketingPurposes = (purposes: PurposeDto[] | undefined) => (purposes ?? []).filter((p) => p.isMarketing);

/**
 * A new selection: name, a marketing purpose, one channel, and the optional criteria. Field errors
 * of the API's 400 answer go under their inputs; list items' errors under the list.
 */
type FormProps = {
  error: unknown;
  pending: boolean;
  onSubmit: (input: MarketingSelectionInput) => void;
  onCancel: () => void;
};

/** The purposes are loaded first, so that the purpose select starts on a real option. */
export function SelectionForm(props: FormProps) {
  const purposes = usePurposes();
  if (!purposes.data) return <QueryState isLoading={purposes.isLoading} error={purposes.error} />;
  return <SelectionFormFields {...props} marketing={marketingPurposes(purposes.data)} />;
}

function SelectionFormFields({ error, pending, onSubmit, onCancel, marketing }: FormProps & { marketing: PurposeDto[] }) {
  const { t } = useTranslation();
  const groups = useProductGroups();
  const [sent, setSent] = useState<MarketingSelectionInput | null>(null);
  const { register, control, handleSubmit, formState, setError } = useForm<SelectionFormValues>({
    defaultValues: { ...emptySelection(), purpose: marketing.some((p) => p.code === 'ownMarketing') ? 'ownMarketing' : (marketing[0]?.code ?? '') },
  });
  const folded = useMemo(() => foldListErrors(error, sent), [error, sent]);
  const unmatched = useServerErrors(folded, setError, SELECTION_FIELDS);
  const e = formState.errors;
  const c = e.criteria;

  const submit = handleSubmit((values) => {
    const input = toSelectionInput(values);
    setSent(input);
    onSubmit(input);
  });

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('marketing.new')}>
        <Stack>
          <FormProblems error={folded} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput
              label={t('marketing.name')}
              description={t('marketing.nameHint')}
              required
              autoFocus
              autoComplete="off"
              error={e.name?.message}
              {...register('name', { validate: (v) => v.trim() !== '' || t('validation.required') })}
            />
            <NativeSelect
              label={t('marketing.purpose')}
              description={t('marketing.purposeHint')}
              required
              error={e.purpose?.message}
              data={marketing.map((p) => ({ value: p.code, label: p.name }))}
              {...register('purpose')}
            />
            <NativeSelect
              label={t('marketing.channel')}
              description={t('marketing.channelHint')}
              required
              error={e.channel?.message}
              data={MARKETING_CHANNELS.map((ch) => ({ value: ch, label: t(`consents.channels.${ch}`) }))}
              {...register('channel')}
            />
          </SimpleGrid>

          <Fieldset legend={t('marketing.criteria')} variant="filled">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('marketing.criteriaHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <Controller
                  control={control}
                  name="criteria.productGroupIds"
                  render={({ field }) => (
                    <MultiSelect
                      label={t('marketing.productGroups')}
                      description={t('marketing.productGroupsHint')}
                      placeholder={field.value.length === 0 ? t('marketing.any') : undefined}
                      data={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))}
                      searchable
                      clearable
                      nothingFoundMessage={t('common.noRows')}
                      error={c?.productGroupIds?.message}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="criteria.interests"
                  render={({ field }) => (
                    <TagsInput
                      label={t('marketing.interests')}
                      description={t('marketing.interestsHint')}
                      placeholder={field.value.length === 0 ? t('marketing.tagsPlaceholder') : undefined}
                      clearable
                      splitChars={[',']}
                      error={c?.interests?.message}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  )}
                />
                <Controller
                  control={control}
                  name="criteria.postalCodePrefixes"
                  render={({ field }) => (
                    <TagsInput
                      label={t('marketing.postalCodePrefixes')}
                      description={t('marketing.postalCodePrefixesHint')}
                      placeholder={field.value.length === 0 ? t('marketing.tagsPlaceholder') : undefined}
                      clearable
                      splitChars={[',', ' ']}
                      inputMode="numeric"
                      error={c?.postalCodePrefixes?.message}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  )}
                />
                <NativeSelect
                  label={t('marketing.customerType')}
                  description={t('marketing.customerTypeHint')}
                  error={c?.customerType?.message}
                  data={[
                    { value: '', label: t('marketing.any') },
                    ...customerTypeValues.map((ty) => ({ value: ty, label: t(`customer.types.${ty}`) })),
                  ]}
                  {...register('criteria.customerType')}
                />
              </SimpleGrid>
              <Controller
                control={control}
                name="criteria.languages"
                render={({ field }) => (
                  <Checkbox.Group
                    label={t('marketing.languages')}
                    description={t('marketing.languagesHint')}
                    error={c?.languages?.message}
                    value={field.value}
                    onChange={field.onChange}
                  >
                    <Group mt={6}>
                      {languageValues.map((l) => (
                        <Checkbox key={l} value={l} label={t(`languages.${l}`)} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
                <TextInput
                  type="date"
                  label={t('marketing.purchasedFrom')}
                  error={c?.purchasedFrom?.message}
                  {...register('criteria.purchasedFrom')}
                />
                <TextInput type="date" label={t('marketing.purchasedTo')} error={c?.purchasedTo?.message} {...register('criteria.purchasedTo')} />
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Group>
            <Button type="submit" loading={pending}>
              {t('marketing.saveAndPreview')}
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
