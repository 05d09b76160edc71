import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { urgencyOf } from '../lib/steps';

/** The due date with "Overdue" or "Due within 7 days" in words beside it (never by colour alone). */
export function DueMarker({ dueOn, overdue, dueSoon }: { dueOn: string; overdue: boolean; dueSoon: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const urgency = urgencyOf({ overdue, dueSoon });
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span inherit style={{ whiteSpace: 'nowrap' }}>
        {format.date(dueOn)}
      </Text>
      {urgency && (
        <Badge color={urgency === 'overdue' ? 'red.8' : 'yellow.3'} c={urgency === 'overdue' ? 'white' : 'dark.9'} variant="filled" data-urgency={urgency}>
          {urgency === 'overdue' ? `⚠ ${t('requests.overdue')}` : t('requests.dueSoon')}
        </Badge>
      )}
    </Group>
  );
}
