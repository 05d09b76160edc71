import { Alert, List, NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/api/problem';
import { FormError } from '@/components/form-error';
import { useProductGroups } from '../api/get-product-groups';
import type { ProductGroupDto } from '../api/c360-types';

/** '' → null, trimmed otherwise (optional text fields). */
export const orNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** Today as yyyy-mm-dd in local time. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** id → localized name of the product groups; `name(id)` is '' for none (and while the list loads). */
export function useProductGroupNames() {
  const { data } = useProductGroups();
  const groups: ProductGroupDto[] = data ?? [];
  const byId = new Map(groups.map((g) => [g.id, g.name]));
  return { groups, name: (id: string | null | undefined) => (id ? (byId.get(id) ?? '') : '') };
}

/** A select of the product groups; `emptyLabel` is the '' option (e.g. "All" or "–"). */
export function ProductGroupSelect({ emptyLabel, ...props }: Omit<NativeSelectProps, 'data'> & { emptyLabel: string }) {
  const { groups } = useProductGroupNames();
  return <NativeSelect {...props} data={[{ value: '', label: emptyLabel }, ...groups.map((g) => ({ value: g.id, label: g.name }))]} />;
}

/** Above a form: the validation summary (with messages no field took) or a general error. */
export function FormProblems({ error, unmatched }: { error: unknown; unmatched: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 400)
    return (
      <Alert color="red" role="alert" title={t('errors.validationTitle')}>
        {t('errors.validation')}
        {unmatched.length > 0 && (
          <List size="sm">
            {unmatched.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Alert>
    );
  return <FormError error={error} />;
}
