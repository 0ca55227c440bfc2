import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, installAdvice } from './find.ts';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('finding an installed browser', () => {
  it('lets the environment variable win, even over an installed browser', () => {
    expect(findBrowser('chromium', 'linux', { CHROMIUM_PATH: '/opt/c/chrome' }, only('/opt/c/chrome', '/usr/bin/chromium')))
      .toEqual({ path: '/opt/c/chrome', exists: true, fromVariable: true });
    expect(findBrowser('firefox', 'linux', { FIREFOX_PATH: '/nope' }, only('/usr/bin/firefox'))).toEqual({ path: '/nope', exists: false, fromVariable: true });
  });

  it('tries the usual places of Linux, macOS and Windows, Chromium before Chrome', () => {
    expect(findBrowser('chromium', 'linux', {}, only('/usr/bin/google-chrome', '/snap/bin/chromium')).path).toBe('/snap/bin/chromium');
    expect(findBrowser('firefox', 'linux', {}, only('/usr/bin/firefox')).path).toBe('/usr/bin/firefox');
    expect(findBrowser('chromium', 'darwin', {}, only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')).exists).toBe(true);
    const windows = { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' };
    expect(browserCandidates('firefox', 'win32', windows).some((p) => p.includes('Mozilla Firefox') && p.endsWith('firefox.exe'))).toBe(true);
    expect(browserCandidates('chromium', 'win32', windows).some((p) => p.includes('Google') && p.endsWith('chrome.exe'))).toBe(true);
  });

  it('says where none was found and how to install one', () => {
    expect(findBrowser('firefox', 'linux', {}, () => false)).toMatchObject({ exists: false, fromVariable: false, path: '/usr/bin/firefox-esr' });
    expect(installAdvice('firefox', 'linux')).toMatch(/apt-get install -y firefox-esr.*FIREFOX_PATH/);
    expect(installAdvice('chromium', 'darwin')).toMatch(/brew install --cask chromium/);
    expect(installAdvice('chromium', 'win32')).toMatch(/winget install/);
  });
});
