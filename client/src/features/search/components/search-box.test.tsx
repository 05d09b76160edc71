import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { SearchBox } from './search-box';

const hits = [
  { kind: 'person', id: 'p-1', displayName: 'Virtanen Matti', detail: 'Helsinki' },
  { kind: 'customer', id: 'c-2', displayName: 'Virtasen Kone Oy', detail: 'A-1002' },
  { kind: 'person', id: 'p-3', displayName: 'Virtanen Liisa', detail: 'Espoo' },
];

function setup() {
  const calls = mockFetch({ 'GET /api/v1/search': () => json({ items: hits, page: 1, pageSize: 10, hasMore: false }) });
  renderWithProviders(
    <div>
      <input aria-label="Other field" />
      <SearchBox />
    </div>,
  );
  return calls;
}

/** The option the combobox points at with aria-activedescendant (focus stays in the input). */
const selected = () => {
  const id = screen.getByRole('combobox', { name: /search customers and persons/i }).getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Search box', () => {
  it('is focused by "/" but not while typing in another field', async () => {
    setup();
    const box = screen.getByRole('combobox', { name: /search customers and persons/i });
    const other = screen.getByLabelText('Other field');
    other.focus();
    await userEvent.keyboard('/');
    expect(other).toHaveFocus();
    expect(other).toHaveValue('/');

    other.blur();
    await userEvent.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue(''); // the slash itself is not typed
  });

  it('searches as you type (debounced) and moves with the arrow keys; Enter opens', async () => {
    const calls = setup();
    const box = screen.getByRole('combobox', { name: /search customers and persons/i });
    await userEvent.click(box);
    await userEvent.type(box, 'virt');

    await screen.findByRole('option', { name: /Virtanen Matti/ });
    const searches = calls.filter((c) => c.path === '/api/v1/search');
    expect(searches).toHaveLength(1); // one request for the whole word, not per key
    expect(searches[0].url.searchParams.get('q')).toBe('virt');
    expect(searches[0].url.searchParams.get('pageSize')).toBe('10');

    await userEvent.keyboard('{ArrowDown}');
    expect(selected()).toHaveTextContent('Virtanen Matti');
    await userEvent.keyboard('{ArrowDown}');
    expect(selected()).toHaveTextContent('Virtasen Kone Oy');
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    expect(selected()).toHaveTextContent('Virtasen Kone Oy');
    expect(screen.getByRole('option', { name: /Virtasen Kone Oy/, selected: true })).toBeInTheDocument();
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);

    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/customers/c-2'));
  });

  it('opens a person result at /persons/{id}', async () => {
    setup();
    const box = screen.getByRole('combobox', { name: /search customers and persons/i });
    await userEvent.type(box, 'liisa');
    await screen.findByRole('option', { name: /Virtanen Liisa/ });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(selected()).toHaveTextContent('Virtanen Liisa');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/persons/p-3'));
  });

  it('Escape closes the results; Enter with nothing selected opens the full results page', async () => {
    setup();
    const box = screen.getByRole('combobox', { name: /search customers and persons/i });
    await userEvent.type(box, 'virt');
    await screen.findByRole('option', { name: /Virtanen Matti/ });
    fireEvent.keyDown(box, { key: 'Escape', code: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('option', { name: /Virtanen Matti/ })).not.toBeInTheDocument());

    box.focus();
    await userEvent.type(box, 'a{Enter}');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/search?q=virta'));
  });
});
