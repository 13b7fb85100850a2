/**
 * PNG fallbacks for the report's SVG images, rendered with resvg (a native module, loaded only
 * when a report is made). Word shows the SVG; LibreOffice and older Word show the PNG, so it is
 * rendered at 2× (3× for small images) to stay sharp in print.
 *
 * `renderAsync` runs on libuv's thread pool: rendering never blocks main's event loop, so
 * progress requests are answered while the charts are drawn.
 */
import { createRequire } from 'node:module';

type ResvgModule = typeof import('@resvg/resvg-js');

let loaded: ResvgModule | null = null;

function resvg(): ResvgModule {
  // Loaded at run time, not bundled: the package ships a platform-specific binary.
  loaded ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  return loaded;
}

/** Fonts for text in the charts when the house-style font is not installed. */
const FONT_OPTIONS = {
  loadSystemFonts: true,
  sansSerifFamily: 'Liberation Sans',
  defaultFontFamily: 'Liberation Sans',
};

export function pngScaleFor(width: number): number {
  return width < 300 ? 3 : 2;
}

export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const image = await resvg().renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: FONT_OPTIONS,
    logLevel: 'off',
  });
  return new Uint8Array(image.asPng());
}

/** The natural size of an SVG in pixels, or null when resvg cannot read it. */
export function svgSize(svg: string): { width: number; height: number } | null {
  try {
    const { Resvg } = resvg();
    const image = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: 'off' });
    const width = Math.round(image.width);
    const height = Math.round(image.height);
    return width > 0 && height > 0 ? { width, height } : null;
  } catch {
    return null;
  }
}
