// SVG string -> PNG bytes in the browser: the SVG is decoded as an image (which
// runs no script and fetches nothing: fonts are embedded as data), drawn onto a
// canvas sized by the raster plan over a white ground, encoded, and given its
// physical resolution so Word places it at the intended printed width.
import { withPhysicalResolution } from '../../core/export/png';
import { bytesToBlob } from './download';
import { reachStage, type ExportControl } from './progress';
import type { RasterPlan } from '../../core/export/rasterPlan';

async function decodeSvgImage(svg: string, plan: RasterPlan): Promise<{ image: HTMLImageElement; release: () => void }> {
  const url = URL.createObjectURL(bytesToBlob(new TextEncoder().encode(svg), 'image/svg+xml'));
  const image = new Image(plan.pixelWidth, plan.pixelHeight);
  image.decoding = 'async';
  image.src = url;
  try {
    await image.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new Error('The browser could not read the exported SVG as an image; export SVG instead and report this figure.');
  }
  return { image, release: () => URL.revokeObjectURL(url) };
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error(`The browser could not encode a ${canvas.width} × ${canvas.height} pixel PNG (out of memory?); choose a smaller width or resolution.`));
    }, 'image/png');
  });
}

export async function rasteriseSvg(svg: string, plan: RasterPlan, control?: ExportControl): Promise<Uint8Array> {
  await reachStage(control, { stage: 'image', fraction: 0.25, message: 'Reading the figure as an image…' });
  const { image, release } = await decodeSvgImage(svg, plan);
  const canvas = document.createElement('canvas');
  try {
    await reachStage(control, { stage: 'drawing', fraction: 0.45, message: `Drawing ${plan.pixelWidth.toLocaleString('en-GB')} × ${plan.pixelHeight.toLocaleString('en-GB')} pixels…` });
    canvas.width = plan.pixelWidth;
    canvas.height = plan.pixelHeight;
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error(`The browser could not make a ${plan.pixelWidth} × ${plan.pixelHeight} pixel drawing surface; choose a smaller width or resolution.`);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, plan.pixelWidth, plan.pixelHeight);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, plan.pixelWidth, plan.pixelHeight);
    await reachStage(control, { stage: 'encoding', fraction: 0.7, message: 'Encoding the PNG…' });
    const blob = await canvasToPng(canvas);
    await reachStage(control, { stage: 'writing', fraction: 0.9, message: 'Writing the print resolution…' });
    return withPhysicalResolution(new Uint8Array(await blob.arrayBuffer()), plan.dpi);
  } finally {
    release();
    // Frees the pixel memory at once rather than at the next garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}
