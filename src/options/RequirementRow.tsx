/**
 * One requirement in the editor: what it is about, how it compares, the value with its
 * unit, and how much it matters. A fieldset with a legend, so a screen reader hears which
 * requirement each control belongs to; errors are tied to their input by aria-describedby.
 */
import { attribute } from '../core/vocabulary/index.ts';
import { attributeLabel, type Language } from '../core/describe.ts';
import { t } from '../ui/i18n.ts';
import { MENTION, attributesFor, newDraft, operatorsFor, shapeOf, unitsFor, type Draft } from './requirements.ts';

interface Props {
  draft: Draft;
  index: number;
  categoryId: string;
  lang: Language;
  /** Message key of what is wrong, and which input it concerns; null when it reads fine. */
  error: { key: string; field: 'value' | 'value2'; text?: string | undefined } | null;
  onChange: (draft: Draft) => void;
  onRemove: () => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

export function RequirementRow({ draft, index, categoryId, lang, error, onChange, onRemove }: Props) {
  const id = `req-${index}`;
  const def = attribute(draft.attribute);
  const shape = shapeOf(draft.attribute, draft.op);
  const units = unitsFor(draft.attribute);
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const errorId = `${id}-error`;
  const invalid = (field: 'value' | 'value2') => (error?.field === field ? { 'aria-invalid': 'true' as const, 'aria-describedby': errorId } : {});
  const label = draft.attribute === MENTION ? t('mustMention') : attributeLabel(draft.attribute, lang);
  const attributes = attributesFor(categoryId);
  const toggle = (choice: string, on: boolean) =>
    set({ choices: on ? [...draft.choices.filter((c) => c !== choice), choice] : draft.choices.filter((c) => c !== choice) });

  return (
    <fieldset class="requirement" data-requirement={draft.attribute}>
      <legend>{t('requirementLegend', [String(index + 1), label])}</legend>
      {draft.attribute !== MENTION && (
        <div class="field inline">
          <label for={`${id}-attr`}>{t('requirementAttribute')}</label>
          <select id={`${id}-attr`} value={draft.attribute} onChange={(e) => onChange({ ...newDraft(value(e)), id: draft.id, importance: draft.importance, weight: draft.weight })}>
            {attributes.map((a) => (
              <option key={a.key} value={a.key}>
                {a.labels[lang]}
              </option>
            ))}
            {!attributes.some((a) => a.key === draft.attribute) && <option value={draft.attribute}>{label}</option>}
          </select>
        </div>
      )}
      <div class="field inline">
        <label for={`${id}-op`}>{t('requirementOperator')}</label>
        <select id={`${id}-op`} value={draft.op} onChange={(e) => set({ op: value(e) as Draft['op'], choices: draft.choices.slice(0, value(e) === 'oneOf' ? 30 : 1) })}>
          {operatorsFor(draft.attribute).map((op) => (
            <option key={op} value={op}>
              {t(`op_${op}`)}
            </option>
          ))}
        </select>
      </div>
      {(shape === 'number' || shape === 'range' || shape === 'text') && (
        <div class="field inline">
          <label for={`${id}-value`}>{shape === 'range' ? t('requirementFrom') : t('requirementValue')}</label>
          <input id={`${id}-value`} value={draft.text} inputMode={shape === 'text' ? 'text' : 'decimal'} maxLength={200} onInput={(e) => set({ text: value(e) })} {...invalid('value')} />
          {shape === 'range' && (
            <>
              {' '}
              <label for={`${id}-value2`}>{t('requirementTo')}</label>
              <input id={`${id}-value2`} value={draft.text2} inputMode="decimal" maxLength={20} onInput={(e) => set({ text2: value(e) })} {...invalid('value2')} />
            </>
          )}
          {units.length > 0 && (
            <select id={`${id}-unit`} aria-label={t('requirementUnit')} value={draft.unit ?? units[0]} onChange={(e) => set({ unit: value(e) })}>
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
          {shape === 'text' && draft.op === 'oneOf' && <p class="muted">{t('requirementListHelp')}</p>}
        </div>
      )}
      {shape === 'choice' && (
        <div class="field inline">
          <label for={`${id}-value`}>{t('requirementValue')}</label>
          <select id={`${id}-value`} value={draft.choices[0] ?? ''} onChange={(e) => set({ choices: [value(e)] })} {...invalid('value')}>
            {(def?.values ?? []).map((v) => (
              <option key={v.id} value={v.id}>
                {v.labels[lang]}
              </option>
            ))}
          </select>
        </div>
      )}
      {shape === 'choices' && (
        <fieldset class="choices" aria-describedby={error ? errorId : undefined}>
          <legend>{t('requirementChoices')}</legend>
          {(def?.values ?? []).map((v) => (
            <label key={v.id} class="choice">
              <input type="checkbox" checked={draft.choices.includes(v.id)} onChange={(e) => toggle(v.id, (e.target as HTMLInputElement).checked)} /> {v.labels[lang]}
            </label>
          ))}
        </fieldset>
      )}
      {error && (
        <p id={errorId} class="error">
          {error.text ?? t(error.key)}
        </p>
      )}
      <div class="field inline">
        <label for={`${id}-importance`}>{t('requirementImportance')}</label>
        <select id={`${id}-importance`} value={draft.importance} onChange={(e) => set({ importance: value(e) as Draft['importance'] })}>
          <option value="must">{t('importanceMust')}</option>
          <option value="nice">{t('importanceNice')}</option>
        </select>
        {draft.importance === 'nice' && (
          <>
            {' '}
            <label for={`${id}-weight`}>{t('requirementWeight')}</label>
            <select id={`${id}-weight`} value={String(draft.weight)} onChange={(e) => set({ weight: Number(value(e)) })}>
              {[1, 2, 3, 4, 5].map((w) => (
                <option key={w} value={String(w)}>
                  {t(`weight_${w}`)}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      <button type="button" class="minor" data-action="remove-requirement" onClick={onRemove} aria-label={t('removeRequirementNamed', label)}>
        {t('remove')}
      </button>
    </fieldset>
  );
}
