// The review console: a static single-page app. `base: './'` keeps every asset URL relative, so the
// same build works at /console/ on the local gateway and at / behind CloudFront.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'console',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The strict CSP allows no inline script: keep Vite from injecting its preload polyfill.
    modulePreload: { polyfill: false },
    // Chart.js is loaded only by the metrics page, as its own chunk.
    chunkSizeWarningLimit: 400,
  },
});
