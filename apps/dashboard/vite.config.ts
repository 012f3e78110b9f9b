import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The dashboard runs on the workspace packages' TypeScript source, so it needs no build of them.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@faultline/source', ...defaultClientConditions] },
  server: { port: 5180, strictPort: true },
  preview: { port: 4180, strictPort: true },
  build: { sourcemap: true },
});
