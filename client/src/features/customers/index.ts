// What other features may use of the customers: the product groups (reference data).
export { getProductGroups, productGroupsQueryOptions, useProductGroups } from './api/get-product-groups';
