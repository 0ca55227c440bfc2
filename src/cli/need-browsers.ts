/**
 * `npm test` runs this first: finds the installed Chromium (or Chrome) and Firefox the
 * real-browser tier needs, installs them on a Debian machine run as root, else says how to
 * install them and exits non-zero before any test runs.
 */
import { ensureBrowsers } from './browsers/find.ts';

try {
  const paths = ensureBrowsers(['chromium', 'firefox']);
  console.log(`browsers: chromium ${paths.chromium}, firefox ${paths.firefox}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
