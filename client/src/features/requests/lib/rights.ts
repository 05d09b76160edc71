import type { RequestDto } from '@/api/types';
import { localInputToIso, toLocalInput } from './steps';

/** The forms of the rights of rectification, restriction and objection (GDPR Art. 16, 18, 21) on a request's page. */
export type RightsForm = 'rectify' | 'restrict' | 'lift' | 'object' | 'decideObjection';

/** The request types whose content is worked on in the rights section (every type named, so a new one is decided on). */
const RIGHTS_TYPES: Record<RequestDto['type'], boolean> = {
  access: false,
  rectification: true,
  erasure: false,
  restriction: true,
  objection: true,
  portability: false,
};

/** Whether the request's type is one of the rights worked on in the rights section. */
export const isRightsType = (type: RequestDto['type']): boolean => RIGHTS_TYPES[type];

/** Whether the request has a rights section: its type is one of them, or it holds a record of one. */
export function hasRightsSection(r: RequestDto): boolean {
  return isRightsType(r.type) || r.rectifications.length > 0 || r.restrictions.length > 0 || Boolean(r.objection);
}

/**
 * The forms the request's state allows now — the same rules the API applies (it answers 409 otherwise):
 * the content of a request is worked on only while it is open, its requester's identity verified and its
 * persons matched; a restriction placed through it can be lifted even after it is closed.
 */
export function availableRights(r: RequestDto): Set<RightsForm> {
  const forms = new Set<RightsForm>();
  // An objection awaiting its decision keeps its restriction: the decision (dismissed) lifts it.
  const awaitingDecision = r.objection?.kind === 'otherProcessing' && !r.objection.decision;
  if (r.restrictions.some((x) => x.active) && (r.type === 'restriction' || r.type === 'objection') && !awaitingDecision) forms.add('lift');
  if (r.closedAt || !r.verification || r.personIds.length === 0) return forms;
  if (r.type === 'rectification') forms.add('rectify');
  if (r.type === 'restriction' && unrestrictedPersons(r).length > 0) forms.add('restrict');
  if (r.type === 'objection' && !r.objection) forms.add('object');
  if (awaitingDecision) forms.add('decideObjection');
  return forms;
}

/** The request's persons on whom no restriction placed through it holds. */
export function unrestrictedPersons(r: RequestDto): string[] {
  const restricted = new Set(r.restrictions.filter((x) => x.active).map((x) => x.personId));
  return r.personIds.filter((id) => !restricted.has(id));
}

/** The persons on whom a restriction placed through the request holds (those that can be lifted). */
export function restrictedPersons(r: RequestDto): string[] {
  return [...new Set(r.restrictions.filter((x) => x.active).map((x) => x.personId))];
}

/**
 * When the person was told, from a datetime-local input (to the minute) as an ISO instant. The current
 * minute means now: the minute's start could fall before a restriction placed a moment ago, which the API refuses.
 */
export function personToldAtIso(value: string, now: Date = new Date()): string | undefined {
  return value === toLocalInput(now) ? now.toISOString() : localInputToIso(value);
}
