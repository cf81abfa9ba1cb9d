import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/core/drawing/buildScene';
import { sceneToSvg } from '../../../src/core/export/svg';
import { notationSheet } from '../../../src/core/example/notationSheet';
import { layoutDocument } from '../../../src/core/layout/layoutDocument';
import { doc, gridLayout, p } from '../../support/drawingFixtures';
import { xmlProblems } from '../../support/xmlWellFormed';

const asAt = { year: 2020, month: 1, day: 1 };
const hostile = [
  '<script>alert(1)</script>',
  'Tom & Jerry "the cat" O\'Neil',
  '<img src=x onerror=alert(1)>',
  'زينب العلي',
  ']]><!-- -->',
  'a\u0001b\uD800c',
];

describe('sceneToSvg', () => {
  const d = doc({
    persons: hostile.map((name, i) => p(`p${i}`, { givenNames: name, secondLine: name, badges: [name] })),
    households: [{ id: 'h', label: '<b>home</b> & "away"', members: [{ person: 'p0' }, { person: 'p1' }] }],
  });
  const scene = buildScene(d, gridLayout(hostile.map((_, i) => [`p${i}`, i, 0])), { asAt, title: '<title>&', caption: 'x</svg>' });
  const svg = sceneToSvg(scene, { fontFaces: [{ family: 'Atkinson Hyperlegible', weight: 400, format: 'truetype', dataBase64: 'AAEAAA==' }] });

  it('is well-formed XML with one svg root, a viewBox, a size in px and a white background', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* width="[\d.]+px" height="[\d.]+px" viewBox="[-\d. ]+"/);
    expect(svg).toMatch(/<rect [^>]*fill="#ffffff"\/>/);
  });

  it('writes names as text, never as markup', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;alert(');
    expect(svg).toContain('>&lt;title&gt;&amp;</text>');
    expect(svg).toContain('>x&lt;/svg&gt;</text>');
    expect(svg).toContain('Tom &amp; Jerry');
    expect(svg).toContain('زينب العلي');
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/href|xlink|<use|<foreignObject|url\((?!data:)/i);
    expect(svg).not.toContain('\u0001');
  });

  it('embeds fonts as data URLs and refuses anything that is not base64', () => {
    expect(svg).toContain('@font-face{font-family:"Atkinson Hyperlegible";font-weight:400;src:url(data:font/ttf;base64,AAEAAA==) format("truetype");}');
    expect(() => sceneToSvg(scene, { fontFaces: [{ family: 'x', weight: 400, format: 'truetype', dataBase64: ')}</style><script>' }] })).toThrow(/not base64/);
  });

  it('writes one element per primitive, each group tagged with its key', () => {
    const elements = (svg.match(/<(rect|circle|line|polyline|path|text) /g) ?? []).length;
    const primitives = scene.groups.reduce((n, g) => n + g.items.length, 0);
    expect(elements).toBe(primitives + 1);
    for (const g of scene.groups) expect(svg).toContain(`data-key="${g.key.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}"`);
  });

  it('exports the whole notation sheet as well-formed XML', async () => {
    const sheet = notationSheet();
    const out = sceneToSvg(buildScene(sheet, await layoutDocument(sheet), { asAt: sheet.settings.asAt! }));
    expect(xmlProblems(out)).toEqual([]);
    expect(out).toContain('stroke-dasharray');
  });
});

describe('xmlProblems (the checker the tests rely on)', () => {
  it('catches broken documents', () => {
    expect(xmlProblems('<a><b></a>')).not.toEqual([]);
    expect(xmlProblems('<a x="1" x="2"/>')).not.toEqual([]);
    expect(xmlProblems('<a>Tom & Jerry</a>')).not.toEqual([]);
    expect(xmlProblems('<a b=c/>')).not.toEqual([]);
    expect(xmlProblems('<a/><b/>')).not.toEqual([]);
    expect(xmlProblems('<a x="&lt;">&amp;</a>')).toEqual([]);
  });
});

describe('sceneToSvg: the text alternative', () => {
  const d = doc({ persons: [p('a', { givenNames: 'Ann' })] });
  const scene = buildScene(d, gridLayout([['a', 0, 0]]), { asAt });

  it('title and desc first, escaped, the root an image labelled by them', () => {
    const svg = sceneToSvg(scene, { title: 'Genogram of <Ann> & co', description: 'First "para".\n\nSecond.', widthMm: 160 });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg [^>]*width="160mm" height="[\d.]+mm" [^>]*role="img" aria-labelledby="genogram-title genogram-desc"[^>]*>\n<title id="genogram-title">Genogram of &lt;Ann&gt; &amp; co<\/title>\n<desc id="genogram-desc">First "para".\n\nSecond.<\/desc>\n/);
  });

  it('without them the root is still an image, labelled by nothing it lacks', () => {
    const svg = sceneToSvg(scene, { title: '  ' });
    expect(svg).toMatch(/<svg [^>]*role="img" font-family/);
    expect(svg).not.toMatch(/aria-labelledby|<title|<desc/);
  });
});
