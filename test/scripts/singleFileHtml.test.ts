import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { escapeInlineScript, foldIntoSingleFile } from '../../scripts/singleFileHtml';

const built = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta http-equiv="Content-Security-Policy" content="script-src 'self'" />
    <meta charset="UTF-8" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-1.js">
    <link rel="stylesheet" crossorigin href="./assets/index-def.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const assets: Record<string, string> = {
  './assets/index-abc.js': 'const s = "</script><script>alert(1)</script>"; console.log(s, "<!--");',
  './assets/index-def.css': 'body { font-family: x; } /* </style> */',
};

describe('foldIntoSingleFile', () => {
  const html = foldIntoSingleFile(built, (path) => {
    const text = assets[path];
    if (text === undefined) throw new Error(`unexpected read of ${path}`);
    return text;
  });

  it('inlines the entry script and stylesheet and drops preload hints', () => {
    expect(html).not.toMatch(/src="\.\/assets/);
    expect(html).not.toMatch(/modulepreload/);
    expect(html).toContain('<style>body { font-family: x; } /* <\\/style> */</style>');
    expect(html.match(/<script type=/g)).toHaveLength(1);
  });

  it('escapes text that would end or reopen the script element early', () => {
    const inline = /<script type="module">([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(inline).not.toMatch(/<\/script|<!--/i);
    expect(inline).toBe(escapeInlineScript(assets['./assets/index-abc.js']!));
  });

  it('replaces the policy with one that allows exactly that script by hash, nothing remote, no eval', () => {
    const inline = /<script type="module">([\s\S]*)<\/script>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(inline, 'utf8').digest('base64');
    const policies = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/g) ?? [];
    expect(policies).toHaveLength(1);
    expect(policies[0]).toContain(`script-src 'sha256-${hash}'`);
    expect(policies[0]).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('refuses a build that still needs a separate file', () => {
    const withImage = built.replace('<div id="root"></div>', '<img src="./assets/logo.png">');
    expect(() => foldIntoSingleFile(withImage, (p) => assets[p] ?? '')).toThrow(/still load .*assets\/logo.png/);
  });
});

describe('escapeInlineScript keeps the meaning of string and regex literals', () => {
  it('round-trips through evaluation', () => {
    const source = 'return ["</script>", /<script>/.source, "<!-- x", `</SCRIPT>`, /<\\/script/u.test("</script")];';
    const escaped = escapeInlineScript(source);
    expect(new Function(escaped)()).toEqual(new Function(source)());
  });
});
