import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import './popup.css';
import { Popup } from './Popup.tsx';
import { uiLanguage } from '../ui/i18n.ts';

/**
 * The tab to report on: the active tab when opened from the toolbar. Tests and the
 * headless demo open the popup as a page of its own and name the tab with ?tab=ID.
 */
async function targetTab(): Promise<number | null> {
  const named = Number(new URL(location.href).searchParams.get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

document.documentElement.lang = uiLanguage().slice(0, 2);
const root = document.getElementById('app');
if (root) {
  void targetTab().then((tabId) => render(<Popup tabId={tabId} />, root));
}
