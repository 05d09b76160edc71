/** Query keys of everything on a customer's 360 page; invalidating `customer360Key(id)` refreshes it all. */
export const customer360Key = (customerId: string) => ['customers', 'c360', customerId] as const;
