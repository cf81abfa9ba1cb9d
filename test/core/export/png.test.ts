import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, pngPixelSize, withPhysicalResolution } from '../../../src/core/export/png';
import { pngDimensions, readPhysicalResolution } from '../../support/png';

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Array.from(type, (c) => c.charCodeAt(0)), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** A tiny valid grey PNG, built by hand so the test does not depend on an encoder. */
function tinyPng(width = 3, height = 2, extra: Uint8Array[] = []): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const raw = new Uint8Array(height * (width + 1)).fill(128);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0;
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...extra, chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunkList(png: Uint8Array): { type: string; crcOk: boolean }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const list: { type: string; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const crcOk = view.getUint32(at + 8 + len) === crc32(png.subarray(at + 4, at + 8 + len));
    list.push({ type, crcOk });
    at += 12 + len;
  }
  return list;
}

describe('PNG physical resolution', () => {
  it('crc32 matches the reference value for "IEND"', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('inserts pHYs right after IHDR with a correct CRC, and reads 300 dpi back', () => {
    const png = withPhysicalResolution(tinyPng(), 300);
    expect(chunkList(png)).toEqual([
      { type: 'IHDR', crcOk: true },
      { type: 'pHYs', crcOk: true },
      { type: 'IDAT', crcOk: true },
      { type: 'IEND', crcOk: true },
    ]);
    expect(readPhysicalResolution(png)).toBe(300);
    expect(pngDimensions(png)).toEqual({ width: 3, height: 2 });
  });

  it('replaces an existing pHYs instead of adding a second', () => {
    const once = withPhysicalResolution(tinyPng(), 72);
    const twice = withPhysicalResolution(once, 600);
    expect(chunkList(twice).filter((c) => c.type === 'pHYs')).toHaveLength(1);
    expect(twice.length).toBe(once.length);
    expect(readPhysicalResolution(twice)).toBe(600);
  });

  it('any resolution survives within the precision of pixels per metre', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 20000, noNaN: true }), (dpi) => {
        const read = readPhysicalResolution(withPhysicalResolution(tinyPng(), dpi))!;
        expect(Math.abs(read - dpi)).toBeLessThan(0.02);
      }),
      { numRuns: 100 },
    );
  });

  it('no pHYs reads as undefined; bad input says what is wrong', () => {
    expect(readPhysicalResolution(tinyPng())).toBeUndefined();
    expect(() => withPhysicalResolution(new Uint8Array([1, 2, 3]), 300)).toThrow(/not a PNG/i);
    expect(() => withPhysicalResolution(tinyPng().subarray(0, 30), 300)).toThrow(/truncated/);
    expect(() => withPhysicalResolution(tinyPng(), 0)).toThrow(/positive/);
  });
});

describe('PNG size for a printed width', () => {
  it('16 cm at 300 dpi is 1,890 pixels', () => {
    expect(pngPixelSize()).toBe(1890);
    expect(pngPixelSize(2.54, 100)).toBe(100);
  });
});
