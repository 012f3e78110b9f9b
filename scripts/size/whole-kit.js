// Size scenario "the whole kit", as issue 13 defines it: `@faultline/react` (which brings the core),
// `/query`, `/hook-form` and the stylesheet — everything an app of the kit can import, with
// react-hook-form as its forms library. TanStack Form's bridge, the other forms library, is measured
// on its own as what it adds to this (tanstack-form.js): an app uses one of the two, and both export
// `applyFieldErrors`, so `export *` of both would drop each name as ambiguous and measure neither.
import '@faultline/react/styles.css';

export * from '@faultline/react';
export * from '@faultline/react/hook-form';
export * from '@faultline/react/query';
