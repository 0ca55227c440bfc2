import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, type NeedsProfile, type Requirement } from '../core/needs.ts';
import { t, uiLanguage } from '../ui/i18n.ts';
import { CATEGORIES, readBudget } from './profiles.ts';
import { RequirementRow } from './RequirementRow.tsx';
import { problemWhat } from '../ui/needs-problems.ts';
import { BUDGET_CURRENCIES, readProfile } from '../core/needs-check.ts';
import { MENTION, newDraft, nextAttribute, readDraft, templateFor, toDraft, withSuggestions, type Draft } from './requirements.ts';

interface Props {
  initial: NeedsProfile;
  onSave: (profile: NeedsProfile) => void | Promise<void>;
  onCancel: () => void;
}


export function ProfileEditor({ initial, onSave, onCancel }: Props) {
  const lang = (['fi', 'sv'] as const).find((l) => uiLanguage().toLowerCase().split(/[-_]/)[0] === l) ?? 'en';
  const [name, setName] = useState(initial.name);
  const [category, setCategory] = useState(initial.category);
  const [budget, setBudget] = useState(initial.budget ? String(initial.budget.max) : '');
  const [currency, setCurrency] = useState(initial.budget?.currency ?? 'EUR');
  const [drafts, setDrafts] = useState<Draft[]>(initial.requirements.map(toDraft));
  const [submitted, setSubmitted] = useState(false);
  const [errors, setErrors] = useState<{ name?: string; budget?: string; requirements?: string }>({});
  // Focus moves in layout effects, right after the render: useEffect waits for a frame, which
  // a tab in the background may not get, and the keyboard user would act on the old focus.
  /** Counts failed saves: after each, focus moves to the first field that needs fixing. */
  const [failedSaves, setFailedSaves] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  /** The row to move focus into once rendered: the added one, or the next after a removal. */
  const [focusRow, setFocusRow] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (focusRow === null) return;
    const rows = form.current?.querySelectorAll<HTMLElement>('fieldset.requirement') ?? [];
    const row = rows[Math.min(focusRow, rows.length - 1)];
    const target = row?.querySelector<HTMLElement>('select, input, button') ?? form.current?.querySelector<HTMLElement>('[data-action="add-requirement"]');
    target?.focus();
    setFocusRow(null);
  }, [focusRow]);
  useLayoutEffect(() => {
    if (failedSaves === 0) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? form.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [failedSaves]);

  // Unsaved changes: what the form holds now against what it opened with.
  const snapshot = JSON.stringify({ name, category, budget, currency, drafts });
  const opened = useRef<string | null>(null);
  opened.current ??= snapshot;
  const dirty = snapshot !== opened.current;
  const [confirming, setConfirming] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useLayoutEffect(() => {
    // Focus goes to "Keep editing" when the question opens, and back to Cancel when it closes.
    if (confirming) keepEditing.current?.focus();
    else if (asked.current) form.current?.querySelector<HTMLElement>('[data-action="cancel-edit"]')?.focus();
    asked.current = confirming;
  }, [confirming]);
  /** Cancel loses nothing without asking: with unsaved changes it asks first. */
  const askCancel = () => (dirty ? setConfirming(true) : onCancel());

  const budgetCheck = readBudget(budget);
  const checks = drafts.map(readDraft);
  // Errors show as soon as something is typed, and for every row once saving was tried.
  const rowError = (i: number) => {
    const check = checks[i];
    const draft = drafts[i];
    if (!check || check.ok || !draft) return null;
    return submitted || draft.text !== '' || draft.text2 !== '' ? { key: check.error, field: check.field, text: check.problem ? problemWhat(check.problem) : undefined } : null;
  };

  const useTemplate = () => {
    // Beside her own rows, never instead of them; the budget only when she has none.
    const template = templateFor(category);
    setDrafts(withSuggestions(drafts, template.requirements.map(toDraft)));
    if (template.budget && budget.trim() === '') setBudget(String(template.budget.max));
  };
  const add = (key: string | undefined) => {
    if (key && drafts.length < LIMITS.requirementsPerProfile) {
      setDrafts([...drafts, newDraft(key)]);
      setFocusRow(drafts.length);
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    const found: typeof errors = {};
    if (name.trim() === '') found.name = t('errorNameMissing');
    if (!budgetCheck.ok) found.budget = t(budgetCheck.error);
    const requirements = checks.flatMap((c) => (c.ok ? [c.requirement] : []));
    if (requirements.length !== checks.length) found.requirements = t('errorRequirementsInvalid');
    else if (requirements.length === 0 && budgetCheck.ok && budgetCheck.value === null) found.requirements = t('errorProfileEmpty');
    setErrors(found);
    if (found.name || found.requirements || !budgetCheck.ok) {
      setFailedSaves((n) => n + 1);
      return;
    }
    // The last word is the check every import gets too, so the editor never saves what an import would refuse.
    const read = readProfile({
      ...initial,
      name: name.trim(),
      category,
      requirements: requirements satisfies Requirement[],
      budget: budgetCheck.value === null ? null : { max: budgetCheck.value, currency },
    });
    if (!read.ok) {
      setErrors({ requirements: read.problems.map((p) => problemWhat(p)).join('; ') });
      setFailedSaves((n) => n + 1);
      return;
    }
    void onSave(read.profile);
  };

  // Enter in a field does not save a half-made profile (the Save button does); Escape cancels.
  const keys = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      // Escape on the question keeps editing; elsewhere it is Cancel.
      if (confirming) setConfirming(false);
      else askCancel();
    } else if (event.key === 'Enter' && target.tagName === 'INPUT') {
      event.preventDefault();
    }
  };

  return (
    <form class="editor" ref={form} onKeyDown={keys} onSubmit={submit} noValidate aria-labelledby="editor-heading">
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
        </select>{' '}
        <button type="button" class="minor" data-action="use-template" onClick={useTemplate}>
          {t('useTemplate')}
        </button>
        <p class="muted">{t('templateHelp')}</p>
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
          {BUDGET_CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        <p id="profile-budget-help" class={budgetCheck.ok ? 'muted' : 'error'}>
          {budgetCheck.ok ? t('budgetHelp') : t(budgetCheck.error)}
        </p>
      </div>
      <section class="requirements" aria-labelledby="requirements-heading">
        <h3 id="requirements-heading">{t('requirementsHeading')}</h3>
        {drafts.length === 0 && <p class="muted">{t('noRequirements')}</p>}
        {drafts.map((d, i) => (
          <RequirementRow
            key={d.id}
            draft={d}
            index={i}
            categoryId={category}
            lang={lang}
            error={rowError(i)}
            onChange={(next) => setDrafts(drafts.map((x, j) => (j === i ? next : x)))}
            onRemove={() => {
              setDrafts(drafts.filter((_, j) => j !== i));
              setFocusRow(i);
            }}
          />
        ))}
        <p>
          <button type="button" class="minor" data-action="add-requirement" onClick={() => add(nextAttribute(category, drafts))}>
            {t('addRequirement')}
          </button>{' '}
          <button type="button" class="minor" data-action="add-mention" onClick={() => add(MENTION)}>
            {t('addMention')}
          </button>
        </p>
        {errors.requirements && (
          <p class="error" role="alert" tabIndex={-1}>
            {errors.requirements}
          </p>
        )}
      </section>
      {confirming ? (
        <div class="confirm-discard" role="alertdialog" aria-labelledby="discard-question">
          <p id="discard-question">{t('discardQuestion')}</p>
          <button type="button" data-action="discard-changes" onClick={onCancel}>
            {t('discardChanges')}
          </button>{' '}
          <button type="button" class="secondary" data-action="keep-editing" ref={keepEditing} onClick={() => setConfirming(false)}>
            {t('keepEditing')}
          </button>
        </div>
      ) : (
        <p>
          <button type="submit">{t('save')}</button>{' '}
          <button type="button" class="secondary" data-action="cancel-edit" onClick={askCancel}>
            {t('cancel')}
          </button>
        </p>
      )}
    </form>
  );
}
