import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { session } from '@/api/session';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export async function changePassword(input: ChangePasswordInput) {
  return unwrap(await api.POST('/api/v1/auth/change-password', { body: input }));
}

export function useChangePassword() {
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (result) => {
      const user = result.user ?? session.get()?.user;
      if (!user) return; // signed out meanwhile: nothing to update
      session.signIn({ ...result, user: { ...user, mustChangePassword: false }, mustChangePassword: false });
    },
  });
}
