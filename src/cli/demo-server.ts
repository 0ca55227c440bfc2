/**
 * Serves the bundled demo shops (test/demo-shop, and Kauppa B in test/demo-shop-b) on
 * 127.0.0.1, each at a free port of its own: two ports are two shops to the extension.
 * For `npm start` and the real-browser tests. Static files only, nothing outside the folder.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEMO_SHOP_DIR = fileURLToPath(new URL('../../test/demo-shop/', import.meta.url));
/** The second shop: sells the demo's campaign TV for less and pushes another brand. */
export const DEMO_SHOP_B_DIR = fileURLToPath(new URL('../../test/demo-shop-b/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface DemoServer {
  origin: string;
  url: (path: string) => string;
  close: () => Promise<void>;
}

export async function serveFolder(folder: string = DEMO_SHOP_DIR): Promise<DemoServer> {
  const root = normalize(folder.endsWith(sep) ? folder : folder + sep);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the demo shop server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
