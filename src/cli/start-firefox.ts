/**
 * `npm run start:firefox`: build, serve the demo shop, and run Firefox with the extension
 * through `web-ext run` (temporary add-on, reloads on rebuild). Stop with Ctrl+C.
 */
import webExt from 'web-ext';
import { build, distDir, TARGETS } from './build.ts';
import { serveFolder } from './demo-server.ts';
import { browserPath } from './browsers/types.ts';

async function main(): Promise<void> {
  for (const target of TARGETS) build(target, false);
  const shop = await serveFolder();
  console.log(`demo shop at ${shop.origin}`);
  await webExt.cmd.run(
    {
      sourceDir: distDir('firefox', false),
      target: ['firefox-desktop'],
      firefox: browserPath('firefox'),
      startUrl: [shop.url('televisiot.html')],
    },
    { shouldExitProgram: false },
  );
}

main().catch((error: unknown) => {
  console.error(`start:firefox failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
