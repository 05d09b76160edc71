import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  base: '/',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: '../src/Api/wwwroot',
    emptyOutDir: true,
    // Pages are split per route (app/router.tsx); the libraries every screen needs are cached apart
    // from the app's own code, so that no chunk passes 300 kB.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/ },
            { name: 'mantine', test: /[\\/]node_modules[\\/]@mantine[\\/]/, maxSize: 250_000 },
            { name: 'libraries', test: /[\\/]node_modules[\\/]/, maxSize: 250_000 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:5080', changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/api': { target: process.env.HSWORKS_API ?? 'http://127.0.0.1:5080', changeOrigin: true },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Component tests type into Mantine forms; on a busy 2-core CI runner that can pass the 5 s default.
    testTimeout: 20000,
  },
});
