import { useState } from 'react';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { SecretOnceModal } from '@/components/secret-once-modal';
import type { RecipientDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useRecipients } from '../api/recipients';
import { RecipientForm } from './recipient-form';
import { TransferBadge } from './transfer-badge';

/** The register of recipients with each one's EU/EEA and safeguard status at a glance; recipients.manage adds. */
export function RecipientsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const canManage = usePermission('recipients.manage');
  const { data, isLoading, error } = useRecipients();
  const [adding, setAdding] = useState(false);
  // The webhook secret lives only here, until the dialog is closed.
  const [secret, setSecret] = useState<{ name: string; url: string; value: string } | null>(null);

  const created = (r: RecipientDto) => {
    setAdding(false);
    notifications.show({ color: 'teal', message: t('recipients.created', { name: r.name }) });
    if (r.webhookSecret) setSecret({ name: r.name, url: r.webhookUrl ?? '', value: r.webhookSecret });
  };

  return (
    <Stack>
      <PageHeader title={t('recipients.title')}>
        {canManage && !adding && <Button onClick={() => setAdding(true)}>{t('recipients.add')}</Button>}
      </PageHeader>
      <Text c="dimmed" maw={760}>
        {t('recipients.intro')}
      </Text>
      {adding && <RecipientForm onSaved={created} onCancel={() => setAdding(false)} />}
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.length === 0 ? (
          <Text c="dimmed">{t('recipients.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={860}>
            <Table aria-label={t('recipients.title')} withTableBorder striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recipients.name')}</Table.Th>
                  <Table.Th>{t('recipients.type')}</Table.Th>
                  <Table.Th>{t('recipients.country')}</Table.Th>
                  <Table.Th>{t('recipients.transferStatus')}</Table.Th>
                  <Table.Th>{t('recipients.agreement')}</Table.Th>
                  <Table.Th>{t('recipients.webhook')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((r) => (
                  <Table.Tr key={r.id} data-recipient-id={r.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/recipients/${r.id}`} fw={600}>
                        {r.name}
                      </Anchor>
                      {r.businessId && (
                        <Text size="xs" c="dimmed">
                          {r.businessId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`recipients.types.${r.type}`, r.type)}</Table.Td>
                    <Table.Td>{r.country}</Table.Td>
                    <Table.Td>
                      <TransferBadge recipient={r} />
                    </Table.Td>
                    <Table.Td>
                      {r.agreementReference}
                      {r.agreementDate && (
                        <Text size="xs" c="dimmed">
                          {format.date(r.agreementDate)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.webhookUrl ? (
                        <Badge color="teal" variant="light" tt="none" title={r.webhookUrl}>
                          {t('common.yes')}
                        </Badge>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('common.no')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ))}
      {secret && (
        <SecretOnceModal
          title={t('recipients.secretTitle')}
          intro={t('recipients.secretIntro', { name: secret.name, url: secret.url })}
          warning={t('recipients.secretWarning')}
          items={[{ label: t('recipients.webhookSecret'), value: secret.value }]}
          onClose={() => setSecret(null)}
        />
      )}
    </Stack>
  );
}
