// Builds the web dashboard into dist/web/, which `bilat serve` serves. In development
// (`npx vite --config web/vite.config.ts`) the API is proxied to a `bilat serve` on :8080.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bilatData } from './vite-plugin-bilat-data.ts';
import { precompress } from './vite-plugin-precompress.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), bilatData(), precompress()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
