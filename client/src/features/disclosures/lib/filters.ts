/** The disclosures log's filters, kept in the URL (?recipientId=&personId=&purpose=&from=&to=&page=). */
export type DisclosureFilters = {
  recipientId: string;
  personId: string;
  purpose: string;
  from: string;
  to: string;
  page: number;
};

const TEXT_KEYS = ['recipientId', 'personId', 'purpose', 'from', 'to'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value.trim());
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readFilters(params: URLSearchParams): DisclosureFilters {
  const page = Number(params.get('page') ?? '1');
  return {
    recipientId: params.get('recipientId') ?? '',
    personId: params.get('personId') ?? '',
    purpose: params.get('purpose') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** Only the filters that are set; page 1 is left out. */
export function writeFilters(f: DisclosureFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of TEXT_KEYS) if (f[key] !== '') out[key] = f[key];
  if (f.page > 1) out.page = String(f.page);
  return out;
}

export const hasFilters = (f: DisclosureFilters) => TEXT_KEYS.some((key) => f[key].trim() !== '');

export type FilterProblem = { personId?: 'personIdFormat'; to?: 'periodOrder' };

/** What the user typed that the API cannot take yet: such a filter is not sent. */
export function filterProblems(f: DisclosureFilters): FilterProblem {
  const out: FilterProblem = {};
  if (f.personId.trim() && !isUuid(f.personId)) out.personId = 'personIdFormat';
  if (DATE.test(f.from) && DATE.test(f.to) && f.to < f.from) out.to = 'periodOrder';
  return out;
}

export type DisclosureQuery = {
  recipientId?: string;
  personId?: string;
  purpose?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

/** The API query: only the filters that are set and valid. */
export function toQuery(f: DisclosureFilters, pageSize: number): DisclosureQuery {
  const problems = filterProblems(f);
  const q: DisclosureQuery = { page: f.page, pageSize };
  if (f.recipientId) q.recipientId = f.recipientId;
  if (f.personId.trim() && !problems.personId) q.personId = f.personId.trim().toLowerCase();
  if (f.purpose) q.purpose = f.purpose;
  if (DATE.test(f.from)) q.from = f.from;
  if (DATE.test(f.to) && !problems.to) q.to = f.to;
  return q;
}
