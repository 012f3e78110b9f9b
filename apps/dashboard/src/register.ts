import type { FaultlineRegister } from '@faultline/react/query';

// Every query and mutation error in the app is an ApiError (apiFetch throws nothing else), and
// `meta` is faultline's: declared once, typed everywhere.
declare module '@tanstack/react-query' {
  interface Register extends FaultlineRegister {}
}
