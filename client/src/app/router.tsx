import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { ChangePasswordPage } from '@/features/auth/components/change-password-page';
import { AppLayout } from './app-layout';
import { RequireAuth, RequirePermission } from './guards';
import { Home } from './home';
import { NotFound } from './not-found';

/** Each page is its own chunk, fetched the first time its route is visited (AppLayout shows a loader meanwhile). */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const SearchPage = page(() => import('@/features/search/components/search-page'), 'SearchPage');
const PersonsListPage = page(() => import('@/features/persons/components/persons-list-page'), 'PersonsListPage');
const CreatePersonPage = page(() => import('@/features/persons/components/create-person-page'), 'CreatePersonPage');
const PersonPage = page(() => import('@/features/persons/components/person-page'), 'PersonPage');
const NonDisclosureClaimsPage = page(() => import('@/features/persons/components/non-disclosure-claims-page'), 'NonDisclosureClaimsPage');
const CustomersListPage = page(() => import('@/features/customers/components/customers-list-page'), 'CustomersListPage');
const CreateCustomerPage = page(() => import('@/features/customers/components/create-customer-page'), 'CreateCustomerPage');
const CustomerPage = page(() => import('@/features/customers/components/customer-page'), 'CustomerPage');
const UsersListPage = page(() => import('@/features/users/components/users-list-page'), 'UsersListPage');
const CreateUserPage = page(() => import('@/features/users/components/create-user-page'), 'CreateUserPage');
const UserPage = page(() => import('@/features/users/components/user-page'), 'UserPage');
const AuditPage = page(() => import('@/features/audit/components/audit-page'), 'AuditPage');
const MarketingPage = page(() => import('@/features/marketing/components/marketing-page'), 'MarketingPage');
const NewSelectionPage = page(() => import('@/features/marketing/components/new-selection-page'), 'NewSelectionPage');
const SelectionPage = page(() => import('@/features/marketing/components/selection-page'), 'SelectionPage');
const PopulationRegisterPage = page(() => import('@/features/population-register/components/population-register-page'), 'PopulationRegisterPage');
const RegistersPage = page(() => import('@/features/prohibition-registers/components/registers-page'), 'RegistersPage');
const RegisterPage = page(() => import('@/features/prohibition-registers/components/register-page'), 'RegisterPage');
const ImportMatchesPage = page(() => import('@/features/prohibition-registers/components/import-matches-page'), 'ImportMatchesPage');
const RecipientsPage = page(() => import('@/features/recipients/components/recipients-page'), 'RecipientsPage');
const RecipientPage = page(() => import('@/features/recipients/components/recipient-page'), 'RecipientPage');
const DisclosuresPage = page(() => import('@/features/disclosures/components/disclosures-page'), 'DisclosuresPage');
const DisclosurePage = page(() => import('@/features/disclosures/components/disclosure-page'), 'DisclosurePage');
const RecordDisclosurePage = page(() => import('@/features/disclosures/components/record-disclosure-page'), 'RecordDisclosurePage');
const RetentionPage = page(() => import('@/features/retention/components/retention-page'), 'RetentionPage');
const RequestsInboxPage = page(() => import('@/features/requests/components/requests-inbox-page'), 'RequestsInboxPage');
const RegisterRequestPage = page(() => import('@/features/requests/components/register-request-page'), 'RegisterRequestPage');
const RequestPage = page(() => import('@/features/requests/components/request-page'), 'RequestPage');
const SettingsPage = page(() => import('@/features/register/components/settings-page'), 'SettingsPage');
const ApiClientsPage = page(() => import('@/features/api-clients/components/api-clients-page'), 'ApiClientsPage');

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/change-password', element: <ChangePasswordPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'search', element: <RequirePermission permission="search"><SearchPage /></RequirePermission> },
      { path: 'persons', element: <RequirePermission permission="persons.read"><PersonsListPage /></RequirePermission> },
      { path: 'persons/new', element: <RequirePermission permission="persons.write"><CreatePersonPage /></RequirePermission> },
      { path: 'persons/:id', element: <RequirePermission permission="persons.read"><PersonPage /></RequirePermission> },
      { path: 'customers', element: <RequirePermission permission="customers.read"><CustomersListPage /></RequirePermission> },
      { path: 'customers/new', element: <RequirePermission permission="customers.write"><CreateCustomerPage /></RequirePermission> },
      { path: 'customers/:id', element: <RequirePermission permission="customers.read"><CustomerPage /></RequirePermission> },
      { path: 'users', element: <RequirePermission permission="users.manage"><UsersListPage /></RequirePermission> },
      { path: 'users/new', element: <RequirePermission permission="users.manage"><CreateUserPage /></RequirePermission> },
      { path: 'users/:id', element: <RequirePermission permission="users.manage"><UserPage /></RequirePermission> },
      { path: 'audit', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
      { path: 'marketing', element: <RequirePermission permission="marketing.select"><MarketingPage /></RequirePermission> },
      { path: 'marketing/new', element: <RequirePermission permission="marketing.select"><NewSelectionPage /></RequirePermission> },
      { path: 'marketing/:id', element: <RequirePermission permission="marketing.select"><SelectionPage /></RequirePermission> },
      { path: 'population-register', element: <RequirePermission permission="populationRegister.import"><PopulationRegisterPage /></RequirePermission> },
      { path: 'prohibition-registers', element: <RequirePermission permission="prohibitionRegisters.manage"><RegistersPage /></RequirePermission> },
      { path: 'prohibition-registers/:id', element: <RequirePermission permission="prohibitionRegisters.manage"><RegisterPage /></RequirePermission> },
      {
        path: 'prohibition-registers/:id/imports/:importId',
        element: <RequirePermission permission="prohibitionRegisters.manage"><ImportMatchesPage /></RequirePermission>,
      },
      { path: 'recipients', element: <RequirePermission permission="recipients.read"><RecipientsPage /></RequirePermission> },
      { path: 'recipients/:id', element: <RequirePermission permission="recipients.read"><RecipientPage /></RequirePermission> },
      { path: 'disclosures', element: <RequirePermission permission="disclosures.read"><DisclosuresPage /></RequirePermission> },
      { path: 'non-disclosure-claims', element: <RequirePermission permission="nonDisclosure.manage"><NonDisclosureClaimsPage /></RequirePermission> },
      {
        path: 'disclosures/new',
        element: (
          <RequirePermission permission="disclosures.write">
            <RequirePermission permission="recipients.read">
              <RecordDisclosurePage />
            </RequirePermission>
          </RequirePermission>
        ),
      },
      { path: 'disclosures/:id', element: <RequirePermission permission="disclosures.read"><DisclosurePage /></RequirePermission> },
      { path: 'requests', element: <RequirePermission permission="requests.manage"><RequestsInboxPage /></RequirePermission> },
      { path: 'retention', element: <RequirePermission permission="retention.manage"><RetentionPage /></RequirePermission> },
      { path: 'requests/new', element: <RequirePermission permission="requests.register"><RegisterRequestPage /></RequirePermission> },
      { path: 'requests/:id', element: <RequirePermission permission="requests.manage"><RequestPage /></RequirePermission> },
      { path: 'settings', element: <RequirePermission permission="privacyNotice.publish"><SettingsPage /></RequirePermission> },
      { path: 'api-clients', element: <RequirePermission permission="apiClients.manage"><ApiClientsPage /></RequirePermission> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
