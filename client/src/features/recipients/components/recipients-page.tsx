import { useState } from 'react';
import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { SecretOnceModal } from '@/components/secret-once-modal';
import { DataTable } from '@/components/data-table';
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
          <DataTable
            label={t('recipients.title')}
            withTableBorder
            striped
            highlightOnHover
            verticalSpacing="sm"
            rows={data}
            rowKey={(r) => r.id}
            rowProps={(r) => ({ 'data-recipient-id': r.id })}
            minWidth={860}
            columns={[
              {
                id: 'name',
                header: t('recipients.name'),
                cell: (r) => (
                  <>
                    <Anchor component={Link} to={`/recipients/${r.id}`} fw={600}>
                      {r.name}
                    </Anchor>
                    {r.businessId && (
                      <Text size="xs" c="dimmed">
                        {r.businessId}
                      </Text>
                    )}
                  </>
                ),
              },
              { id: 'type', header: t('recipients.type'), cell: (r) => <>{t(`recipients.types.${r.type}`, r.type)}</> },
              { id: 'country', header: t('recipients.country'), cell: (r) => r.country },
              { id: 'transferStatus', header: t('recipients.transferStatus'), cell: (r) => <TransferBadge recipient={r} /> },
              {
                id: 'agreement',
                header: t('recipients.agreement'),
                cell: (r) => (
                  <>
                    {r.agreementReference}
                    {r.agreementDate && (
                      <Text size="xs" c="dimmed">
                        {format.date(r.agreementDate)}
                      </Text>
                    )}
                  </>
                ),
              },
              {
                id: 'webhook',
                header: t('recipients.webhook'),
                cell: (r) => (
                  <>
                    {r.webhookUrl ? (
                      <Badge color="teal" variant="light" tt="none" title={r.webhookUrl}>
                        {t('common.yes')}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('common.no')}
                      </Text>
                    )}
                  </>
                ),
              },
            ]}
          />
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
