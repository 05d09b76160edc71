import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { DataTable } from '@/components/data-table';
import { useSearch } from '../api/search';
import { hitPath } from './search-box';

const PAGE_SIZE = 25;

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Number(params.get('page') ?? '1') || 1;
  const [draft, setDraft] = useState(q);
  // The header search box may change q while this page is open: the field follows it.
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    setDraft(q);
  }
  const { data, isLoading, error } = useSearch({ q, page, pageSize: PAGE_SIZE });

  return (
    <Stack>
      <PageHeader title={t('search.title')} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: draft.trim() });
        }}
      >
        <Group align="flex-end">
          <TextInput label={t('search.label')} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} w={400} maw="100%" />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {!q && <Text c="dimmed">{t('search.hint')}</Text>}
      {q && <QueryState isLoading={isLoading} error={error} />}
      {q && data && (
        <>
          {data.items.length === 0 ? (
            <Text>{t('search.noResults')}</Text>
          ) : (
            <DataTable
              label={t('search.results')}
              striped
              highlightOnHover
              rows={data.items}
              rowKey={(hit) => `${hit.kind}:${hit.id}`}
              columns={[
                {
                  id: 'name',
                  header: t('search.name'),
                  cell: (hit) => (
                    <Anchor component={Link} to={hitPath(hit)}>
                      {hit.displayName}
                    </Anchor>
                  ),
                },
                { id: 'detail', header: t('search.detail'), cell: (hit) => hit.detail },
                {
                  id: 'kindLabel',
                  header: t('search.kindLabel'),
                  cell: (hit) => (
                    <Badge variant="light" color={hit.kind === 'customer' ? 'blue' : 'teal'}>
                      {t(`search.kind.${hit.kind}`)}
                    </Badge>
                  ),
                },
              ]}
            />
          )}
          <Group>
            <Button variant="default" disabled={page <= 1} onClick={() => setParams({ q, page: String(page - 1) })}>
              {t('common.previous')}
            </Button>
            <Button variant="default" disabled={!data.hasMore} onClick={() => setParams({ q, page: String(page + 1) })}>
              {t('common.next')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
