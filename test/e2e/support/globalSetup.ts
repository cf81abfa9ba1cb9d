import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startStaticServer } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

// `npm run test:e2e` builds the app first; the tests run against that production build.
// E2E_DIST names another build folder, so that two people testing at once don't share one.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/ is missing: run \`vite build\` before the browser tests`);
  const server = await startStaticServer(dist);
  project.provide('appUrl', server.url);
  return server.close;
}
