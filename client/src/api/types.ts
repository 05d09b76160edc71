// DTO types derived from the generated OpenAPI `paths`, keyed by the URL they come from,
// so they stay correct whatever the server names its component schemas.
import { channelValues, type components, type paths } from './schema';

/** A closed set of the API (declared with `enum` in the OpenAPI document), by its schema name. */
export type ClosedSet<K extends keyof components['schemas']> = components['schemas'][K];

type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? R extends { 200: infer A }
    ? JsonOf<A>
    : R extends { 201: infer B }
      ? JsonOf<B>
      : never
  : never;
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: infer B;
}
  ? JsonOf<NonNullable<B>>
  : never;

export type LoginResult = Ok<'/api/v1/auth/login', 'post'>;
export type CurrentUser = Ok<'/api/v1/auth/me', 'get'>;
export type UserDto = Ok<'/api/v1/users/{id}', 'get'>;
export type UserPage = Ok<'/api/v1/users', 'get'>;
export type CreateUserInput = Body<'/api/v1/users', 'post'>;
export type UpdateUserInput = Body<'/api/v1/users/{id}', 'put'>;
export type PersonDto = Ok<'/api/v1/persons/{id}', 'get'>;
export type PersonPage = Ok<'/api/v1/persons', 'get'>;
export type PersonInput = Body<'/api/v1/persons/{id}', 'put'>;
export type NonDisclosureClaimPage = Ok<'/api/v1/non-disclosure-claims', 'get'>;
export type NonDisclosureClaimDto = NonDisclosureClaimPage['items'][number];
export type CustomerDto = Ok<'/api/v1/customers/{id}', 'get'>;
export type CustomerPage = Ok<'/api/v1/customers', 'get'>;
export type CustomerInput = Body<'/api/v1/customers/{id}', 'put'>;
export type SearchPage = Ok<'/api/v1/search', 'get'>;
export type SearchHit = SearchPage['items'][number];
export type AuditPage = Ok<'/api/v1/audit', 'get'>;
export type ProductGroupDto = Ok<'/api/v1/product-groups', 'get'>[number];
export type CustomerOverviewDto = Ok<'/api/v1/customers/{id}/overview', 'get'>;
export type OverviewPersonDto = CustomerOverviewDto['persons'][number];
export type ContactPage = Ok<'/api/v1/customers/{id}/contacts', 'get'>;
export type ContactDto = ContactPage['items'][number];
export type ContactInput = Body<'/api/v1/customers/{id}/contacts', 'post'>;
export type PurchasePage = Ok<'/api/v1/customers/{id}/purchases', 'get'>;
export type PurchaseDto = PurchasePage['items'][number];
export type PurchaseInput = Body<'/api/v1/customers/{id}/purchases', 'post'>;
export type AssetPage = Ok<'/api/v1/customers/{id}/assets', 'get'>;
export type AssetDto = AssetPage['items'][number];
export type AssetInput = Body<'/api/v1/customers/{id}/assets', 'post'>;
export type WarrantyPage = Ok<'/api/v1/warranties', 'get'>;
export type InterestDto = Ok<'/api/v1/customers/{id}/interests', 'get'>[number];
export type InterestInput = Body<'/api/v1/customers/{id}/interests', 'post'>;
export type ProblemPage = Ok<'/api/v1/customers/{id}/problems', 'get'>;
export type ProblemDto = ProblemPage['items'][number];
export type ProblemInput = Body<'/api/v1/customers/{id}/problems', 'post'>;
export type InvoicePage = Ok<'/api/v1/customers/{id}/invoices', 'get'>;
export type InvoiceDto = InvoicePage['items'][number];
export type InvoiceInput = Body<'/api/v1/customers/{id}/invoices', 'post'>;
export type RemoteAccessDto = Ok<'/api/v1/assets/{id}/remote-access', 'get'>[number];
export type RemoteAccessInput = Body<'/api/v1/assets/{id}/remote-access', 'post'>;
export type RevealedSecretDto = Ok<'/api/v1/remote-access/{id}/reveal', 'post'>;
export type RecordingPage = Ok<'/api/v1/customers/{id}/recordings', 'get'>;
export type RecordingDto = RecordingPage['items'][number];
export type PurposeDto = Ok<'/api/v1/purposes', 'get'>[number];
export type ConsentsDto = Ok<'/api/v1/persons/{id}/consents', 'get'>;
export type ConsentStateDto = ConsentsDto['current'][number];
export type ConsentEventDto = ConsentsDto['history'][number];
export type ConsentEventInput = Body<'/api/v1/persons/{id}/consents', 'post'>;
export type ProhibitionDto = Ok<'/api/v1/persons/{id}/prohibitions', 'get'>[number];
export type ProhibitionInput = Body<'/api/v1/persons/{id}/prohibitions', 'post'>;
export type PersonRegisterMatchDto = Ok<'/api/v1/persons/{id}/register-matches', 'get'>[number];
export type MarketingSelectionDto = Ok<'/api/v1/marketing/selections/{id}', 'get'>;
export type MarketingSelectionPage = Ok<'/api/v1/marketing/selections', 'get'>;
export type MarketingSelectionInput = Body<'/api/v1/marketing/selections', 'post'>;
export type SelectionCriteria = NonNullable<MarketingSelectionInput['criteria']>;
export type SelectionPreviewDto = Ok<'/api/v1/marketing/selections/{id}/preview', 'get'>;
export type SelectionExportDto = Ok<'/api/v1/marketing/selections/{id}/exports', 'get'>[number];
export type ProhibitionRegisterDto = Ok<'/api/v1/prohibition-registers', 'get'>[number];
export type ProhibitionRegisterInput = Body<'/api/v1/prohibition-registers', 'post'>;
export type RegisterImportDto = Ok<'/api/v1/prohibition-registers/{id}/imports/{importId}', 'get'>;
export type ImportErrorDto = RegisterImportDto['errors'][number];
export type PopulationImportDto = Ok<'/api/v1/population-register/imports/{id}', 'get'>;
export type PopulationUnmatchedPage = Ok<'/api/v1/population-register/imports/{id}/unmatched', 'get'>;
export type PopulationChangePage = Ok<'/api/v1/population-register/imports/{id}/changes', 'get'>;
export type RegisterMatchPage = Ok<'/api/v1/prohibition-registers/{id}/imports/{importId}/matches', 'get'>;
export type RegisterMatchDto = RegisterMatchPage['items'][number];
export type RecipientDto = Ok<'/api/v1/recipients/{id}', 'get'>;
export type RecipientInput = Body<'/api/v1/recipients', 'post'>;
export type TransferSafeguardDto = NonNullable<RecipientDto['transferSafeguard']>;
export type RecipientNoticeDto = Ok<'/api/v1/recipients/{id}/notices', 'get'>[number];
export type RecipientVersionDto = Ok<'/api/v1/recipients/{id}/history', 'get'>[number];
export type RecipientFieldChangeDto = RecipientVersionDto['fields'][number];
export type WebhookSecretDto = Ok<'/api/v1/recipients/{id}/webhook-secret/rotate', 'post'>;
export type DisclosureDto = Ok<'/api/v1/disclosures/{id}', 'get'>;
export type DisclosurePage = Ok<'/api/v1/disclosures', 'get'>;
export type DisclosureInput = Body<'/api/v1/disclosures', 'post'>;
export type ApiClientDto = Ok<'/api/v1/api-clients', 'get'>[number];
export type ApiClientInput = Body<'/api/v1/api-clients', 'post'>;
export type ApiClientSecretDto = Ok<'/api/v1/api-clients', 'post'>;
export type RequestPage = Ok<'/api/v1/requests', 'get'>;
export type RequestSummary = RequestPage['items'][number];
export type RequestInput = Body<'/api/v1/requests', 'post'>;
export type RequestReceipt = Ok<'/api/v1/requests', 'post'>;
export type RequestDto = Ok<'/api/v1/requests/{id}', 'get'>;
export type AssignRequestInput = Body<'/api/v1/requests/{id}/assign', 'post'>;
export type MatchPersonsInput = Body<'/api/v1/requests/{id}/persons', 'post'>;
export type IdentificationInput = Body<'/api/v1/requests/{id}/identification-asked', 'post'>;
export type VerifyIdentityInput = Body<'/api/v1/requests/{id}/verify', 'post'>;
export type ExtendRequestInput = Body<'/api/v1/requests/{id}/extend', 'post'>;
export type CompleteRequestInput = Body<'/api/v1/requests/{id}/complete', 'post'>;
export type RejectRequestInput = Body<'/api/v1/requests/{id}/reject', 'post'>;
export type AccessReportDto = Ok<'/api/v1/requests/{id}/report', 'get'>;
export type AccessReportPerson = AccessReportDto['persons'][number];
export type AccessReportSummary = Ok<'/api/v1/requests/{id}/reports', 'get'>[number];
export type StaffNamesInput = Body<'/api/v1/requests/{id}/staff-names', 'post'>;
export type ErasureDto = Ok<'/api/v1/requests/{id}/erasure', 'get'>;
export type ErasureItemDto = ErasureDto['persons'][number]['items'][number];
export type RetentionRuleDto = Ok<'/api/v1/retention/rules', 'get'>[number];
export type RetentionRuleInput = Body<'/api/v1/retention/rules/{category}', 'put'>;
export type FinancialYearDto = Ok<'/api/v1/retention/financial-year', 'get'>;
export type LegalHoldDto = Ok<'/api/v1/retention/holds', 'get'>[number];
export type LegalHoldInput = Body<'/api/v1/retention/holds', 'post'>;
export type RetentionDryRunDto = Ok<'/api/v1/retention/dry-run', 'get'>;
export type RetentionRunPage = Ok<'/api/v1/retention/runs', 'get'>;
export type RetentionRunDto = RetentionRunPage['items'][number];
export type RequestRecipientDto = Ok<'/api/v1/requests/{id}/recipients', 'get'>[number];
export type ManualNoticeInput = Body<'/api/v1/requests/{id}/recipients/{recipientId}/manual-notice', 'post'>;
export type ControllerDto = Ok<'/api/v1/controller', 'get'>;
export type ControllerInput = Body<'/api/v1/controller', 'put'>;
export type PrivacyNoticeDto = Ok<'/api/v1/privacy-notice/preview', 'get'>;
export type NoticeSection = PrivacyNoticeDto['sections'][number];
export type NoticeVersionSummary = Ok<'/api/v1/privacy-notice/versions', 'get'>[number];
export type NoticeVersionDto = Ok<'/api/v1/privacy-notice/versions/{number}', 'get'>;
export type NoticeDiffDto = Ok<'/api/v1/privacy-notice/versions/{number}/diff', 'get'>;
export type ProcessingRecordDto = Ok<'/api/v1/processing-record', 'get'>;

