import { useState } from 'react';
import { Anchor, Badge, Button, Card, Code, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '@/components/detail-list';
import { FormProblems } from '@/components/form-problems';
import { SecretOnceModal } from '@/components/secret-once-modal';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import type { RecipientDto, RecipientFieldChangeDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useDisclosures } from '@/features/disclosures';
import { usePurposes } from '@/features/purposes';
import { useNotices, useRecipient, useRecipientHistory, useRotateWebhookSecret } from '../api/recipients';
import { noticeStatus, type NoticeStatus } from '../lib/recipients';
import { RecipientForm } from './recipient-form';
import { TransferBadge } from './transfer-badge';

/** How many of the recipient's latest disclosures its page shows. */
const RECENT_DISCLOSURES = 10;

type ShownSecret = { name: string; url: string; value: string };

/**
 * One recipient: its details (editable with recipients.manage, webhook secret rotation there
 * too), its history, its latest disclosures and its webhook notices (disclosures.read).
 */
export function RecipientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const canReadDisclosures = usePermission('disclosures.read');
  const canWriteDisclosures = usePermission('disclosures.write');
  const canManage = usePermission('recipients.manage');
  const { data: recipient, isLoading, error, refetch } = useRecipient(id);
  const [editing, setEditing] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [confirmRotate, setConfirmRotate] = useState(false);
  // A new webhook secret lives only here, until its dialog is closed.
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const rotate = useRotateWebhookSecret();

  if (!recipient) return <QueryState isLoading={isLoading} error={error} />;

  const saved = (r: RecipientDto) => {
    setEditing(false);
    notifications.show({ color: 'teal', message: t('recipients.saved', { name: r.name }) });
    if (r.webhookSecret && r.webhookUrl) setSecret({ name: r.name, url: r.webhookUrl, value: r.webhookSecret });
  };
  const reload = async () => {
    await refetch();
    setFormKey((k) => k + 1);
  };
  const rotateSecret = () =>
    rotate.mutate(recipient.id, {
      onSuccess: (s) => {
        setConfirmRotate(false);
        rotate.reset();
        setSecret({ name: recipient.name, url: recipient.webhookUrl ?? '', value: s.webhookSecret });
      },
    });

  return (
    <Stack>
      <Anchor component={Link} to="/recipients" size="sm">
        ← {t('recipients.back')}
      </Anchor>
      <PageHeader title={recipient.name}>
        {canManage && !editing && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
        {canManage && recipient.webhookUrl && (
          <Button variant="light" color="orange" onClick={() => setConfirmRotate(true)}>
            {t('recipients.rotateSecret')}
          </Button>
        )}
        {canWriteDisclosures && (
          <Button component={Link} to={`/disclosures/new?recipientId=${recipient.id}`} variant="light">
            {t('recipients.recordDisclosure')}
          </Button>
        )}
      </PageHeader>
      {editing ? (
        <RecipientForm
          key={`${recipient.version}-${formKey}`}
          recipient={recipient}
          onSaved={saved}
          onCancel={() => setEditing(false)}
          onReload={() => void reload()}
        />
      ) : (
        <DetailsCard recipient={recipient} />
      )}
      <HistoryCard recipient={recipient} />
      {canReadDisclosures && <DisclosuresCard recipient={recipient} />}
      {canReadDisclosures && <NoticesCard recipient={recipient} />}

      {confirmRotate && (
        <Modal
          opened
          onClose={() => {
            setConfirmRotate(false);
            rotate.reset();
          }}
          title={t('recipients.rotateTitle')}
          centered
        >
          <Stack gap="sm">
            <Text size="sm">{t('recipients.rotateConfirm', { name: recipient.name })}</Text>
            <FormProblems error={rotate.error} unmatched={[]} />
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  setConfirmRotate(false);
                  rotate.reset();
                }}
              >
                {t('common.cancel')}
              </Button>
              <Button color="orange" loading={rotate.isPending} onClick={rotateSecret}>
                {t('recipients.rotateSecret')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
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

const changeValue = (value: string | null | undefined, t: (key: string) => string) => value ?? t('recipients.historyEmpty');

/** Registration, edits and secret rotations, newest first: who, when, and each field before and after. */
function HistoryCard({ recipient }: { recipient: RecipientDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useRecipientHistory(recipient.id);
  const title = t('recipients.history');
  const field = (f: RecipientFieldChangeDto) => t(`recipients.historyFields.${f.field}`, f.field);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('recipients.noHistory')}</Text>
        ) : (
          <DataTable
            label={title}
            withTableBorder
            striped
            rows={data}
            rowKey={(v) => v.id}
            rowProps={(v) => ({ 'data-version-id': v.id })}
            minWidth={640}
            columns={[
              {
                id: 'historyAt',
                header: t('recipients.historyAt'),
                cell: (v) => format.dateTime(v.at),
                cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
              },
              {
                id: 'historyChange',
                header: t('recipients.historyChange'),
                cell: (v) => <>{t(`recipients.historyChanges.${v.change}`, v.change)}</>,
              },
              { id: 'historyBy', header: t('recipients.historyBy'), cell: (v) => v.by },
              {
                id: 'historyFieldsTitle',
                header: t('recipients.historyFieldsTitle'),
                cell: (v) => (
                  <>
                    {v.change === 'registered' ? (
                      <Text size="sm" c="dimmed">
                        {t('recipients.historyRegistered')}
                      </Text>
                    ) : (
                      <List size="sm" spacing={2}>
                        {v.fields.map((f) => (
                          <List.Item key={f.field}>
                            {f.field === 'webhookSecret' ? (
                              t('recipients.historySecretChanged')
                            ) : (
                              <>
                                <strong>{field(f)}</strong>: {changeValue(f.from, t)} → {changeValue(f.to, t)}
                              </>
                            )}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </Stack>
    </Card>
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
  const { data, isLoading, error } = useDisclosures({ recipientId: recipient.id, page: 1, pageSize: RECENT_DISCLOSURES });
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
            <DataTable
              label={title}
              withTableBorder
              striped
              rows={data.items}
              rowKey={(d) => d.id}
              rowProps={(d) => ({ 'data-disclosure-id': d.id })}
              minWidth={640}
              columns={[
                {
                  id: 'disclosedAt',
                  header: t('recipients.disclosedAt'),
                  cell: (d) => (
                    <Anchor component={Link} to={`/disclosures/${d.id}`}>
                      {format.dateTime(d.at)}
                    </Anchor>
                  ),
                  cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
                },
                {
                  id: 'disclosureKind',
                  header: t('recipients.disclosureKind'),
                  cell: (d) => <>{t(`recipients.disclosureKinds.${d.kind}`, d.kind)}</>,
                },
                { id: 'purpose', header: t('recipients.purpose'), cell: (d) => purposeName(d.purpose) },
                {
                  id: 'persons',
                  header: t('recipients.persons'),
                  cell: (d) => format.count(d.personCount),
                  headerProps: { ta: 'right' },
                  cellProps: () => ({ ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } }),
                },
                { id: 'madeBy', header: t('recipients.madeBy'), cell: (d) => d.madeBy },
              ]}
            />
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
          <DataTable
            label={title}
            withTableBorder
            striped
            minWidth={760}
            rows={data}
            rowKey={(n) => n.id}
            rowProps={(n) => ({ 'data-notice-id': n.id, 'data-status': noticeStatus(n) })}
            columns={[
              { id: 'at', header: t('recipients.noticeAt'), cell: (n) => format.dateTime(n.occurredAt), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { id: 'type', header: t('recipients.noticeType'), cell: (n) => t(`recipients.noticeTypes.${n.type}`, n.type) },
              {
                id: 'person',
                header: t('recipients.person'),
                cell: (n) => (
                  <Anchor component={Link} to={`/persons/${n.personId}`} size="sm">
                    {t('recipients.openPerson')}
                  </Anchor>
                ),
              },
              {
                id: 'status',
                header: t('recipients.noticeStatus'),
                cell: (n) => {
                  const status = noticeStatus(n);
                  return (
                    <>
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
                    </>
                  );
                },
              },
              {
                id: 'attempts',
                header: t('recipients.attempts'),
                headerProps: { ta: 'right' },
                cellProps: () => ({ ta: 'right' }),
                cell: (n) => format.count(n.attempts),
              },
              {
                id: 'lastResult',
                header: t('recipients.lastResult'),
                cell: (n) => (
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {n.lastResult ?? '–'}
                  </Text>
                ),
              },
            ]}
          />
        )}
      </Stack>
    </Card>
  );
}
