import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/api/client';
import { ifMatch, unwrap } from '@/api/problem';
import type { components } from '@/api/schema';
import type { RequestDto } from '@/api/types';
import { personQueryOptions } from '@/features/persons';
import { requestQueryOptions } from './requests';

type Schemas = components['schemas'];
type RectificationInput = Schemas['RectificationInput'];
type RestrictionInput = Schemas['RestrictionInput'];
type LiftRestrictionInput = Schemas['LiftRestrictionInput'];
type ObjectionInput = Schemas['ObjectionInput'];
type ObjectionDecisionInput = Schemas['ObjectionDecisionInput'];

export type RectifyArgs = { version: string; input: RectificationInput };

/** The rights' steps on a request (Art. 16, 18 and 21), by the path the API takes each at; each answers the request as it is now. */
type RightsBodies = {
  rectification: RectifyArgs;
  restriction: RestrictionInput;
  'restriction/lift': LiftRestrictionInput;
  objection: ObjectionInput;
  'objection/decision': ObjectionDecisionInput;
};
export type RightsStepPath = keyof RightsBodies;

async function takeRightsStep<S extends RightsStepPath>(id: string, step: S, body: RightsBodies[S]): Promise<RequestDto> {
  const path = { params: { path: { id } } };
  switch (step) {
    case 'rectification': {
      // The person's ETag: a stale one answers 412 and nothing is saved.
      const { version, input } = body as RectifyArgs;
      return unwrap(
        await api.POST('/api/v1/requests/{id}/rectification', { ...path, headers: { 'If-Match': ifMatch(version) }, body: input }),
      );
    }
    case 'restriction':
      return unwrap(await api.POST('/api/v1/requests/{id}/restriction', { ...path, body: body as RestrictionInput }));
    case 'restriction/lift':
      return unwrap(await api.POST('/api/v1/requests/{id}/restriction/lift', { ...path, body: body as LiftRestrictionInput }));
    case 'objection':
      return unwrap(await api.POST('/api/v1/requests/{id}/objection', { ...path, body: body as ObjectionInput }));
    default:
      return unwrap(await api.POST('/api/v1/requests/{id}/objection/decision', { ...path, body: body as ObjectionDecisionInput }));
  }
}

/** Takes one rights step; the answer replaces the request's detail, and its persons (now changed or marked) are read again. */
export function useRightsStep<S extends RightsStepPath>(id: string, step: S) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RightsBodies[S]) => takeRightsStep(id, step, body),
    onSuccess: (request) => {
      queryClient.setQueryData(requestQueryOptions(id).queryKey, request);
      void queryClient.invalidateQueries({ queryKey: ['requests', 'list'] });
      for (const pid of request.personIds) void queryClient.invalidateQueries({ queryKey: personQueryOptions(pid).queryKey });
    },
  });
}
