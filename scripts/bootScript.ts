// The page's first script (src/boot/boot.ts) as one small classic file. It must run before the
// app's modules and must not wait for their shared chunks, so it is bundled on its own as an IIFE
// (the app build would merge it into its entry chunk, which runs only after the whole entry has
// loaded). index.html names it as a plain script first in its head, so the browser requests it
// before the modules and runs it as soon as it arrives: its reads start while the modules load.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'vite';

/** The boot script's source, relative to the project root. */
export const BOOT_ENTRY = 'src/boot/boot.ts';

/** The boot script bundled alone and minified, and its file name with a content hash. */
export async function bundleBoot(root: string): Promise<{ fileName: string; code: string }> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'error',
    publicDir: false,
    build: {
      write: false,
      sourcemap: false,
      minify: true,
      rolldownOptions: {
        input: resolve(root, BOOT_ENTRY),
        output: { format: 'iife', codeSplitting: false, entryFileNames: 'boot.js' },
      },
    },
  });
  const results = Array.isArray(out) ? out : [out];
  const chunk = results
    .flatMap((r) => ('output' in r ? r.output : []))
    .find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${BOOT_ENTRY} built no script`);
  const hash = createHash('sha256').update(chunk.code).digest('hex').slice(0, 8);
  return { fileName: `assets/boot-${hash}.js`, code: chunk.code };
}

/** index.html with the boot script's tag right after the title, ahead of every other script and preload. */
export function withBootTag(html: string, tag: string): string {
  const title = '</title>';
  const at = html.indexOf(title);
  if (at < 0) throw new Error('index.html lost its <title>');
  const end = at + title.length;
  return `${html.slice(0, end)}\n    ${tag}${html.slice(end)}`;
}

/** The app's entry script as the build names it in index.html. */
const APP_ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** A module preload the build writes into index.html for the entry's imports. */
const MODULE_PRELOAD = /\n?\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * index.html whose app entry the boot script starts (`data-app` on its tag) and whose module
 * preloads it requests (`data-preload`, the entry first), rather than the page naming them. On a
 * link the build drew a picture of, the boot script requests them once the picture has loaded, so
 * the picture is not queued behind a dozen scripts, and runs the entry once the picture is on
 * screen; elsewhere, both at once.
 */
export function withBootStartingApp(html: string, bootFile: string): string {
  const entry = APP_ENTRY.exec(html);
  if (!entry) throw new Error('index.html names no app entry script for the boot script to start');
  const preloads = [entry[1]!];
  const page = html.replace(entry[0], '').replace(MODULE_PRELOAD, (_, href: string) => {
    preloads.push(href);
    return '';
  });
  return withBootTag(
    page,
    `<script src="./${bootFile}" data-app="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`,
  );
}
