import { requestStatusValues, requestTypeValues } from '@/api/schema';
import type { ClosedSet } from '@/api/types';

type RequestStatus = ClosedSet<'RequestStatus'>;
type RequestType = ClosedSet<'RequestType'>;

/** The inbox's filters, kept in the URL (?status=&type=&assigneeId=&page=). */
export type RequestFilters = {
  status: RequestStatus | '';
  type: RequestType | '';
  assigneeId: string;
  page: number;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from the URL; a value the API would not take is dropped, not sent. */
export function readFilters(params: URLSearchParams): RequestFilters {
  const page = Number(params.get('page') ?? '1');
  const status = params.get('status') ?? '';
  const type = params.get('type') ?? '';
  const assigneeId = params.get('assigneeId') ?? '';
  return {
    status: (requestStatusValues as readonly string[]).includes(status) ? (status as RequestStatus) : '',
    type: (requestTypeValues as readonly string[]).includes(type) ? (type as RequestType) : '',
    assigneeId: UUID.test(assigneeId) ? assigneeId.toLowerCase() : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Only the filters that are set; page 1 is left out. */
export function writeFilters(f: RequestFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.status) out.status = f.status;
  if (f.type) out.type = f.type;
  if (f.assigneeId) out.assigneeId = f.assigneeId;
  if (f.page > 1) out.page = String(f.page);
  return out;
}

export const hasFilters = (f: RequestFilters) => Boolean(f.status || f.type || f.assigneeId);

export type RequestQuery = { status?: RequestStatus; type?: RequestType; assigneeId?: string; page: number; pageSize: number };

/** The API query: only the filters that are set. */
export function toQuery(f: RequestFilters, pageSize: number): RequestQuery {
  const q: RequestQuery = { page: f.page, pageSize };
  if (f.status) q.status = f.status;
  if (f.type) q.type = f.type;
  if (f.assigneeId) q.assigneeId = f.assigneeId;
  return q;
}
