import type { RequestDto } from '@/api/types';

/** The steps a handler can take on a request, each a form on the detail page. */
export type HandlerStep = 'assign' | 'persons' | 'askIdentification' | 'receiveIdentification' | 'verify' | 'extend' | 'complete' | 'reject';

/** Today's date (YYYY-MM-DD) in Finland: the due dates are Finnish calendar days. */
export function helsinkiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The steps the request's state allows now — the same rules the API applies (it answers 409
 * otherwise), so that the page offers only what can be done. A closed request takes no step.
 */
export function availableSteps(r: RequestDto, today: string = helsinkiToday()): Set<HandlerStep> {
  const steps = new Set<HandlerStep>();
  if (r.closedAt) return steps;
  const verified = Boolean(r.verification);
  const awaiting = Boolean(r.identificationAskedAt) && !r.identificationArrivedAt;
  steps.add('assign');
  steps.add('persons');
  if (!verified && !r.identificationAskedAt) steps.add('askIdentification');
  if (awaiting) steps.add('receiveIdentification');
  if (!verified && !awaiting) steps.add('verify');
  if (!r.extension && today <= r.firstDueOn) steps.add('extend');
  if (verified) steps.add('complete');
  steps.add('reject');
  return steps;
}

/** How near the due date is, for a marker that says it in words (not by colour alone). */
export type Urgency = 'overdue' | 'dueSoon' | null;
export const urgencyOf = (r: { overdue: boolean; dueSoon: boolean }): Urgency => (r.overdue ? 'overdue' : r.dueSoon ? 'dueSoon' : null);

/** A datetime-local input's value (the browser's local time) as an ISO instant; '' gives undefined. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Now (or the given instant) as a datetime-local input's value, to the minute, in the browser's local time. */
export function toLocalInput(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
