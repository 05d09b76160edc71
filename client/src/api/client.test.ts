import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/render';
import { api, refreshTokens, restoreSession } from './client';
import { session } from './session';

const user = { id: 'u', username: 'a', displayName: 'A', accessLevel: 'Administrator' as const, permissions: [], mustChangePassword: false };
const signIn = () =>
  session.signIn({ accessToken: 'expired', refreshToken: 'r1', expiresIn: 1, mustChangePassword: false, user });

describe('API client', () => {
  it('adds the bearer token, refreshes once on 401 and repeats the request', async () => {
    signIn();
    const calls = mockFetch({
      'GET /api/v1/auth/me': (req) =>
        req.headers.get('Authorization') === 'Bearer fresh' ? json(user) : json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'fresh', refreshToken: null, expiresIn: 900, mustChangePassword: false, user }),
    });
    const { data, response } = await api.GET('/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(data?.username).toBe('a');
    expect(calls.map((c) => `${c.method} ${c.path} ${c.headers.get('Authorization') ?? ''}`)).toEqual([
      'GET /api/v1/auth/me Bearer expired',
      'POST /api/v1/auth/refresh ',
      'GET /api/v1/auth/me Bearer fresh',
    ]);
    // The refresh token is the HttpOnly cookie's: the SPA only asks for cookie mode.
    expect(calls[1].body).toEqual({});
    expect(calls[1].headers.get('X-Refresh-Cookie')).toBe('true');
    expect(session.get()?.accessToken).toBe('fresh');
    expect(JSON.stringify(session.get())).not.toContain('r1');
  });

  it('signs out when the refresh fails', async () => {
    signIn();
    mockFetch({
      'GET /api/v1/auth/me': () => json({ status: 401 }, 401),
      'POST /api/v1/auth/refresh': () => json({ status: 401 }, 401),
    });
    const { response } = await api.GET('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(session.get()).toBeNull();
  });

  it('restores the session of a reloaded page from the cookie', async () => {
    session.signOut();
    const calls = mockFetch({
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'restored', refreshToken: null, expiresIn: 900, mustChangePassword: false, user }),
    });
    expect(await restoreSession()).toBe(true);
    expect(calls[0].headers.get('X-Refresh-Cookie')).toBe('true');
    expect(session.get()?.accessToken).toBe('restored');
    expect(session.isRestoring()).toBe(false);
  });

  it('refreshes under a Web Lock, so tabs take turns with the cookie', async () => {
    signIn();
    const names: string[] = [];
    const request = navigator.locks?.request.bind(navigator.locks);
    Object.defineProperty(navigator, 'locks', {
      configurable: true,
      value: {
        request: (name: string, callback: () => Promise<boolean>) => {
          names.push(name);
          return request ? request(name, callback) : callback();
        },
      },
    });
    mockFetch({
      'POST /api/v1/auth/refresh': () =>
        json({ accessToken: 'locked', refreshToken: null, expiresIn: 900, mustChangePassword: false, user }),
    });
    expect(await refreshTokens()).toBe(true);
    expect(names).toEqual(['hsworks.refresh']);
    expect(session.get()?.accessToken).toBe('locked');
  });

  it('does not try to refresh a failed sign-in', async () => {
    const calls = mockFetch({ 'POST /api/v1/auth/login': () => json({ status: 401 }, 401) });
    await api.POST('/api/v1/auth/login', { body: { username: 'x', password: 'y' } });
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.get('Authorization')).toBeNull();
    expect(calls[0].headers.get('X-Refresh-Cookie')).toBe('true');
  });
});
