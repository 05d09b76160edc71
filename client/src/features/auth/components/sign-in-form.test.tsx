import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { SignInPage } from './sign-in-page';

const user = {
  id: '11111111-1111-1111-1111-111111111111',
  username: 'maija',
  displayName: 'Maija Meikäläinen',
  accessLevel: 'HelpdeskAgent',
  permissions: ['search', 'persons.read'],
  mustChangePassword: false,
};
const loginResult = (mustChangePassword: boolean) => ({
  accessToken: 'access-1',
  refreshToken: null,
  expiresIn: 900,
  mustChangePassword,
  user: { ...user, mustChangePassword },
});

describe('Sign-in form', () => {
  it('submits the credentials with Enter and signs in', async () => {
    const calls = mockFetch({ 'POST /api/v1/auth/login': () => json(loginResult(false)) });
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });

    await userEvent.type(screen.getByLabelText(/username/i), 'maija');
    await userEvent.type(screen.getByLabelText(/^password/i), 'secret password{Enter}');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(calls[0].body).toEqual({ username: 'maija', password: 'secret password' });
    expect(session.get()?.accessToken).toBe('access-1');
    // Tokens never go to web storage: the access token is in memory, the refresh token in an HttpOnly cookie.
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('shows one generic message on 401', async () => {
    mockFetch({
      'POST /api/v1/auth/login': () => json({ title: 'Unauthorized', status: 401, detail: 'Unknown user' }, 401),
    });
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });

    await userEvent.type(screen.getByLabelText(/username/i), 'nobody');
    await userEvent.type(screen.getByLabelText(/^password/i), 'wrong{Enter}');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/check your username and password/i);
    expect(alert).not.toHaveTextContent(/unknown user/i); // never reveals which part was wrong
    expect(session.get()).toBeNull();
  });

  it('requires both fields before calling the API', async () => {
    const calls = mockFetch({ 'POST /api/v1/auth/login': () => json(loginResult(false)) });
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });
    await userEvent.click(screen.getByRole('button', { name: /sign in/i }));
    expect(await screen.findAllByText(/required/i)).toHaveLength(2);
    expect(calls).toHaveLength(0);
  });

  it('goes to the forced password change when the API says so', async () => {
    mockFetch({ 'POST /api/v1/auth/login': () => json(loginResult(true)) });
    renderWithProviders(<SignInPage />, { route: '/sign-in', path: '/sign-in' });

    await userEvent.type(screen.getByLabelText(/username/i), 'maija');
    await userEvent.type(screen.getByLabelText(/^password/i), 'initial{Enter}');

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/change-password'));
    expect(session.get()?.mustChangePassword).toBe(true);
  });
});
