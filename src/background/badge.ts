/** The toolbar badge per tab: a short word as well as a colour, so it does not rely on colour alone. */
import browser from 'webextension-polyfill';
import type { Fit, Verdict } from '../core/verdict.ts';

const COLOURS: Record<Fit, string> = {
  fits: '#1b7f3b',
  partly: '#8a6d00',
  misfit: '#b3261e',
  unknown: '#5f6368',
};

const BADGE_KEYS: Record<Fit, string> = {
  fits: 'badgeFits',
  partly: 'badgePartly',
  misfit: 'badgeMisfit',
  unknown: 'badgeUnknown',
};

const TITLE_KEYS: Record<Fit, string> = {
  fits: 'verdictFits',
  partly: 'verdictPartly',
  misfit: 'verdictMisfit',
  unknown: 'verdictUnknown',
};

export async function showBadge(tabId: number, verdict: Verdict | null): Promise<void> {
  if (!verdict) {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
    return;
  }
  await browser.action.setBadgeText({ tabId, text: browser.i18n.getMessage(BADGE_KEYS[verdict.fit]) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[verdict.fit] });
  await browser.action.setTitle({
    tabId,
    title: `${browser.i18n.getMessage('actionTitle')}: ${browser.i18n.getMessage(TITLE_KEYS[verdict.fit])}`,
  });
}
