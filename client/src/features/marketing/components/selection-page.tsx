import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { DetailList } from '@/components/detail-list';
import { FormError } from '@/components/form-error';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import type { MarketingSelectionDto } from '@/api/types';
import { usePermission } from '@/lib/auth';
import { useFormat } from '@/lib/format';
import { useProductGroups } from '@/features/customers';
import { usePurposes } from '@/features/purposes';
import { useExports, useExportSelection, usePreview, useSelection } from '../api/selections';
import { summarizePreview } from '../lib/preview';
import { HandoverDialog } from './handover-dialog';

/** A saved selection: its criteria, how many it reaches now and why the others are left out, and its exports. */
export function SelectionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: selection, isLoading, error } = useSelection(id);
  const [confirming, setConfirming] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  // Choosing the recipient needs the register of recipients.
  const canSelect = usePermission('marketing.select');
  const canReadRecipients = usePermission('recipients.read');
  const canHandOver = canSelect && canReadRecipients;

  if (!selection) return <QueryState isLoading={isLoading} error={error} />;

  return (
    <Stack>
      <Anchor component={Link} to="/marketing" size="sm">
        ← {t('marketing.back')}
      </Anchor>
      <PageHeader title={selection.name}>
        {canHandOver && (
          <Button variant="light" onClick={() => setHandingOver(true)}>
            {t('marketing.handover')}
          </Button>
        )}
        <Button onClick={() => setConfirming(true)}>{t('marketing.export')}</Button>
      </PageHeader>
      <CriteriaCard selection={selection} />
      <PreviewCard selection={selection} />
      <ExportsCard selectionId={selection.id} />
      {confirming && <ExportDialog selection={selection} onClose={() => setConfirming(false)} />}
      {handingOver && <HandoverDialog selection={selection} onClose={() => setHandingOver(false)} />}
    </Stack>
  );
}

function CriteriaCard({ selection }: { selection: MarketingSelectionDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const purposes = usePurposes();
  const groups = useProductGroups();
  const c = selection.criteria;
  const any = t('marketing.any');
  const list = (values: string[] | null | undefined, label: (v: string) => string = (v) => v) =>
    values && values.length > 0 ? values.map(label).join(', ') : any;
  const groupName = (gid: string) => groups.data?.find((g) => g.id === gid)?.name ?? gid;
  const period =
    c.purchasedFrom || c.purchasedTo ? `${c.purchasedFrom ? format.date(c.purchasedFrom) : '…'} – ${c.purchasedTo ? format.date(c.purchasedTo) : '…'}` : any;

  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('marketing.criteria')}
      </Title>
      <DetailList
        items={[
          {
            label: t('marketing.purpose'),
            value: (
              <>
                {purposes.data?.find((p) => p.code === selection.purpose)?.name ?? selection.purpose}{' '}
                <Badge variant="light" color={selection.marketingPurpose === 'partner' ? 'grape' : 'blue'}>
                  {t(`marketing.marketingPurposes.${selection.marketingPurpose}`, selection.marketingPurpose)}
                </Badge>
              </>
            ),
          },
          { label: t('marketing.channel'), value: t(`consents.channels.${selection.channel}`, selection.channel) },
          { label: t('marketing.productGroups'), value: list(c.productGroupIds, groupName) },
          { label: t('marketing.interests'), value: list(c.interests) },
          { label: t('marketing.languages'), value: list(c.languages, (l) => t(`languages.${l}`, l)) },
          { label: t('marketing.postalCodePrefixes'), value: list(c.postalCodePrefixes) },
          { label: t('marketing.customerType'), value: c.customerType ? t(`customer.types.${c.customerType}`, c.customerType) : any },
          { label: t('marketing.purchasePeriod'), value: period },
          { label: t('marketing.created'), value: `${format.dateTime(selection.createdAt)} · ${selection.createdBy}` },
        ]}
      />
    </Card>
  );
}

function PreviewCard({ selection }: { selection: MarketingSelectionDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error, refetch, isFetching } = usePreview(selection.id);
  const channel = t(`consents.channels.${selection.channel}`, selection.channel);

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('marketing.preview')}
          </Title>
          <Button size="xs" variant="default" loading={isFetching && !isLoading} onClick={() => void refetch()}>
            {t('marketing.recount')}
          </Button>
        </Group>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : (
          <PreviewBody summary={summarizePreview(data)} channel={channel} format={format} />
        )}
      </Stack>
    </Card>
  );
}

