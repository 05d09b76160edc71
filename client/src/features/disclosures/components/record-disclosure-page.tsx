import { useMemo } from 'react';
import { Alert, Anchor, Button, Card, Group, NativeSelect, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { RefusalAlert } from '@/components/refusal-alert';
import { legalBasisValues } from '@/api/schema';
import { PERSON_DATA_CATEGORIES, type PurposeDto, type RecipientDto } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { usePurposes } from '@/features/purposes';
import { useRecipients } from '@/features/recipients';
import { useRecordDisclosure } from '../api/disclosures';
import { DISCLOSURE_FIELDS, emptyDisclosure, foldIndexedErrors, splitPersonIds, toDisclosureInput, type DisclosureFormValues } from '../lib/disclosure-form';

/** Records a disclosure made by hand, e.g. to an authority with its legal reference. */
export function RecordDisclosurePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const purposes = usePurposes();
  const recipients = useRecipients();
  return (
    <Stack>
      <Anchor component={Link} to="/disclosures" size="sm">
        ← {t('disclosures.back')}
      </Anchor>
      <PageHeader title={t('disclosures.record')} />
      <Text c="dimmed" maw={760}>
        {t('disclosures.recordIntro')}
      </Text>
      {purposes.data && recipients.data ? (
        <RecordDisclosureForm purposes={purposes.data} recipients={recipients.data} initialRecipientId={params.get('recipientId') ?? ''} />
      ) : (
        <QueryState isLoading={purposes.isLoading || recipients.isLoading} error={purposes.error ?? recipients.error} />
      )}
    </Stack>
  );
}

const PERSON_SPLIT = [',', ' ', ';', '\n', '\t'];

function RecordDisclosureForm({
  purposes,
  recipients,
  initialRecipientId,
}: {
  purposes: PurposeDto[];
  recipients: RecipientDto[];
  initialRecipientId: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const record = useRecordDisclosure();
  const sorted = useMemo(() => [...recipients].sort((a, b) => a.name.localeCompare(b.name)), [recipients]);
  const { register, control, handleSubmit, formState, setError, setValue } = useForm<DisclosureFormValues>({
    defaultValues: emptyDisclosure(recipients.some((r) => r.id === initialRecipientId) ? initialRecipientId : ''),
  });
  const folded = useMemo(() => foldIndexedErrors(record.error), [record.error]);
  const unmatched = useServerErrors(folded, setError, DISCLOSURE_FIELDS);
  const e = formState.errors;
  const [recipientId, purposeCode, personIds] = useWatch({ control, name: ['recipientId', 'purpose', 'personIds'] });
  const recipient = sorted.find((r) => r.id === recipientId);
  const purpose = purposes.find((p) => p.code === purposeCode);
  const personCount = splitPersonIds(personIds).ids.length;
  const suggestions = [...new Set([...PERSON_DATA_CATEGORIES, ...(purpose?.dataCategories ?? []), ...(recipient?.dataCategories ?? [])])];

  const submit = handleSubmit((values) =>
    record.mutate(toDisclosureInput(values), {
      onSuccess: (d) => {
        notifications.show({ color: 'teal', message: t('disclosures.recorded', { count: d.personCount, recipient: d.recipientName }) });
        navigate(`/disclosures/${d.id}`);
      },
    }),
  );

  const recipientLabel = (r: RecipientDto) =>
    `${r.name} · ${t(`recipients.types.${r.type}`, r.type)} · ${r.country}${r.transferAllowed ? '' : ` · ${t('disclosures.refusedOption')}`}`;

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate aria-label={t('disclosures.record')}>
        <Stack>
          <RefusalAlert error={folded} unmatched={unmatched} />
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NativeSelect
              label={t('disclosures.recipient')}
              required
              autoFocus
              error={e.recipientId?.message}
              data={[{ value: '', label: t('disclosures.chooseRecipient') }, ...sorted.map((r) => ({ value: r.id, label: recipientLabel(r) }))]}
              {...register('recipientId', { validate: (v) => v !== '' || t('validation.required') })}
            />
            <NativeSelect
              label={t('disclosures.purpose')}
              required
              error={e.purpose?.message}
              data={[{ value: '', label: t('disclosures.choosePurpose') }, ...purposes.map((p) => ({ value: p.code, label: p.name }))]}
              {...register('purpose', {
                validate: (v) => v !== '' || t('validation.required'),
                // The purpose's own legal basis is the likely one; it can still be changed.
                onChange: (ev: { target: { value: string } }) => {
                  const basis = purposes.find((p) => p.code === ev.target.value)?.legalBasis;
                  if (basis) setValue('legalBasis', basis, { shouldValidate: formState.isSubmitted });
                },
              })}
            />
            <NativeSelect
              label={t('disclosures.legalBasis')}
              required
              error={e.legalBasis?.message}
              data={[{ value: '', label: t('disclosures.chooseLegalBasis') }, ...legalBasisValues.map((b) => ({ value: b, label: t(`disclosures.legalBases.${b}`) }))]}
              {...register('legalBasis', { validate: (v) => v !== '' || t('validation.required') })}
            />
          </SimpleGrid>
          {recipient && !recipient.transferAllowed && (
            <Alert color="yellow" variant="light" role="note">
              {t('disclosures.willBeRefused', { name: recipient.name, country: recipient.country })}
            </Alert>
          )}
          <Controller
            control={control}
            name="dataCategories"
            rules={{ validate: (v) => v.length > 0 || t('disclosures.categoriesRequired') }}
            render={({ field }) => (
              <TagsInput
                label={t('disclosures.dataCategories')}
                description={t('disclosures.dataCategoriesHint')}
                placeholder={field.value.length === 0 ? t('disclosures.tagsPlaceholder') : undefined}
                required
                data={suggestions}
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
          <Controller
            control={control}
            name="personIds"
            rules={{
              validate: (v) => {
                const { ids, invalid } = splitPersonIds(v);
                if (invalid.length > 0) return t('disclosures.notPersonIds', { values: invalid.join(', ') });
                return ids.length > 0 || t('disclosures.personsRequired');
              },
            }}
            render={({ field }) => (
              <TagsInput
                label={t('disclosures.personIds')}
                description={t('disclosures.personIdsHint', { count: personCount })}
                placeholder={field.value.length === 0 ? t('disclosures.personIdsPlaceholder') : undefined}
                required
                clearable
                splitChars={PERSON_SPLIT}
                spellCheck={false}
                maw={720}
                error={e.personIds?.message}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
              />
            )}
          />
          <TextInput
            label={t('disclosures.legalReference')}
            description={t('disclosures.legalReferenceHint')}
            autoComplete="off"
            maw={720}
            error={e.legalReference?.message}
            {...register('legalReference')}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('disclosures.recordButton')}
            </Button>
            <Button variant="default" component={Link} to="/disclosures">
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
