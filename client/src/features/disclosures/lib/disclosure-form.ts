import { ApiError } from '@/api/problem';
import type { DisclosureInput } from '@/api/types';
import { isUuid } from './filters';
import type { ClosedSet } from '@/api/types';

/** The record-disclosure form's values. */
export type DisclosureFormValues = {
  recipientId: string;
  purpose: string;
  legalBasis: string;
  dataCategories: string[];
  personIds: string[];
  legalReference: string;
};

export const DISCLOSURE_FIELDS = ['recipientId', 'purpose', 'legalBasis', 'dataCategories', 'personIds', 'legalReference'] as const;

export const emptyDisclosure = (recipientId = ''): DisclosureFormValues => ({
  recipientId,
  purpose: '',
  legalBasis: '',
  dataCategories: [],
  personIds: [],
  legalReference: '',
});

/** Person ids as typed or pasted: trimmed, in lower case, repeats dropped; the ones that are no id apart. */
export function splitPersonIds(values: readonly string[]): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of values) {
    const v = raw.trim();
    if (!v) continue;
    if (!isUuid(v)) invalid.push(v);
    else if (!ids.includes(v.toLowerCase())) ids.push(v.toLowerCase());
  }
  return { ids, invalid };
}

export function toDisclosureInput(v: DisclosureFormValues): DisclosureInput {
  const reference = v.legalReference.trim();
  return {
    recipientId: v.recipientId,
    purpose: v.purpose,
    legalBasis: v.legalBasis as ClosedSet<'LegalBasis'>,
    dataCategories: [...new Set(v.dataCategories.map((c) => c.trim()).filter(Boolean))],
    personIds: splitPersonIds(v.personIds).ids,
    legalReference: reference || null,
  };
}

/** The API keys list items' errors by index (`personIds[2]`); the form has one input per list. */
export function foldIndexedErrors(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  const folded: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const base = key.replace(/\[\d+\]$/, '');
    for (const m of Array.isArray(messages) ? messages : [String(messages)]) {
      const list = (folded[base] ??= []);
      if (!list.includes(m)) list.push(m);
    }
  }
  return new ApiError(error.status, { ...error.problem, errors: folded });
}
