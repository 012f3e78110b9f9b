// Size scenario "toasts only": an app that shows toasts and nothing else.
import '@faultline/react/styles.css';

export { Toaster, toast } from '@faultline/react';
