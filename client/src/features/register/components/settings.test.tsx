import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderWithProviders } from '@/testing/render';
import { session } from '@/api/session';
import type { Permission } from '@/lib/auth';
import { SettingsPage } from './settings-page';

const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const controller = {
  name: 'HS-Works Oy',
  businessId: '2168645-1',
  street: 'Korppaanmäentie 27',
  postalCode: '00300',
  city: 'Helsinki',
  phone: '+358404133597',
  email: 'mika.lausamo@hs-works.fi',
  contactName: 'Harry Sileoni',
  contactEmail: 'harry.sileoni@hs-works.fi',
  contactPhone: null,
  securityMeasures: text('Palomuurit ja salaus'),
  provisionOfData: text('Sopimuksen edellytys'),
  safeguardsCopy: text('Pyydä jäljennös'),
  populationRegisterDataToPartners: false,
  updatedAt: '2026-12-03T07:00:00Z',
  updatedBy: 'system',
  version: '42',
};
const preview = {
  version: null,
  publishedAt: null,
  language: 'fi',
  title: 'Tietosuojaseloste: asiakasrekisteri',
  sections: [
    { key: 'controller', title: 'Rekisterinpitäjä', lines: ['HS-Works Oy', 'Y-tunnus: 2168645-1'], apart: false },
    { key: 'rightToObject', title: 'Oikeutesi vastustaa käsittelyä', lines: ['Voit milloin tahansa vastustaa suoramarkkinointia.'], apart: true },
  ],
};
const versions = [
  { number: 2, publishedAt: '2026-12-03T08:00:00Z', publishedBy: 'dpo' },
  { number: 1, publishedAt: '2026-12-01T08:00:00Z', publishedBy: 'admin' },
];
const diff = {
  from: 1,
  to: 2,
  language: 'fi',
  sections: [{ key: 'recipients', title: 'Vastaanottajat', change: 'changedSection', addedLines: ['Nordic Mailing Oy (käsittelijä), FI'], removedLines: [] }],
};
const record = {
  generatedAt: '2026-12-03T08:00:00Z',
  language: 'fi',
  controller: { name: 'HS-Works Oy', businessId: '2168645-1', address: 'Korppaanmäentie 27, 00300 Helsinki', phone: '+358404133597', email: 'x@hs-works.fi' },
  dataProtectionContact: { name: 'Harry Sileoni', email: 'harry.sileoni@hs-works.fi', phone: null },
  securityMeasures: 'Palomuurit ja salaus',
  activities: [
    {
      purpose: 'customerService',
      name: 'Asiakaspalvelu',
      marketing: false,
      legalBasis: 'contract',
      legalBasisDpv: 'https://w3id.org/dpv#Contract',
      gdprArticle: 'https://w3id.org/dpv/legal/eu/gdpr#A6-1-b',
      legitimateInterest: null,
      dataSubjects: [{ label: 'Asiakkaat', dpv: 'https://w3id.org/dpv#Customer' }],
      dataCategories: [{ code: 'basic', label: 'Perustiedot', dpv: ['https://w3id.org/dpv/pd#Name'] }],
      recipients: [{ name: 'Cloud Backup Inc', type: 'processor', country: 'US', inEea: false }],
      transfers: [{ recipient: 'Cloud Backup Inc', country: 'US', safeguard: 'standardContractualClauses', reference: 'SCC 2021/914', dpv: null }],
      retention: [{ dataCategory: 'basic', period: '3 vuotta' }],
      securityMeasures: 'Palomuurit ja salaus',
    },
  ],
};

function signIn(permissions: Permission[]) {
  session.signIn({
    accessToken: 'token-1',
    refreshToken: 'r',
    expiresIn: 900,
    mustChangePassword: false,
    user: { id: 'u', username: 'a', displayName: 'A', accessLevel: 'Administrator', permissions, mustChangePassword: false },
  });
}

