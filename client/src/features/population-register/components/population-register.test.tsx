import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { PopulationImportDto } from '@/api/types';
import { PopulationRegisterPage } from './population-register-page';

const IMP = '7e9a0000-0000-4000-8000-0000000000a1';

const imp = (over: Partial<PopulationImportDto>): PopulationImportDto => ({
  id: IMP,
  fileName: 'muutokset.jsonl',
  format: 'jsonLines',
  status: 'completed',
  phase: null,
  progress: null,
  rowsRead: 12,
  changesRead: 15,
  updatedPersons: 9,
  unmatchedRows: 2,
  nameChanges: 3,
  addressChanges: 4,
  addressesWithheld: 1,
  markingsSet: 2,
  markingsCleared: 1,
  deaths: 1,
  codeCorrections: 1,
  errorCount: 0,
  errors: [],
  startedAt: '2026-11-25T10:00:00Z',
  startedBy: 'admin',
  finishedAt: '2026-11-25T10:00:02Z',
  ...over,
});

function signIn() {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'd', displayName: 'D', accessLevel: 'DataProtectionOfficer', permissions: ['populationRegister.import'], mustChangePassword: false },
  });
}

const renderPage = () => renderWithProviders(<PopulationRegisterPage />, { route: '/population-register', path: '/population-register' });

describe('Population Register page', () => {
  it('uploads a change file as multipart, shows the progress while it runs and then what it changed', async () => {
    signIn();
    let form: FormData | null = null;
    let polls = 0;
    mockFetch({
      'GET /api/v1/population-register/imports': () => json(form ? [imp({ status: polls >= 2 ? 'completed' : 'running' })] : []),
      'POST /api/v1/population-register/imports': async (req) => {
        form = await req.formData();
        return json(imp({ status: 'running', phase: 'queued', progress: 0, rowsRead: 0, finishedAt: null }), 202);
      },
      [`GET /api/v1/population-register/imports/${IMP}`]: () =>
        ++polls < 2 ? json(imp({ status: 'running', phase: 'reading', progress: 0.25, rowsRead: 3, finishedAt: null })) : json(imp({})),
    });
    renderPage();
    const upload = await screen.findByRole('form', { name: 'Import a change file' });
    expect(await screen.findByText('No change files imported yet.')).toBeInTheDocument();

    await userEvent.click(within(upload).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(within(upload).getByLabelText(/^Change file/)).toHaveAccessibleDescription('Required.'));

    await userEvent.upload(within(upload).getByLabelText(/^Change file/), new File(['{}\n'], 'muutokset.jsonl', { type: 'application/x-ndjson' }));
    await userEvent.click(within(upload).getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(form).not.toBeNull());
    expect(form!.get('file')).not.toBeNull();

    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Reading and checking: 25 %'), { timeout: 3000 });
    expect(screen.getByTestId('population-import')).toHaveTextContent('3 lines read');

    await waitFor(() => expect(screen.getByTestId('population-import')).toHaveAttribute('data-status', 'completed'), { timeout: 4000 });
    const report = screen.getByTestId('population-import');
    expect(report).toHaveTextContent('Every change was applied.');
    const stat = (id: string) => report.querySelector(`[data-stat="${id}"]`);
    expect(stat('updatedPersons')).toHaveTextContent('9');
    expect(stat('unmatchedRows')).toHaveTextContent('2');
    expect(stat('markingsSet')).toHaveTextContent('2');
    expect(stat('markingsCleared')).toHaveTextContent('1');
    expect(stat('deaths')).toHaveTextContent('1');
    expect(stat('codeCorrections')).toHaveTextContent('1');
    const history = await screen.findByRole('table', { name: 'Imports' });
    await waitFor(() => expect(history.querySelector(`tr[data-import-id="${IMP}"]`)).toHaveAttribute('data-status', 'completed'));
  }, 15_000);

  it('shows a failed import with its bad lines and that nothing was changed', async () => {
    signIn();
    const failed = imp({
      status: 'failed',
      updatedPersons: 0,
      errorCount: 2,
      errors: [
        { line: 2, message: 'henkilotunnus is not a valid personal identity code (its form, date or check character).', code: 'populationBadIdentityCode' },
        { line: 4, message: 'Unknown group "LEMMIKKI".', code: 'populationUnknownGroup' },
      ],
    });
    mockFetch({
      'GET /api/v1/population-register/imports': () => json([failed]),
      [`GET /api/v1/population-register/imports/${IMP}`]: () => json(failed),
    });
    renderPage();
    const history = await screen.findByRole('table', { name: 'Imports' });
    expect(within(history).getByText('Failed')).toBeInTheDocument();
    await userEvent.click(within(history).getByRole('button', { name: /^Details of muutokset.jsonl/ }));
    const report = await screen.findByTestId('population-import');
    expect(report).toHaveTextContent('2 bad lines: the file was rejected.');
    expect(report).toHaveTextContent('Nothing was changed');
    const lines = within(report).getByRole('table', { name: 'Bad lines' });
    expect(lines.querySelector('tr[data-line="2"]')).toHaveTextContent('not a valid personal identity code');
    expect(lines.querySelector('tr[data-line="4"]')).toHaveTextContent('LEMMIKKI');
  });
});
