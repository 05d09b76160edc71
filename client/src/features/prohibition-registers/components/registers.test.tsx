import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { RegisterImportDto } from '@/api/types';
import { todayIso } from '../lib/imports';
import { ImportMatchesPage } from './import-matches-page';
import { RegisterPage } from './register-page';
import { RegistersPage } from './registers-page';

const REG = '7e9a0000-0000-4000-8000-0000000000r1';
const IMP = '7e9a0000-0000-4000-8000-0000000000i1';
const PERSON = '7e9a0000-0000-4000-8000-0000000000p1';

const imp = (over: Partial<RegisterImportDto>): RegisterImportDto => ({
  id: IMP,
  registerId: REG,
  fileName: 'robinson.csv',
  fileDate: '2026-11-20',
  status: 'completed',
  phase: null,
  progress: null,
  rowsRead: 3,
  matches: 2,
  matchedPersons: 2,
  suppressedMatches: 0,
  encoding: 'utf-8',
  errorCount: 0,
  errors: [],
  inForce: true,
  startedAt: '2026-11-25T10:00:00Z',
  startedBy: 'admin',
  finishedAt: '2026-11-25T10:00:02Z',
  ...over,
});
const register = (current: RegisterImportDto | null = null) => ({ id: REG, name: 'Robinson', channels: ['phone', 'post'], currentImport: current });

function signIn() {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'd', displayName: 'D', accessLevel: 'DataProtectionOfficer', permissions: ['prohibitionRegisters.manage'], mustChangePassword: false },
  });
}

const renderRegister = () => renderWithProviders(<RegisterPage />, { route: `/prohibition-registers/${REG}`, path: '/prohibition-registers/:id' });