describe('Settings', () => {
  it('lets an administrator edit the controller with the version read and puts the API field errors under their inputs', async () => {
    signIn(['privacyNotice.publish', 'processingRecord.read', 'controller.manage']);
    let attempt = 0;
    const calls = mockFetch({
      'GET /api/v1/controller': () => json(controller),
      'PUT /api/v1/controller': () =>
        ++attempt === 1
          ? json({ status: 400, title: 'Invalid input', errors: { businessId: ['Business id is not valid.'], 'safeguardsCopy.sv': ['Required.'] } }, 400)
          : json({ ...controller, contactName: 'Mika Lausamo', version: '43' }),
    });
    renderWithProviders(<SettingsPage />);
    const form = await screen.findByRole('form', { name: 'Controller and the privacy notice’s texts' });
    expect(screen.getByRole('tab', { name: 'Controller' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Privacy notice' })).toBeInTheDocument();
    const contact = within(form).getByLabelText(/^Data-protection contact/);
    await userEvent.clear(contact);
    await userEvent.type(contact, 'Mika Lausamo');
    const licence = within(form).getByRole('checkbox', { name: 'The Population Register’s licence allows passing its data on to partners' });
    expect(licence).not.toBeChecked();
    expect(licence).toHaveAccessibleDescription(/go to partners only while this is on/);
    await userEvent.click(licence);
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Business ID/)).toHaveAccessibleDescription('Business id is not valid.'));
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"42"');
    expect(put.body).toMatchObject({ contactName: 'Mika Lausamo', contactPhone: null, securityMeasures: controller.securityMeasures, populationRegisterDataToPartners: true });
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    // The saved version replaces the form: the next edit goes with its version.
    await waitFor(() => expect(screen.getByLabelText(/^Data-protection contact/)).toHaveValue('Mika Lausamo'));
  });

  it('shows the controller read-only without controller.manage', async () => {
    signIn(['privacyNotice.publish']);
    mockFetch({ 'GET /api/v1/controller': () => json(controller) });
    renderWithProviders(<SettingsPage />);
    const form = await screen.findByRole('form', { name: 'Controller and the privacy notice’s texts' });
    expect(within(form).getByLabelText(/^Name/)).toHaveAttribute('readonly');
    expect(within(form).getByRole('checkbox', { name: /licence allows passing its data on to partners/ })).toBeDisabled();
    expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Record of processing' })).not.toBeInTheDocument();
  });

  it('previews the notice with the right to object apart, publishes only after confirming, and shows what a version changed', async () => {
    signIn(['privacyNotice.publish']);
    let published = false;
    const calls = mockFetch({
      'GET /api/v1/privacy-notice/preview': () => json(preview),
      'GET /api/v1/privacy-notice/versions': () => json(published ? versions : versions.slice(1)),
      'POST /api/v1/privacy-notice/versions': () => {
        published = true;
        return json(versions[0], 201);
      },
      'GET /api/v1/privacy-notice/versions/2/diff': () => json(diff),
    });
    renderWithProviders(<SettingsPage />, { route: '/settings?tab=notice' });
    const draft = await screen.findByTestId('notice-document');
    expect(within(draft).getByText('Voit milloin tahansa vastustaa suoramarkkinointia.').closest('[data-section]')).toHaveAttribute(
      'data-section',
      'rightToObject',
    );
    expect(await screen.findByRole('link', { name: 'Open version 1' })).toHaveAttribute('href', '/privacy/versions/1?lang=fi');

    await userEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the privacy notice?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Publish…' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    await userEvent.click(await screen.findByRole('button', { name: 'Changes in version 2' }));
    const changes = await screen.findByRole('region', { name: 'Changes in version 2 since the one before' });
    expect(await within(changes).findByText(/Nordic Mailing Oy/)).toBeInTheDocument();
    expect(within(changes).getByText('Changed')).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/diff'))!.url.searchParams.get('lang')).toBe('fi');
  });

  it('shows the record of processing per purpose and downloads its CSV', async () => {
    signIn(['privacyNotice.publish', 'processingRecord.read']);
    const calls = mockFetch({
      'GET /api/v1/processing-record': () => json(record),
      'GET /api/v1/processing-record.csv': () =>
        new Response('purpose,name\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename=processing-record.csv' } }),
    });
    URL.createObjectURL = () => 'blob:x';
    URL.revokeObjectURL = () => undefined;
    renderWithProviders(<SettingsPage />, { route: '/settings?tab=record' });
    const table = await screen.findByRole('table', { name: 'Processing activities' });
    const row = table.querySelector('tr[data-activity="customerService"]') as HTMLElement;
    expect(row).toHaveTextContent('Asiakaspalvelu');
    expect(row).toHaveTextContent('dpv:Contract');
    expect(row).toHaveTextContent('Cloud Backup Inc (US, SCC 2021/914)');
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(calls.some((c) => c.path === '/api/v1/processing-record.csv')).toBe(true));
  });
});
