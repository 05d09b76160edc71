import { useEffect, useMemo } from 'react';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrors } from '@/api/problem';

/**
 * Puts the API's validation errors (problem details `errors`, keyed by camelCase field path)
 * on the matching form fields; returns the messages that match no field.
 */
export function useServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
  aliases: Record<string, string> = {},
): string[] {
  const errors = useMemo(() => fieldErrors(error), [error]);
  useEffect(() => {
    for (const [key, message] of Object.entries(errors)) {
      const field = aliases[key] ?? key;
      if (fields.includes(field)) setError(field as Path<T>, { type: 'server', message }, { shouldFocus: false });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [errors, setError]);
  return Object.entries(errors)
    .filter(([key]) => !fields.includes(aliases[key] ?? key))
    .map(([key, message]) => (key ? `${key}: ${message}` : message));
}
