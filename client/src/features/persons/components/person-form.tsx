import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormProblems } from '@/components/form-problems';
import { dataSourceValues, languageValues } from '@/api/schema';
import type { PersonDto, PersonInput } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useServerErrors } from '@/lib/server-errors';
import { RestrictionGroundSelect } from './restriction-ground-select';

export type PersonFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  mobile: string;
  language: string;
  personalIdentityCode: string;
  removeIdentityCode: boolean;
  address: { street: string; postalCode: string; city: string; country: string };
  source: string;
  nonDisclosure: boolean;
  /** While processing is restricted (Art. 18): the ground of Art. 18(2) the edit is made on; '' for none. */
  restrictionGround: string;
};

const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'mobile',
  'language',
  'personalIdentityCode',
  'address',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.country',
  'source',
  'nonDisclosure',
  'restrictionGround',
] as const;

export function toFormValues(person?: PersonDto): PersonFormValues {
  return {
    firstName: person?.firstName ?? '',
    lastName: person?.lastName ?? '',
    email: person?.email ?? '',
    phone: person?.phoneDisplay ?? person?.phone ?? '',
    mobile: person?.mobileDisplay ?? person?.mobile ?? '',
    language: person?.language ?? 'fi',
    personalIdentityCode: '',
    removeIdentityCode: false,
    address: {
      street: person?.address?.street ?? '',
      postalCode: person?.address?.postalCode ?? '',
      city: person?.address?.city ?? '',
      country: person?.address?.country ?? 'FI',
    },
    // What staff type in comes from staff unless they say otherwise; the stored sources stay per field group.
    source: 'staff',
    nonDisclosure: person?.nonDisclosure ?? false,
    restrictionGround: '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * managesMarking: only the data protection officer sends the non-disclosure marking; for everyone else it
 * is left out, which keeps it (they record a claim instead). A hidden address is left out too, which keeps it.
 */
export function toPersonInput(v: PersonFormValues, managesMarking = true): PersonInput {
  const a = v.address;
  const hasAddress = [a.street, a.postalCode, a.city].some((x) => x.trim() !== '');
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    email: orNull(v.email),
    phone: orNull(v.phone),
    mobile: orNull(v.mobile),
    language: v.language as PersonInput['language'],
    // An empty field means "unchanged" (null); the remove checkbox sends "" to remove it.
    personalIdentityCode: v.removeIdentityCode ? '' : orNull(v.personalIdentityCode),
    address: hasAddress
      ? {
          street: a.street.trim(),
          postalCode: a.postalCode.trim(),
          city: a.city.trim(),
          country: a.country.trim().toUpperCase() || 'FI',
        }
      : undefined, // no address (the API treats a missing address as none)
    source: v.source as PersonInput['source'],
    nonDisclosure: managesMarking ? v.nonDisclosure : undefined,
    restrictionGround: v.restrictionGround ? (v.restrictionGround as PersonInput['restrictionGround']) : undefined,
  };
}

type Props = {
  person?: PersonDto;
  onSubmit: (input: PersonInput) => void;
  onCancel?: () => void;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  /** Offer the ground of Art. 18(2) when the person's processing is restricted (not for a rectification, which the restriction allows). */
  offerRestrictionGround?: boolean;
};

export function PersonForm({ person, onSubmit, onCancel, error, pending, submitLabel, offerRestrictionGround = true }: Props) {
  const { t } = useTranslation();
  const managesMarking = usePermission('nonDisclosure.manage');
  const addressHidden = person?.addressHidden ?? false;
  // The Population Register is named as a source only by the data protection officer (or its import).
  const sources = dataSourceValues.filter((s) => managesMarking || s !== 'populationRegister');
  const { register, handleSubmit, formState, setError, control } = useForm<PersonFormValues>({
    defaultValues: toFormValues(person),
  });
  const unmatched = useServerErrors(error, setError, FIELDS);
  const e = formState.errors;
  const removeIdentityCode = useWatch({ control, name: 'removeIdentityCode' });
  const required = { required: t('validation.required') };

  return (
    <form onSubmit={handleSubmit((v) => onSubmit(toPersonInput(v, managesMarking)))} noValidate aria-label={submitLabel}>
      <Stack>
        <FormProblems error={error} unmatched={unmatched} shownElsewhere={[412]} fallback={t('person.notSaved')} />
        {offerRestrictionGround && person?.processingRestricted && (
          <RestrictionGroundSelect error={e.restrictionGround?.message} {...register('restrictionGround')} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('person.firstName')} required error={e.firstName?.message} {...register('firstName', required)} />
          <TextInput label={t('person.lastName')} required error={e.lastName?.message} {...register('lastName', required)} />
          <TextInput label={t('person.email')} type="email" error={e.email?.message} {...register('email')} />
          <NativeSelect
            label={t('person.language')}
            error={e.language?.message}
            data={languageValues.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            {...register('language')}
          />
          <TextInput label={t('person.phone')} type="tel" error={e.phone?.message} {...register('phone')} />
          <TextInput label={t('person.mobile')} type="tel" error={e.mobile?.message} {...register('mobile')} />
        </SimpleGrid>
        <Fieldset legend={t('person.identityCode')}>
          <Stack gap="xs">
            <TextInput
              label={t('person.personalIdentityCode')}
              description={person?.hasPersonalIdentityCode ? t('person.identityCodeKeep') : undefined}
              placeholder={person?.personalIdentityCode ?? ''}
              autoComplete="off"
              disabled={removeIdentityCode}
              error={e.personalIdentityCode?.message}
              {...register('personalIdentityCode')}
            />
            {person?.hasPersonalIdentityCode && (
              <Controller
                control={control}
                name="removeIdentityCode"
                render={({ field }) => (
                  <Checkbox
                    label={t('person.removeIdentityCode')}
                    checked={field.value}
                    onChange={(e) => field.onChange(e.currentTarget.checked)}
                    ref={field.ref}
                  />
                )}
              />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('person.address')}>
          {addressHidden ? (
            <Text size="sm" c="dimmed">
              {t(person?.nonDisclosure ? 'person.addressHiddenMarked' : 'person.addressHiddenClaim')} {t('person.addressHiddenKept')}
            </Text>
          ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('person.street')}
              error={e.address?.street?.message ?? e.address?.message}
              {...register('address.street')}
            />
            <TextInput label={t('person.postalCode')} error={e.address?.postalCode?.message} {...register('address.postalCode')} />
            <TextInput label={t('person.city')} error={e.address?.city?.message} {...register('address.city')} />
            <TextInput
              label={t('person.country')}
              maxLength={2}
              error={e.address?.country?.message}
              {...register('address.country')}
            />
          </SimpleGrid>
          )}
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('person.source')}
            error={e.source?.message}
            data={sources.map((s) => ({ value: s, label: t(`sources.${s}`) }))}
            {...register('source')}
          />
          {managesMarking && (
          <Controller
            control={control}
            name="nonDisclosure"
            render={({ field }) => (
              <Checkbox
                mt={{ sm: 'xl' }}
                label={t('person.nonDisclosure')}
                error={e.nonDisclosure?.message}
                checked={field.value}
                onChange={(ev) => field.onChange(ev.currentTarget.checked)}
                ref={field.ref}
              />
            )}
          />
          )}
        </SimpleGrid>
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
