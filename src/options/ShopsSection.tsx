import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from '../ui/messaging.ts';
import { t } from '../ui/i18n.ts';
import { shopPattern } from './shops.ts';

/** Shops the shopper adds: the permission prompt must come straight from the click. */
export function ShopsSection() {
  const [shops, setShops] = useState<string[]>([]);
  const [host, setHost] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  useEffect(() => {
    send('shops/list', {}).then(setShops, () => setShops([]));
  }, []);

  const add = (event: Event) => {
    event.preventDefault();
    const pattern = shopPattern(host);
    if (!pattern) {
      setMessage({ kind: 'error', text: t('errorShopHost') });
      return;
    }
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) {
          setMessage({ kind: 'error', text: t('shopPermissionDenied') });
          return;
        }
        setShops(await send('shops/register', { origins: [pattern] }));
        setHost('');
        setMessage({ kind: 'ok', text: t('shopAdded', pattern) });
      })
      .catch((error: unknown) => setMessage({ kind: 'error', text: (error as Error).message }));
  };

  const remove = async (origin: string) => {
    setShops(await send('shops/unregister', { origin }));
  };

  return (
    <section aria-labelledby="shops-heading">
      <h2 id="shops-heading">{t('shopsHeading')}</h2>
      <p class="muted">{t('shopsIntro')}</p>
      <form onSubmit={add} class="shop-form">
        <label for="shop-host">{t('shopHostLabel')}</label>{' '}
        <input id="shop-host" value={host} placeholder="example-shop.fi" onInput={(e) => setHost((e.target as HTMLInputElement).value)} />{' '}
        <button type="submit">{t('addShop')}</button>
      </form>
      {message && (
        <p role="status" class={message.kind === 'error' ? 'error' : ''}>
          {message.text}
        </p>
      )}
      {shops.length > 0 && (
        <ul>
          {shops.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" class="secondary" onClick={() => void remove(s)} aria-label={t('removeShopNamed', s)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
