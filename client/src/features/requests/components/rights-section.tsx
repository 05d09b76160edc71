import { useState } from 'react';
import { Alert, Anchor, Button, Card, Checkbox, Divider, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictAlert } from '@/components/conflict-alert';
import { DataTable } from '@/components/data-table';
import { DetailList } from '@/components/detail-list';
import { FormProblems } from '@/components/form-problems';
import { isStatus } from '@/api/problem';
import { objectionDecisionValues, objectionKindValues, restrictionReasonValues } from '@/api/schema';
import type { ClosedSet, RequestDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/server-errors';
import { PersonForm, personQueryOptions, RestrictionBanner } from '@/features/persons';
import { useRightsStep } from '../api/rights';
import { availableRights, hasRightsSection, isRightsType, personToldAtIso, restrictedPersons, unrestrictedPersons } from '../lib/rights';
import { helsinkiToday, localInputToIso, toLocalInput } from '../lib/steps';
import { StepForm, useRecorded } from './request-steps';

const MAX_TEXT = 2000;

/**
 * The content of a rectification, restriction or objection request (GDPR Art. 16, 18, 21): what was
 * corrected (before and after), the restrictions placed and lifted, the objection and its decision, and
 * the forms the request's state allows now.
 */
export function RightsSection({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const persons = useQueries({ queries: r.personIds.map((pid) => personQueryOptions(pid)) });
  if (!hasRightsSection(r)) return null;
  const names = new Map(persons.flatMap((p) => (p.data ? [[p.data.id, `${p.data.firstName} ${p.data.lastName}`] as const] : [])));
  const nameOf = (id: string) => names.get(id) ?? id;
  const forms = availableRights(r);
  const needsWork = !r.closedAt && (!r.verification || r.personIds.length === 0);

  return (
    <Card withBorder component="section" aria-labelledby="rights-heading">
      <Title order={2} size="h4" id="rights-heading" mb="sm">
        {t(`requests.rights.title.${isRightsType(r.type) ? r.type : 'other'}`)}
      </Title>
      <Stack>
        {needsWork && <Text size="sm">{t('requests.rights.needsVerification')}</Text>}
        {persons.map((p) => p.data && <RestrictionBanner key={p.data.id} person={p.data} />)}
        {(r.type === 'rectification' || r.rectifications.length > 0) && <Rectifications request={r} nameOf={nameOf} />}
        {forms.has('rectify') && (
          <>
            <Divider />
            <RectifyForm request={r} nameOf={nameOf} />
          </>
        )}
        {(r.type === 'restriction' || r.restrictions.length > 0) && <Restrictions request={r} nameOf={nameOf} />}
        {forms.has('restrict') && (
          <>
            <Divider />
            <RestrictForm request={r} nameOf={nameOf} />
          </>
        )}
        {forms.has('lift') && (
          <>
            <Divider />
            <LiftForm request={r} nameOf={nameOf} />
          </>
        )}
        {r.objection && <Objection objection={r.objection} />}
        {forms.has('object') && (
          <>
            <Divider />
            <ObjectionForm request={r} />
          </>
        )}
        {forms.has('decideObjection') && (
          <>
            <Divider />
            <DecisionForm request={r} />
          </>
        )}
      </Stack>
    </Card>
  );
}

type Named = { request: RequestDto; nameOf: (id: string) => string };

function PersonLink({ id, nameOf }: { id: string; nameOf: (id: string) => string }) {
  return (
    <Anchor component={Link} to={`/persons/${id}`}>
      {nameOf(id)}
    </Anchor>
  );
}

/** Each field corrected through the request, as it was and as it became (an identity code masked). */
function Rectifications({ request: r, nameOf }: Named) {
  const { t } = useTranslation();
  const format = useFormat();
  if (r.rectifications.length === 0) return <Text size="sm" c="dimmed">{t('requests.rights.noRectifications')}</Text>;
  return (
    <DataTable
      label={t('requests.rights.rectificationsTitle')}
      rows={r.rectifications}
      rowKey={(f, i) => `${f.personId}-${f.field}-${f.at}-${i}`}
      rowProps={(f) => ({ 'data-field': f.field })}
      columns={[
        { id: 'person', header: t('requests.rights.person'), cell: (f) => <PersonLink id={f.personId} nameOf={nameOf} /> },
        { id: 'field', header: t('requests.rights.field'), rowHeader: true, cell: (f) => t(`person.${f.field}`, f.field) },
        { id: 'before', header: t('requests.rights.before'), cell: (f) => f.before ?? t('requests.rights.empty') },
        { id: 'after', header: t('requests.rights.after'), cell: (f) => f.after ?? t('requests.rights.empty') },
        { id: 'at', header: t('requests.when'), cell: (f) => t('requests.byAt', { by: f.by, at: format.dateTime(f.at) }) },
      ]}
    />
  );
}

/** Chooses one of the request's persons; with only one, it is simply named. */
function PersonChoice({ ids, nameOf, value, onChange }: { ids: string[]; nameOf: (id: string) => string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  if (ids.length === 1) return <Text size="sm">{t('requests.rights.personIs', { name: nameOf(ids[0]) })}</Text>;
  return (
    <NativeSelect
      label={t('requests.rights.person')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={ids.map((id) => ({ value: id, label: nameOf(id) }))}
    />
  );
}

/** The person's details as they should be, prefilled from the person now, by the rules of editing a person. */
function RectifyForm({ request: r, nameOf }: Named) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const [personId, setPersonId] = useState(r.personIds[0]);
  const { data: person, refetch } = useQuery(personQueryOptions(personId));
  const step = useRightsStep(r.id, 'rectification');
  const [formKey, setFormKey] = useState(0);
  const reload = async () => {
    await refetch();
    step.reset();
    setFormKey((k) => k + 1);
  };
  return (
    <section aria-labelledby="rights-rectify-title">
      <Title order={3} size="h5" id="rights-rectify-title" mb={4}>
        {t('requests.rights.rectifyTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" maw={760}>
        {t('requests.rights.rectifyHint')}
      </Text>
      <Stack gap="xs" maw={760}>
        <PersonChoice ids={r.personIds} nameOf={nameOf} value={personId} onChange={(id) => { step.reset(); setPersonId(id); }} />
        {isStatus(step.error, 412) && <ConflictAlert message={t('person.conflict')} onReload={() => void reload()} />}
        {person && (
          <PersonForm
            key={`${person.id}-${person.version}-${formKey}`}
            person={person}
            offerRestrictionGround={false}
            error={step.error}
            pending={step.isPending}
            submitLabel={t('requests.rights.rectifyButton')}
            onSubmit={(details) =>
              step.mutate(
                { version: person.version, input: { personId: person.id, details: { ...details, restrictionGround: undefined } } },
                { onSuccess: () => recorded(t('requests.rights.rectified')) },
              )
            }
          />
        )}
      </Stack>
    </section>
  );
}

/** The restrictions placed through the request: on whom, why, for how long, and when lifted. */
function Restrictions({ request: r, nameOf }: Named) {
  const { t } = useTranslation();
  const format = useFormat();
  if (r.restrictions.length === 0) return <Text size="sm" c="dimmed">{t('requests.rights.noRestrictions')}</Text>;
  return (
    <DataTable
      label={t('requests.rights.restrictionsTitle')}
      rows={r.restrictions}
      rowKey={(x) => x.id}
      rowProps={(x) => ({ 'data-restriction-active': String(x.active) })}
      columns={[
        { id: 'person', header: t('requests.rights.person'), rowHeader: true, cell: (x) => <PersonLink id={x.personId} nameOf={nameOf} /> },
        {
          id: 'state',
          header: t('requests.rights.state'),
          cell: (x) => (
            <Text span inherit fw={x.active ? 700 : undefined} style={{ whiteSpace: 'nowrap' }}>
              {t(x.active ? 'requests.rights.inForce' : 'requests.rights.lifted')}
            </Text>
          ),
        },
        { id: 'reason', header: t('requests.rights.reason'), cell: (x) => t(`requests.restrictionReasons.${x.reason}`) },
        {
          id: 'period',
          header: t('requests.rights.period'),
          cell: (x) => (x.until ? `${format.date(x.from)} – ${format.date(x.until)}` : t('requests.rights.fromOn', { from: format.date(x.from) })),
        },
        { id: 'note', header: t('requests.rights.note'), cell: (x) => x.note },
        { id: 'placed', header: t('requests.rights.placed'), cell: (x) => t('requests.byAt', { by: x.placedBy, at: format.dateTime(x.placedAt) }) },
        {
          id: 'lifted',
          header: t('requests.rights.liftedCol'),
          cell: (x) =>
            x.liftedAt
              ? `${t('requests.byAt', { by: x.liftedBy ?? '', at: format.dateTime(x.liftedAt) })} · ${t('requests.rights.personToldOn', { at: format.dateTime(x.personToldAt) })}`
              : null,
        },
      ]}
    />
  );
}

type RestrictValues = { personId: string; reason: string; note: string; from: string; until: string };

function RestrictForm({ request: r, nameOf }: Named) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRightsStep(r.id, 'restriction');
  const ids = unrestrictedPersons(r);
  const { register, handleSubmit, formState, setError, setValue, control } = useForm<RestrictValues>({
    defaultValues: { personId: ids[0], reason: '', note: '', from: helsinkiToday(), until: '' },
  });
  const unmatched = useServerErrors(step.error, setError, ['personId', 'reason', 'note', 'from', 'until']);
  const personId = useWatch({ control, name: 'personId' });
  const e = formState.errors;
  return (
    <StepForm
      id="rights-restrict"
      title={t('requests.rights.restrictTitle')}
      hint={t('requests.rights.restrictHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          { personId: v.personId, reason: v.reason as ClosedSet<'RestrictionReason'>, note: v.note.trim() || null, from: v.from || null, until: v.until || null },
          { onSuccess: () => recorded(t('requests.rights.restricted')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <PersonChoice ids={ids} nameOf={nameOf} value={personId} onChange={(id) => setValue('personId', id)} />
      <NativeSelect
        label={t('requests.rights.reason')}
        required
        error={e.reason?.message}
        data={[
          { value: '', label: t('requests.rights.chooseReason') },
          ...restrictionReasonValues.map((x) => ({ value: x, label: t(`requests.restrictionReasons.${x}`) })),
        ]}
        {...register('reason', { validate: (v) => v !== '' || t('validation.required') })}
      />
      <Group grow align="flex-start">
        <TextInput type="date" label={t('requests.rights.from')} description={t('requests.rights.fromHint')} max={helsinkiToday()} error={e.from?.message} {...register('from')} />
        <TextInput type="date" label={t('requests.rights.until')} description={t('requests.rights.untilHint')} error={e.until?.message} {...register('until')} />
      </Group>
      <Textarea label={t('requests.rights.note')} autosize minRows={2} maxLength={MAX_TEXT} error={e.note?.message} {...register('note')} />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.rights.restrictButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

type LiftValues = { personId: string; personToldAt: string; personTold: boolean };

function LiftForm({ request: r, nameOf }: Named) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRightsStep(r.id, 'restriction/lift');
  const ids = restrictedPersons(r);
  const { register, handleSubmit, formState, setError, setValue, control } = useForm<LiftValues>({
    defaultValues: { personId: ids[0], personToldAt: toLocalInput(), personTold: false },
  });
  const unmatched = useServerErrors(step.error, setError, ['personId', 'personToldAt']);
  const personId = useWatch({ control, name: 'personId' });
  const e = formState.errors;
  return (
    <StepForm
      id="rights-lift"
      title={t('requests.rights.liftTitle')}
      hint={t('requests.rights.liftHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          { personId: v.personId, personToldAt: personToldAtIso(v.personToldAt) ?? '' },
          { onSuccess: () => recorded(t('requests.rights.liftedDone')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <PersonChoice ids={ids} nameOf={nameOf} value={personId} onChange={(id) => setValue('personId', id)} />
      <Checkbox
        label={t('requests.rights.personTold')}
        error={e.personTold?.message}
        {...register('personTold', { validate: (v) => v || t('requests.rights.personToldRequired') })}
      />
      <TextInput
        type="datetime-local"
        label={t('requests.rights.personToldAt')}
        required
        max={toLocalInput()}
        error={e.personToldAt?.message}
        {...register('personToldAt', { validate: (v) => Boolean(localInputToIso(v)) || t('validation.required') })}
      />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.rights.liftButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

/** The objection as recorded, and its decision when one was needed and made. */
function Objection({ objection: o }: { objection: NonNullable<RequestDto['objection']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="rights-objection-title">
      <Title order={3} size="h5" id="rights-objection-title" mb={4}>
        {t('requests.rights.objectionTitle')}
      </Title>
      <DetailList
        items={[
          { label: t('requests.rights.objectionKind'), value: `${t(`requests.objectionKinds.${o.kind}`)} · ${format.dateTime(o.at)}` },
          {
            label: t('requests.rights.decision'),
            value: o.decision
              ? `${t(`requests.objectionDecisions.${o.decision}`)} · ${t('requests.byAt', { by: o.decidedBy ?? '', at: format.dateTime(o.decidedAt) })}`
              : o.kind === 'otherProcessing'
                ? t('requests.rights.awaitingDecision')
                : t('requests.rights.directMarketingAtOnce'),
          },
          { label: t('requests.rights.reasons'), value: o.reasons },
        ]}
      />
    </section>
  );
}

function ObjectionForm({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRightsStep(r.id, 'objection');
  const { register, handleSubmit, formState, setError, control } = useForm<{ kind: string; note: string }>({ defaultValues: { kind: '', note: '' } });
  const unmatched = useServerErrors(step.error, setError, ['kind', 'note']);
  const kind = useWatch({ control, name: 'kind' });
  return (
    <StepForm
      id="rights-object"
      title={t('requests.rights.objectTitle')}
      hint={t('requests.rights.objectHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate({ kind: v.kind as ClosedSet<'ObjectionKind'>, note: v.note.trim() || null }, { onSuccess: () => recorded(t('requests.rights.objected')) }),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <NativeSelect
        label={t('requests.rights.objectionKind')}
        required
        error={formState.errors.kind?.message}
        data={[
          { value: '', label: t('requests.rights.chooseKind') },
          ...objectionKindValues.map((k) => ({ value: k, label: t(`requests.objectionKinds.${k}`) })),
        ]}
        {...register('kind', { validate: (v) => v !== '' || t('validation.required') })}
      />
      {kind && (
        <Alert color="blue" variant="light" p="xs">
          <Text size="sm">{t(kind === 'directMarketing' ? 'requests.rights.directMarketingEffect' : 'requests.rights.otherProcessingEffect')}</Text>
        </Alert>
      )}
      <Textarea label={t('requests.rights.note')} autosize minRows={2} maxLength={MAX_TEXT} error={formState.errors.note?.message} {...register('note')} />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.rights.objectButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

type DecisionValues = { decision: string; reasons: string; personToldAt: string };

function DecisionForm({ request: r }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRightsStep(r.id, 'objection/decision');
  const { register, handleSubmit, formState, setError, control } = useForm<DecisionValues>({
    defaultValues: { decision: '', reasons: '', personToldAt: toLocalInput() },
  });
  const unmatched = useServerErrors(step.error, setError, ['decision', 'reasons', 'personToldAt']);
  const dismissed = useWatch({ control, name: 'decision' }) === 'dismissed';
  const e = formState.errors;
  return (
    <StepForm
      id="rights-decide"
      title={t('requests.rights.decideTitle')}
      hint={t('requests.rights.decideHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          {
            decision: v.decision as ClosedSet<'ObjectionDecision'>,
            reasons: v.reasons.trim(),
            personToldAt: v.decision === 'dismissed' ? (personToldAtIso(v.personToldAt) ?? null) : null,
          },
          { onSuccess: () => recorded(t('requests.rights.decided')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <NativeSelect
        label={t('requests.rights.decision')}
        required
        error={e.decision?.message}
        data={[
          { value: '', label: t('requests.rights.chooseDecision') },
          ...objectionDecisionValues.map((d) => ({ value: d, label: t(`requests.objectionDecisions.${d}`) })),
        ]}
        {...register('decision', { validate: (v) => v !== '' || t('validation.required') })}
      />
      <Textarea
        label={t('requests.rights.reasons')}
        required
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        error={e.reasons?.message}
        {...register('reasons', { validate: (v) => v.trim() !== '' || t('validation.required') })}
      />
      {dismissed && (
        <TextInput
          type="datetime-local"
          label={t('requests.rights.personToldAt')}
          description={t('requests.rights.dismissTellHint')}
          required
          max={toLocalInput()}
          error={e.personToldAt?.message}
          {...register('personToldAt', { validate: (v) => !dismissed || Boolean(localInputToIso(v)) || t('validation.required') })}
        />
      )}
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.rights.decideButton')}
        </Button>
      </Group>
    </StepForm>
  );
}
