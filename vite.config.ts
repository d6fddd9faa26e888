import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { build, type ResolvedConfig } from 'vite';
import { configDefaults, defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { folderReader, libraryJson } from './scripts/librarySummary.ts';
import { prerenderLibrary } from './scripts/prerender.ts';
import { writeFirstScreens } from './scripts/firstScreens.ts';
import { writeFirstScreenSheet } from './scripts/firstScreenSheet.ts';
import { BOOT_ENTRY, bundleBoot, withBootStartingApp, withBootTag } from './scripts/bootScript.ts';
import { SUMMARY_PATH } from './src/core/library/librarySummary.ts';
import { PICTURES_META } from './src/boot/prerenderFiles.ts';

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

/**
 * The library summary (scripts/librarySummary.ts): generated from public/data, served by the dev
 * server and written into the build as data/library.json. The boot script reads it first thing.
 */
function librarySummary(): Plugin {
  const dataDir = join(import.meta.dirname, 'public/data');
  return {
    name: 'caselines-library-summary',
    configureServer: (server) => {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url?.split('?')[0]?.endsWith(`/data/${SUMMARY_PATH}`)) return next();
        try {
          const json = await libraryJson(dataDir);
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        } catch (e) {
          next(e);
        }
      });
    },
    generateBundle: async function () {
      this.emitFile({
        type: 'asset',
        fileName: `data/${SUMMARY_PATH}`,
        source: await libraryJson(dataDir),
      });
    },
  };
}

/**
 * The page's first script (scripts/bootScript.ts): in the build one classic file named first in
 * the head; in dev the module itself, at the same place.
 */
function bootScript(): Plugin {
  let boot: { fileName: string; code: string } | null = null;
  return {
    name: 'caselines-boot-script',
    buildStart: async function () {
      if (this.environment?.config.command === 'build')
        boot = await bundleBoot(import.meta.dirname);
    },
    generateBundle: function () {
      if (boot) this.emitFile({ type: 'asset', fileName: boot.fileName, source: boot.code });
    },
    // After the preload links are written, so it goes before them too.
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (ctx.path !== '/index.html') return html;
        if (ctx.server)
          return withBootTag(html, `<script type="module" src="/${BOOT_ENTRY}"></script>`);
        if (!boot) throw new Error('the boot script was not built');
        return withBootStartingApp(html, boot.fileName);
      },
    },
  };
}

/**
 * The build's pictures of each case's first chart (scripts/prerender.ts) and its renderings of the
 * landing and cohort pages (scripts/prerenderPages.tsx), written under data/prerender/ after the
 * bundle, and named in index.html by a meta tag the boot script reads. Build only: the dev server
 * draws live.
 */
function prerenderedPages(): Plugin {
  const dataDir = join(import.meta.dirname, 'public/data');
  let config: ResolvedConfig | undefined;
  return {
    name: 'caselines-prerendered-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (ctx.path !== '/index.html') return html;
        return html.replace('</title>', `</title>\n    ${PICTURES_META}`);
      },
    },
    configResolved: (c) => {
      config = c;
    },
    // Written after the bundle, like the offline viewer: only beside the app's own index.html.
    closeBundle: async () => {
      if (config?.command !== 'build') return;
      const out = resolve(config.root, config.build.outDir);
      if (!existsSync(join(out, 'index.html')) || existsSync(join(out, 'iframe.html'))) return;
      for (const [path, text] of await prerenderLibrary(folderReader(dataDir))) {
        const file = join(out, 'data', path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }
      // The landing and cohort pages are rendered by the app's React components, in a process of
      // its own (tsx runs them as the tests do; this config's own loader is not made for components).
      execFileSync(
        process.execPath,
        [join(config.root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/prerenderPages.tsx', out],
        { cwd: config.root, stdio: 'inherit' },
      );
      writeFirstScreens(out);
      writeFirstScreenSheet(out);
    },
  };
}

/**
 * After the app build, builds the offline viewer (src/offline/main.tsx) into dist/offline/ as one
 * script and one stylesheet with no imports, plus manifest.json with their sha256 hashes: the
 * "Offline HTML" export fetches them and writes them inline into one file that opens from disk.
 * A separate build because the app's own chunks are split for lazy loading and cannot be inlined.
 */
function offlineViewer(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'caselines-offline-viewer',
    apply: 'build',
    configResolved: (c) => {
      config = c;
    },
    closeBundle: async () => {
      // Only after the app's own build (not Storybook's, not the nested build itself).
      // (any outDir, so a second build can go elsewhere; Storybook's build writes iframe.html.)
      if (!config) return;
      const appOut = resolve(config.root, config.build.outDir);
      if (/storybook/.test(appOut) || existsSync(resolve(appOut, 'iframe.html'))) return;
      const outDir = resolve(appOut, 'offline');
      await build({
        configFile: false,
        root: config.root,
        base: './',
        // The viewer's lazy imports are inlined; Rolldown's notes about import.meta in an IIFE
        // are expected there, so only errors are shown.
        logLevel: 'error',
        publicDir: false,
        plugins: [react()],
        build: {
          outDir,
          emptyOutDir: true,
          sourcemap: false,
          cssCodeSplit: false,
          rolldownOptions: {
            input: resolve(config.root, 'src/offline/main.tsx'),
            output: {
              format: 'iife',
              codeSplitting: false,
              entryFileNames: 'offline.js',
              assetFileNames: 'offline[extname]',
            },
          },
        },
      });
      // Inlined into a <script> element, "</script" would end it early and "<!--" would bend how
      // the page parser reads it. "\x3C" is "<" in every JavaScript string, template and regular
      // expression, the only places the minified code can hold either.
      const js = (await readFile(join(outDir, 'offline.js'), 'utf8')).replace(
        /<(\/script|!--)/gi,
        '\\x3C$1',
      );
      const css = await readFile(join(outDir, 'offline.css'), 'utf8');
      if (/<\/script|<!--/i.test(js) || /<\/style/i.test(css))
        throw new Error('the offline viewer would break out of its inline element');
      await writeFile(join(outDir, 'offline.js'), js);
      const sha = (t: string) =>
        `sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}`;
      const manifest = { js: 'offline.js', css: 'offline.css', jsHash: sha(js), cssHash: sha(css) };
      await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    },
  };
}

// Relative base + hash routing: the built app works when hosted under any sub-path.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    librarySummary(),
    bootScript(),
    prerenderedPages(),
    offlineViewer(),
  ],
  build: { sourcemap: true },
  test: {
    reporters: ['default'],
    // Nothing here times the code (the benchmark does); a busy two-core machine must not fail a
    // render test by the clock.
    testTimeout: 15_000,
    projects: [
      {
        // The core, the scene and the data checks share no state between files, so they run in
        // one module graph: each file no longer re-imports the core (a third of the CPU time).
        extends: true,
        test: {
          name: 'pure',
          include: ['tests/{core,scene,data,bench}/**/*.test.{ts,tsx}'],
          environment: 'node',
          isolate: false,
          pool: 'threads',
        },
      },
      {
        // Everything else (views, app state: React roots, stores, jsdom) keeps a fresh module
        // graph per file; a new test folder lands here unless it is added above.
        extends: true,
        test: {
          name: 'app',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'tests/{core,scene,data,bench}/**'],
          environment: 'node',
        },
      },
    ],
  },
});
