// Size scenario "TanStack Form's bridge": the whole kit (whole-kit.js) with `/tanstack-form` as well,
// measured against the whole kit alone (`base` in size-budgets.json), so it says what the bridge
// adds. Its `applyFieldErrors` is renamed here: react-hook-form's has the same name.

export { applyFieldErrors as applyTanStackFieldErrors } from '@faultline/react/tanstack-form';
export * from './whole-kit.js';
