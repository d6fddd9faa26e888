import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

// The benchmark pages: the app's real timeline, the app's comparison page, the vis-timeline peer,
// and the floor (fetch and parse only). Built with the app's own React plugin and production settings, into a gitignored folder.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        app: resolve(here, 'app.html'),
        compare: resolve(here, 'compare.html'),
        peer: resolve(here, 'peer.html'),
        floor: resolve(here, 'floor.html'),
      },
    },
  },
});
