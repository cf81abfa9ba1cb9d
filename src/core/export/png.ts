// Byte-level PNG helpers: the physical resolution (pHYs) that makes Word insert a
// picture at its intended printed size, and the pixel size of a figure for a printed width.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
export const METRES_PER_INCH = 0.0254;
export const CM_PER_INCH = 2.54;
export const DEFAULT_DPI = 300;
export const DEFAULT_WIDTH_CM = 16;
/** Largest side Chromium's canvas and most viewers accept. */
export const MAX_PIXEL_SIDE = 16_384;
/** 64 M px (256 MB of RGBA): beyond this a rasteriser risks running out of memory. */
export const MAX_PIXEL_AREA = 64 * 1024 * 1024;

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  start: number;
  /** Offset just past its CRC. */
  end: number;
}

/** The chunks of a PNG up to IEND, checked for the signature, truncation and a leading IHDR. */
export function chunksOf(png: Uint8Array): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) {
    throw new Error('Not a PNG file: the first 8 bytes are not the PNG signature.');
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    if (at + 12 > png.length) throw new Error(`The PNG is truncated: a chunk header at byte ${at} runs past the end.`);
    const length = view.getUint32(at);
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`The PNG is truncated: chunk ${type} at byte ${at} runs past the end.`);
    chunks.push({ type, start: at, end });
    at = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('The PNG does not start with an IHDR chunk.');
  return chunks;
}

let crcTable: Uint32Array | undefined;
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function physChunk(dpi: number): Uint8Array {
  const ppm = Math.round(dpi / METRES_PER_INCH);
  const chunk = new Uint8Array(21);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // "pHYs"
  view.setUint32(8, ppm);
  view.setUint32(12, ppm);
  chunk[16] = 1; // unit: metre
  view.setUint32(17, crc32(chunk.subarray(4, 17)));
  return chunk;
}

/**
 * A copy of the PNG whose pHYs chunk says `dpi` (square pixels). An existing pHYs is
 * replaced; otherwise one is put right after IHDR, where the format wants it (before IDAT).
 */
export function withPhysicalResolution(png: Uint8Array, dpi: number): Uint8Array {
  if (!Number.isFinite(dpi) || dpi <= 0) throw new RangeError(`The resolution must be a positive number of dots per inch (got ${String(dpi)}).`);
  const chunks = chunksOf(png);
  const phys = physChunk(dpi);
  const existing = chunks.find((c) => c.type === 'pHYs');
  const cutStart = existing ? existing.start : chunks[0]!.end;
  const cutEnd = existing ? existing.end : chunks[0]!.end;
  const out = new Uint8Array(png.length - (cutEnd - cutStart) + phys.length);
  out.set(png.subarray(0, cutStart), 0);
  out.set(phys, cutStart);
  out.set(png.subarray(cutEnd), cutStart + phys.length);
  return out;
}

/** Pixels across for a printed width: 16 cm at 300 dpi is 1,890 px. */
export function pngPixelSize(widthCm: number = DEFAULT_WIDTH_CM, dpi: number = DEFAULT_DPI): number {
  if (!(widthCm > 0) || !(dpi > 0) || !Number.isFinite(widthCm) || !Number.isFinite(dpi)) {
    throw new RangeError(`Width (cm) and resolution (dpi) must be positive numbers (got ${String(widthCm)} cm, ${String(dpi)} dpi).`);
  }
  return Math.round((widthCm / CM_PER_INCH) * dpi);
}

