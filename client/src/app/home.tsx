import { Navigate } from 'react-router';
import { hasPermission, useSession } from '@/lib/auth';

/** The first page a user can use. */
export function Home() {
  const current = useSession();
  if (hasPermission(current, 'search')) return <Navigate to="/search" replace />;
  if (hasPermission(current, 'customers.read')) return <Navigate to="/customers" replace />;
  if (hasPermission(current, 'persons.read')) return <Navigate to="/persons" replace />;
  if (hasPermission(current, 'marketing.select')) return <Navigate to="/marketing" replace />;
  if (hasPermission(current, 'prohibitionRegisters.manage')) return <Navigate to="/prohibition-registers" replace />;
  if (hasPermission(current, 'users.manage')) return <Navigate to="/users" replace />;
  if (hasPermission(current, 'audit.read')) return <Navigate to="/audit" replace />;
  if (hasPermission(current, 'recipients.read')) return <Navigate to="/recipients" replace />;
  if (hasPermission(current, 'disclosures.read')) return <Navigate to="/disclosures" replace />;
  return null;
}
