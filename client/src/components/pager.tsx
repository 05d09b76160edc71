import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Pager({
  page,
  pageSize,
  totalCount,
  onChange,
}: {
  page: number;
  pageSize: number;
  totalCount: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('common.totalCount', { count: totalCount })}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`common.pager.${control}`) })}
        getItemProps={(p) => ({ 'aria-label': t('common.pager.page', { page: p }) })}
      />
    </Group>
  );
}
