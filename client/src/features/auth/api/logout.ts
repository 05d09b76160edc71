import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { api } from '@/api/client';
import { session } from '@/api/session';

/** Ends this browser's session: the API revokes the cookie's token family and removes the cookie. */
export async function logout() {
  try {
    if (session.get()) await api.POST('/api/v1/auth/logout', { body: {} });
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
