import { createContext, useContext, useState, type BaseSyntheticEvent, type ReactNode } from 'react';
import { Anchor, Button, Checkbox, CloseButton, Group, List, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormProblems } from '@/components/form-problems';
import { identityVerificationMethodValues, rejectionGroundValues } from '@/api/schema';
import type { ClosedSet, RequestDto } from '@/api/types';
import { useServerErrors } from '@/lib/server-errors';
import { PersonPicker } from '@/features/customers';
import type { Handler } from '../api/handlers';
import { useRequestStep } from '../api/requests';
import { localInputToIso, toLocalInput } from '../lib/steps';

const MAX_TEXT = 2000;
const MAX_PERSONS = 20;

/** One step's form: its heading (for the region's name), what it does, and the form itself. */
export function StepForm({
  id,
  title,
  hint,
  onSubmit,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  onSubmit: (e?: BaseSyntheticEvent) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <Title order={3} size="h5" id={`${id}-title`} mb={4}>
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed" mb="xs" maw={760}>
          {hint}
        </Text>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
        <Stack gap="xs" maw={760}>
          {children}
        </Stack>
      </form>
    </section>
  );
}

/** What the page does after a step is recorded: its form may be gone, so the focus goes to the page's title (with the new status). */
export const StepRecordedContext = createContext<() => void>(() => undefined);

export function useRecorded() {
  const afterStep = useContext(StepRecordedContext);
  return (message: string) => {
    notifications.show({ color: 'teal', message });
    afterStep();
  };
}

