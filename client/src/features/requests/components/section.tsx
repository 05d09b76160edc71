import type { ReactNode, Ref } from 'react';
import { Card, Group, Title } from '@mantine/core';

/** One part of the request page: a landmark named by its heading; `actions` sit beside the heading. */
export function Section({ id, title, actions, headingRef, children }: { id: string; title: string; actions?: ReactNode; headingRef?: Ref<HTMLHeadingElement>; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-heading`} data-section={id}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h4" id={`${id}-heading`} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
