import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '@/lib/use-debounced';
import type { PersonCandidate } from '../api/find-persons';
import { useFindPersons } from '../api/find-persons';

/** Pick a person through search; each result has its own button, so it works by keyboard. */
export function PersonPicker({
  label,
  actionLabel,
  onPick,
  error,
  exclude = [],
}: {
  label: string;
  actionLabel: string;
  onPick: (hit: PersonCandidate) => void;
  error?: string;
  /** Persons that cannot be picked again (e.g. already contacts). */
  exclude?: string[];
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const debounced = useDebounced(q.trim(), 200);
  const { data } = useFindPersons(debounced);

  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        type="search"
        value={q}
        error={error}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      {q.trim() && debounced && data && (
        <Paper withBorder p="xs">
          {data.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('search.noResults')}
            </Text>
          ) : (
            <Stack gap={4} role="list" aria-label={t('search.results')}>
              {data.map((hit) => (
                <Group key={hit.id} justify="space-between" role="listitem" wrap="nowrap">
                  <div>
                    <Text size="sm">{hit.displayName}</Text>
                    {hit.detail && (
                      <Text size="xs" c="dimmed">
                        {hit.detail}
                      </Text>
                    )}
                  </div>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={exclude.includes(hit.id)}
                    aria-label={`${actionLabel}: ${hit.displayName}`}
                    onClick={() => {
                      onPick(hit);
                      setQ('');
                    }}
                  >
                    {actionLabel}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
