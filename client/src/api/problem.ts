// RFC 9457 problem details helpers.
export type Problem = {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  errors?: Record<string, string[]> | null;
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** Turns an openapi-fetch result into data or a thrown ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = (typeof result.error === 'object' ? result.error : { detail: String(result.error ?? '') }) as Problem;
    throw new ApiError(result.response.status, problem);
  }
  return result.data as T;
}

/** Server field paths (`Address.PostalCode`, `address.postalCode`, `$.phone`) → camelCase form paths. */
export function normalizeFieldPath(key: string): string {
  return key
    .replace(/^\$\.?/, '')
    .split('.')
    .filter(Boolean)
    .filter((part, i, all) => !(i === 0 && all.length > 1 && /^(input|body)$/i.test(part)))
    .map((part) => part.charAt(0).toLowerCase() + part.slice(1))
    .join('.');
}

export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || !error.problem.errors) return {};
  const out: Record<string, string> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const msg = Array.isArray(messages) ? messages.join(' ') : String(messages);
    out[normalizeFieldPath(key)] = msg;
  }
  return out;
}

export function isStatus(error: unknown, status: number): boolean {
  return error instanceof ApiError && error.status === status;
}

/** Problem `type` URIs the UI treats specially. */
export const PROBLEM_TYPES = {
  /** A disclosure the rules do not allow (409): nothing was disclosed or recorded; `detail` says why. */
  disclosureRefused: 'https://hsworks.fi/problems/disclosure-refused',
} as const;

export function isProblemType(error: unknown, type: string): boolean {
  return error instanceof ApiError && error.problem.type === type;
}

export const ifMatch = (version: string) => `"${version}"`;
