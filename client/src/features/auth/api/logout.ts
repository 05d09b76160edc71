import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api } from '@/api/client';
import { session } from '@/api/session';

export async function logout() {
  const refreshToken = session.get()?.refreshToken;
  try {
    if (refreshToken) await api.POST('/api/v1/auth/logout', { body: { refreshToken } });
  } finally {
    session.signOut(true);
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      session.signOut(true);
      queryClient.clear();
      notifications.clean();
    },
  });
}
