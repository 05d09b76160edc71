import { useRef, useState } from 'react';
import { Alert, Badge, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ErasureDto, ErasureItemDto, RequestDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { QueryState } from '@/components/query-state';
import { useFormat } from '@/lib/format';
import { useCarryOutErasure, useErasure } from '../api/erasure';
import { Section } from './section';

const ACTION_COLORS = { erase: 'red', anonymise: 'orange', keep: 'blue' } as const;

/**
 * The erasure of an erasure request (Art. 17): before it, the preview of what each item of the
 * persons' data becomes and what stays and why, with the reason it cannot run yet; then, behind a
 * confirmation, carrying it out; afterwards the request's record of what was done.
 */
export function ErasureSection({ request: r, names }: { request: RequestDto; names: Map<string, string> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const erasure = useErasure(r.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const carryOutButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const e = erasure.data;
  return (
    <Section id="erasure" title={t(e?.erasedAt ? 'requests.erasure.recordTitle' : 'requests.erasure.previewTitle')} headingRef={heading}>
      {!e ? (
        <QueryState isLoading={erasure.isLoading} error={erasure.error} />
      ) : (
        <Stack>
          {e.erasedAt ? (
            <Alert color="teal" role="status" title={t('requests.erasure.doneTitle')} data-testid="erasure-done">
              {t('requests.erasure.done', { at: format.dateTime(e.erasedAt) })}
            </Alert>
          ) : (
            <>
              <Text size="sm" maw={760}>
                {t('requests.erasure.previewHint')}
              </Text>
              {e.refusal ? (
                <Alert color="yellow" role="note" title={t('requests.erasure.notYet')} data-testid="erasure-refusal">
                  {e.refusal}
                </Alert>
              ) : (
                <Group>
                  <Button ref={carryOutButton} color="red" onClick={() => setConfirming(true)}>
                    {t('requests.erasure.carryOut')}
                  </Button>
                </Group>
              )}
            </>
          )}
          <Counts erasure={e} />
          {e.persons.map((p) => (
            <PersonItems key={p.personId} name={names.get(p.personId) ?? t('requests.erasure.personById', { id: p.personId })} items={p.items} />
          ))}
        </Stack>
      )}
      {confirming && e && (
        <ConfirmErasure
          request={r}
          erasure={e}
          onClose={(done) => {
            setConfirming(false);
            // Back to the button that opened the dialog; once the erasure is done that button is gone, and the focus goes to the record's heading.
            requestAnimationFrame(() => (done ? heading.current : carryOutButton.current)?.focus());
          }}
        />
      )}
    </Section>
  );
}

function countOf(e: ErasureDto) {
  const all = e.persons.flatMap((p) => p.items);
  return { erase: all.filter((i) => i.action === 'erase').length, anonymise: all.filter((i) => i.action === 'anonymise').length, keep: all.filter((i) => i.action === 'keep').length };
}

function Counts({ erasure }: { erasure: ErasureDto }) {
  const { t } = useTranslation();
  const c = countOf(erasure);
  return (
    <Text size="sm" fw={600} data-testid="erasure-counts">
      {t(erasure.erasedAt ? 'requests.erasure.countsDone' : 'requests.erasure.counts', { erase: c.erase, anonymise: c.anonymise, keep: c.keep })}
    </Text>
  );
}

/** One person's items: what the erasure does to each, and for what stays, why and until when. */
function PersonItems({ name, items }: { name: string; items: ErasureItemDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kept = items.filter((i) => i.action === 'keep');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {name}
      </Title>
      <DataTable
        label={t('requests.erasure.itemsOf', { name })}
        rows={items}
        rowKey={(i, n) => `${i.area}-${i.itemId}-${n}`}
        rowProps={(i) => ({ 'data-area': i.area, 'data-action': i.action })}
        emptyText={t('requests.erasure.noItems')}
        columns={[
          { id: 'area', header: t('requests.erasure.area'), rowHeader: true, cell: (i) => t(`requests.erasureAreas.${i.area}`) },
          { id: 'what', header: t('requests.erasure.what'), cell: (i) => i.what },
          {
            id: 'action',
            header: t('requests.erasure.action'),
            cellProps: () => ({ style: { whiteSpace: 'nowrap' } }),
            cell: (i) => (
              <Badge variant="light" color={ACTION_COLORS[i.action]} style={{ textTransform: 'none', minWidth: 'max-content' }}>
                {t(`requests.erasureActions.${i.action}`)}
              </Badge>
            ),
          },
          {
            id: 'why',
            header: t('requests.erasure.why'),
            cell: (i) =>
              i.action === 'keep' ? (
                <Stack gap={2}>
                  {i.ground && <Text size="sm" fw={600}>{t(`requests.retentionGrounds.${i.ground}`)}</Text>}
                  {i.reason && <Text size="sm">{i.reason}</Text>}
                </Stack>
              ) : null,
          },
          { id: 'until', header: t('requests.erasure.keepUntil'), cell: (i) => (i.keepUntil ? format.date(i.keepUntil) : null), cellProps: () => ({ style: { whiteSpace: 'nowrap' } }) },
        ]}
      />
      {kept.length > 0 && <WhatStays kept={kept} />}
    </Stack>
  );
}

/** What stays and why, in plain words: each ground of keeping with how many items and until when. */
function WhatStays({ kept }: { kept: ErasureItemDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grounds = [...new Set(kept.map((i) => i.ground ?? null))];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('requests.erasure.keptSummary', { count: kept.length })}
      </Text>
      <List size="sm" spacing={2}>
        {grounds.map((g) => {
          const items = kept.filter((i) => (i.ground ?? null) === g);
          const until = items.map((i) => i.keepUntil).filter((d): d is string => Boolean(d)).sort().at(-1);
          return (
            <List.Item key={g ?? 'other'}>
              {g ? t(`requests.retentionGrounds.${g}`) : t('requests.erasure.otherGround')}: {t('requests.erasure.items', { count: items.length })}
              {until ? ` · ${t('requests.erasure.keptUntil', { date: format.date(until) })}` : ''}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}

/** The confirmation: an erasure cannot be undone. Cancel has the focus first; Escape closes; the focus returns to the button. */
function ConfirmErasure({ request: r, erasure, onClose }: { request: RequestDto; erasure: ErasureDto; onClose: (done: boolean) => void }) {
  const { t } = useTranslation();
  const carryOut = useCarryOutErasure(r.id);
  const c = countOf(erasure);
  return (
    <Modal opened onClose={() => onClose(false)} title={t('requests.erasure.confirmTitle')} centered size="lg">
      <Stack gap="sm">
        <Alert color="red" role="note" title={t('requests.erasure.cannotUndo')}>
          {t('requests.erasure.confirmText', { count: erasure.persons.length, counts: t('requests.erasure.counts', c) })}
        </Alert>
        <FormProblems error={carryOut.error} unmatched={[]} fallback={t('requests.erasure.failed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={carryOut.isPending}
            onClick={() =>
              carryOut.mutate(undefined, {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: t('requests.erasure.doneNotice') });
                  onClose(true);
                },
              })
            }
          >
            {t('requests.erasure.confirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