export function AssignForm({ request, handlers }: { request: RequestDto; handlers: Handler[] }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'assign');
  const { register, handleSubmit, formState, setError } = useForm<{ assigneeId: string }>({ defaultValues: { assigneeId: '' } });
  const unmatched = useServerErrors(step.error, setError, ['assigneeId']);
  const options = handlers.filter((h) => h.id !== request.assigneeId);
  // Nobody else to give it to (a handler who may not list staff accounts sees only themselves).
  if (options.length === 0) return null;
  return (
    <StepForm
      id="step-assign"
      title={t('requests.assignTitle')}
      onSubmit={handleSubmit((v) => step.mutate({ assigneeId: v.assigneeId }, { onSuccess: () => recorded(t('requests.assigned')) }))}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <Group align="flex-end">
        <NativeSelect
          label={t('requests.assignee')}
          required
          error={formState.errors.assigneeId?.message}
          data={[{ value: '', label: t('requests.chooseAssignee') }, ...options.map((h) => ({ value: h.id, label: h.name }))]}
          {...register('assigneeId', { validate: (v) => v !== '' || t('validation.required') })}
        />
        <Button type="submit" loading={step.isPending}>
          {t('requests.assignButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

export function MatchPersonsForm({ request, names }: { request: RequestDto; names: Map<string, string> }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'persons');
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>(() =>
    request.personIds.map((id) => ({ id, name: names.get(id) ?? id })),
  );
  const unmatched = useServerErrors(step.error, () => undefined, []);
  const changed = chosen.map((p) => p.id).join() !== request.personIds.join();
  const save = () =>
    step.mutate({ personIds: chosen.map((p) => p.id) }, { onSuccess: () => recorded(t('requests.personsSaved', { count: chosen.length })) });
  return (
    <section aria-labelledby="step-persons-title">
      <Title order={3} size="h5" id="step-persons-title" mb={4}>
        {t('requests.matchTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" maw={760}>
        {t('requests.matchHint')}
      </Text>
      <Stack gap="xs" maw={760}>
        <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
        {chosen.length === 0 ? (
          <Text size="sm">{t('requests.noPersonsChosen')}</Text>
        ) : (
          <List aria-label={t('requests.chosenPersons')} listStyleType="none" spacing={4}>
            {chosen.map((p) => (
              <List.Item key={p.id}>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={`/persons/${p.id}`}>
                    {p.name}
                  </Anchor>
                  <CloseButton
                    size="sm"
                    aria-label={t('requests.removePerson', { name: p.name })}
                    onClick={() => setChosen((list) => list.filter((x) => x.id !== p.id))}
                  />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        {chosen.length < MAX_PERSONS && (
          <PersonPicker
            label={t('requests.findPerson')}
            actionLabel={t('requests.addPerson')}
            exclude={chosen.map((p) => p.id)}
            onPick={(hit) => setChosen((list) => [...list, { id: hit.id, name: hit.displayName }])}
          />
        )}
        <Group>
          <Button onClick={save} disabled={!changed} loading={step.isPending}>
            {t('requests.savePersons')}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}

type IdentificationValues = { at: string; note: string };

/** Asking for more information to identify the requester, or recording that it arrived (the clock stands still in between). */
export function IdentificationForm({ request, kind }: { request: RequestDto; kind: 'asked' | 'received' }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, kind === 'asked' ? 'identification-asked' : 'identification-received');
  const { register, handleSubmit, formState, setError } = useForm<IdentificationValues>({ defaultValues: { at: toLocalInput(), note: '' } });
  const unmatched = useServerErrors(step.error, setError, ['at', 'note']);
  const id = kind === 'asked' ? 'step-ask' : 'step-arrived';
  return (
    <StepForm
      id={id}
      title={t(kind === 'asked' ? 'requests.askTitle' : 'requests.arrivedTitle')}
      hint={t(kind === 'asked' ? 'requests.askHint' : 'requests.arrivedHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          { at: localInputToIso(v.at) ?? null, note: v.note.trim() || null },
          { onSuccess: () => recorded(t(kind === 'asked' ? 'requests.askRecorded' : 'requests.arrivedRecorded')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <TextInput type="datetime-local" label={t(kind === 'asked' ? 'requests.askedAt' : 'requests.arrivedAt')} maw={260} error={formState.errors.at?.message} {...register('at')} />
      <Textarea
        label={t(kind === 'asked' ? 'requests.askNote' : 'requests.arrivedNote')}
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        error={formState.errors.note?.message}
        {...register('note')}
      />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t(kind === 'asked' ? 'requests.askButton' : 'requests.arrivedButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

export function VerifyForm({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'verify');
  const { register, handleSubmit, formState, setError } = useForm<{ method: string; note: string }>({ defaultValues: { method: '', note: '' } });
  const unmatched = useServerErrors(step.error, setError, ['method', 'note']);
  return (
    <StepForm
      id="step-verify"
      title={t('requests.verifyTitle')}
      hint={t('requests.verifyHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          { method: v.method as ClosedSet<'IdentityVerificationMethod'>, note: v.note.trim() || null },
          { onSuccess: () => recorded(t('requests.verified')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <NativeSelect
        label={t('requests.verificationMethod')}
        required
        maw={360}
        error={formState.errors.method?.message}
        data={[
          { value: '', label: t('requests.chooseMethod') },
          ...identityVerificationMethodValues.map((m) => ({ value: m, label: t(`requests.verificationMethods.${m}`) })),
        ]}
        {...register('method', { validate: (v) => v !== '' || t('validation.required') })}
      />
      <Textarea
        label={t('requests.verificationNote')}
        description={t('requests.verificationNoteHint')}
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        error={formState.errors.note?.message}
        {...register('note')}
      />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.verifyButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

export function ExtendForm({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'extend');
  const { register, handleSubmit, formState, setError } = useForm<{ reasons: string; requesterTold: boolean }>({
    defaultValues: { reasons: '', requesterTold: false },
  });
  const unmatched = useServerErrors(step.error, setError, ['reasons', 'requesterTold']);
  return (
    <StepForm
      id="step-extend"
      title={t('requests.extendTitle')}
      hint={t('requests.extendHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate({ reasons: v.reasons.trim(), requesterTold: v.requesterTold }, { onSuccess: () => recorded(t('requests.extendedDone')) }),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <Textarea
        label={t('requests.extensionReasons')}
        required
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        error={formState.errors.reasons?.message}
        {...register('reasons', { validate: (v) => v.trim() !== '' || t('validation.required') })}
      />
      <Checkbox
        label={t('requests.requesterTold')}
        error={formState.errors.requesterTold?.message}
        {...register('requesterTold', { validate: (v) => v || t('requests.requesterToldRequired') })}
      />
      <Group>
        <Button type="submit" loading={step.isPending}>
          {t('requests.extendButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

export function CompleteForm({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'complete');
  const { register, handleSubmit, formState, setError } = useForm<{ summary: string }>({ defaultValues: { summary: '' } });
  const unmatched = useServerErrors(step.error, setError, ['summary']);
  return (
    <StepForm
      id="step-complete"
      title={t('requests.completeTitle')}
      hint={t('requests.completeHint')}
      onSubmit={handleSubmit((v) => step.mutate({ summary: v.summary.trim() || null }, { onSuccess: () => recorded(t('requests.completedDone')) }))}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <Textarea label={t('requests.completionSummary')} autosize minRows={2} maxLength={MAX_TEXT} error={formState.errors.summary?.message} {...register('summary')} />
      <Group>
        <Button type="submit" color="teal" loading={step.isPending}>
          {t('requests.completeButton')}
        </Button>
      </Group>
    </StepForm>
  );
}

export function RejectForm({ request }: { request: RequestDto }) {
  const { t } = useTranslation();
  const recorded = useRecorded();
  const step = useRequestStep(request.id, 'reject');
  const { register, handleSubmit, formState, setError } = useForm<{ reason: string; ground: string; remediesTold: boolean }>({
    defaultValues: { reason: '', ground: '', remediesTold: false },
  });
  const unmatched = useServerErrors(step.error, setError, ['reason', 'ground', 'remediesTold']);
  return (
    <StepForm
      id="step-reject"
      title={t('requests.rejectTitle')}
      hint={t('requests.rejectHint')}
      onSubmit={handleSubmit((v) =>
        step.mutate(
          { reason: v.reason.trim(), ground: (v.ground || null) as ClosedSet<'RejectionGround'> | null, remediesTold: v.remediesTold },
          { onSuccess: () => recorded(t('requests.rejectedDone')) },
        ),
      )}
    >
      <FormProblems error={step.error} unmatched={unmatched} fallback={t('requests.stepNotRecorded')} />
      <Textarea
        label={t('requests.rejectionReason')}
        required
        autosize
        minRows={2}
        maxLength={MAX_TEXT}
        error={formState.errors.reason?.message}
        {...register('reason', { validate: (v) => v.trim() !== '' || t('validation.required') })}
      />
      <NativeSelect
        label={t('requests.rejectionGround')}
        maw={360}
        error={formState.errors.ground?.message}
        data={[
          { value: '', label: t('requests.noGround') },
          ...rejectionGroundValues.map((g) => ({ value: g, label: t(`requests.rejectionGrounds.${g}`) })),
        ]}
        {...register('ground')}
      />
      <Checkbox
        label={t('requests.remediesTold')}
        error={formState.errors.remediesTold?.message}
        {...register('remediesTold', { validate: (v) => v || t('requests.remediesToldRequired') })}
      />
      <Group>
        <Button type="submit" color="red" loading={step.isPending}>
          {t('requests.rejectButton')}
        </Button>
      </Group>
    </StepForm>
  );
}
