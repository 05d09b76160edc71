import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { PersonInput } from '@/api/types';
import { personQueryOptions } from './get-person';

export async function createPerson(input: PersonInput) {
  return unwrap(await api.POST('/api/v1/persons', { body: input }));
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (person) => {
      queryClient.setQueryData(personQueryOptions(person.id).queryKey, person);
      void queryClient.invalidateQueries({ queryKey: ['persons', 'list'] });
    },
  });
}
