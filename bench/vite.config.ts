import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Starts each page's data requests from a small inline script in its head, before the page's
 * module has loaded, as the app's preload links do for its library (scripts/preload.ts): the
 * synthetic case is named in the address, so the request cannot be a static link. The same for
 * every page: the app, the comparison, the peer (its ".peer.json" items) and the floor. Names
 * follow caseNames (probe.ts); fetchText there takes the started response and fails without one.
 */
function earlyData(): Plugin {
  const script = (suffix: string) =>
    `(function(){var q=new URLSearchParams(location.search),e={};` +
    `(q.has('a')?[q.get('a'),q.get('b')]:[q.get('case')||'S']).forEach(function(n){` +
    `if(n&&/^[A-Za-z0-9-]+$/.test(n)){var p='data/'+n+'${suffix}';e[p]=fetch(p);}});` +
    `window.__early=e;})();`;
  return {
    name: 'bench-early-data',
    transformIndexHtml: (html, ctx) => {
      const suffix = ctx.filename.endsWith('peer.html') ? '.peer.json' : '.json';
      if (!html.includes('</title>')) throw new Error(`${ctx.filename} has no <title>`);
      return html.replace('</title>', `</title>\n    <script>${script(suffix)}</script>`);
    },
  };
}

// The benchmark pages: the app's real timeline, the app's comparison page, the vis-timeline peer,
// and the floor (fetch and parse only). Built with the app's own React plugin and production
// settings, into a gitignored folder.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), earlyData()],
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