function PreviewBody({
  summary,
  channel,
  format,
}: {
  summary: ReturnType<typeof summarizePreview>;
  channel: string;
  format: ReturnType<typeof useFormat>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="md" align="baseline" data-testid="included">
        <Text fz={48} fw={700} lh={1} c="teal.8" data-testid="included-count">
          {format.count(summary.included)}
        </Text>
        <Text fz="lg">{t('marketing.includedLabel', { count: summary.included, channel })}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        {t('marketing.candidatesLine', {
          count: summary.candidates,
          candidates: format.count(summary.candidates),
          excluded: format.count(summary.excluded),
        })}
      </Text>
      <DataTable
        label={t('marketing.exclusions')}
        withTableBorder
        verticalSpacing="xs"
        minWidth={640}
        rows={summary.rows}
        rowKey={(row) => row.reason}
        rowProps={(row) => ({ 'data-reason': row.reason, c: row.count === 0 ? 'dimmed' : undefined })}
        columns={[
          {
            id: 'reason',
            header: t('marketing.reason'),
            rowHeader: true,
            cell: (row) => (row.known ? t(`marketing.reasons.${row.reason}.name`) : row.reason),
            cellProps: (row) => ({ fw: row.count === 0 ? 400 : 600, style: { whiteSpace: 'nowrap' } }),
          },
          {
            id: 'leftOut',
            header: t('marketing.leftOut'),
            headerProps: { ta: 'right', style: { whiteSpace: 'nowrap' } },
            cell: (row) => format.count(row.count),
            cellProps: (row) => ({
              ta: 'right',
              fw: row.count === 0 ? 400 : 700,
              style: { fontVariantNumeric: 'tabular-nums' },
              'data-count': row.count,
            }),
          },
          {
            id: 'why',
            header: t('marketing.why'),
            cell: (row) => (row.known ? t(`marketing.reasons.${row.reason}.help`) : ''),
            cellProps: () => ({ fz: 'sm' }),
          },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('marketing.firstReasonNote')}
      </Text>
    </>
  );
}

function ExportsCard({ selectionId }: { selectionId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, isLoading, error } = useExports(selectionId);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('marketing.exports')}
        </Title>
        {!data ? (
          <QueryState isLoading={isLoading} error={error} />
        ) : data.length === 0 ? (
          <Text c="dimmed">{t('marketing.noExports')}</Text>
        ) : (
          <DataTable
            label={t('marketing.exports')}
            withTableBorder
            striped
            minWidth={560}
            rows={data}
            rowKey={(x) => x.id}
            rowProps={(x) => ({ 'data-export-id': x.id })}
            columns={[
              {
                id: 'exportedAt',
                header: t('marketing.exportedAt'),
                cell: (x) => format.dateTime(x.exportedAt),
                cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
              },
              { id: 'exportedBy', header: t('marketing.exportedBy'), cell: (x) => x.exportedBy },
              { id: 'channel', header: t('marketing.channel'), cell: (x) => t(`consents.channels.${x.channel}`, x.channel) },
              {
                id: 'personCount',
                header: t('marketing.personCount'),
                headerProps: { ta: 'right' },
                cell: (x) => format.count(x.personCount),
                cellProps: () => ({ ta: 'right', style: { fontVariantNumeric: 'tabular-nums' } }),
              },
            ]}
          />
        )}
      </Stack>
    </Card>
  );
}

function ExportDialog({ selection, onClose }: { selection: MarketingSelectionDto; onClose: () => void }) {
  const { t } = useTranslation();
  const exporter = useExportSelection();
  const purposes = usePurposes();
  const purpose = purposes.data?.find((p) => p.code === selection.purpose)?.name ?? selection.purpose;
  const channel = t(`consents.channels.${selection.channel}`, selection.channel);
  return (
    <Modal opened onClose={onClose} title={t('marketing.exportTitle')} centered size="lg">
      <Stack gap="sm">
        <Text>{t('marketing.exportConfirm', { purpose, channel })}</Text>
        <Alert color="yellow" variant="light" role="note">
          {t('marketing.exportRecorded')}
        </Alert>
        <FormError error={exporter.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            loading={exporter.isPending}
            onClick={() =>
              exporter.mutate(selection.id, {
                onSuccess: (file) => {
                  notifications.show({ color: 'teal', message: t('marketing.exported', { file: file.fileName }) });
                  onClose();
                },
              })
            }
          >
            {t('marketing.exportConfirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
