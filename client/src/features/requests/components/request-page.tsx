import { useCallback, useRef } from 'react';
import { Anchor, Badge, Divider, Group, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { DetailList } from '@/components/detail-list';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import type { ClosedSet, RequestDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { personQueryOptions } from '@/features/persons';
import { useHandlers } from '../api/handlers';
import { RightsSection } from './rights-section';
import { useRequest } from '../api/requests';
import { availableSteps } from '../lib/steps';
import { DueMarker } from './due-marker';
import { AccessReportSection } from './access-report-section';
import { ErasureSection } from './erasure-section';
import { PortabilitySection } from './portability-section';
import { RecipientsSection } from './recipients-section';
import { Section } from './section';
import { AssignForm, CompleteForm, ExtendForm, IdentificationForm, MatchPersonsForm, RejectForm, StepRecordedContext, VerifyForm } from './request-steps';

/** The request types that change the persons' data, whose recipients are told (Art. 19); the API answers 409 for the others. */
const tellsRecipients = (type: RequestDto['type']) => type === 'rectification' || type === 'erasure' || type === 'restriction';

/** One request: the requester in full, its deadline, its timeline, and the steps its state allows now. */
export function RequestPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const { data: request, isLoading, error } = useRequest(id);

  return (
    <Stack>
      <Anchor component={Link} to={`/requests${from}`} size="sm">
        ← {t('requests.backToInbox')}
      </Anchor>
      {request ? <RequestDetail request={request} /> : <QueryState isLoading={isLoading} error={error} />}
    </Stack>
  );
}

function RequestDetail({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { handlers, nameOf } = useHandlers();
  const steps = availableSteps(r);
  // The persons the request concerns, by name (each read audited as any person read is).
  const persons = useQueries({ queries: r.personIds.map((pid) => personQueryOptions(pid)) });
  const names = new Map(persons.flatMap((p) => (p.data ? [[p.data.id, `${p.data.firstName} ${p.data.lastName}`] as const] : [])));
  const personsLoaded = persons.every((p) => !p.isLoading);
  const title = useRef<HTMLSpanElement>(null);
  const focusTitle = useCallback(() => requestAnimationFrame(() => title.current?.focus()), []);

  return (
    <StepRecordedContext value={focusTitle}>
      <PageHeader
        title={
          <span ref={title} tabIndex={-1} style={{ outlineOffset: 4 }}>
            {t(`requests.types.${r.type}`)}: {r.requester.name}
            <Badge ml="sm" variant="outline" color="dark" size="lg" data-testid="request-status">
              {t(`requests.statuses.${r.status}`)}
            </Badge>
          </span>
        }
      />

      <Section id="deadline" title={t('requests.deadlineTitle')}>
        <DetailList
          items={[
            { label: t('requests.dueOn'), value: <DueMarker dueOn={r.dueOn} overdue={r.overdue} dueSoon={r.dueSoon} /> },
            { label: t('requests.firstDueOn'), value: format.date(r.firstDueOn) },
            { label: t('requests.pausedDays'), value: format.count(r.pausedDays) },
            { label: t('requests.receivedAt'), value: format.dateTime(r.receivedAt) },
            { label: t('requests.channel'), value: t(`requests.channels.${r.channel}`) },
            { label: t('requests.assignee'), value: nameOf(r.assigneeId) ?? t('requests.unassigned') },
            { label: t('requests.registered'), value: t('requests.byAt', { by: r.registeredBy, at: format.dateTime(r.registeredAt) }) },
          ]}
        />
      </Section>

      <Section id="requester" title={t('requests.requesterTitle')}>
        <DetailList
          items={[
            { label: t('requests.requesterName'), value: r.requester.name },
            { label: t('requests.requesterEmail'), value: r.requester.email },
            { label: t('requests.requesterPhone'), value: r.requester.phone },
            { label: t('requests.requesterAddress'), value: r.requester.address },
            { label: t('requests.requesterNote'), value: r.requester.note },
          ]}
        />
      </Section>

      {!r.closedAt || r.extension ? (
        <Section id="handling" title={t('requests.handlingTitle')}>
          <Stack>
            {r.extension ? (
              <DetailList
                items={[
                  { label: t('requests.extensionReasons'), value: r.extension.reasons },
                  { label: t('requests.extended'), value: t('requests.byAt', { by: r.extension.by, at: format.dateTime(r.extension.at) }) },
                  { label: t('requests.requesterToldAt'), value: format.dateTime(r.extension.requesterToldAt) },
                ]}
              />
            ) : (
              !steps.has('extend') && <Text size="sm">{t('requests.extendTooLate', { date: format.date(r.firstDueOn) })}</Text>
            )}
            {steps.has('assign') && <AssignForm request={r} handlers={handlers} />}
            {steps.has('extend') && (
              <>
                <Divider />
                <ExtendForm request={r} />
              </>
            )}
          </Stack>
        </Section>
      ) : null}

      <Section id="persons" title={t('requests.personsTitle')}>
        <Stack>
          {steps.has('persons') ? (
            personsLoaded && <MatchPersonsForm key={r.personIds.join()} request={r} names={names} />
          ) : r.personIds.length === 0 ? (
            <Text c="dimmed">{t('requests.noPersons')}</Text>
          ) : (
            <Group gap="md">
              {r.personIds.map((pid) => (
                <Anchor key={pid} component={Link} to={`/persons/${pid}`}>
                  {names.get(pid) ?? pid}
                </Anchor>
              ))}
            </Group>
          )}
        </Stack>
      </Section>

      <Section id="identity" title={t('requests.identityTitle')}>
        <Stack>
          <DetailList
            items={[
              {
                label: t('requests.verification'),
                value: r.verification
                  ? `${t(`requests.verificationMethods.${r.verification.method}`)} · ${t('requests.byAt', { by: r.verification.by, at: format.dateTime(r.verification.at) })}`
                  : t('requests.notVerified'),
              },
              { label: t('requests.verificationNote'), value: r.verification?.note },
              { label: t('requests.identificationAskedAt'), value: format.dateTime(r.identificationAskedAt) },
              { label: t('requests.identificationArrivedAt'), value: format.dateTime(r.identificationArrivedAt) },
            ]}
          />
          {steps.has('askIdentification') && (
            <>
              <Divider />
              <IdentificationForm request={r} kind="asked" />
            </>
          )}
          {steps.has('receiveIdentification') && (
            <>
              <Divider />
              <IdentificationForm request={r} kind="received" />
            </>
          )}
          {steps.has('verify') && (
            <>
              <Divider />
              <VerifyForm request={r} />
            </>
          )}
        </Stack>
      </Section>

      <RightsSection request={r} />
      {r.type === 'access' && <AccessReportSection request={r} defaultLanguage={persons.find((p) => p.data)?.data?.language} />}
      {r.type === 'portability' && <PortabilitySection request={r} />}
      {r.type === 'erasure' && <ErasureSection request={r} names={names} />}
      {tellsRecipients(r.type) && <RecipientsSection request={r} names={names} />}

      <Section id="closing" title={t('requests.closingTitle')}>
        {r.closedAt ? (
          <DetailList
            items={[
              { label: t('requests.outcome'), value: r.outcome ? t(`requests.outcomes.${r.outcome}`) : null },
              { label: t('requests.closed'), value: t('requests.byAt', { by: r.closedBy ?? '', at: format.dateTime(r.closedAt) }) },
              ...(r.status === 'rejected'
                ? [
                    { label: t('requests.rejectionReason'), value: r.rejectionReason },
                    { label: t('requests.rejectionGround'), value: r.rejectionGround ? t(`requests.rejectionGrounds.${r.rejectionGround}`) : t('requests.noGround') },
                    { label: t('requests.remediesToldShort'), value: r.remediesTold ? t('common.yes') : t('common.no') },
                  ]
                : [{ label: t('requests.completionSummary'), value: r.completionSummary }]),
            ]}
          />
        ) : (
          <Stack>
            {steps.has('complete') ? <CompleteForm request={r} /> : <Text size="sm">{t('requests.completeNeedsVerification')}</Text>}
            <Divider />
            <RejectForm request={r} />
          </Stack>
        )}
      </Section>

      <Section id="timeline" title={t('requests.timelineTitle')}>
        <DataTable
          label={t('requests.timelineTitle')}
          rows={r.timeline}
          rowKey={(e, i) => `${e.at}-${i}`}
          rowProps={(e) => ({ 'data-step': e.step })}
          columns={[
            { id: 'at', header: t('requests.when'), cell: (e) => format.dateTime(e.at), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
            { id: 'step', header: t('requests.step'), rowHeader: true, cell: (e) => t(`requests.steps.${e.step}`) },
            { id: 'by', header: t('requests.who'), cell: (e) => e.by },
            { id: 'detail', header: t('requests.detail'), cell: (e) => <StepDetail step={e.step} detail={e.detail} nameOf={nameOf} /> },
          ]}
        />
      </Section>
    </StepRecordedContext>
  );
}

/** A step's detail as the API records it: an assignee's id or persons' ids are shown as names where they are known. */
function StepDetail({ step, detail, nameOf }: { step: ClosedSet<'RequestStep'>; detail?: string | null; nameOf: (id: string) => string | null }) {
  const { t } = useTranslation();
  if (step === 'personsMatched') return <>{t('requests.personsMatchedCount', { count: detail ? detail.split(' ').length : 0 })}</>;
  if (!detail) return null;
  if (step === 'assigned') return <>{nameOf(detail)}</>;
  return <Text style={{ whiteSpace: 'pre-wrap' }} inherit span>{detail}</Text>;
}
