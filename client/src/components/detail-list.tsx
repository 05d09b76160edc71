import type { ReactNode } from 'react';
import { SimpleGrid, Stack, Text } from '@mantine/core';

/** Read-only label/value pairs. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl" m={0}>
      {items.map((item) => (
        <Stack gap={2} key={item.label}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} data-field={item.label}>
            {item.value === null || item.value === undefined || item.value === '' ? '–' : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
