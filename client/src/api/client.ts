// The one typed API client. A middleware adds `Authorization: Bearer`, and on a 401 refreshes
// the tokens once through /api/v1/auth/refresh and repeats the request; when that fails too,
// the session ends (the app then shows the sign-in screen). The refresh token lives in an
// HttpOnly cookie that only /api/v1/auth receives: every auth call asks for cookie mode.
import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import type { paths } from './schema';
import type { LoginResult } from './types';
import { session } from './session';

const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

const NO_AUTH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/health'];
const COOKIE_MODE_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout', '/api/v1/auth/change-password'];
export const COOKIE_MODE_HEADER = 'X-Refresh-Cookie';
const REFRESH_LOCK = 'hsworks.refresh';

let refreshing: Promise<boolean> | null = null;

async function refreshOnce(): Promise<boolean> {
  const before = session.get();
  try {
    const res = await globalThis.fetch(`${baseUrl}/api/v1/auth/refresh`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', [COOKIE_MODE_HEADER]: 'true' },
      body: '{}',
    });
    if (!res.ok) return false;
    const result = (await res.json()) as LoginResult;
    session.signIn({ ...result, user: result.user ?? before?.user ?? null });
    return true;
  } catch {
    return false;
  }
}

/**
 * Exchanges the cookie's refresh token for new tokens. Concurrent callers in this tab share one
 * request; other tabs wait on a Web Lock, so each sends the cookie the previous one left behind.
 */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= underLock().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function underLock(): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? await locks.request(REFRESH_LOCK, refreshOnce) : refreshOnce();
}

/** On start: the cookie (if any) restores the session of a reloaded page. */
export async function restoreSession(): Promise<boolean> {
  session.setRestoring(true);
  try {
    return await refreshTokens();
  } finally {
    session.setRestoring(false);
  }
}

const retryable = new Map<string, Request>();

export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    // The API answers validation messages in the UI's language.
    if (i18n.language) request.headers.set('Accept-Language', i18n.language);
    if (COOKIE_MODE_PATHS.includes(schemaPath)) request.headers.set(COOKIE_MODE_HEADER, 'true');
    if (NO_AUTH_PATHS.includes(schemaPath)) return request;
    const token = session.get()?.accessToken;
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, schemaPath, id }) {
    const original = retryable.get(id);
    retryable.delete(id);
    if (response.status !== 401 || NO_AUTH_PATHS.includes(schemaPath) || !original) return response;
    if (!session.get()) return response;
    if (await refreshTokens()) {
      const retry = original.clone();
      retry.headers.set('Authorization', `Bearer ${session.get()!.accessToken}`);
      const second = await globalThis.fetch(retry);
      if (second.status !== 401) return second;
    }
    session.signOut();
    return response;
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

export const api = createClient<paths>({
  baseUrl,
  // Resolved on every call, so tests can replace globalThis.fetch.
  fetch: (input: Request) => globalThis.fetch(input),
});
api.use(authMiddleware);
