import { useState } from 'react';
import { Alert, Button, Checkbox, Divider, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languageValues } from '@/api/schema';
import type { AccessReportDto, AccessReportPerson, Language, RequestDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { DetailList } from '@/components/detail-list';
import { FormError } from '@/components/form-error';
import { FormProblems } from '@/components/form-problems';
import { saveBlob } from '@/lib/download';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { useAccessReportPage, useAccessReports, useGenerateAccessReport } from '../api/report';
import { useRequestStep } from '../api/requests';
import { Section } from './section';

const MAX_TEXT = 2000;

/**
 * The access report of an access request (Art. 15): generated in the chosen language once the
 * requester's identity is verified and the persons are matched, previewed here, opened or saved as
 * the printable page; the reports kept with the request; the decision on naming staff.
 */
export function AccessReportSection({ request: r, defaultLanguage }: { request: RequestDto; defaultLanguage: Language | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ready = Boolean(r.verification) && r.personIds.length > 0 && !r.closedAt;
  const reports = useAccessReports(r.id);
  return (
    <Section id="report" title={t('requests.report.title')}>
      <Stack>
        {ready ? (
          // Starts in the person's language once it is known.
          <GenerateReport key={defaultLanguage ?? ''} request={r} defaultLanguage={defaultLanguage ?? 'fi'} />
        ) : (
          <Text size="sm">{t(r.closedAt ? 'requests.report.closed' : 'requests.report.needsVerification')}</Text>
        )}
        <Divider />
        <Title order={3} size="h5" id="reports-kept-title">
          {t('requests.report.keptTitle')}
        </Title>
        <DataTable
          label={t('requests.report.keptTitle')}
          rows={reports.data}
          isLoading={reports.isLoading}
          error={reports.error}
          emptyText={t('requests.report.noneKept')}
          rowKey={(k) => k.id}
          columns={[
            { id: 'at', header: t('requests.when'), rowHeader: true, cell: (k) => format.dateTime(k.generatedAt) },
            { id: 'by', header: t('requests.who'), cell: (k) => k.generatedBy },
            { id: 'language', header: t('requests.report.language'), cell: (k) => t(`languages.${k.language}`) },
          ]}
        />
        <Divider />
        <StaffNames request={r} />
      </Stack>
    </Section>
  );
}

function GenerateReport({ request: r, defaultLanguage }: { request: RequestDto; defaultLanguage: Language }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const generate = useGenerateAccessReport(r.id);
  const page = useAccessReportPage(r.id);
  const [pageBusy, setPageBusy] = useState<'open' | 'save' | null>(null);

  // The printable page comes through the API client (it carries the Bearer token); a new window
  // shows it from a blob: URL, where the SPA's Content-Security-Policy still holds (no scripts).
  const printable = (how: 'open' | 'save') => {
    // Opened now, while the click still counts as the user's gesture (else a popup blocker may stop it).
    const win = how === 'open' ? window.open('', '_blank') : null;
    setPageBusy(how);
    page.mutate(language, {
      onSuccess: (file) => {
        if (!win) return saveBlob(file.blob, file.fileName);
        const url = URL.createObjectURL(file.blob);
        win.location.href = url;
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      onError: () => win?.close(),
      onSettled: () => setPageBusy(null),
    });
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={760}>
        {t('requests.report.hint')}
      </Text>
      <Group align="flex-end">
        <NativeSelect
          label={t('requests.report.language')}
          value={language}
          onChange={(e) => setLanguage(e.currentTarget.value as Language)}
          data={languageValues.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <Button onClick={() => generate.mutate(language)} loading={generate.isPending}>
          {t('requests.report.generate')}
        </Button>
        <Button variant="default" onClick={() => printable('open')} loading={pageBusy === 'open'}>
          {t('requests.report.open')}
        </Button>
        <Button variant="default" onClick={() => printable('save')} loading={pageBusy === 'save'}>
          {t('requests.report.save')}
        </Button>
      </Group>
      <FormError error={generate.error ?? page.error} fallback={t('requests.report.failed')} />
      {generate.data && <ReportPreview report={generate.data} />}
    </Stack>
  );
}

/** The main sections of a generated report, as the person will get them. */
function ReportPreview({ report }: { report: AccessReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md" data-testid="report-preview" aria-label={t('requests.report.previewTitle')} role="region">
      <Alert color="teal" role="status" title={t('requests.report.previewTitle')}>
        {t('requests.report.generated', { at: format.dateTime(report.generatedAt), language: t(`languages.${report.language}`) })}{' '}
        {t(report.staffNamesEssential ? 'requests.report.staffNamed' : 'requests.report.staffLevels')}
      </Alert>
      {report.persons.map((p) => (
        <PersonPreview key={p.id} person={p} />
      ))}
    </Stack>
  );
}

function PersonPreview({ person: p }: { person: AccessReportPerson }) {
  const { t } = useTranslation();
  const format = useFormat();
  const d = p.details;
  const name = `${d.firstName} ${d.lastName}`;
  const address = [d.street, [d.postalCode, d.city].filter(Boolean).join(' '), d.country].filter(Boolean).join(', ');
  return (
    <Stack gap="sm" component="article" aria-label={name}>
      <Title order={3} size="h5">
        {name}
      </Title>
      <DetailList
        items={[
          { label: t('requests.report.name'), value: name },
          { label: t('requests.report.email'), value: d.email },
          { label: t('requests.report.phone'), value: [d.phone, d.mobile].filter(Boolean).join(', ') },
          { label: t('requests.report.address'), value: address },
          { label: t('requests.report.language'), value: t(`languages.${d.language}`) },
          { label: t('requests.report.identityCode'), value: d.personalIdentityCode },
          { label: t('requests.report.nonDisclosure'), value: d.nonDisclosure ? t('common.yes') : t('common.no') },
          { label: t('requests.report.since'), value: format.date(d.createdAt) },
        ]}
      />
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('requests.report.customersOf', { name })}
        </Title>
        <DataTable
          label={t('requests.report.customersOf', { name })}
          rows={p.customers}
          emptyText={t('requests.report.noCustomers')}
          rowKey={(c) => c.id}
          columns={[
            { id: 'customer', header: t('requests.report.customer'), rowHeader: true, cell: (c) => `${c.name} (${c.customerNumber})` },
            { id: 'since', header: t('requests.report.customerSince'), cell: (c) => format.date(c.customerSince) },
            { id: 'purchases', header: t('requests.report.purchases'), cell: (c) => format.count(c.purchases.length) },
            { id: 'assets', header: t('requests.report.assets'), cell: (c) => format.count(c.assets.length) },
            { id: 'contacts', header: t('requests.report.contacts'), cell: (c) => format.count(c.contacts.length) },
            { id: 'problems', header: t('requests.report.problems'), cell: (c) => format.count(c.problems.length) },
            { id: 'invoices', header: t('requests.report.invoices'), cell: (c) => format.count(c.invoices.length) },
            { id: 'recordings', header: t('requests.report.recordings'), cell: (c) => format.count(c.recordings.length) },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('requests.report.consentsOf', { name })}
        </Title>
        <DataTable
          label={t('requests.report.consentsOf', { name })}
          rows={p.consents}
          emptyText={t('requests.report.noConsents')}
          rowKey={(c, i) => `${c.at}-${i}`}
          columns={[
            { id: 'at', header: t('requests.when'), cell: (c) => format.dateTime(c.at) },
            { id: 'purpose', header: t('requests.report.purpose'), rowHeader: true, cell: (c) => c.purpose },
            { id: 'action', header: t('requests.report.consent'), cell: (c) => t(`consents.actions.${c.action}`) },
            { id: 'channel', header: t('requests.report.channel'), cell: (c) => t(`consents.channels.${c.channel}`) },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('requests.report.disclosuresOf', { name })}
        </Title>
        <DataTable
          label={t('requests.report.disclosuresOf', { name })}
          rows={p.disclosures}
          emptyText={t('requests.report.noDisclosures')}
          rowKey={(c, i) => `${c.at}-${i}`}
          columns={[
            { id: 'at', header: t('requests.when'), cell: (c) => format.dateTime(c.at) },
            { id: 'recipient', header: t('requests.recipients.recipient'), rowHeader: true, cell: (c) => `${c.recipient} (${c.country})` },
            { id: 'kind', header: t('requests.recipients.received'), cell: (c) => t(`recipients.disclosureKinds.${c.kind}`) },
            { id: 'purpose', header: t('requests.report.purpose'), cell: (c) => c.purpose },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('requests.report.exportsOf', { name })}
        </Title>
        <DataTable
          label={t('requests.report.exportsOf', { name })}
          rows={p.selectionExports}
          emptyText={t('requests.report.noExports')}
          rowKey={(c, i) => `${c.at}-${i}`}
          columns={[
            { id: 'at', header: t('requests.when'), cell: (c) => format.dateTime(c.at) },
            { id: 'selection', header: t('requests.report.selection'), rowHeader: true, cell: (c) => c.selection },
            { id: 'purpose', header: t('requests.report.purpose'), cell: (c) => c.purpose },
            { id: 'channel', header: t('requests.report.channel'), cell: (c) => t(`consents.channels.${c.channel}`) },
          ]}
        />
      </Stack>
      <Stack gap={4}>
        <Title order={4} size="h6">
          {t('requests.report.usesOf', { name })}
        </Title>
        <DataTable
          label={t('requests.report.usesOf', { name })}
          rows={p.uses}
          emptyText={t('requests.report.noUses')}
          rowKey={(c, i) => `${c.at}-${i}`}
          columns={[
            { id: 'at', header: t('requests.when'), cell: (c) => format.dateTime(c.at) },
            { id: 'purpose', header: t('requests.report.purpose'), rowHeader: true, cell: (c) => t(`requests.usePurposes.${c.purpose}`) },
            { id: 'operation', header: t('requests.report.operation'), cell: (c) => c.operation },
            {
              id: 'who',
              header: t('requests.report.usedBy'),
              cell: (c) => [c.staffName, c.accessLevel ? t(`accessLevels.${c.accessLevel}`) : null].filter(Boolean).join(' · '),
            },
          ]}
        />
      </Stack>
    </Stack>
  );
}

/** Whether the report names the staff who used the person's data (CJEU C-579/21); otherwise only their access level. */
function StaffNames({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const step = useRequestStep(r.id, 'staff-names');
  const { register, handleSubmit, formState, setError } = useForm<{ essential: boolean; reason: string }>({
    defaultValues: { essential: r.staffNamesEssential, reason: r.staffNamesReason ?? '' },
  });
  const unmatched = useServerErrors(step.error, setError, ['essential', 'reason']);
  const decision = (
    <Text size="sm" data-testid="staff-names-decision">
      {r.staffNamesReason
        ? `${t(r.staffNamesEssential ? 'requests.report.staffNamed' : 'requests.report.staffLevels')} ${t('requests.report.staffReasonWas', { reason: r.staffNamesReason })}`
        : t('requests.report.staffUndecided')}
    </Text>
  );
  return (
    <section aria-labelledby="staff-names-title">
      <Title order={3} size="h5" id="staff-names-title" mb={4}>
        {t('requests.report.staffTitle')}
      </Title>
      {decision}
      {!r.closedAt && (
        <form
          noValidate
          aria-labelledby="staff-names-title"
          onSubmit={handleSubmit((v) =>
            step.mutate(
              { essential: v.essential, reason: v.reason.trim() },
              { onSuccess: () => notifications.show({ color: 'teal', message: t('requests.report.staffSaved') }) },
            ),
          )}
        >
          <Stack gap="xs" maw={760} mt="xs">
            <Text size="sm" c="dimmed">
              {t('requests.report.staffHint')}
            </Text>
            <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
            <Checkbox label={t('requests.report.staffEssential')} {...register('essential')} />
            <Textarea
              label={t('requests.report.staffReason')}
              required
              autosize
              minRows={2}
              maxLength={MAX_TEXT}
              error={formState.errors.reason?.message}
              {...register('reason', { validate: (v) => v.trim() !== '' || t('validation.required') })}
            />
            <Group>
              <Button type="submit" variant="default" loading={step.isPending}>
                {t('requests.report.staffSave')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </section>
  );
}
