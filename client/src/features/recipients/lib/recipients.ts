import type { RecipientDto, RecipientInput, RecipientNoticeDto, RecipientType, TransferSafeguardDto } from '@/api/types';
import type { ClosedSet } from '@/api/types';

/**
 * The EU and EEA member states (ISO 3166 alpha-2). Only a hint for the form (whether to ask for a
 * transfer safeguard): the API decides membership and answers it as `inEea`.
 */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO',
  'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

export const normalizeCountry = (value: string) => value.trim().toUpperCase();
export const isCountryCode = (value: string) => /^[A-Z]{2}$/.test(normalizeCountry(value));

/** A country code outside the EU/EEA: the form asks for the transfer safeguard. */
export function outsideEea(country: string): boolean {
  const code = normalizeCountry(country);
  return isCountryCode(code) && !EEA_COUNTRIES.has(code);
}

export type TransferStatus =
  | { kind: 'eea' }
  | { kind: 'safeguard'; safeguard: TransferSafeguardDto | null }
  | { kind: 'refused' };

/** At a glance: inside the EU/EEA, outside with a safeguard, or outside without one (disclosures refused). */
export function transferStatus(r: {
  inEea: boolean;
  transferAllowed: boolean;
  /** The schema says optional; the API sends null when there is none. */
  transferSafeguard?: TransferSafeguardDto | null;
}): TransferStatus {
  if (!r.transferAllowed) return { kind: 'refused' };
  if (r.inEea) return { kind: 'eea' };
  return { kind: 'safeguard', safeguard: r.transferSafeguard ?? null };
}

export type NoticeStatus = 'delivered' | 'givenUp' | 'retrying' | 'pending';

/** A webhook notice: delivered, given up after the last attempt, being retried, or not tried yet. */
export function noticeStatus(n: Pick<RecipientNoticeDto, 'deliveredAt' | 'abandonedAt' | 'attempts'>): NoticeStatus {
  if (n.deliveredAt) return 'delivered';
  if (n.abandonedAt) return 'givenUp';
  return n.attempts > 0 ? 'retrying' : 'pending';
}

/** The add-recipient form's values: '' for "not set". */
export type RecipientFormValues = {
  name: string;
  businessId: string;
  type: RecipientType;
  country: string;
  contact: string;
  purposes: string[];
  dataCategories: string[];
  agreementReference: string;
  agreementDate: string;
  transferSafeguard: { kind: string; reference: string };
  webhookUrl: string;
};

export const RECIPIENT_FIELDS = [
  'name',
  'businessId',
  'type',
  'country',
  'contact',
  'purposes',
  'dataCategories',
  'agreementReference',
  'agreementDate',
  'transferSafeguard',
  'transferSafeguard.kind',
  'transferSafeguard.reference',
  'webhookUrl',
] as const;

export const emptyRecipient = (): RecipientFormValues => ({
  name: '',
  businessId: '',
  type: 'processor',
  country: 'FI',
  contact: '',
  purposes: [],
  dataCategories: [],
  agreementReference: '',
  agreementDate: '',
  transferSafeguard: { kind: '', reference: '' },
  webhookUrl: '',
});

/** A recipient → the edit form's values. */
export const recipientFormValues = (r: RecipientDto): RecipientFormValues => ({
  name: r.name,
  businessId: r.businessId ?? '',
  type: r.type as RecipientType,
  country: r.country,
  contact: r.contact ?? '',
  purposes: [...r.purposes],
  dataCategories: [...r.dataCategories],
  agreementReference: r.agreementReference,
  agreementDate: r.agreementDate ?? '',
  transferSafeguard: { kind: r.transferSafeguard?.kind ?? '', reference: r.transferSafeguard?.reference ?? '' },
  webhookUrl: r.webhookUrl ?? '',
});

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const cleanList = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/**
 * Form values → the POST body: trimmed, '' → null, the country in capitals. The safeguard goes
 * only for a country outside the EU/EEA and only when a kind was chosen; otherwise it is left out.
 */
export function toRecipientInput(v: RecipientFormValues): RecipientInput {
  const country = normalizeCountry(v.country);
  const input: RecipientInput = {
    name: v.name.trim(),
    businessId: orNull(v.businessId),
    type: v.type,
    country,
    contact: orNull(v.contact),
    purposes: cleanList(v.purposes),
    dataCategories: cleanList(v.dataCategories),
    agreementReference: v.agreementReference.trim(),
    agreementDate: orNull(v.agreementDate),
    webhookUrl: orNull(v.webhookUrl),
  };
  if (outsideEea(country) && v.transferSafeguard.kind)
    input.transferSafeguard = { kind: v.transferSafeguard.kind as ClosedSet<'SafeguardKind'>, reference: v.transferSafeguard.reference.trim() };
  return input;
}
