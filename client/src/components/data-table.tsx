import { Fragment, useMemo, useState, type ReactNode } from 'react';
import { Table, Text, UnstyledButton, type TableProps, type TableTdProps, type TableThProps, type TableTrProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Pager } from '@/components/pager';
import { QueryState } from '@/components/query-state';

/** Extra attributes of a row or cell, e.g. `data-person-id` that tests and styles address. */
type DataAttributes = { [key: `data-${string}`]: string | number | boolean | undefined };

export type DataTableColumn<T> = {
  id: string;
  header: ReactNode;
  /** `index` is the row's place among the rows shown (0 for the first). */
  cell: (row: T, index: number) => ReactNode;
  /** Makes the column sortable by this value (for lists the page holds whole; paged lists sort on the server). */
  sortValue?: (row: T) => string | number | null | undefined;
  /** The cell is the row's header (`<th scope="row">`). */
  rowHeader?: boolean;
  headerProps?: TableThProps;
  cellProps?: (row: T) => Omit<TableTdProps, 'classNames' | 'styles' | 'vars'> & DataAttributes;
};

/** A row's own attributes: data attributes and the Mantine style props of its `<tr>` (e.g. dimmed text). */
export type DataTableRowProps = Omit<TableTrProps, 'classNames' | 'styles' | 'vars' | 'children'> & DataAttributes;

/** Content shown under a row across all columns (an expanded row), in a cell with this id (for `aria-controls`). */
export type DataTableRowDetail = { id: string; content: ReactNode };

export type DataTablePaging = { page: number; pageSize: number; totalCount: number; onChange: (page: number) => void };

type SortState = { id: string; desc: boolean } | null;

/**
 * The one table of the SPA: columns, rows and an accessible name; the states before and around
 * the rows (loading, error, empty) and paging in one place. `rows` undefined means "not loaded yet":
 * then the loader or the error shows. With `emptyText` an empty list shows that text instead of a
 * table; without it the table shows its header and the common "no rows" text under it.
 * A column given as `false` (e.g. `canLift && {...}`) is not shown: a column by permission.
 * `rowDetail` gives a row an expanded row under it (null while it is closed).
 */
export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowProps,
  rowDetail,
  isLoading = false,
  error,
  emptyText,
  paging,
  minWidth,
  ...tableProps
}: {
  label: string;
  columns: (DataTableColumn<T> | false | null | undefined)[];
  rows: readonly T[] | undefined;
  rowKey: (row: T, index: number) => string | number;
  rowProps?: (row: T) => DataTableRowProps;
  rowDetail?: (row: T) => DataTableRowDetail | null | undefined;
  isLoading?: boolean;
  error?: unknown;
  emptyText?: ReactNode;
  paging?: DataTablePaging;
  /** Wider than the screen: the table scrolls sideways inside its container. */
  minWidth?: number;
} & Omit<TableProps, 'data' | 'children'>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortState>(null);
  const shown = columns.filter((c): c is DataTableColumn<T> => Boolean(c));
  const sorted = useMemo(() => sortRows(rows ?? [], shown, sort), [rows, shown, sort]);

  if (!rows) return <QueryState isLoading={isLoading} error={error} />;
  if (rows.length === 0 && emptyText !== undefined) return <Text c="dimmed">{emptyText}</Text>;

  const table = (
    <Table aria-label={label} {...tableProps}>
      <Table.Thead>
        <Table.Tr>
          {shown.map((column) => (
            <Table.Th key={column.id} {...column.headerProps} aria-sort={column.sortValue ? ariaSort(sort, column.id) : undefined}>
              {column.sortValue ? (
                <SortButton
                  column={column}
                  sort={sort}
                  title={t(sort?.id === column.id && !sort.desc ? 'common.table.sortDescending' : 'common.table.sortAscending', {
                    column: typeof column.header === 'string' ? column.header : column.id,
                  })}
                  onSort={setSort}
                />
              ) : (
                column.header
              )}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((row, index) => {
          const detail = rowDetail?.(row);
          return (
            <Fragment key={rowKey(row, index)}>
              <Table.Tr {...rowProps?.(row)}>
                {shown.map((column) =>
                  column.rowHeader ? (
                    <Table.Th key={column.id} scope="row" fw="normal" {...column.cellProps?.(row)}>
                      {column.cell(row, index)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.id} {...column.cellProps?.(row)}>
                      {column.cell(row, index)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
              {detail && (
                <Table.Tr>
                  <Table.Td colSpan={shown.length} id={detail.id}>
                    {detail.content}
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </Table>
  );

  return (
    <>
      {minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table}
      {rows.length === 0 && <Text c="dimmed">{t('common.noRows')}</Text>}
      {paging && <Pager {...paging} />}
    </>
  );
}

function SortButton<T>({
  column,
  sort,
  title,
  onSort,
}: {
  column: DataTableColumn<T>;
  sort: SortState;
  title: string;
  onSort: (next: SortState) => void;
}) {
  const active = sort?.id === column.id;
  return (
    <UnstyledButton
      fw="inherit"
      fz="inherit"
      title={title}
      onClick={() => onSort(active && !sort.desc ? { id: column.id, desc: true } : active ? null : { id: column.id, desc: false })}
    >
      {column.header}
      <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}</span>
    </UnstyledButton>
  );
}

const ariaSort = (sort: SortState, id: string) => (sort?.id !== id ? 'none' : sort.desc ? 'descending' : 'ascending');

function sortRows<T>(rows: readonly T[], columns: DataTableColumn<T>[], sort: SortState): readonly T[] {
  const value = sort && columns.find((c) => c.id === sort.id)?.sortValue;
  if (!sort || !value) return rows;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  const compare = (a: T, b: T) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1; // empty values last
    return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
  };
  return [...rows].sort((a, b) => (sort.desc ? compare(b, a) : compare(a, b)));
}
