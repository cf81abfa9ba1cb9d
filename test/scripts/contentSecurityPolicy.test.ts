import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, insertPolicy } from '../../scripts/contentSecurityPolicy';

describe('contentSecurityPolicy', () => {
  it('allows only the own origin and self-made data, never eval', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|https?:|\*|wasm-unsafe/);
    expect(policy).toContain("object-src 'none'");
  });

  it('goes first in <head>', () => {
    const html = insertPolicy('<html><head>\n<meta charset="UTF-8"></head></html>', "default-src 'none'");
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('charset'));
    expect(() => insertPolicy(html, 'x')).toThrow(/already carries/);
  });
});
