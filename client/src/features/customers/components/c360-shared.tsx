import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useProductGroups } from '../api/get-product-groups';
import type { ProductGroupDto } from '../api/c360-types';

/** '' → null, trimmed otherwise (optional text fields). */
export const orNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

/** Today as yyyy-mm-dd in local time. */
export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The day `days` from now as yyyy-mm-dd (UTC), e.g. a due date or the end of a warning period. */
export const isoDateInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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
