/**
 * No profile judges this page's item: the shopper has none yet, or none of hers is for this
 * kind of product. Says so plainly, lets her judge it with one of hers anyway, and offers to
 * start a profile for the product's category.
 */
import browser from 'webextension-polyfill';
import type { TabReport } from '../messages.ts';
import { t } from '../ui/i18n.ts';

/** The options page, opened on a new profile of the given category. */
export function newProfileUrl(category: string): string {
  return browser.runtime.getURL(`src/options/index.html#new=${encodeURIComponent(category)}`);
}

/** Her profiles to choose from; `placeholder` (disabled) stands first while none is chosen. */
export function ProfileSelect({ report, value, placeholder, onProfile }: { report: TabReport; value: string; placeholder?: string; onProfile: (id: string) => void }) {
  return (
    <select value={value} onChange={(e) => onProfile((e.target as HTMLSelectElement).value)}>
      {placeholder !== undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {report.profiles.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

const categoryName = (id: string) => t(`category_${id.replace('-', '_')}`);

export function NoProfile({ report, onProfile }: { report: TabReport; onProfile: (id: string) => void }) {
  const choice = report.profileChoice;
  const category = choice?.category ?? null;
  const start = () => void browser.tabs.create({ url: newProfileUrl(category ?? 'anything') });
  if (report.profiles.length === 0) {
    return (
      <section class="no-profile" aria-labelledby="no-profile" data-state="no-profiles">
        <h2 id="no-profile">{t('noNeedsTitle')}</h2>
        <p>{t('noNeedsBody')}</p>
        <button type="button" onClick={start}>
          {category ? t('startProfileFor', categoryName(category)) : t('enterNeeds')}
        </button>
      </section>
    );
  }
  const body = category ? t('noProfileForCategory', categoryName(category)) : choice?.otherKind ? t('noProfileOtherKind') : t('noProfileKindUnknown');
  return (
    <section class="no-profile" aria-labelledby="no-profile" data-state={choice?.why ?? 'kind-unknown'}>
      <h2 id="no-profile">{t('noProfileTitle')}</h2>
      <p>{body}</p>
      <p>
        <label>
          {t('judgeWithLabel')}{' '}
          <ProfileSelect report={report} value="" placeholder={t('judgeWithPlaceholder')} onProfile={onProfile} />
        </label>
      </p>
      <button type="button" onClick={start}>
        {t('startProfileFor', categoryName(category ?? 'anything'))}
      </button>
    </section>
  );
}
