export type { ApplyFieldErrorsOptions } from './applyFieldErrors.js';
export { applyFieldErrors } from './applyFieldErrors.js';
