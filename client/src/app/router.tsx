import { createBrowserRouter, RouterProvider } from 'react-router';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { ChangePasswordPage } from '@/features/auth/components/change-password-page';
import { SearchPage } from '@/features/search/components/search-page';
import { PersonsListPage } from '@/features/persons/components/persons-list-page';
import { CreatePersonPage } from '@/features/persons/components/create-person-page';
import { PersonPage } from '@/features/persons/components/person-page';
import { NonDisclosureClaimsPage } from '@/features/persons/components/non-disclosure-claims-page';
import { CustomersListPage } from '@/features/customers/components/customers-list-page';
import { CreateCustomerPage } from '@/features/customers/components/create-customer-page';
import { CustomerPage } from '@/features/customers/components/customer-page';
import { UsersListPage } from '@/features/users/components/users-list-page';
import { CreateUserPage } from '@/features/users/components/create-user-page';
import { UserPage } from '@/features/users/components/user-page';
import { AuditPage } from '@/features/audit/components/audit-page';
import { MarketingPage } from '@/features/marketing/components/marketing-page';
import { NewSelectionPage } from '@/features/marketing/components/new-selection-page';
import { SelectionPage } from '@/features/marketing/components/selection-page';
import { RegistersPage } from '@/features/prohibition-registers/components/registers-page';
import { RegisterPage } from '@/features/prohibition-registers/components/register-page';
import { ImportMatchesPage } from '@/features/prohibition-registers/components/import-matches-page';
import { RecipientsPage } from '@/features/recipients/components/recipients-page';
import { RecipientPage } from '@/features/recipients/components/recipient-page';
import { DisclosuresPage } from '@/features/disclosures/components/disclosures-page';
import { DisclosurePage } from '@/features/disclosures/components/disclosure-page';
import { RecordDisclosurePage } from '@/features/disclosures/components/record-disclosure-page';
import { ApiClientsPage } from '@/features/api-clients/components/api-clients-page';
import { AppLayout } from './app-layout';
import { RequireAuth, RequirePermission } from './guards';
import { Home } from './home';
import { NotFound } from './not-found';

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
      { path: 'api-clients', element: <RequirePermission permission="apiClients.manage"><ApiClientsPage /></RequirePermission> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
