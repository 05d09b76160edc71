import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '@/testing/render';
import { api } from './client';
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
        json({ accessToken: 'fresh', refreshToken: 'r2', expiresIn: 900, mustChangePassword: false, user }),
    });
    const { data, response } = await api.GET('/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(data?.username).toBe('a');
    expect(calls.map((c) => `${c.method} ${c.path} ${c.headers.get('Authorization') ?? ''}`)).toEqual([
      'GET /api/v1/auth/me Bearer expired',
      'POST /api/v1/auth/refresh ',
      'GET /api/v1/auth/me Bearer fresh',
    ]);
    expect(calls[1].body).toEqual({ refreshToken: 'r1' });
    expect(session.get()?.refreshToken).toBe('r2');
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
    expect(sessionStorage.getItem('hsworks.session')).toBeNull();
  });

  it('does not try to refresh a failed sign-in', async () => {
    const calls = mockFetch({ 'POST /api/v1/auth/login': () => json({ status: 401 }, 401) });
    await api.POST('/api/v1/auth/login', { body: { username: 'x', password: 'y' } });
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.get('Authorization')).toBeNull();
  });
});
