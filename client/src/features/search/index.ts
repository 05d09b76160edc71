// What other features may use of the search: the one global search query.
export { search, searchQueryOptions, useSearch, type SearchParams } from './api/search';
