import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { UpdateUserInput } from '@/api/types';
import { userQueryOptions } from './get-user';

export async function updateUser({ id, input }: { id: string; input: UpdateUserInput }) {
  return unwrap(await api.PUT('/api/v1/users/{id}', { params: { path: { id } }, body: input }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
      void queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
    },
  });
}
