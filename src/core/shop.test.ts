import { describe, expect, it } from 'vitest';
import { shopOfUrl, siteOfHost } from './shop.ts';
import { chainOf, sharedChain } from './chains.ts';

describe('shopOfUrl', () => {
  it('is the host without www., the default port dropped', () => {
    expect(shopOfUrl('https://www.gigantti.fi/product/tv/123')).toBe('gigantti.fi');
    expect(shopOfUrl('https://www.power.fi:443/tv/')).toBe('power.fi');
    expect(shopOfUrl('HTTPS://WWW.Elgiganten.SE/x')).toBe('elgiganten.se');
  });

  it('keeps a named port, so two shops on one machine stay two shops', () => {
    const a = shopOfUrl('http://127.0.0.1:41001/tv.html');
    const b = shopOfUrl('http://127.0.0.1:41002/tv.html');
    expect(a).toBe('127.0.0.1:41001');
    expect(a).not.toBe(b);
  });

  it('has no shop for what is not a URL', () => {
    expect(shopOfUrl('not a url')).toBe('');
  });
});

describe('chainOf with a port', () => {
  it('looks the chain up by host name, whatever the port', () => {
    expect(chainOf('gigantti.fi:8443')).toBe(chainOf('gigantti.fi'));
    expect(chainOf('gigantti.fi')).not.toBeNull();
    expect(sharedChain('gigantti.fi:8443', 'elgiganten.se')).not.toBeNull();
    expect(chainOf('127.0.0.1:41001')).toBeNull();
  });
});

describe('siteOfHost', () => {
  it('gives the site a host belongs to, under a country\'s second level too', () => {
    expect(['www.amazon.com', 'smile.amazon.co.uk', 'amazon.co.uk', 'www.gigantti.fi', 'shop.example', 'r.zdbb.net', '127.0.0.1', 'www.shop.com.au'].map(siteOfHost)).toEqual([
      'amazon.com', 'amazon.co.uk', 'amazon.co.uk', 'gigantti.fi', 'shop.example', 'zdbb.net', '127.0.0.1', 'shop.com.au',
    ]);
  });
});
