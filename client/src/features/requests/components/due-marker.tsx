import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { urgencyOf } from '../lib/steps';

// The label wraps rather than being cut short: the words are the marker, the colour only helps.
const WRAPPING = { root: { height: 'auto', paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } } as const;

/** The due date with "Overdue" or "Due within 7 days" in words under it (never by colour alone). */
export function DueMarker({ dueOn, overdue, dueSoon }: { dueOn: string; overdue: boolean; dueSoon: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const urgency = urgencyOf({ overdue, dueSoon });
  return (
    <Stack gap={4} align="flex-start">
      <Text span inherit style={{ whiteSpace: 'nowrap' }}>
        {format.date(dueOn)}
      </Text>
      {urgency && (
        <Badge
          tt="none"
          size="md"
          variant="filled"
          color={urgency === 'overdue' ? 'red.9' : 'yellow.3'}
          c={urgency === 'overdue' ? 'white' : 'dark.9'}
          styles={WRAPPING}
          data-urgency={urgency}
        >
          {urgency === 'overdue' ? `⚠ ${t('requests.overdue')}` : t('requests.dueSoon')}
        </Badge>
      )}
    </Stack>
  );
}
