// What other features may use of the disclosures: the one query of the disclosures log.
export { disclosuresQueryOptions, useDisclosures } from './api/disclosures';
export type { DisclosureQuery } from './lib/filters';
