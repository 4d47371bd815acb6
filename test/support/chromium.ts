// Whether the PDF tests can run here. Outside CI they are skipped, with the reason, when no
// Chromium is installed; in CI (CI=true) they run anyway and fail, so that CI cannot pass
// without rendering a real PDF.
import { findChromium } from '../../src/adapters/pdf/render-pdf.ts';

/** false to run the PDF tests, or why they are skipped. */
export function pdfTestSkip(): string | false {
  if (findChromium() !== undefined || process.env.CI) return false;
  return 'no Chromium here (apt-get install chromium, or set BILAT_CHROMIUM); CI runs and fails these tests instead';
}
