import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';

// One config for the app, the unit tests (Node) and the browser tests
// (real Chromium driven by playwright-core against the production build).
export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyPlugin(),
    // Installable, and working offline after the first visit: a service worker precaches the
    // built files (registered from src/platform/offlineCopy.ts). public/ holds the manifest
    // and icons. The single file (scripts/buildSingleFile.ts) opens from disk, where service
    // workers do not run, so it is built without.
    VitePWA({
      disable: process.env.GENOGRAM_SINGLE_FILE === '1',
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest}'],
        // The layout worker carries elkjs (about 1.5 MB).
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        // The first visit's page is served by the worker as soon as it is ready, without a reload.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  base: './',
  build: { target: 'es2022', sourcemap: false },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/support/fastCheckSeed.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // Each file opens its own browser and must pass alone and after any other: run them
          // in a new order every time (--sequence.seed=N fixes one order, to replay a failure).
          // Tests inside a file build on each other and keep their order.
          sequence: { shuffle: { files: true, tests: false } },
        },
      },
    ],
  },
});
