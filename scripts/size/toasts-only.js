// Size scenario "toasts only": an app that shows toasts and nothing else, with the stylesheet the
// README tells such an app to import (the theme and the toaster; styles.css holds every part).
import '@faultline/react/toast.css';

export { Toaster, toast } from '@faultline/react';
