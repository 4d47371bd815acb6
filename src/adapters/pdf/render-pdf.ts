// HTML to PDF with a Chromium already on the machine (Debian's chromium), driven by
// playwright-core: nothing is downloaded, and the page runs with JavaScript off and the
// network closed, since it only needs its own inline CSS and SVG.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { escapeHtml } from '../../report/brief-html.ts';

/** The browsers looked for on PATH, in this order, when BILAT_CHROMIUM is not set. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Flags for a headless Chromium in a container or CI: no sandbox, GPU or background traffic. */
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export class ChromiumNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChromiumNotFoundError';
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to use: $BILAT_CHROMIUM, else the first of CHROMIUM_NAMES on PATH; undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BILAT_CHROMIUM) return env.BILAT_CHROMIUM;
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const folder of folders) {
      const path = join(folder, name);
      if (isExecutableFile(path)) return path;
    }
  }
  return undefined;
}

/** findChromium, or an error that says what to install or do instead. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const path = findChromium(env);
  if (path !== undefined && isExecutableFile(path)) return path;
  if (path !== undefined) throw new ChromiumNotFoundError(`BILAT_CHROMIUM is "${path}", which is not an executable file: point it to a Chromium, or unset it to search PATH`);
  throw new ChromiumNotFoundError(
    `a PDF needs Chromium, and none was found (looked for ${CHROMIUM_NAMES.join(', ')} on PATH, and $BILAT_CHROMIUM): `
    + 'install Debian\'s chromium (apt-get install chromium), set BILAT_CHROMIUM to a Chromium, or use --format html and print that from a browser',
  );
}

export interface PdfOptions {
  executablePath: string;
  /** Text for the foot of every page, beside the page numbers. */
  footer: string;
}

/**
 * One Chromium, started at the first print and kept for the next: each print is a fresh
 * context in it (its own page, JavaScript off, the network closed), so that a server
 * printing ten briefs at once runs one browser, not ten. A browser that dies is started
 * again at the next print.
 */
export class PdfPrinter {
  private browser?: Promise<Browser>;

  constructor(private readonly executablePath: string) {}

  private started(): Promise<Browser> {
    this.browser ??= chromium.launch({ executablePath: this.executablePath, args: CHROMIUM_FLAGS }).then(
      (browser) => {
        browser.on('disconnected', () => (this.browser = undefined));
        return browser;
      },
      (error: unknown) => {
        this.browser = undefined;
        throw error;
      },
    );
    return this.browser;
  }

  /** Prints a self-contained HTML document to A4 pages, numbered. */
  async print(html: string, footerText: string): Promise<Uint8Array> {
    const context = await (await this.started()).newContext({ javaScriptEnabled: false });
    try {
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const footer = `<div style="width: 100%; font: 7.5pt 'Liberation Sans', Arial, sans-serif; color: #5b6570; padding: 0 16mm; display: flex; justify-content: space-between;">`
        + `<span>${escapeHtml(footerText)}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footer,
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close();
  }
}

/** Prints one document with a browser of its own, closed after it. */
export async function renderPdf(html: string, options: PdfOptions): Promise<Uint8Array> {
  const printer = new PdfPrinter(options.executablePath);
  try {
    return await printer.print(html, options.footer);
  } finally {
    await printer.close();
  }
}
