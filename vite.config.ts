import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';

/**
 * Puts the strict Content-Security-Policy into the built index.html, right after its charset.
 * Build only: the dev server injects an inline script for hot reload, which the policy forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'caselines-csp',
    apply: 'build',
    transformIndexHtml: (html, ctx) => {
      // Only the app's page: Storybook builds its own iframe.html through this config too.
      if (ctx.path !== '/index.html') return html;
      // Right after the charset, so it is in force before any script or stylesheet is named.
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error('index.html lost its charset meta tag');
      const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${csp}`);
    },
  };
}

// Relative base + hash routing: the built app works when hosted under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { sourcemap: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default'],
  },
});
