import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';

export async function resetPassword({ id, password }: { id: string; password: string }) {
  unwrap(await api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id } }, body: { password } }));
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
