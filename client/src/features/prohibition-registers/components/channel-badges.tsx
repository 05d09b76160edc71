import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ChannelBadges({ channels }: { channels: string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {channels.map((c) => (
        <Badge key={c} variant="light" color="gray">
          {t(`consents.channels.${c}`, c)}
        </Badge>
      ))}
    </Group>
  );
}
