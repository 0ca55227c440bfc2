/**
 * Where the real browsers are. An environment variable (CHROMIUM_PATH, FIREFOX_PATH) always
 * wins; otherwise the usual install paths of Linux, macOS and Windows are tried in order,
 * Chromium before branded Chrome (whose recent releases may refuse an unpacked extension from
 * the command line). `ensureBrowsers` is what `npm start` and `npm test` run first: on a
 * Debian machine run as root with none installed it installs them as `.ci/run` does, and
 * says so; anywhere else it says how to install one and fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from './types.ts';

type Env = Record<string, string | undefined>;

const VARIABLE: Record<BrowserName, string> = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
/**
 * Debian packages, as `.ci/run` installs them. Debian's browsers ship English only: their
 * Finnish and Swedish UIs, which the extension's own language follows, are packages of their own.
 */
const DEBIAN_PACKAGES: Record<BrowserName, string[]> = {
  chromium: ['chromium', 'chromium-l10n'],
  firefox: ['firefox-esr', 'firefox-esr-l10n-fi', 'firefox-esr-l10n-sv-se'],
};

export function browserCandidates(name: BrowserName, platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return name === 'chromium'
      ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
      : ['/Applications/Firefox.app/Contents/MacOS/firefox', '/Applications/Firefox ESR.app/Contents/MacOS/firefox'];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const inRoots = (...parts: string[]) => roots.map((root) => join(root, ...parts));
    return name === 'chromium'
      ? [...inRoots('Chromium', 'Application', 'chrome.exe'), ...inRoots('Google', 'Chrome', 'Application', 'chrome.exe')]
      : [...inRoots('Mozilla Firefox', 'firefox.exe'), ...inRoots('Mozilla Firefox ESR', 'firefox.exe')];
  }
  return name === 'chromium'
    ? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome']
    : ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];
}

export interface Found {
  path: string;
  /** False when nothing was found: `path` is then where the variable or the first guess points. */
  exists: boolean;
  /** Set by the environment variable rather than found. */
  fromVariable: boolean;
}

export function findBrowser(
  name: BrowserName,
  platform: NodeJS.Platform = process.platform,
  env: Env = process.env,
  exists: (path: string) => boolean = existsSync,
): Found {
  const set = env[VARIABLE[name]];
  if (set) return { path: set, exists: exists(set), fromVariable: true };
  const candidates = browserCandidates(name, platform, env);
  const hit = candidates.find(exists);
  return { path: hit ?? candidates[0] ?? '', exists: hit !== undefined, fromVariable: false };
}

export function installAdvice(name: BrowserName, platform: NodeJS.Platform = process.platform): string {
  const how =
    platform === 'darwin' ? (name === 'chromium' ? 'brew install --cask chromium' : 'brew install --cask firefox')
    : platform === 'win32' ? (name === 'chromium' ? 'winget install Hibbiki.Chromium' : 'winget install Mozilla.Firefox')
    : `sudo apt-get install -y ${DEBIAN_PACKAGES[name].join(' ')} (Debian, Ubuntu) or your system's package of ${name}`;
  return `${name} was not found. Install it with: ${how}; or point ${VARIABLE[name]} at its binary.`;
}

const isDebianRoot = (): boolean =>
  process.platform === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

/**
 * Makes sure the named browsers can be launched: returns their paths, installs the missing
 * ones with apt-get on a Debian machine run as root (as `.ci/run` does), else throws with
 * how to install them. A variable pointing at nothing is an error, never silently replaced.
 */
export function ensureBrowsers(names: BrowserName[], log: (line: string) => void = console.log): Record<BrowserName, string> {
  const found = Object.fromEntries(names.map((n) => [n, findBrowser(n)])) as Record<BrowserName, Found>;
  const badVariable = names.filter((n) => found[n].fromVariable && !found[n].exists);
  if (badVariable.length > 0) {
    throw new Error(badVariable.map((n) => `${VARIABLE[n]} is set to ${found[n].path}, which does not exist.`).join(' '));
  }
  const missing = names.filter((n) => !found[n].exists);
  if (missing.length > 0 && isDebianRoot()) {
    const packages = missing.flatMap((n) => DEBIAN_PACKAGES[n]);
    log(`No ${missing.join(' or ')} installed: installing ${packages.join(' ')} with apt-get, as .ci/run does.`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    for (const n of missing) found[n] = findBrowser(n);
  }
  const still = names.filter((n) => !found[n].exists);
  if (still.length > 0) throw new Error(still.map((n) => installAdvice(n)).join('\n'));
  return Object.fromEntries(names.map((n) => [n, found[n].path])) as Record<BrowserName, string>;
}
