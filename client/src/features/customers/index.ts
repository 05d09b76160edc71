// What other features may use of the customers: the product groups (reference data) and the person picker.
export { getProductGroups, productGroupsQueryOptions, useProductGroups } from './api/get-product-groups';
export { PersonPicker } from './components/person-picker';
