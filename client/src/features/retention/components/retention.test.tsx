import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { LegalHoldDto, RetentionRuleDto } from '@/api/types';
import { RetentionPage } from './retention-page';

const PERSON = '0195f0a2-7c1e-7b7a-9a53-1f6f2d3c4b5a';

const rule = (over: Partial<RetentionRuleDto>): RetentionRuleDto => ({
  category: 'recordings',
  period: 6,
  unit: 'months',
  start: 'recordingDate',
  action: 'delete',
  reasonFi: 'Tallenteet 6 kk',
  reasonSv: 'Inspelningar 6 mån',
  reasonEn: 'Recordings 6 months',
  allowedStarts: ['recordingDate', 'relationshipEnded'],
  allowedActions: ['delete'],
  updatedAt: '2026-12-01T10:00:00Z',
  updatedBy: 'system',
  version: '7',
  ...over,
});

const hold: LegalHoldDto = {
  id: 'h1',
  personId: PERSON,
  customerId: null,
  subjectName: 'Maija Meikäläinen',
  reason: 'Dispute',
  placedAt: '2026-12-01T10:00:00Z',
  placedBy: 'dpo',
  liftedAt: null,
  liftedBy: null,
};

function signIn() {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'dpo', displayName: 'DPO', accessLevel: 'DataProtectionOfficer', permissions: ['retention.manage'], mustChangePassword: false },
  });
}

function mockRetention(extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    'GET /api/v1/retention/rules': () =>
      json([
        rule({ category: 'invoicing', period: 6, unit: 'years', start: 'financialYearEndCalendarYear', reasonEn: 'Accounting Act 1336/1997', allowedStarts: ['financialYearEndCalendarYear', 'financialYearEnd'] }),
        rule({}),
      ]),
    'GET /api/v1/retention/financial-year': () => json({ endMonth: 4, endDay: 30, updatedAt: '2026-12-01T10:00:00Z', updatedBy: 'system', version: '3' }),
    'GET /api/v1/retention/dry-run': () =>
      json({
        asOf: '2026-12-03',
        page: 1,
        pageSize: 20,
        rules: [
          { category: 'recordings', target: 'recordingEntries', action: 'delete', start: 'recordingDate', period: 6, unit: 'months', count: 1, ids: ['r-1'] },
          { category: 'basic', target: 'personsWithoutBasis', action: 'anonymise', start: 'relationshipEnded', period: 3, unit: 'years', count: 1, ids: ['p-1'] },
        ],
      }),
    'GET /api/v1/retention/holds': () => json([hold]),
    'GET /api/v1/retention/runs': () =>
      json({
        items: [{ id: 'run1', trigger: 'scheduled', asOf: '2026-12-02', startedAt: '2026-12-02T00:30:00Z', finishedAt: '2026-12-02T00:30:02Z', startedBy: 'retention', contacts: 0, recordings: 4, invoices: 0, consentEvents: 0, persons: 1, customers: 0 }],
        page: 1,
        pageSize: 10,
        totalCount: 1,
      }),
    ...extra,
  });
}

describe('Retention page', () => {
  it('lists the rules with their reasons, the financial year, what is due and why, holds and runs', async () => {
    signIn();
    mockRetention();
    renderWithProviders(<RetentionPage />);
    const rules = await screen.findByRole('table', { name: 'Rules' });
    const invoicing = rules.querySelector('tr[data-category="invoicing"]') as HTMLElement;
    expect(within(invoicing).getByText('6 years')).toBeInTheDocument();
    expect(within(invoicing).getByText('the end of the calendar year in which the financial year ended')).toBeInTheDocument();
    expect(within(invoicing).getByText('Accounting Act 1336/1997')).toBeInTheDocument();
    expect(await screen.findByText('The financial year ends on 30.4.')).toBeInTheDocument();
    const due = await screen.findByRole('table', { name: 'Due now (dry run)' });
    expect(within(due).getByText('Call recordings: kept 6 months from the recording\'s date')).toBeInTheDocument();
    expect(within(due).getByText('r-1')).toBeInTheDocument();
    // A person with no recorded basis is measured from their last change or contact, not from the rule's event.
    const withoutBasis = due.querySelector('tr[data-target="personsWithoutBasis"]') as HTMLElement;
    expect(within(withoutBasis).getByText(/no basis recorded; kept 3 years from the last change or contact$/)).toBeInTheDocument();
    expect(await screen.findByText('Maija Meikäläinen')).toBeInTheDocument();
    const runs = await screen.findByRole('table', { name: 'Runs' });
    expect(within(runs).getByText('Daily run · retention')).toBeInTheDocument();
  });

  it('edits a rule with If-Match and only the starts its category can take', async () => {
    signIn();
    const calls = mockRetention({ 'PUT /api/v1/retention/rules/recordings': () => json(rule({ period: 3 })) });
    renderWithProviders(<RetentionPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit the rule of Call recordings' }));
    const form = await screen.findByRole('form', { name: 'Edit the rule of Call recordings' });
    const period = within(form).getByRole('textbox', { name: 'Period' });
    await userEvent.clear(period);
    await userEvent.type(period, '3');
    const start = within(form).getByLabelText(/^From/);
    expect(within(start).getAllByRole('option').map((o) => o.textContent)).toEqual(["the recording's date", 'the end of the customer relationship']);
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(put.body).toMatchObject({ period: 3, unit: 'months', start: 'recordingDate', action: 'delete', reasonEn: 'Recordings 6 months' });
  });

  it('runs now only after a confirmation', async () => {
    signIn();
    const calls = mockRetention({
      'POST /api/v1/retention/runs': () =>
        json({ id: 'run2', trigger: 'manual', asOf: '2026-12-03', startedAt: '2026-12-03T10:00:00Z', finishedAt: '2026-12-03T10:00:01Z', startedBy: 'dpo', contacts: 0, recordings: 1, invoices: 0, consentEvents: 0, persons: 0, customers: 0 }, 201),
    });
    renderWithProviders(<RetentionPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Run now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply the retention rules now?' });
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete what is due' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/retention/runs')).toBe(true));
  });

  it('places a hold on a person and lifts one after a confirmation', async () => {
    signIn();
    const calls = mockRetention({
      'POST /api/v1/retention/holds': () => json({ ...hold, id: 'h2' }, 201),
      'DELETE /api/v1/retention/holds/h1': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<RetentionPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Place a hold' }));
    const form = await screen.findByRole('form', { name: 'Place a hold' });
    await userEvent.type(within(form).getByRole('textbox', { name: "Person's id" }), 'not-an-id');
    await userEvent.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Court case');
    await userEvent.click(within(form).getByRole('button', { name: 'Place the hold' }));
    expect(await within(form).findByText(/An id is 36 characters/)).toBeInTheDocument();
    const id = within(form).getByRole('textbox', { name: "Person's id" });
    await userEvent.clear(id);
    await userEvent.type(id, PERSON);
    await userEvent.click(within(form).getByRole('button', { name: 'Place the hold' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ personId: PERSON, customerId: null, reason: 'Court case' }));

    await userEvent.click(screen.getByRole('button', { name: 'Lift the hold on Maija Meikäläinen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lift the legal hold?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lift' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/retention/holds/h1')).toBe(true));
  });
});
