import { render } from 'preact';
import browser from 'webextension-polyfill';
import '../ui/base.css';
import './popup.css';
import { Popup } from './Popup.tsx';
import { uiLanguage } from '../ui/i18n.ts';
import { send } from '../ui/messaging.ts';

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
  void targetTab().then((tabId) => {
    // Ask the worker before the first render: waiting on it is most of the popup's time to verdict.
    const first = tabId === null ? null : send('page/get-tab-report', { tabId });
    first?.catch(() => undefined); // the popup shows the error once it awaits it
    render(<Popup tabId={tabId} first={first} />, root);
  });
}
