import type { TFunction } from 'i18next';

/** A customer's name as shown; a consumer whose person was erased has none left, and a link still needs a text. */
export function customerName(name: string | null | undefined, t: TFunction): string {
  const trimmed = name?.trim();
  return trimmed ? trimmed : t('customer.unnamed');
}