// The closed sets' values come generated from openapi.json (openapi-typescript --enum-values in
// src/api/schema.ts: `accessLevelValues`, `channelValues`, ...); none is copied here. What follows
// are the SPA's rules over them (subsets) and the lists the API does not declare as closed sets.
export type AccessLevel = ClosedSet<'AccessLevel'>;
export type RecipientType = ClosedSet<'RecipientType'>;
export type Language = ClosedSet<'Language'>;
export type ConsentChannel = Exclude<ClosedSet<'Channel'>, 'all'>;

/** A consent is given for one channel, never "all" (a prohibition may name "all"). */
export const CONSENT_CHANNELS: readonly ConsentChannel[] = channelValues.filter((c): c is ConsentChannel => c !== 'all');
/** The channels a prohibition names: "all" first, then each channel. */
export const PROHIBITION_CHANNELS: readonly ClosedSet<'Channel'>[] = ['all' as const, ...CONSENT_CHANNELS];
/** The channels a marketing selection can target: exactly one, never "all". */
export const MARKETING_CHANNELS = CONSENT_CHANNELS;

export const PRODUCT_GROUPS = [
  'phoneSupport',
  'installation',
  'maintenance',
  'repair',
  'consulting',
  'training',
  'hardware',
  'software',
] as const;

/** The columns a prohibition register's file may name in its header line. */
export const REGISTER_FILE_COLUMNS = ['firstName', 'lastName', 'street', 'postalCode', 'city', 'phone', 'email'] as const;

/** The person data categories the partner API knows (a disclosure may name others too). */
export const PERSON_DATA_CATEGORIES = ['basic', 'email', 'phone', 'address'] as const;
/** What a partner's API client may do. */
export const API_CLIENT_SCOPES = ['persons.read', 'disclosures.read', 'leads.write'] as const;

