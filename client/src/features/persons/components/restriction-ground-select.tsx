import { forwardRef } from 'react';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { restrictionGroundValues } from '@/api/schema';

/**
 * The ground of GDPR Art. 18(2) on which a restricted person's data is used (edited, disclosed, a contact
 * or an interest noted); '' for none. The API records it, and refuses the use (409) without one.
 */
export const RestrictionGroundSelect = forwardRef<HTMLSelectElement, Omit<NativeSelectProps, 'data' | 'label'>>(function RestrictionGroundSelect(props, ref) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      ref={ref}
      label={t('person.restriction.ground')}
      description={t('person.restriction.groundHint')}
      data={[
        { value: '', label: t('person.restriction.noGround') },
        ...restrictionGroundValues.map((g) => ({ value: g, label: t(`requests.restrictionGrounds.${g}`) })),
      ]}
      {...props}
    />
  );
});