describe('Prohibition registers list', () => {
  it('shows each register with its channels and the import in force, and adds one', async () => {
    signIn();
    const calls = mockFetch({
      'GET /api/v1/prohibition-registers': () => json([register(imp({ rowsRead: 1200, matches: 7, matchedPersons: 6 })), { ...register(), id: 'r2', name: 'Posti' }]),
      'POST /api/v1/prohibition-registers': () => json({ ...register(), id: 'r3', name: 'Uusi' }, 201),
    });
    renderWithProviders(<RegistersPage />);
    const table = await screen.findByRole('table', { name: 'Prohibition registers' });
    const first = table.querySelector(`tr[data-register-id="${REG}"]`) as HTMLElement;
    expect(first).toHaveTextContent('Phone');
    expect(first).toHaveTextContent('Post');
    expect(first).toHaveTextContent('File of 20/11/2026');
    expect(first).toHaveTextContent('1,200');
    expect(first).toHaveTextContent('6 persons');
    expect(table.querySelector('tr[data-register-id="r2"]')).toHaveTextContent('No file imported yet.');
    expect(screen.getByText('firstName')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Add register' }));
    const form = screen.getByRole('form', { name: 'Add register' });
    await userEvent.type(within(form).getByLabelText(/^Name/), 'Uusi{Enter}');
    expect(await within(form).findByText('Choose at least one channel.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(form).getByRole('checkbox', { name: 'E-mail' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Text message' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Uusi', channels: ['email', 'sms'] });
  });
});

describe('Register page', () => {
  it('uploads the file as multipart with the file date, follows the import while it runs and then shows the result', async () => {
    signIn();
    let form: FormData | null = null;
    let polls = 0;
    mockFetch({
      'GET /api/v1/prohibition-registers': () => json([register()]),
      [`GET /api/v1/prohibition-registers/${REG}/imports`]: () => json(form ? [imp({ status: polls >= 2 ? 'completed' : 'running' })] : []),
      [`POST /api/v1/prohibition-registers/${REG}/imports`]: async (req) => {
        form = await req.formData();
        return json(imp({ status: 'running', phase: 'queued', progress: 0, rowsRead: 0, inForce: false, finishedAt: null }), 202);
      },
      [`GET /api/v1/prohibition-registers/${REG}/imports/${IMP}`]: () =>
        ++polls < 2
          ? json(imp({ status: 'running', phase: 'reading', progress: 0.5, rowsRead: 2, inForce: false, finishedAt: null }))
          : json(imp({})),
    });
    renderRegister();
    const upload = await screen.findByRole('form', { name: 'Import a file' });
    expect(within(upload).getByLabelText(/^File date/)).toHaveValue(todayIso());
    expect(await screen.findByText('No imports yet.')).toBeInTheDocument();

    // Without a file nothing is sent.
    await userEvent.click(within(upload).getByRole('button', { name: 'Upload and import' }));
    await waitFor(() => expect(within(upload).getByLabelText(/^File$|^File \*/)).toHaveAccessibleDescription('Required.'));

    const fileInput = within(upload).getByLabelText(/^File$|^File \*/);
    await userEvent.upload(fileInput, new File(['email\nx@example.fi\n'], 'robinson.csv', { type: 'text/csv' }));
    await userEvent.clear(within(upload).getByLabelText(/^File date/));
    await userEvent.type(within(upload).getByLabelText(/^File date/), '2026-11-20');
    await userEvent.click(within(upload).getByRole('button', { name: 'Upload and import' }));

    await waitFor(() => expect(form).not.toBeNull());
    // jsdom's File does not survive the multipart round trip with its name and content; the e2e test checks those.
    expect((form!.get('file') as File).type).toBe('text/csv');
    expect(form!.get('fileDate')).toBe('2026-11-20');

    // Running: a progress bar with the phase and the rows so far.
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', 'Reading the file: 50 %'), { timeout: 3000 });
    expect(screen.getByTestId('import-status')).toHaveTextContent('rows read: 2');

    // Then the summary, and the history asked again.
    await waitFor(() => expect(screen.getByTestId('import-status')).toHaveAttribute('data-status', 'completed'), { timeout: 4000 });
    const status = screen.getByTestId('import-status');
    expect(status).toHaveTextContent("Imported. This file is now the register's file in force.");
    expect(status).toHaveTextContent('utf-8');
    expect(within(status).getByRole('link', { name: 'Show the matched persons' })).toHaveAttribute('href', `/prohibition-registers/${REG}/imports/${IMP}`);
    const history = await screen.findByRole('table', { name: 'Imports' });
    await waitFor(() => expect(history.querySelector(`tr[data-import-id="${IMP}"]`)).toHaveAttribute('data-status', 'completed'));
  }, 15_000);

  it('shows a failed import with its bad lines and that nothing was changed', async () => {
    signIn();
    const failed = imp({
      status: 'failed',
      matches: 0,
      matchedPersons: 0,
      inForce: false,
      errorCount: 2,
      errors: [
        { line: 3, message: '2 values where the header has 3 columns.', code: 'importValueCount' },
        { line: 7, message: 'email is longer than 200 characters.', code: 'importTooLong' },
      ],
    });
    mockFetch({
      'GET /api/v1/prohibition-registers': () => json([register()]),
      [`GET /api/v1/prohibition-registers/${REG}/imports`]: () => json([failed]),
      [`GET /api/v1/prohibition-registers/${REG}/imports/${IMP}`]: () => json(failed),
    });
    renderRegister();
    const history = await screen.findByRole('table', { name: 'Imports' });
    expect(within(history).getByText('Failed')).toBeInTheDocument();
    await userEvent.click(within(history).getByRole('button', { name: 'Details: robinson.csv, 20/11/2026' }));
    const status = await screen.findByTestId('import-status');
    expect(status).toHaveTextContent('The file was rejected: 2 bad lines.');
    expect(status).toHaveTextContent('Nothing was changed');
    const lines = within(status).getByRole('table', { name: 'Bad lines' });
    expect(lines.querySelector('tr[data-line="3"]')).toHaveTextContent('2 values where the header has 3 columns.');
    expect(lines.querySelector('tr[data-line="7"]')).toHaveTextContent('email is longer than 200 characters.');
    expect(screen.getByTestId('location')).toHaveTextContent(`?import=${IMP}`);
  });
});

describe('Import matches', () => {
  it('lists the matched persons by line with links and the reasons', async () => {
    signIn();
    const calls = mockFetch({
      'GET /api/v1/prohibition-registers': () => json([register(imp({}))]),
      [`GET /api/v1/prohibition-registers/${REG}/imports/${IMP}`]: () => json(imp({})),
      [`GET /api/v1/prohibition-registers/${REG}/imports/${IMP}/matches`]: () =>
        json({
          items: [
            { line: 2, personId: PERSON, firstName: 'Matti', lastName: 'Meikäläinen', reasons: ['email', 'nameAndAddress'] },
            { line: 5, personId: 'p2', firstName: 'Maija', lastName: 'Mallikas', reasons: ['phone'] },
          ],
          page: 1,
          pageSize: 50,
          totalCount: 2,
        }),
    });
    renderWithProviders(<ImportMatchesPage />, {
      route: `/prohibition-registers/${REG}/imports/${IMP}`,
      path: '/prohibition-registers/:id/imports/:importId',
    });
    const table = await screen.findByRole('table', { name: 'Matched persons' });
    const row = table.querySelector(`tr[data-person-id="${PERSON}"]`) as HTMLElement;
    expect(row).toHaveTextContent('2');
    expect(within(row).getByRole('link', { name: 'Matti Meikäläinen' })).toHaveAttribute('href', `/persons/${PERSON}`);
    expect(row).toHaveTextContent('E-mail');
    expect(row).toHaveTextContent('Name and address');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Matches: robinson.csv (20/11/2026)');
    const get = calls.find((c) => c.path.endsWith('/matches'))!;
    expect(get.url.searchParams.get('page')).toBe('1');
    expect(get.url.searchParams.get('pageSize')).toBe('50');
  });
});
