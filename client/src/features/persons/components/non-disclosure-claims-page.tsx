import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormError } from '@/components/form-error';
import { PageHeader } from '@/components/page-header';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import type { NonDisclosureClaimDto } from '@/api/types';
import { useFormat } from '@/lib/format';
import { useDecideNonDisclosureClaim, useNonDisclosureClaims, type NonDisclosureOutcome } from '../api/non-disclosure';

/**
 * The data protection officer's list of claims of the non-disclosure marking (from callers and partners'
 * leads): confirm sets the marking, reject closes the claim; decided claims stay as history.
 */
export function NonDisclosureClaimsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [decided, setDecided] = useState(false);
  const [page, setPage] = useState(1);
  const { data, isLoading, error } = useNonDisclosureClaims(decided, page);
  const [deciding, setDeciding] = useState<{ claim: NonDisclosureClaimDto; outcome: NonDisclosureOutcome } | null>(null);

  return (
    <Stack>
      <PageHeader title={t('nonDisclosure.claimsTitle')} />
      <Text c="dimmed" maw={760}>
        {t('nonDisclosure.claimsIntro')}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={decided ? 'decided' : 'open'}
        onChange={(v) => {
          setDecided(v === 'decided');
          setPage(1);
        }}
        data={[
          { value: 'open', label: t('nonDisclosure.open') },
          { value: 'decided', label: t('nonDisclosure.decided') },
        ]}
      />
      <QueryState isLoading={isLoading} error={error} />
      {data &&
        (data.items.length === 0 ? (
          <Text c="dimmed">{t(decided ? 'nonDisclosure.noneDecided' : 'nonDisclosure.noneOpen')}</Text>
        ) : (
          <>
            <DataTable
              label={t('nonDisclosure.claimsTitle')}
              withTableBorder
              striped
              verticalSpacing="sm"
              rows={data.items}
              rowKey={(c) => c.id}
              rowProps={(c) => ({ 'data-claim-id': c.id })}
              minWidth={860}
              columns={[
                {
                  id: 'person',
                  header: t('nonDisclosure.person'),
                  cell: (c) => (
                    <Anchor component={Link} to={`/persons/${c.personId}`} fw={600}>
                      {c.personName}
                    </Anchor>
                  ),
                },
                { id: 'origin', header: t('nonDisclosure.origin'), cell: (c) => <>{t(`nonDisclosure.origins.${c.origin}`, c.origin)}</> },
                {
                  id: 'note',
                  header: t('nonDisclosure.note'),
                  cell: (c) => c.note || '–',
                  cellProps: () => ({ style: { whiteSpace: 'pre-wrap' } }),
                },
                {
                  id: 'claimedAt',
                  header: t('nonDisclosure.claimedAt'),
                  cell: (c) => (
                    <>
                      {format.dateTime(c.claimedAt)}
                      <Text size="xs" c="dimmed">
                        {c.claimedBy}
                      </Text>
                    </>
                  ),
                },
                {
                  id: 'outcome',
                  header: decided ? t('nonDisclosure.outcome') : t('prohibitions.actions'),
                  cell: (c) => (
                    <>
                      {c.outcome ? (
                        <>
                          <Badge color={c.outcome === 'confirmed' ? 'red' : 'gray'} variant="light">
                            {t(`nonDisclosure.outcomes.${c.outcome}`, c.outcome)}
                          </Badge>
                          <Text size="xs" c="dimmed">
                            {format.dateTime(c.decidedAt)} · {c.decidedBy}
                          </Text>
                          {c.decisionNote && <Text size="xs">{c.decisionNote}</Text>}
                        </>
                      ) : (
                        <Group gap="xs">
                          <Button
                            size="compact-xs"
                            color="red"
                            aria-label={t('nonDisclosure.confirmLabel', { name: c.personName })}
                            onClick={() => setDeciding({ claim: c, outcome: 'confirmed' })}
                          >
                            {t('nonDisclosure.confirm')}
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-label={t('nonDisclosure.rejectLabel', { name: c.personName })}
                            onClick={() => setDeciding({ claim: c, outcome: 'rejected' })}
                          >
                            {t('nonDisclosure.reject')}
                          </Button>
                        </Group>
                      )}
                    </>
                  ),
                },
              ]}
            />
            <Pager page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onChange={setPage} />
          </>
        ))}
      {deciding && <DecisionDialog {...deciding} onClose={() => setDeciding(null)} />}
    </Stack>
  );
}

function DecisionDialog({ claim, outcome, onClose }: { claim: NonDisclosureClaimDto; outcome: NonDisclosureOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideNonDisclosureClaim();
  const [note, setNote] = useState('');
  return (
    <Modal opened onClose={onClose} title={t(`nonDisclosure.${outcome}Title`)} centered>
      <Stack gap="sm">
        <Text>{t(`nonDisclosure.${outcome}Text`, { name: claim.personName })}</Text>
        <Textarea
          label={t('nonDisclosure.decisionNote')}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-autofocus
        />
        <FormError error={decide.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color={outcome === 'confirmed' ? 'red' : undefined}
            loading={decide.isPending}
            onClick={() =>
              decide.mutate(
                { claimId: claim.id, outcome, note: note.trim() || null },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t(`nonDisclosure.${outcome}Saved`) });
                    onClose();
                  },
                },
              )
            }
          >
            {t(`nonDisclosure.${outcome === 'confirmed' ? 'confirm' : 'reject'}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
