import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The dev server serves the package as it is, so that the join form's `new Worker(new URL(…))` finds its file;
  // pre-bundled, the worker's URL points into Vite's cache, where it is not.
  optimizeDeps: { exclude: ['@sinn/widgets'] },
});
