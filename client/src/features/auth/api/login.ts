import { useMutation } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { session } from '@/api/session';

export type LoginInput = { username: string; password: string };

export async function login(input: LoginInput) {
  return unwrap(await api.POST('/api/v1/auth/login', { body: input }));
}

export function useLogin() {
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => session.signIn(result),
  });
}
