// Folds a Vite build folder into one HTML file: the entry script and the
// stylesheets inlined, everything else already inlined by the build (fonts as
// data URLs, the worker as a Blob), and a Content Security Policy that allows
// exactly the inline scripts it carries (by hash) and nothing remote.
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, insertPolicy } from './contentSecurityPolicy';

export type ReadAsset = (relativePath: string) => string;

/**
 * Script text that cannot end the inline element early. Per the HTML parser,
 * only "</script" ends script data, and "<script" matters only after "<!--";
 * so those two are escaped in ways that keep their meaning inside string,
 * template and regex literals ("\/" is "/", "\x3C" is "<").
 */
export function escapeInlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function stripExistingPolicy(html: string): string {
  return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
}

export function foldIntoSingleFile(html: string, readAsset: ReadAsset): string {
  const hashes: string[] = [];
  let out = stripExistingPolicy(html);
  // Preload hints point at files that will not exist next to the single file.
  out = out.replace(/\s*<link rel="modulepreload"[^>]*>/gi, '');
  // A file opened from disk cannot be installed (no manifest); its favicon travels inside it.
  out = out.replace(/\s*<link rel="manifest"[^>]*>/gi, '');
  out = out.replace(/<link rel="icon" href="([^"]+\.svg)"/gi, (_tag, href: string) => `<link rel="icon" href="data:image/svg+xml,${encodeURIComponent(readAsset(href))}"`);
  out = out.replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/gi, (_tag, href: string) => `<style>${escapeInlineStyle(readAsset(href))}</style>`);
  out = out.replace(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/gi, (_tag, src: string) => {
    const js = escapeInlineScript(readAsset(src));
    hashes.push(sha256(js));
    return `<script type="module">${js}</script>`;
  });
  if (hashes.length === 0) throw new Error('The built index.html has no module script to inline');
  const leftover = /(?:src|href)="(\.?\/?assets\/[^"]+)"/.exec(out);
  if (leftover) throw new Error(`The single file would still load ${leftover[1]} from disk; inline it too`);
  return insertPolicy(out, contentSecurityPolicy({ scriptHashes: hashes }));
}
