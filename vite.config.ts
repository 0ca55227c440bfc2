import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';

/**
 * One Chrome-form manifest.json, layered per browser at build time.
 * NEEDFIT_TARGET picks the browser; NEEDFIT_STORE=1 leaves out the demo shop's
 * loopback host, so store archives carry only the real retailer list.
 */
type Target = 'chrome' | 'firefox';

export const GECKO_ID = 'needfit@needfit.invalid';
const DEMO_MATCHES = ['http://127.0.0.1/*'];

const target: Target = process.env.NEEDFIT_TARGET === 'firefox' ? 'firefox' : 'chrome';
const forStore = process.env.NEEDFIT_STORE === '1';

function manifestFor(browserTarget: Target): ManifestV3Export {
  const source = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const manifest = { ...source, version: pkg.version };
  if (!forStore) {
    manifest.content_scripts = manifest.content_scripts.map((entry: { matches: string[] }) => ({
      ...entry,
      matches: [...entry.matches, ...DEMO_MATCHES],
    }));
  }
  if (browserTarget === 'firefox') {
    const { service_worker: worker, ...rest } = manifest.background;
    manifest.background = { ...rest, scripts: [worker] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  build: {
    outDir: `dist/${forStore ? 'store-' : ''}${target}`,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    sourcemap: false,
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'dist',
          include: ['test/dist/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
