import { Anchor, Badge, Button, Card, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import type { RecipientDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { usePurposes, useNotices, useRecentDisclosures, useRecipient } from '../api/recipients';
import { noticeStatus, type NoticeStatus } from '../lib/recipients';
import { TransferBadge } from './transfer-badge';

/** One recipient: its details, its latest disclosures and its webhook notices (disclosures.read). */
export function RecipientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canReadDisclosures = usePermission('disclosures.read');
  const canWriteDisclosures = usePermission('disclosures.write');
  const { data: recipient, isLoading, error } = useRecipient(id);

  if (!recipient) return <QueryState isLoading={isLoading} error={error} />;

  return (
    <Stack>
      <Anchor component={Link} to="/recipients" size="sm">
        ← {t('recipients.back')}
      </Anchor>
      <PageHeader title={recipient.name}>
        {canWriteDisclosures && (
          <Button component={Link} to={`/disclosures/new?recipientId=${recipient.id}`} variant="light">
            {t('recipients.recordDisclosure')}
          </Button>
        )}
      </PageHeader>
      <DetailsCard recipient={recipient} />
      {canReadDisclosures && <DisclosuresCard recipient={recipient} />}
      {canReadDisclosures && <NoticesCard recipient={recipient} />}
    </Stack>
  );
}

function DetailsCard({ recipient: r }: { recipient: RecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const purposes = usePurposes();
  const purposeName = (code: string) => purposes.data?.find((p) => p.code === code)?.name ?? code;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('recipients.details')}
      </Title>
      <DetailList
        items={[
          { label: t('recipients.type'), value: t(`recipients.types.${r.type}`, r.type) },
          { label: t('recipients.businessId'), value: r.businessId },
          { label: t('recipients.country'), value: r.country },
          { label: t('recipients.transferStatus'), value: <TransferBadge recipient={r} /> },
          { label: t('recipients.contact'), value: r.contact },
          { label: t('recipients.purposes'), value: r.purposes.map(purposeName).join(', ') },
          { label: t('recipients.dataCategories'), value: r.dataCategories.join(', ') },
          { label: t('recipients.agreementReference'), value: r.agreementReference },
          { label: t('recipients.agreementDate'), value: format.date(r.agreementDate) },
          {
            label: t('recipients.webhookUrl'),
            value: r.webhookUrl ? <Code style={{ wordBreak: 'break-all' }}>{r.webhookUrl}</Code> : t('recipients.noWebhook'),
          },
          { label: t('recipients.createdAt'), value: format.dateTime(r.createdAt) },
        ]}
      />
    </Card>
  );
}

function DisclosuresCard({ recipient }: { recipient: RecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const purposes = usePurposes();
  const { data, isLoading, error } = useRecentDisclosures(recipient.id, true);
  const purposeName = (code: string) => purposes.data?.find((p) => p.code === code)?.name ?? code;
  const title = t('recipients.disclosures');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Anchor component={Link} to={`/disclosures?recipientId=${recipient.id}`} size="sm">
            {t('recipients.allDisclosures')}
          </Anchor>
        </Group>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.items.length === 0 ? (
          <Text c="dimmed">{t('recipients.noDisclosures')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label={title} withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('recipients.disclosedAt')}</Table.Th>
                    <Table.Th>{t('recipients.disclosureKind')}</Table.Th>
                    <Table.Th>{t('recipients.purpose')}</Table.Th>
                    <Table.Th ta="right">{t('recipients.persons')}</Table.Th>
                    <Table.Th>{t('recipients.madeBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((d) => (
                    <Table.Tr key={d.id} data-disclosure-id={d.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Anchor component={Link} to={`/disclosures/${d.id}`}>
                          {format.dateTime(d.at)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{t(`recipients.disclosureKinds.${d.kind}`, d.kind)}</Table.Td>
                      <Table.Td>{purposeName(d.purpose)}</Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {format.count(d.personCount)}
                      </Table.Td>
                      <Table.Td>{d.madeBy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {data.totalCount > data.items.length && (
              <Text size="sm" c="dimmed">
                {t('recipients.latestOf', { shown: data.items.length, total: format.count(data.totalCount) })}
              </Text>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

const NOTICE_COLORS: Record<NoticeStatus, string> = { delivered: 'teal', retrying: 'yellow', givenUp: 'red', pending: 'gray' };

function NoticesCard({ recipient }: { recipient: RecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasWebhook = Boolean(recipient.webhookUrl);
  const { data, isLoading, error } = useNotices(recipient.id, hasWebhook);
  const title = t('recipients.notices');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('recipients.noticesHint')}
        </Text>
        {!hasWebhook ? (
          <Text c="dimmed">{t('recipients.noWebhookNotices')}</Text>
        ) : !data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('recipients.noNotices')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table aria-label={title} withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('recipients.noticeAt')}</Table.Th>
                  <Table.Th>{t('recipients.noticeType')}</Table.Th>
                  <Table.Th>{t('recipients.person')}</Table.Th>
                  <Table.Th>{t('recipients.noticeStatus')}</Table.Th>
                  <Table.Th ta="right">{t('recipients.attempts')}</Table.Th>
                  <Table.Th>{t('recipients.lastResult')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((n) => {
                  const status = noticeStatus(n);
                  return (
                    <Table.Tr key={n.id} data-notice-id={n.id} data-status={status}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(n.occurredAt)}</Table.Td>
                      <Table.Td>{t(`recipients.noticeTypes.${n.type}`, n.type)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/persons/${n.personId}`} size="sm">
                          {t('recipients.openPerson')}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={NOTICE_COLORS[status]} variant="light" tt="none">
                          {t(`recipients.noticeStatuses.${status}`)}
                        </Badge>
                        <Text size="xs" c="dimmed">
                          {status === 'delivered'
                            ? format.dateTime(n.deliveredAt)
                            : status === 'givenUp'
                              ? format.dateTime(n.abandonedAt)
                              : t('recipients.nextAttempt', { at: format.dateTime(n.nextAttemptAt) })}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{format.count(n.attempts)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: 'break-word' }}>
                          {n.lastResult ?? '–'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
