import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base + hash routing: the built app works when hosted under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { sourcemap: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default'],
  },
});
