import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Language, NoticeDiffDto, PrivacyNoticeDto } from '@/api/types';
import { DataTable } from '@/components/data-table';
import { FormProblems } from '@/components/form-problems';
import { QueryState } from '@/components/query-state';
import { LanguageBar } from './language-bar';
import { useFormat } from '@/lib/format';
import { useNoticeDiff, useNoticePreview, useNoticeVersions, usePublishNotice } from '../api/settings';

/**
 * The privacy notice: the draft generated from the register now, publishing it (with a confirmation: a version is never changed
 * after), the published versions and what changed between two of them.
 */
export function NoticePanel() {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>('fi');
  const [confirming, setConfirming] = useState(false);
  const [compared, setCompared] = useState<number | null>(null);
  const preview = useNoticePreview(lang);
  const versions = useNoticeVersions();
  const format = useFormat();

  return (
    <Stack gap="md">
      <LanguageBar lang={lang} onChange={setLang}>
        <Anchor href={`/privacy?lang=${lang}`} target="_blank" rel="noopener">
          {t('notice.openPublic')}
        </Anchor>
        <Button onClick={() => setConfirming(true)}>{t('notice.publish')}</Button>
      </LanguageBar>
      {confirming && <ConfirmPublish onClose={() => setConfirming(false)} />}

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('notice.versions')}
        </Title>
        <DataTable
          label={t('notice.versions')}
          rows={versions.data}
          isLoading={versions.isLoading}
          error={versions.error}
          emptyText={t('notice.noVersions')}
          rowKey={(v) => v.number}
          rowProps={(v) => ({ 'data-notice-version': v.number })}
          columns={[
            { id: 'number', header: t('notice.number'), cell: (v) => v.number, rowHeader: true },
            { id: 'publishedAt', header: t('notice.publishedAt'), cell: (v) => format.dateTime(v.publishedAt) },
            { id: 'publishedBy', header: t('notice.publishedBy'), cell: (v) => v.publishedBy },
            {
              id: 'open',
              header: t('notice.actions'),
              cell: (v) => (
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={`/privacy/versions/${v.number}?lang=${lang}`} target="_blank" rel="noopener" size="sm">
                    {t('notice.open', { number: v.number })}
                  </Anchor>
                  <Button size="compact-sm" variant="default" onClick={() => setCompared(v.number)} aria-pressed={compared === v.number}>
                    {t('notice.compare', { number: v.number })}
                  </Button>
                </Group>
              ),
            },
          ]}
        />
        {compared !== null && <DiffView number={compared} lang={lang} />}
      </Card>

      <Card withBorder>
        <Title order={2} size="h4" mb="xs">
          {t('notice.preview')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('notice.previewHint')}
        </Text>
        <QueryState isLoading={preview.isLoading} error={preview.error} />
        {preview.data && <NoticeDocument notice={preview.data} />}
      </Card>
    </Stack>
  );
}

/** The notice's sections as the public page shows them; the right to object stands apart (Art. 21(4)). */
export function NoticeDocument({ notice }: { notice: PrivacyNoticeDto }) {
  return (
    <Stack gap="sm" lang={notice.language} data-testid="notice-document">
      <Title order={3} size="h4">
        {notice.title}
      </Title>
      {notice.sections.map((s) => {
        const body = (
          <>
            <Title order={4} size="h5">
              {s.title}
            </Title>
            <List size="sm" spacing={2}>
              {s.lines.map((line, i) => (
                <List.Item key={i}>{line}</List.Item>
              ))}
            </List>
          </>
        );
        return s.apart ? (
          <Alert key={s.key} color="blue" variant="outline" data-section={s.key}>
            {body}
          </Alert>
        ) : (
          <section key={s.key} data-section={s.key}>
            {body}
          </section>
        );
      })}
    </Stack>
  );
}

function ConfirmPublish({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishNotice();
  return (
    <Modal opened onClose={onClose} title={t('notice.confirmTitle')} centered size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('notice.confirmText')}</Text>
        <FormProblems error={publish.error} unmatched={[]} fallback={t('notice.publishFailed')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(undefined, {
                onSuccess: (v) => {
                  notifications.show({ color: 'teal', message: t('notice.published', { number: v.number }) });
                  onClose();
                },
              })
            }
          >
            {t('notice.confirmButton')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What changed in version `number` since the one before, section by section. */
function DiffView({ number, lang }: { number: number; lang: Language }) {
  const { t } = useTranslation();
  const diff = useNoticeDiff(number, null, lang);
  return (
    <Stack gap="xs" mt="md" role="region" aria-label={t('notice.diffTitle', { number })}>
      <Title order={3} size="h5">
        {t('notice.diffTitle', { number })}
      </Title>
      <QueryState isLoading={diff.isLoading} error={diff.error} />
      {diff.data && <DiffSections diff={diff.data} />}
    </Stack>
  );
}

export function DiffSections({ diff }: { diff: NoticeDiffDto }) {
  const { t } = useTranslation();
  if (diff.sections.length === 0) return <Text size="sm">{t('notice.noChanges')}</Text>;
  return (
    <Stack gap="xs">
      {diff.sections.map((s) => (
        <Card key={s.key} withBorder padding="xs" data-diff-section={s.key}>
          <Group gap="xs">
            <Text fw={600} size="sm">
              {s.title}
            </Text>
            <Badge variant="light">{t(`notice.changes.${s.change}`)}</Badge>
          </Group>
          <List size="sm" spacing={2} mt={4}>
            {s.removedLines.map((line, i) => (
              <List.Item key={`r${i}`}>
                <Text span c="red.9" size="sm">
                  − {t('notice.removed')}: {line}
                </Text>
              </List.Item>
            ))}
            {s.addedLines.map((line, i) => (
              <List.Item key={`a${i}`}>
                <Text span c="teal.9" size="sm">
                  + {t('notice.added')}: {line}
                </Text>
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </Stack>
  );
}
