// Readers of what the PNG writer (src/core/export/png.ts) stamps: the product only writes
// these fields, the tests read them back.
import { chunksOf, METRES_PER_INCH } from '../../src/core/export/png';

/** The resolution in dpi that pHYs gives (to 0.01), or undefined when there is none or its unit is not the metre. */
export function readPhysicalResolution(png: Uint8Array): number | undefined {
  const phys = chunksOf(png).find((c) => c.type === 'pHYs');
  if (!phys || phys.end - phys.start !== 21) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (png[phys.start + 16] !== 1) return undefined;
  const ppm = view.getUint32(phys.start + 8);
  return Math.round(ppm * METRES_PER_INCH * 100) / 100;
}

/** Width and height of the image stored in IHDR. */
export function pngDimensions(png: Uint8Array): { width: number; height: number } {
  const ihdr = chunksOf(png)[0]!;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(ihdr.start + 8), height: view.getUint32(ihdr.start + 12) };
}
