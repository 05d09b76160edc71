import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { CustomerInput } from '@/api/types';
import { customerQueryOptions } from './get-customer';

export type UpdateCustomerArgs = { id: string; version: string; input: CustomerInput };

export async function updateCustomer({ id, version, input }: UpdateCustomerArgs) {
  return unwrap(
    await api.PUT('/api/v1/customers/{id}', {
      params: { path: { id } },
      headers: { 'If-Match': ifMatch(version) },
      body: input,
    }),
  );
}

export function useUpdateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCustomer,
    onSuccess: (customer) => {
      queryClient.setQueryData(customerQueryOptions(customer.id).queryKey, customer);
      void queryClient.invalidateQueries({ queryKey: ['customers', 'list'] });
    },
  });
}
