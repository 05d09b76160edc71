// The customer 360 view's value lists (the API takes and gives these camelCase strings) and its
// DTOs, which come from the generated schema through `@/api/types`.
export type {
  AssetDto,
  AssetInput,
  ContactDto,
  ContactInput,
  ContactPage,
  CustomerOverviewDto,
  InterestDto,
  InterestInput,
  InvoiceDto,
  InvoiceInput,
  OverviewPersonDto,
  ProblemDto,
  ProblemInput,
  ProductGroupDto,
  PurchaseDto,
  PurchaseInput,
  RecordingDto,
  RecordingPage,
  RemoteAccessDto,
  RemoteAccessInput,
  RevealedSecretDto,
} from '@/api/types';

export const CONTACT_CHANNELS = ['phoneIn', 'phoneOut', 'email', 'visit', 'remoteSession', 'chat'] as const;
export const REASON_CATEGORIES = ['newNeed', 'replacement', 'upgrade', 'repair', 'recommendation', 'campaign', 'other'] as const;
export const ASSET_KINDS = ['workstation', 'laptop', 'server', 'printer', 'network', 'mobile', 'software', 'other'] as const;
export const PROBLEM_STATUSES = ['open', 'solved'] as const;
export const INVOICE_STATUSES = ['open', 'paid', 'overdue', 'reminded', 'inCollection', 'credited'] as const;
/** What POST /invoices/{id}/status accepts (open and overdue follow from the dates). */
export const SETTABLE_INVOICE_STATUSES = ['paid', 'reminded', 'inCollection', 'credited'] as const;
