/**
 * `npm run start:firefox`: build, serve the two demo shops, and run Firefox with the extension
 * through `web-ext run` (temporary add-on, reloads on rebuild). Stop with Ctrl+C.
 */
import webExt from 'web-ext';
import { build, distDir, TARGETS } from './build.ts';
import { DEMO_SHOP_B_DIR, serveFolder } from './demo-server.ts';
import { browserPath } from './browsers/types.ts';

async function main(): Promise<void> {
  for (const target of TARGETS) build(target, false);
  const shop = await serveFolder();
  const shopB = await serveFolder(DEMO_SHOP_B_DIR);
  console.log(`demo shop at ${shop.origin}, Kauppa B (the same TV for less) at ${shopB.origin}`);
  await webExt.cmd.run(
    {
      sourceDir: distDir('firefox', false),
      target: ['firefox-desktop'],
      firefox: browserPath('firefox'),
      startUrl: [shopB.url('visionex-v50-uq7.html'), shop.url('televisiot.html')],
    },
    { shouldExitProgram: false },
  );
}

main().catch((error: unknown) => {
  console.error(`start:firefox failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
