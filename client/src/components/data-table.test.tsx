import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import { DataTable } from './data-table';

type Row = { id: string; name: string };
const rows: Row[] = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Beta' },
];

function Expandable({ withActions }: { withActions: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <DataTable
      label="Things"
      rows={rows}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ 'data-thing-id': r.id })}
      rowDetail={(r) => (open === r.id ? { id: `detail-${r.id}`, content: <p>More about {r.name}</p> } : null)}
      columns={[
        { id: 'name', header: 'Name', cell: (r) => r.name },
        withActions && {
          id: 'actions',
          header: 'Actions',
          cell: (r) => (
            <button type="button" aria-expanded={open === r.id} aria-controls={open === r.id ? `detail-${r.id}` : undefined} onClick={() => setOpen(open === r.id ? null : r.id)}>
              Open {r.name}
            </button>
          ),
        },
      ]}
    />
  );
}

describe('DataTable', () => {
  it('leaves out a column given as false (a column by permission)', () => {
    renderWithProviders(<Expandable withActions={false} />);
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name']);
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a row detail under its row across all columns, and hides it again', async () => {
    renderWithProviders(<Expandable withActions />);
    const table = screen.getByRole('table', { name: 'Things' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Open Alpha' }));
    const detail = screen.getByText('More about Alpha').closest('td')!;
    expect(detail).toHaveAttribute('id', 'detail-a');
    expect(detail).toHaveAttribute('colspan', '2');
    expect(screen.getByRole('button', { name: 'Open Alpha' })).toHaveAttribute('aria-controls', 'detail-a');
    // The detail row follows its own row, before the next one.
    const order = within(table).getAllByRole('row').map((r) => r.getAttribute('data-thing-id') ?? (r.querySelector('#detail-a') ? 'detail' : 'header'));
    expect(order).toEqual(['header', 'a', 'detail', 'b']);
    await userEvent.click(screen.getByRole('button', { name: 'Open Alpha' }));
    expect(screen.queryByText('More about Alpha')).not.toBeInTheDocument();
  });
});
