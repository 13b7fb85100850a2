/**
 * PNG fallbacks for the report's SVG images, rendered with resvg (a native module, loaded only
 * when a report is made). Word shows the SVG; LibreOffice and older Word show the PNG, so it is
 * rendered at 2× (3× for small images) to stay sharp in print.
 *
 * Rendering happens in a worker thread that is ended when the report's images are done: main's
 * event loop stays free (progress requests are answered while charts are drawn), and the memory
 * resvg holds for its pixel buffers is returned at once instead of whenever V8 collects them.
 */
import { createRequire } from 'node:module';
import type * as Resvg from '@resvg/resvg-js';
import { Worker } from 'node:worker_threads';
import { chartFonts } from './fonts';

type ResvgModule = typeof Resvg;

// Not named `require`: the bundler adds its own `require` shim to ESM output.
const requireNative = createRequire(import.meta.url);
let loaded: ResvgModule | null = null;

function resvg(): ResvgModule {
  // Loaded at run time, not bundled: the package ships a platform-specific binary.
  loaded ??= requireNative('@resvg/resvg-js') as ResvgModule;
  return loaded;
}

export function pngScaleFor(width: number): number {
  return width < 300 ? 3 : 2;
}

/** Two images at a time: the machine may have two cores, and the UI needs one of them. */
const CONCURRENT_RENDERS = 2;

// CommonJS, evaluated as the worker's source: no separate bundle entry is needed.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { renderAsync } = require(workerData.resvgPath);
// resvg's pixel buffers are freed only when V8 collects their handles, and V8 does not see their
// size: collect after every image (this thread's heap is tiny, so that is cheap).
require('node:v8').setFlagsFromString('--expose-gc');
const collect = require('node:vm').runInNewContext('gc');
parentPort.on('message', async (job) => {
  try {
    const image = await renderAsync(job.svg, {
      fitTo: { mode: 'zoom', value: job.scale },
      font: workerData.font,
      logLevel: 'off',
    });
    // resvg's buffer lives outside V8 and cannot be transferred: hand over a copy.
    const png = new Uint8Array(image.asPng());
    parentPort.postMessage({ id: job.id, png }, [png.buffer]);
    collect();
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error) });
  }
});
`;

interface Reply {
  id: number;
  png?: Uint8Array;
  error?: string;
}

/** Renders SVGs to PNGs in a worker thread; `close()` ends the worker and frees its memory. */
export class PngRenderer {
  private worker: Worker | null = null;
  /** `fontFamilies`: the fonts the images' text is set in (the house style's first). */
  constructor(private readonly fontFamilies: readonly string[] = []) {}

  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }
  >();

  render(svg: string, scale: number): Promise<Uint8Array> {
    const worker = this.start();
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, svg, scale });
    });
  }

  /** Renders many, at most two at a time, calling `onEach` as each is done. */
  async renderAll(
    jobs: { svg: string; scale: number }[],
    onEach: (index: number, png: Uint8Array) => void,
  ): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const index = next++;
        const job = jobs[index]!;
        onEach(index, await this.render(job.svg, job.scale));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENT_RENDERS }, lane));
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        resvgPath: requireNative.resolve('@resvg/resvg-js'),
        font: chartFonts(this.fontFamilies),
      },
    });
    worker.on('message', (reply: Reply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      if (reply.png) waiting.resolve(new Uint8Array(reply.png));
      else waiting.reject(new Error(`PNG rendering failed: ${reply.error ?? 'unknown'}`));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('PNG renderer stopped')));
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
    this.worker = null;
  }
}

/** One PNG, in a worker of its own (for single images such as a logo). */
export async function svgToPng(svg: string, scale: number): Promise<Uint8Array> {
  const renderer = new PngRenderer();
  try {
    return await renderer.render(svg, scale);
  } finally {
    await renderer.close();
  }
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
