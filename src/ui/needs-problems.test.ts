/**
 * Import and editor problems in the shopper's words, from the real _locales files: which
 * profile, which requirement, which field, never a dotted path or a validator's message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { locale } from '../../test/unit/support/locale-stub.ts';
import { readNeedsValue } from '../core/needs-file.ts';

vi.mock('webextension-polyfill', () => import('../../test/unit/support/locale-stub.ts'));

const { problemLine } = await import('./needs-problems.ts');

const example = () => JSON.parse(readFileSync(`${process.cwd()}/test/needs/olohuoneen-tv.json`, 'utf8'));

/** The lines the needs import shows for a file. */
function lines(data: unknown, lang: string): string[] {
  locale.lang = lang;
  const read = readNeedsValue(data);
  if (read.ok) return [];
  return read.problems.map((p) => (p.profile ? problemLine(p.profile.index, p.profile.name, p.profile.problem) : p.code));
}

describe('needs problems in words', () => {
  const bad = example();
  bad.profiles[0].requirements[1].op = 'roughly';
  bad.profiles[0].requirements[0].unit = 'kg';
  bad.profiles[1].budget.max = -5;

  it('says which profile, requirement and field in Finnish', () => {
    expect(lines(bad, 'fi')).toEqual([
      "Profiili 'Olohuoneen TV', vaatimus 1: yksikkö 'kg' ei sovi ominaisuudelle Näytön koko",
      "Profiili 'Olohuoneen TV', vaatimus 2: tuntematon ehto 'roughly'",
      "Profiili 'Koulun läppäri': budjetti '-5' ei ole järkevä luku",
    ]);
  });

  it('in English and Swedish', () => {
    expect(lines(bad, 'en')).toEqual([
      "Profile 'Olohuoneen TV', requirement 1: unit 'kg' does not apply to Screen size",
      "Profile 'Olohuoneen TV', requirement 2: unknown rule 'roughly'",
      "Profile 'Koulun läppäri': budget '-5' is not a sensible number",
    ]);
    expect(lines(bad, 'sv')).toEqual([
      "Profilen 'Olohuoneen TV', krav 1: enhet 'kg' passar inte för Skärmstorlek",
      "Profilen 'Olohuoneen TV', krav 2: villkor 'roughly' känns inte igen",
      "Profilen 'Koulun läppäri': budget: '-5' är inte ett rimligt tal",
    ]);
  });

  it('numbers a profile without a usable name, and never shows a path', () => {
    const nameless = example();
    nameless.profiles[1].name = '';
    nameless.profiles[1].requirements[0].attribute = 'telepathy';
    const shown = lines(nameless, 'fi');
    expect(shown).toEqual(['Profiili 2: nimi puuttuu', "Profiili 2, vaatimus 1: tuntematon ominaisuus 'telepathy'"]);
    expect(shown.join(' ')).not.toMatch(/profiles\.|Invalid|Expected/);
  });
});
