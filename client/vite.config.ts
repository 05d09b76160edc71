import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
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
    // Pages load per route (app/router.tsx). The libraries sit in chunks of their own, grouped by
    // package and never by size: one package cut across chunks by size (advancedChunks maxSize)
    // built fine but failed at start-up in the browser ("reading 'modal'" inside @mantine/core).
    // npm run check:chunks holds every chunk under 300 kB.
    chunkSizeWarningLimit: 300,
    rolldownOptions: {
      output: {
        advancedChunks: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/ },
            // NumberInput serves one settings page only: it loads with that page, which keeps mantine-core under budget.
            { name: 'mantine-core', test: /[\\/]node_modules[\\/]@mantine[\\/]core[\\/](?!esm[\\/]components[\\/]NumberInput[\\/])/ },
            { name: 'mantine-extras', test: /[\\/]node_modules[\\/]@mantine[\\/](hooks|notifications)[\\/]/ },
            { name: 'tanstack', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
            { name: 'i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'forms', test: /[\\/]node_modules[\\/]react-hook-form[\\/]/ },
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
    // Vitest's default leaves one core to its main process (one worker on a 2-core runner, so the
    // files ran one after another); that process mostly waits, so every core gets a worker.
    maxWorkers: availableParallelism(),
  },
});
