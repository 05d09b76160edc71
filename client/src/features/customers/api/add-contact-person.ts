import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import { customerQueryOptions } from './get-customer';

export async function addContactPerson({ customerId, personId }: { customerId: string; personId: string }) {
  unwrap(await api.POST('/api/v1/customers/{id}/contact-persons', { params: { path: { id: customerId } }, body: { personId } }));
}

export function useAddContactPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addContactPerson,
    onSuccess: async (_, { customerId }) => {
      await queryClient.invalidateQueries({ queryKey: customerQueryOptions(customerId).queryKey });
      // The person's own page lists its customers too.
      await queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
