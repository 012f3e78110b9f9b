// The same toasts-only app with react-hot-toast, for the benchmark (it brings goober, a CSS-in-JS runtime).
export { Toaster, toast } from 'react-hot-toast';
