// Size scenario "devtools in a production build": the toasts-only app with <FaultlineDevtools/>
// mounted, bundled with NODE_ENV=production and the panel it loads with import() left out, measured
// against the same app without it (`base`). What loads with the page is what it costs: the entry
// renders nothing outside development, and the panel is a chunk loaded only when the devtools are
// shown ("the devtools panel" measures that chunk).
import '@faultline/react/toast.css';

export { Toaster, toast } from '@faultline/react';
export { FaultlineDevtools } from '@faultline/react/devtools';
