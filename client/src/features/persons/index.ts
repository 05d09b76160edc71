// What other features may use of the persons: the persons list query.
export { getPersons, personsQueryOptions, usePersons, type PersonsParams } from './api/get-persons';
