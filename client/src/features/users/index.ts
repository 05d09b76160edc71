// What other features may use of the staff accounts: the users list query.
export { getUsers, usersQueryOptions, useUsers, type UsersParams } from './api/get-users';
