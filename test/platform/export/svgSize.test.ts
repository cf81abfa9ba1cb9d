import { describe, expect, it } from 'vitest';
import { svgSize } from '../../../src/platform/export/svgSize';

describe('svgSize', () => {
  it('reads width and height with or without px', () => {
    expect(svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640px" height="480.5px" viewBox="0 0 1 1">')).toEqual({ width: 640, height: 480.5 });
    expect(svgSize("<svg width='10' height='20'>")).toEqual({ width: 10, height: 20 });
  });
  it('falls back to the viewBox', () => {
    expect(svgSize('<svg viewBox="-12 -4 300 200"><text>width="9999"</text></svg>')).toEqual({ width: 300, height: 200 });
  });
  it('reads only the root element, never text inside it', () => {
    expect(() => svgSize('<svg><text width="1" height="1">x</text></svg>')).toThrow(/declares no size/);
  });
  it('says what is wrong with something that is not an SVG', () => {
    expect(() => svgSize('<html></html>')).toThrow(/not an SVG document/);
  });
});
