import { Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { PRODUCT_GROUPS, type ClosedSet, type CustomerDto, type CustomerInput } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { PersonPicker } from './person-picker';

type Values = {
  type: ClosedSet<'CustomerType'>;
  name: string;
  businessId: string;
  personId: string;
  personName: string;
  customerSince: string;
  relationshipEndedOn: string;
  productGroups: string[];
};

const FIELDS = ['type', 'name', 'businessId', 'personId', 'customerSince', 'relationshipEndedOn', 'productGroups'] as const;

type Props = {
  customer?: CustomerDto;
  onSubmit: (input: CustomerInput) => void;
  onCancel?: () => void;
  error: unknown;
  pending: boolean;
  submitLabel: string;
};

export function CustomerForm({ customer, onSubmit, onCancel, error, pending, submitLabel }: Props) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState, setError, control, setValue } = useForm<Values>({
    defaultValues: {
      type: customer?.type ?? 'organisation',
      name: customer?.name ?? '',
      businessId: customer?.businessId ?? '',
      personId: customer?.personId ?? '',
      personName: customer?.type === 'consumer' ? (customer?.name ?? '') : '',
      customerSince: customer?.customerSince ?? '',
      relationshipEndedOn: customer?.relationshipEndedOn ?? '',
      productGroups: customer?.productGroups ?? [],
    },
  });
  const unmatched = useServerErrors(error, setError, FIELDS);
  const e = formState.errors;
  const type = useWatch({ control, name: 'type' });
  const personName = useWatch({ control, name: 'personName' });

  const submit = handleSubmit((v) => {
    if (v.type === 'consumer' && !v.personId) {
      setError('personId', { type: 'required', message: t('customer.personRequired') });
      return;
    }
    onSubmit({
      type: v.type,
      name: v.type === 'organisation' ? v.name.trim() : null,
      businessId: v.type === 'organisation' ? v.businessId.trim() || null : null,
      personId: v.type === 'consumer' ? v.personId : null,
      customerSince: v.customerSince || null,
      // Sent always: the update replaces the whole customer, and an empty date means the relationship lasts.
      relationshipEndedOn: v.relationshipEndedOn || null,
      productGroups: v.productGroups,
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack>
        <FormProblems error={error} unmatched={unmatched} shownElsewhere={[412]} />
        {!customer && (
          <Controller
            control={control}
            name="type"
            render={({ field }) => (
              <Radio.Group label={t('customer.type')} value={field.value} onChange={(v) => field.onChange(v)} error={e.type?.message}>
                <Group mt="xs">
                  <Radio value="organisation" label={t('customer.types.organisation')} />
                  <Radio value="consumer" label={t('customer.types.consumer')} />
                </Group>
              </Radio.Group>
            )}
          />
        )}
        {type === 'organisation' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('customer.name')}
              required
              error={e.name?.message}
              {...register('name', { validate: (v, all) => all.type !== 'organisation' || v.trim() !== '' || t('validation.required') })}
            />
            <TextInput label={t('customer.businessId')} placeholder="1234567-8" error={e.businessId?.message} {...register('businessId')} />
          </SimpleGrid>
        ) : customer ? null : (
          <Stack gap="xs">
            <Text size="sm">
              {t('customer.person')}: <strong>{personName || '–'}</strong>
            </Text>
            <PersonPicker
              label={t('customer.findPerson')}
              actionLabel={t('common.select')}
              error={e.personId?.message}
              onPick={(hit) => {
                setValue('personId', hit.id, { shouldValidate: false });
                setValue('personName', hit.displayName);
              }}
            />
          </Stack>
        )}
        <TextInput label={t('customer.customerSince')} type="date" error={e.customerSince?.message} {...register('customerSince')} w={220} />
        {customer && (
          <TextInput
            label={t('customer.relationshipEndedOn')}
            description={t('customer.relationshipEndedHelp')}
            type="date"
            error={e.relationshipEndedOn?.message}
            {...register('relationshipEndedOn')}
            w={220}
          />
        )}
        <Controller
          control={control}
          name="productGroups"
          render={({ field }) => (
            <Checkbox.Group
              label={t('customer.productGroups')}
              value={field.value}
              onChange={field.onChange}
              error={e.productGroups?.message}
            >
              <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
                {PRODUCT_GROUPS.map((g) => (
                  <Checkbox key={g} value={g} label={t(`productGroups.${g}`)} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
