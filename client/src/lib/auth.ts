import { useSyncExternalStore } from 'react';
import { session, type Session } from '@/api/session';

export type Permission =
  | 'persons.read'
  | 'persons.write'
  | 'persons.readIdentityCode'
  | 'customers.read'
  | 'customers.write'
  | 'search'
  | 'users.manage'
  | 'audit.read'
  | 'serviceRecords.write'
  | 'invoices.readAmounts'
  | 'invoices.write'
  | 'productGroups.manage'
  | 'remoteAccess.reveal'
  | 'recordings.play'
  | 'consents.write'
  | 'purposes.manage'
  | 'prohibitionRegisters.manage'
  | 'marketing.select'
  | 'recipients.read'
  | 'recipients.manage'
  | 'disclosures.read'
  | 'disclosures.write'
  | 'apiClients.manage'
  | 'persons.readProtectedAddress'
  | 'nonDisclosure.manage'
  | 'prohibitions.lift'
  | 'requests.register'
  | 'requests.manage'
  | 'privacyNotice.publish'
  | 'processingRecord.read'
  | 'controller.manage'
  | 'retention.manage'
  | 'populationRegister.import';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}

/** True while a reloaded page asks the API (through the cookie) whether it is still signed in. */
export function useRestoringSession(): boolean {
  return useSyncExternalStore(session.subscribe, session.isRestoring, session.isRestoring);
}

export function hasPermission(s: Session | null, permission: Permission): boolean {
  return Boolean(s?.user?.permissions?.includes(permission));
}

export function usePermission(permission: Permission): boolean {
  return hasPermission(useSession(), permission);
}
