/** Audits the built manifests: least privilege, no remote code, Firefox's settings layered on. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../src/cli/build.ts';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
};

const read = (dir: string): Manifest => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
const ALL_SITES = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

describe.each([
  ['chrome', false],
  ['firefox', false],
  ['chrome', true],
  ['firefox', true],
] as const)('%s manifest (store variant: %s)', (target, store) => {
  const manifest = (): Manifest => read(distDir(target, store));

  it('asks only for activeTab and scripting, with no all-sites access by default', () => {
    const m = manifest();
    expect(m.permissions).toEqual(['activeTab', 'scripting']);
    expect(m.host_permissions ?? []).toEqual([]);
    for (const script of m.content_scripts ?? []) {
      for (const pattern of script.matches) expect(ALL_SITES).not.toContain(pattern);
    }
    // All-sites patterns appear only as optional permissions, asked for per shop at run time.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('has no externally_connectable, no web-accessible resources and the default CSP', () => {
    const m = manifest();
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(m).not.toHaveProperty('content_security_policy');
  });

  it('runs the content script on the Finnish shops first, matched by host', () => {
    const matches = manifest().content_scripts?.[0]?.matches ?? [];
    for (const host of ['verkkokauppa.com', 'gigantti.fi', 'power.fi', 'prisma.fi', 'jimms.fi', 'tokmanni.fi']) {
      expect(matches).toContain(`https://*.${host}/*`);
    }
    expect(matches.includes('http://127.0.0.1/*')).toBe(!store);
  });

  it('carries the background form each browser wants', () => {
    const m = manifest();
    if (target === 'firefox') {
      expect(m.background?.scripts?.length).toBe(1);
      expect(m.background?.service_worker).toBeUndefined();
      const gecko = m.browser_specific_settings?.gecko;
      expect(gecko?.id).toBe('needfit@needfit.invalid');
      expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
      expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    } else {
      expect(typeof m.background?.service_worker).toBe('string');
      expect(m).not.toHaveProperty('browser_specific_settings');
    }
  });
});
