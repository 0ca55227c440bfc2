/**
 * A shop's key: its host, "www." dropped, with the port when the URL names one. Real shops
 * serve on the default port, so the port only ever tells two shops on one machine apart (the
 * two demo shops on 127.0.0.1). A URL that does not parse has no shop: ''.
 */
export function shopOfUrl(url: string): string {
  try {
    return new URL(url).host.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}
