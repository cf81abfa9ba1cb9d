import { execSync } from 'node:child_process';

let builtThisRun = false;

/**
 * The browser benches measure the production build of the code as it is now: build it once
 * per benchmark run (a dist/ left from earlier may be stale), including the single file.
 */
export function ensureBuilt(): void {
  if (builtThisRun) return;
  console.log('Building the production app for the browser benchmarks…');
  execSync('npx vite build && npx tsx scripts/buildSingleFile.ts', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  builtThisRun = true;
}
