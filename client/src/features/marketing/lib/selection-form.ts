import { ApiError } from '@/api/problem';
import type { MarketingSelectionInput } from '@/api/types';
import type { ClosedSet } from '@/api/types';

/** The new-selection form's values: lists as lists, '' for "not set". */
export type SelectionFormValues = {
  name: string;
  purpose: string;
  channel: string;
  criteria: {
    productGroupIds: string[];
    interests: string[];
    languages: string[];
    postalCodePrefixes: string[];
    customerType: '' | ClosedSet<'CustomerType'>;
    purchasedFrom: string;
    purchasedTo: string;
  };
};

export const SELECTION_FIELDS = [
  'name',
  'purpose',
  'channel',
  'criteria.productGroupIds',
  'criteria.interests',
  'criteria.languages',
  'criteria.postalCodePrefixes',
  'criteria.customerType',
  'criteria.purchasedFrom',
  'criteria.purchasedTo',
] as const;

export const emptySelection = (): SelectionFormValues => ({
  name: '',
  purpose: 'ownMarketing',
  channel: 'email',
  criteria: {
    productGroupIds: [],
    interests: [],
    languages: [],
    postalCodePrefixes: [],
    customerType: '',
    purchasedFrom: '',
    purchasedTo: '',
  },
});

/** Trimmed, without empty or repeated values, in the order given. */
const cleanList = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];
const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** Form values → the POST body: trimmed, lists de-duplicated, '' → null. */
export function toSelectionInput(values: SelectionFormValues): MarketingSelectionInput {
  const c = values.criteria;
  return {
    name: values.name.trim(),
    purpose: values.purpose,
    channel: values.channel as ClosedSet<'Channel'>,
    criteria: {
      productGroupIds: cleanList(c.productGroupIds),
      interests: cleanList(c.interests),
      languages: cleanList(c.languages) as ClosedSet<'Language'>[],
      postalCodePrefixes: cleanList(c.postalCodePrefixes),
      customerType: c.customerType || null,
      purchasedFrom: orNull(c.purchasedFrom),
      purchasedTo: orNull(c.purchasedTo),
    },
  };
}

/**
 * The API keys errors of list items by index (`criteria.postalCodePrefixes[1]`); the form has one
 * input per list. This folds them onto the list, naming the offending value when the sent body
 * has it ("abc": A postal-code area is 1–5 digits.), and returns an ApiError the form's
 * server-error hook understands. Other errors pass through unchanged.
 */
export function foldListErrors(error: unknown, sent: MarketingSelectionInput | null): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const folded: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const list = Array.isArray(messages) ? messages : [String(messages)];
    const m = /^(.*)\[(\d+)\]$/.exec(key);
    if (!m) {
      (folded[key] ??= []).push(...list);
      continue;
    }
    const [, base, index] = m;
    const value = listValue(sent, base, Number(index));
    (folded[base] ??= []).push(...list.map((msg) => (value !== undefined ? `"${value}": ${msg}` : msg)));
  }
  return new ApiError(error.status, { ...error.problem, errors: folded });
}

const TYPED_LISTS = ['interests', 'languages', 'postalCodePrefixes'];

function listValue(sent: MarketingSelectionInput | null, key: string, index: number): string | undefined {
  const last = key.replace(/^\$\.?/, '').split('.').pop() ?? '';
  const name = last.charAt(0).toLowerCase() + last.slice(1);
  // Ids mean nothing to the user; typed values do.
  if (!TYPED_LISTS.includes(name)) return undefined;
  const criteria = sent?.criteria as Record<string, unknown> | undefined;
  const list = criteria?.[name];
  return Array.isArray(list) && typeof list[index] === 'string' ? (list[index] as string) : undefined;
}
