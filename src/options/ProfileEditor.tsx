import { useState } from 'preact/hooks';
import type { NeedsProfile } from '../core/needs.ts';
import { t } from '../ui/i18n.ts';
import { CATEGORIES, readBudget } from './profiles.ts';

interface Props {
  initial: NeedsProfile;
  onSave: (profile: NeedsProfile) => void | Promise<void>;
  onCancel: () => void;
}

const CURRENCIES = ['EUR', 'SEK', 'NOK', 'DKK', 'USD', 'GBP', 'PLN', 'CHF'];

export function ProfileEditor({ initial, onSave, onCancel }: Props) {
  const [name, setName] = useState(initial.name);
  const [category, setCategory] = useState(initial.category);
  const [budget, setBudget] = useState(initial.budget ? String(initial.budget.max) : '');
  const [currency, setCurrency] = useState(initial.budget?.currency ?? 'EUR');
  const [errors, setErrors] = useState<{ name?: string; budget?: string }>({});

  const budgetCheck = readBudget(budget);

  const submit = (event: Event) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (name.trim() === '') found.name = t('errorNameMissing');
    if (!budgetCheck.ok) found.budget = t(budgetCheck.error);
    setErrors(found);
    if (found.name || found.budget || !budgetCheck.ok) return;
    void onSave({
      ...initial,
      name: name.trim(),
      category,
      budget: budgetCheck.value === null ? null : { max: budgetCheck.value, currency },
    });
  };

  return (
    <form class="editor" onSubmit={submit} noValidate aria-labelledby="editor-heading">
      <h2 id="editor-heading">{initial.name ? t('editProfileNamed', initial.name) : t('newProfile')}</h2>
      <div class="field">
        <label for="profile-name">{t('profileName')}</label>
        <input
          id="profile-name"
          value={name}
          maxLength={80}
          placeholder={t('profileNamePlaceholder')}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={errors.name ? 'profile-name-error' : undefined}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        {errors.name && (
          <p id="profile-name-error" class="error">
            {errors.name}
          </p>
        )}
      </div>
      <div class="field">
        <label for="profile-category">{t('categoryLabel')}</label>
        <select id="profile-category" value={category} onChange={(e) => setCategory((e.target as HTMLSelectElement).value)}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c.replace('-', '_')}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="profile-budget">{t('budgetLabel')}</label>
        <input
          id="profile-budget"
          inputMode="decimal"
          value={budget}
          aria-invalid={!budgetCheck.ok ? 'true' : undefined}
          aria-describedby="profile-budget-help"
          onInput={(e) => setBudget((e.target as HTMLInputElement).value)}
        />{' '}
        <select aria-label={t('currencyLabel')} value={currency} onChange={(e) => setCurrency((e.target as HTMLSelectElement).value)}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <p id="profile-budget-help" class={budgetCheck.ok ? 'muted' : 'error'}>
          {budgetCheck.ok ? t('budgetHelp') : t(budgetCheck.error)}
        </p>
      </div>
      <p>
        <button type="submit">{t('save')}</button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
