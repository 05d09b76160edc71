import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { PersonInput } from '@/api/types';
import { personQueryOptions } from './get-person';

export type UpdatePersonArgs = { id: string; version: string; input: PersonInput };

/** PUT with `If-Match: "<version>"`; a stale version answers 412. */
export async function updatePerson({ id, version, input }: UpdatePersonArgs) {
  return unwrap(
    await api.PUT('/api/v1/persons/{id}', {
      params: { path: { id } },
      headers: { 'If-Match': ifMatch(version) },
      body: input,
    }),
  );
}

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    onSuccess: (person) => {
      queryClient.setQueryData(personQueryOptions(person.id).queryKey, person);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['search'] });
    },
  });
}
