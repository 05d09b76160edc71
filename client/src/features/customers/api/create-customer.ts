import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { unwrap } from '@/api/problem';
import type { CustomerInput } from '@/api/types';
import { customerQueryOptions } from './get-customer';

export async function createCustomer(input: CustomerInput) {
  return unwrap(await api.POST('/api/v1/customers', { body: input }));
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCustomer,
    onSuccess: (customer) => {
      queryClient.setQueryData(customerQueryOptions(customer.id).queryKey, customer);
      void queryClient.invalidateQueries({ queryKey: ['customers', 'list'] });
    },
  });
}
