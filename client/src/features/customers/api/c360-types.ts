// The customer 360 view's DTOs, which come from the generated schema through `@/api/types`. Its value
// lists (contact channels, reasons, asset kinds, problem and invoice statuses) are the generated
// closed sets of `@/api/schema`; only the rule below is the SPA's own.
import { invoiceStatusValues } from '@/api/schema';

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

/** What POST /invoices/{id}/status accepts: every status but open and overdue, which follow from the dates. */
export const SETTABLE_INVOICE_STATUSES = invoiceStatusValues.filter((s) => s !== 'open' && s !== 'overdue');
