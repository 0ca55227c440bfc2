/**
 * Saved pages into a Document for Node tools: .html or .html.gz, parsed by jsdom with
 * no script execution and no resource loading, so a hostile saved page stays inert.
 */
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

export class PageLoadError extends Error {}

const PAGE_FILE = /\.html?(\.gz)?$/i;

/** The raw bytes of a saved page, unzipped when it ends in .gz. */
export function readPageBytes(file: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PageLoadError(`No such file: ${file}`);
    if (code === 'EISDIR') throw new PageLoadError(`${file} is a folder; give a file or use the folder form`);
    throw new PageLoadError(`Cannot read ${file}: ${code ?? String(error)}`);
  }
  if (!file.toLowerCase().endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new PageLoadError(`${file} is not a readable gzip file (${(error as Error).message})`);
  }
}

/** The page's character set: a byte-order mark, else a meta charset near the top, else UTF-8. */
export function charsetOf(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? 'utf-8';
}

/**
 * windows-1252's bytes 0x80-0x9F (the Encoding Standard's table): Node's TextDecoder decodes
 * this label, and latin1 with it, as ISO-8859-1, where 0x80 is a control character, not "€".
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const WINDOWS_1252 = /^(windows-1252|cp1252|x-cp1252|latin1|iso-8859-1|iso8859-1|l1|ascii|us-ascii|iso_8859-1)$/;

export function decodePage(bytes: Buffer): string {
  const charset = charsetOf(bytes);
  if (WINDOWS_1252.test(charset)) {
    return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
  }
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * jsdom parses as a browser with scripting off: the insides of <noscript> become elements.
 * A shopper's browser has scripting on and keeps them as one run of text, which extraction
 * then skips. Made so here, the Node tools read the page as the extension does in the tab.
 */
function asWithScripting(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('noscript'))) {
    if (!element.isConnected) continue;
    element.textContent = element.innerHTML;
  }
}

/**
 * Parses a saved page. Style sheets are left unparsed: the analysis reads no styles, and
 * jsdom's CSS parser throws on some real shops' (unprocessed Sass variables, for one).
 */
export function parsePage(bytes: Buffer, url?: string): Document {
  // A first `type` attribute wins, and jsdom leaves a sheet of another type unparsed; the
  // sheet's text stays as the browser has it. (Emptying sheets by pattern cut real pages
  // whose scripts print "<style>" in a string: hundreds of elements, prices among them.)
  const html = decodePage(bytes).replace(/<style\b/gi, '<style type="text/x-needfit-unread"');
  const quiet = new VirtualConsole();
  try {
    const doc = new JSDOM(html, { contentType: 'text/html', ...(url ? { url } : {}), virtualConsole: quiet }).window.document;
    asWithScripting(doc);
    return doc;
  } catch (error) {
    throw new PageLoadError(`jsdom could not parse the page: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** The page's own address: --url, else its canonical link or og:url, else the file's URL. */
export function pageUrl(doc: Document, file: string, override?: string): string {
  if (override) return override;
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // A relative or broken canonical says nothing about the real host.
    }
  }
  return pathToFileURL(resolve(file)).href;
}

/** The saved pages a path names: the file itself, or the page files in a folder, sorted. */
export function pageFiles(path: string): string[] {
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch {
    throw new PageLoadError(`No such file or folder: ${path}`);
  }
  if (!isFolder) return [path];
  const files = readdirSync(path)
    .filter((name) => PAGE_FILE.test(name))
    .sort()
    .map((name) => join(path, name));
  if (files.length === 0) throw new PageLoadError(`No .html or .html.gz files in ${path}`);
  return files;
}
