// What other features may use of retention: the legal-hold badge and actions for the person and customer pages.
export { LegalHoldControl } from './components/legal-hold-control';
