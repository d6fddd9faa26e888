import type { StorybookConfig } from '@storybook/react-vite';

// Stories sit beside their components; they use the real curated cases as fixtures.
const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.stories.tsx'],
  // No network on build machines, and no data leaves a curator's machine.
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    // Stories import the case files as modules; serving public/ as well would only make Vite warn
    // about those imports and copy the library into storybook-static.
    publicDir: false,
    // Storybook's own preview runtime is one ~1.1 MB chunk; the app's budget is checked on `vite build`.
    build: { ...config.build, chunkSizeWarningLimit: 1600 },
  }),
};

export default config;
