import { useState } from 'react';
import { Button, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language, ProcessingRecordDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { FormError } from '@/components/form-error';
import { QueryState } from '@/components/query-state';
import { saveBlob } from '@/lib/download';
import { LanguageBar } from './language-bar';
import { processingRecordCsv, processingRecordPage, useProcessingRecord } from '../api/settings';

type Activity = ProcessingRecordDto['activities'][number];

/** The record of processing activities (Art. 30): a table per purpose, the CSV and the printable page. */
export function ProcessingRecordPanel() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>('fi');
  const record = useProcessingRecord(lang);
  const [busy, setBusy] = useState<'csv' | 'print' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const csv = async () => {
    setBusy('csv');
    setError(null);
    try {
      const file = await processingRecordCsv(lang);
      saveBlob(file.blob, file.fileName);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  // The page comes through the API client (it carries the Bearer token); a new window shows it from a blob: URL, without scripts.
  const print = async () => {
    const win = window.open('', '_blank');
    setBusy('print');
    setError(null);
    try {
      const file = await processingRecordPage(lang);
      if (!win) return saveBlob(file.blob, file.fileName);
      const url = URL.createObjectURL(file.blob);
      win.location.href = url;
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      win?.close();
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="md">
      <LanguageBar lang={lang} onChange={setLang}>
        <Button variant="default" onClick={() => void csv()} loading={busy === 'csv'}>
          {t('notice.record.csv')}
        </Button>
        <Button variant="default" onClick={() => void print()} loading={busy === 'print'}>
          {t('notice.record.print')}
        </Button>
      </LanguageBar>
      <FormError error={error} />
      <QueryState isLoading={record.isLoading} error={record.error} />
      {record.data && (
        <>
          <Card withBorder>
            <Text size="sm">
              <strong>{t('notice.record.controller')}:</strong> {record.data.controller.name}, {record.data.controller.businessId},{' '}
              {record.data.controller.address}
            </Text>
            <Text size="sm">
              <strong>{t('notice.record.contact')}:</strong> {record.data.dataProtectionContact.name}, {record.data.dataProtectionContact.email}
            </Text>
          </Card>
          <Title order={2} size="h4">
            {t('notice.record.activities')}
          </Title>
          <DataTable
            label={t('notice.record.activities')}
            withTableBorder
            striped
            rows={record.data.activities}
            rowKey={(a) => a.purpose}
            rowProps={(a) => ({ 'data-activity': a.purpose })}
            columns={[
              { id: 'name', header: t('notice.record.purpose'), cell: (a) => a.name, rowHeader: true },
              { id: 'basis', header: t('notice.record.legalBasis'), cell: (a) => <Basis activity={a} /> },
              { id: 'subjects', header: t('notice.record.dataSubjects'), cell: (a) => a.dataSubjects.map((s) => s.label).join('; ') },
              { id: 'categories', header: t('notice.record.categories'), cell: (a) => a.dataCategories.map((d) => d.label).join('; ') },
              {
                id: 'recipients',
                header: t('notice.record.recipients'),
                cell: (a) => (a.recipients.length === 0 ? t('notice.record.none') : a.recipients.map((r) => `${r.name} (${r.country})`).join('; ')),
              },
              {
                id: 'transfers',
                header: t('notice.record.transfers'),
                cell: (a) =>
                  a.transfers.length === 0
                    ? t('notice.record.none')
                    : a.transfers.map((x) => `${x.recipient} (${x.country}${x.safeguard ? `, ${x.reference ?? ''}` : ''})`).join('; '),
              },
              {
                id: 'retention',
                header: t('notice.record.retention'),
                cell: (a) => (
                  <Stack gap={4}>
                    {a.retention.map((r) => (
                      <Text key={r.dataCategory} size="sm">
                        <strong>{r.dataCategory}:</strong> {r.period}
                      </Text>
                    ))}
                  </Stack>
                ),
              },
            ]}
          />
          <Text size="sm">
            <strong>{t('notice.record.security')}:</strong> {record.data.securityMeasures}
          </Text>
        </>
      )}
    </Stack>
  );
}

function Basis({ activity: a }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm">{t(`consents.legalBasis.${a.legalBasis}`, a.legalBasis)}</Text>
      <Code>{a.legalBasisDpv.replace('https://w3id.org/dpv#', 'dpv:')}</Code>
      {a.legitimateInterest && <Text size="xs">{a.legitimateInterest}</Text>}
    </Stack>
  );
}
