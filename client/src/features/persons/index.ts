// What other features may use of the persons: the persons list query and one person's details.
export { getPersons, personsQueryOptions, usePersons, type PersonsParams } from './api/get-persons';
export { personQueryOptions, usePerson } from './api/get-person';
export { RestrictionBanner } from './components/restriction-banner';
export { PersonForm } from './components/person-form';
export { RestrictionGroundSelect } from './components/restriction-ground-select';
