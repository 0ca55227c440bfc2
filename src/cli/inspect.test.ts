import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectFile, parseArgs } from './inspect.ts';
import { PageLoadError, pageFiles } from './load-page.ts';

const dir = mkdtempSync(join(tmpdir(), 'needfit-inspect-'));
const html = `<html><head><link rel="canonical" href="https://shop.example/p/9">
  <script type="application/ld+json">{"@type":"Product","name":"Saved","offers":{"price":"12.00","priceCurrency":"EUR"}}</script>
  </head><body><h1>Saved</h1><script>throw new Error('must not run')</script></body></html>`;
writeFileSync(join(dir, 'page.html'), html);
writeFileSync(join(dir, 'page2.html.gz'), gzipSync(html));
writeFileSync(join(dir, 'broken.html.gz'), 'not gzip');

describe('inspect', () => {
  it('analyses a saved page with the canonical URL, without running its scripts', () => {
    const { analysis } = inspectFile(join(dir, 'page.html'));
    expect(analysis.url).toBe('https://shop.example/p/9');
    expect(analysis.kind).toBe('product');
    expect(analysis.product?.price).toEqual({ amount: 12, currency: 'EUR' });
  });

  it('reads gzip pages and takes --url over the canonical', () => {
    expect(inspectFile(join(dir, 'page2.html.gz'), 'https://other.example/x').analysis.url).toBe('https://other.example/x');
  });

  it('gives clear errors for a missing file, an unreadable gzip and a bad --url', () => {
    expect(() => inspectFile(join(dir, 'nope.html'))).toThrow(/No such file/);
    expect(() => inspectFile(join(dir, 'broken.html.gz'))).toThrow(/not a readable gzip/);
    expect(() => parseArgs(['x.html', '--url', 'nope'])).toThrow(PageLoadError);
    expect(() => parseArgs([])).toThrow(/Usage/);
  });

  it('lists the page files of a folder, sorted', () => {
    expect(pageFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(['broken.html.gz', 'page.html', 'page2.html.gz']);
  });
});
