/**
 * A needs problem in the shopper's language: which profile, which requirement, which field in
 * words, and what is wrong ("Profiili 'Olohuoneen TV', vaatimus 2: tuntematon ehto 'roughly'").
 * Never a validator's message or a dotted path.
 */
import type { NeedProblem } from '../core/needs-check.ts';
import { attributeLabel, languageOf } from '../core/describe.ts';
import { t, uiLanguage } from './i18n.ts';

/** What is wrong, without where: "tuntematon ehto 'roughly'". The editor shows this beside the field. */
export function problemWhat(p: NeedProblem): string {
  const field = t(`field_${p.field}`);
  const about = p.attribute ? attributeLabel(p.attribute, languageOf(uiLanguage())) : '';
  return t(`problem_${p.code.replace(/-/g, '_')}`, [field, p.found ?? '', about]);
}

/** Where it is: "Profiili 'Olohuoneen TV', vaatimus 2", or "Profiili 3" when the name is unusable. */
export function problemWhere(index: number, name: string | null, p: NeedProblem): string {
  const profile = name ? t('problemProfileNamed', name) : t('problemProfileNumber', String(index + 1));
  return p.requirement === null ? profile : `${profile}, ${t('problemRequirement', String(p.requirement + 1))}`;
}

export function problemLine(index: number, name: string | null, p: NeedProblem): string {
  return `${problemWhere(index, name, p)}: ${problemWhat(p)}`;
}
