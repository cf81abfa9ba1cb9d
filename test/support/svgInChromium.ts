import type { Page } from 'playwright-core';

/** Renders a standalone SVG string in a page (no network) and returns a PNG of it. */
export async function screenshotSvg(page: Page, svg: string, width: number, height: number): Promise<Buffer> {
  await page.setViewportSize({ width, height });
  const body = svg.replace(/^<\?xml[^>]*>\s*/, '');
  await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${body}</body></html>`);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return page.screenshot({ clip: { x: 0, y: 0, width, height } });
}

/**
 * Compares two PNGs pixel by pixel in the page's canvas (no image library needed): the share
 * of pixels whose colour differs by more than `threshold` in any channel.
 */
export async function comparePngs(page: Page, a: Buffer, b: Buffer, threshold = 48): Promise<{ sameSize: boolean; differing: number; share: number }> {
  return page.evaluate(
    async ({ a, b, threshold }) => {
      const load = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [x, y] = await Promise.all([load(a), load(b)]);
      if (x.width !== y.width || x.height !== y.height) return { sameSize: false, differing: -1, share: 1 };
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        for (let c = 0; c < 3; c++) {
          if (Math.abs(x.data[i + c]! - y.data[i + c]!) > threshold) {
            differing++;
            break;
          }
        }
      }
      return { sameSize: true, differing, share: differing / (x.width * x.height) };
    },
    { a: a.toString('base64'), b: b.toString('base64'), threshold },
  );
}
