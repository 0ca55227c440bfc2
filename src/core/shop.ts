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

/** Second-level names under which a country's sites register ("amazon.co.uk", "shop.com.au"). */
const SECOND_LEVELS = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go']);

/**
 * The site a host belongs to: its last two labels, or three under a country's second level
 * ("www.amazon.co.uk" and "smile.amazon.co.uk" are both "amazon.co.uk"). An approximation of
 * the public suffix list, enough to tell a shop's own links from links to other sites.
 */
export function siteOfHost(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1] ?? '')) return labels.join('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const keep = tld.length === 2 && SECOND_LEVELS.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
