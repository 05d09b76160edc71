import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import { ChangePasswordForm } from './change-password-form';

const me = { id: 'u1', username: 'a', displayName: 'A', accessLevel: 'HelpdeskAgent' as const, permissions: [], mustChangePassword: true };

describe('Change password form', () => {
  it('refuses differing passwords, then changes and clears the forced change', async () => {
    session.signIn({ accessToken: 'old', refreshToken: 'r', expiresIn: 1, mustChangePassword: true, user: me });
    const calls = mockFetch({
      'POST /api/v1/auth/change-password': () =>
        json({ accessToken: 'new', refreshToken: 'r2', expiresIn: 900, mustChangePassword: false, user: { ...me, mustChangePassword: false } }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<ChangePasswordForm onSuccess={onSuccess} />);

    await userEvent.type(screen.getByLabelText(/current password/i), 'initial');
    await userEvent.type(screen.getByLabelText(/^new password/i), 'Brand-new-secret-1');
    await userEvent.type(screen.getByLabelText(/repeat new password/i), 'Brand-new-secret-2{Enter}');
    expect(await screen.findByText(/do not match/i)).toBeInTheDocument();
    expect(calls).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText(/repeat new password/i));
    await userEvent.type(screen.getByLabelText(/repeat new password/i), 'Brand-new-secret-1{Enter}');
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(calls[0].body).toEqual({ currentPassword: 'initial', newPassword: 'Brand-new-secret-1' });
    expect(calls[0].headers.get('Authorization')).toBe('Bearer old');
    expect(session.get()?.accessToken).toBe('new');
    expect(session.get()?.mustChangePassword).toBe(false);
  });
});
