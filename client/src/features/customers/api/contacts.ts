import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { unwrap } from '@/api/problem';
import type { ContactDto, ContactInput, ContactPage } from './c360-types';
import { customer360Key } from './keys';
import { api } from '@/api/client';

export const CONTACTS_PAGE_SIZE = 20;

export type ContactsParams = { customerId: string; productGroupId?: string };

export async function getContacts({ customerId, productGroupId }: ContactsParams, page: number, signal?: AbortSignal) {
  return unwrap(
    await api.GET('/api/v1/customers/{id}/contacts', {
      params: { path: { id: customerId }, query: { productGroupId: productGroupId || undefined, page, pageSize: CONTACTS_PAGE_SIZE } },
      signal,
    }),
  );
}

/** The timeline, newest first, one page more per "load more". */
export const contactsQueryOptions = (params: ContactsParams) =>
  infiniteQueryOptions({
    queryKey: [...customer360Key(params.customerId), 'contacts', { productGroupId: params.productGroupId ?? '' }],
    queryFn: ({ pageParam, signal }) => getContacts(params, pageParam, signal),
    initialPageParam: 1,
    getNextPageParam: (last: ContactPage) =>
      last.page * last.pageSize < last.totalCount && last.items.length > 0 ? last.page + 1 : undefined,
  });

export function useContacts(params: ContactsParams) {
  return useInfiniteQuery(contactsQueryOptions(params));
}

export async function createContact({ customerId, input }: { customerId: string; input: ContactInput }) {
  return unwrap(await api.POST('/api/v1/customers/{id}/contacts', { params: { path: { id: customerId } }, body: input }));
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContact,
    onSuccess: async (contact, { customerId }) => {
      // Put the new contact at the top of the timelines it belongs to at once; the refetch then confirms.
      for (const filter of ['', contact.productGroupId ?? '']) {
        queryClient.setQueryData<InfiniteData<ContactPage, number>>(
          contactsQueryOptions({ customerId, productGroupId: filter }).queryKey,
          (old) =>
            old && !old.pages[0]?.items.some((c: ContactDto) => c.id === contact.id)
              ? {
                  ...old,
                  pages: old.pages.map((p, i) =>
                    i === 0 ? { ...p, items: [contact, ...p.items], totalCount: p.totalCount + 1 } : p,
                  ),
                }
              : old,
        );
      }
      await queryClient.invalidateQueries({ queryKey: customer360Key(customerId) });
    },
  });
}
