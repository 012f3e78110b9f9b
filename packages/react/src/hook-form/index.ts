export type { ApplyFieldErrorsOptions } from './applyFieldErrors.js';
export { applyFieldErrors, ROOT_SERVER_ERROR } from './applyFieldErrors.js';
