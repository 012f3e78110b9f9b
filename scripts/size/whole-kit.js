// Size scenario "the whole kit": every entry point of @faultline/react (which brings the core) and
// the stylesheet.
import '@faultline/react/styles.css';

export * from '@faultline/react';
export * from '@faultline/react/hook-form';
export * from '@faultline/react/query';
export * from '@faultline/react/tanstack-form';
