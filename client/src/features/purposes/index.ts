// The purposes of processing: reference data that persons, recipients, disclosures and marketing show.
export { getPurposes, purposesQueryOptions, usePurposes } from './api/get-purposes';
