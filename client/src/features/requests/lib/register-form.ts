import type { ClosedSet, PersonDto, RequestInput } from '@/api/types';
import { localInputToIso, toLocalInput } from './steps';

/** The register-a-request form's values; `requester.*` as the API names the fields, so its errors land on them. */
export type RegisterFormValues = {
  type: ClosedSet<'RequestType'> | '';
  channel: ClosedSet<'RequestChannel'> | '';
  receivedAt: string;
  requester: { name: string; email: string; phone: string; address: string; note: string };
};

export const REGISTER_FIELDS = ['type', 'channel', 'receivedAt', 'requester.name', 'requester.email', 'requester.phone', 'requester.address', 'requester.note'] as const;

/** An empty form received now; from a person's page, the requester as the register knows them (still editable). */
export function emptyRegisterForm(person?: PersonDto | null, now: Date = new Date()): RegisterFormValues {
  const a = person && !person.addressHidden ? person.address : null;
  return {
    type: '',
    channel: '',
    receivedAt: toLocalInput(now),
    requester: {
      name: person ? `${person.firstName} ${person.lastName}` : '',
      email: person?.email ?? '',
      phone: person?.phone ?? person?.mobile ?? '',
      address: a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter(Boolean).join(', ') : '',
      note: '',
    },
  };
}

const orNull = (s: string) => s.trim() || null;

export function toRequestInput(v: RegisterFormValues): RequestInput {
  return {
    type: v.type as ClosedSet<'RequestType'>,
    channel: v.channel as ClosedSet<'RequestChannel'>,
    receivedAt: localInputToIso(v.receivedAt) ?? new Date().toISOString(),
    requester: {
      name: v.requester.name.trim(),
      email: orNull(v.requester.email),
      phone: orNull(v.requester.phone),
      address: orNull(v.requester.address),
      note: orNull(v.requester.note),
    },
  };
}
