// The one typed API client. A middleware adds `Authorization: Bearer`, and on a 401 refreshes
// the tokens once through /api/v1/auth/refresh and repeats the request; when that fails too,
// the session ends (the app then shows the sign-in screen).
import createClient, { type Middleware } from 'openapi-fetch';
import i18n from 'i18next';
import type { paths } from './schema';
import type { LoginResult } from './types';
import { session } from './session';

const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

const NO_AUTH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/health'];

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token for new tokens; concurrent callers share one request. */
export function refreshTokens(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = session.get();
    if (!current?.refreshToken) return false;
    try {
      const res = await globalThis.fetch(`${baseUrl}/api/v1/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: current.refreshToken }),
      });
      if (!res.ok) return false;
      const result = (await res.json()) as LoginResult;
      session.signIn({ ...result, user: result.user ?? current.user! });
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const retryable = new Map<string, Request>();

export const authMiddleware: Middleware = {
  onRequest({ request, schemaPath, id }) {
    // The API answers validation messages in the UI's language.
    if (i18n.language) request.headers.set('Accept-Language', i18n.language);
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
