/**
 * The browser's language picks the UI language, in Chromium and in Firefox: Finnish in a
 * Finnish browser, Swedish in a Swedish one, English in an English one. Each of the six
 * runs imports the demo needs, opens the popup on the demo listing, checks the words of the
 * options page, the verdict and the side-by-side comparison in that language, keeps a
 * screenshot as out/popup-<browser>-<lang>.png, and sees the popup reflow at 200 % zoom.
 */
import { describe, expect, it } from 'vitest';
import { openPopup, waitForStoredTab } from '../../src/cli/story.ts';
import { artifact, BROWSERS, demoSession, layoutAtZoom, POPUP_MAX_HEIGHT, popupContentHeight } from './support.ts';
import { importNeeds } from './import-needs.ts';

interface Language {
  lang: 'fi' | 'sv' | 'en';
  /** What the browser is started with: Chromium's LANGUAGE and --lang, Firefox's intl.locale.requested. */
  locale: string;
  optionsTitle: string;
  profilesHeading: string;
  needsFileHeading: string;
  /** The listing's campaign TV misses 3 of the demo needs' 5 must-haves. */
  headline: RegExp;
  /** The one-line verdict, with the amounts as this language writes them. */
  verdictLine: RegExp;
  /** The comparison's heading, then its column headings: the need and the pushed item. */
  comparison: [string, string, string];
  /** Its last row: the best fit is 100 € cheaper than the pushed TV. */
  difference: RegExp;
  /** Words of the other two languages that must not show up. */
  foreign: RegExp;
}

const LANGUAGES: Language[] = [
  {
    lang: 'fi',
    locale: 'fi-FI',
    optionsTitle: 'Needfit: tarpeeni',
    profilesHeading: 'Tarveprofiilini',
    needsFileHeading: 'Siirrä tarpeesi',
    headline: /^Kaupan nostama, mutta 3\/5 ehdottomasta tarpeestasi jää täyttymättä$/,
    verdictLine: /^Ei sovi: 50″ < 55″ · 60\sHz < 100\sHz · 949,00\s€ > 900,00\s€$/,
    comparison: ['Rinnakkain', 'Tarve', 'Nostettu tuote'],
    difference: /^Hintaero\s*–\s*100,00\s€ halvempi$/,
    foreign: /must-have|Does not fit|Side by side|absoluta krav|Passar inte|Sida vid sida/,
  },
  {
    lang: 'sv',
    // Finland's Swedish: Chromium has sv and Firefox's pack is sv-SE, which both negotiate to.
    locale: 'sv-FI',
    optionsTitle: 'Needfit: mina behov',
    profilesHeading: 'Mina behovsprofiler',
    needsFileHeading: 'Flytta dina behov',
    headline: /^Butiken lyfter fram den, men den uppfyller inte 3 av dina 5 absoluta krav$/,
    verdictLine: /^Passar inte: 50″ < 55″ · 60\sHz < 100\sHz · 949,00\s€ > 900,00\s€$/,
    comparison: ['Sida vid sida', 'Behov', 'Framlyft vara'],
    difference: /^Prisskillnad\s*–\s*100,00\s€ billigare$/,
    foreign: /must-have|Does not fit|Side by side|ehdottom|Ei sovi|Rinnakkain/,
  },
  {
    lang: 'en',
    locale: 'en-US',
    optionsTitle: 'Needfit: my needs',
    profilesHeading: 'My needs profiles',
    needsFileHeading: 'Move your needs',
    headline: /^Promoted by the shop, but misses 3 of your 5 must-haves$/,
    verdictLine: /^Does not fit: 50″ < 55″ · 60\sHz < 100\sHz · €949\.00 > €900\.00$/,
    comparison: ['Side by side', 'Need', 'Pushed item'],
    difference: /^Price difference\s*–\s*€100\.00 cheaper$/,
    foreign: /ehdottom|Ei sovi|Rinnakkain|absoluta krav|Passar inte|Sida vid sida/,
  },
];

for (const name of BROWSERS) {
  for (const language of LANGUAGES) {
    describe(`${name} in ${language.locale}`, () => {
      const demo = demoSession(name, language.locale);

      it(`shows the options page, the verdict and the comparison in ${language.lang}`, async () => {
        const options = await importNeeds(demo.browser);
        const ui = await options.evaluate(() => {
          type I18n = { i18n: { getUILanguage(): string } };
          const scope = globalThis as unknown as { browser?: I18n; chrome?: I18n };
          return { uiLanguage: (scope.browser ?? scope.chrome)!.i18n.getUILanguage(), lang: document.documentElement.lang };
        });
        // Firefox reports its app locale (fi, sv-SE), Chromium its UI language (fi, sv, en-US).
        expect(ui.uiLanguage.slice(0, 2), `browser.i18n.getUILanguage() is ${ui.uiLanguage}`).toBe(language.lang);
        expect(ui.lang).toBe(language.lang);
        expect(await options.text('h1')).toBe(language.optionsTitle);
        expect(await options.text('#profiles-heading')).toBe(language.profilesHeading);
        expect(await options.text('#needs-file-heading')).toBe(language.needsFileHeading);

        const tab = await demo.browser.newTab();
        const url = demo.shop.url('televisiot.html');
        await tab.goto(url);
        const stored = await waitForStoredTab(options, url);
        const { popup, reading } = await openPopup(demo.browser, stored.tabId);
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language.lang);
        expect(reading.verdict).toBe('misfit');
        expect(reading.promoted).toBe('true');
        expect(reading.headline).toMatch(language.headline);
        expect((await popup.text('.verdict-line')).trim()).toMatch(language.verdictLine);
        // The side-by-side table: its headings in this language, and the best fit's column.
        await popup.waitFor('.comparison table');
        const [heading, need, pushed] = language.comparison;
        expect(await popup.text('#compare-heading')).toBe(heading);
        expect(await popup.text('.comparison thead th:nth-child(1)')).toBe(need);
        expect(await popup.text('.comparison thead th:nth-child(2)')).toBe(pushed);
        expect(await popup.text('.comparison thead th:nth-child(3)')).toContain('Lumo L55-Q9');
        expect((await popup.text('.comparison .compare-difference')).replace(/\s+/g, ' ').trim()).toMatch(language.difference);
        expect(reading.text).not.toMatch(language.foreign);
        // Each language's longer words still fit the typical popup in a toolbar popup's height.
        const height = await popupContentHeight(popup);
        console.log(`${name} ${language.lang}: popup ${height} px tall`);
        expect(height).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);

        // A popup-sized window for the picture, as the toolbar would open it.
        await popup.setViewport(400, 600);
        await popup.screenshot(artifact(`popup-${name}-${language.lang}.png`));

        // 200 % zoom in a 640 px window: a 320 CSS px viewport (what WCAG's reflow asks), where
        // the longest words of each language must still wrap rather than scroll sideways.
        const zoomed = await layoutAtZoom(popup, 640, 600, 2);
        expect(zoomed.innerWidth).toBe(320);
        expect(zoomed.sticksOut).toEqual([]);
        expect(zoomed.overflow).toBeLessThanOrEqual(0);
        await popup.close();
      });
    });
  }
}
