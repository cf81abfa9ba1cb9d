import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The browser benches measure the production build; make it once if it is missing. */
export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  console.log('dist/ is missing: running vite build first…');
  execSync('npx vite build', { stdio: 'inherit' });
}
