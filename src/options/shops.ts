/** Turns what a shopper types ("www.shop.fi", "https://shop.fi/tv") into a host permission pattern. */
export function shopPattern(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (!/^https?:\/\//.test(text)) text = `https://${text}`;
  let host: string;
  try {
    host = new URL(text).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host.length > 200) return null;
  return `https://*.${host}/*`;
}
