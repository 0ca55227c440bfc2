/**
 * Serves the real-pages corpus on 127.0.0.1 for the browser tests and tools: each saved page
 * at its path inside the folder, unzipped, as the bytes it was captured with. A saved page has
 * lost its server's header, so the header names the charset the Node tools read it with (its
 * own declaration, else UTF-8): the browser and `inspect` then see the same text, and the
 * page's own scripts do not run in either.
 */
import { createServer, type Server } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { charsetOf, readPageBytes } from './load-page.ts';
import { realPagesDir } from './real-pages.ts';
import type { DemoServer } from './demo-server.ts';

export async function serveCorpus(dir = realPagesDir()): Promise<DemoServer> {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !/\.html?(\.gz)?$/i.test(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body: Buffer;
    try {
      body = readPageBytes(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // A saved page is a snapshot of what its scripts made; run again, they fight the snapshot
    // (one sends the tab back to its real host). They stay off, as they are for `inspect`;
    // the extension's content script runs apart from the page and is not touched by this.
    // Every other host is refused by the browser itself: the page may load only from here.
    const policy = "default-src 'self' 'unsafe-inline' data:; script-src 'none'; object-src 'none'";
    const headers = { 'content-type': `text/html; charset=${charsetOf(body)}`, 'content-security-policy': policy };
    res.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the corpus server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
