// The Content Security Policy of the built app: everything from the app's own
// origin or from data the app made itself (blob:/data: for exported images,
// embedded fonts and the layout worker), never a remote source, never eval.
// Injected into the production index.html only: the dev server needs inline
// scripts for hot reloading.
import type { Plugin } from 'vite';

export interface PolicyOptions {
  /** Hashes ('sha256-…') of inline scripts; a build with external scripts uses 'self' instead. */
  scriptHashes?: string[];
}

export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const scripts = options.scriptHashes?.length ? options.scriptHashes.map((h) => `'${h}'`).join(' ') : "'self'";
  return [
    "default-src 'none'",
    `script-src ${scripts}`,
    // React Flow positions nodes with inline styles; the print view adds a <style>.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

export function metaTagFor(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
}

/** Puts the policy first in <head>, so it governs everything after it. */
export function insertPolicy(html: string, policy: string): string {
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html already carries a Content Security Policy');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html has no <head> to hold the Content Security Policy');
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    ${metaTagFor(policy)}${html.slice(at)}`;
}

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'genogram:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => insertPolicy(html, contentSecurityPolicy()),
    },
  };
}
