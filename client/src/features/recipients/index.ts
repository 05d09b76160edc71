// What other features may use of the recipients: the one query of the register of recipients.
export { recipientsQueryOptions, useRecipients } from './api/recipients';
