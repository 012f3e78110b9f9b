// The same toasts-only app with sonner, for the benchmark (its CSS is inside its JavaScript).
export { Toaster, toast } from 'sonner';
