import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldValue, foldValueMapped } from './values.ts';
import { specsFromText } from '../specs.ts';

describe('values quoted as the page wrote them', () => {
  it('folds character by character exactly as the whole string is folded, and maps each folded character back', () => {
    const pieces = fc.constantFrom('4K', ' UHD', 'Neo QLED', 'ß', 'Å', 'é', '—', '  ', 'ﬁ', 'HDR10+', '2.1', '😀', '-', 'İ', 'Ü');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''))), (text) => {
        const { folded, at } = foldValueMapped(text);
        expect(folded).toBe(foldValue(text));
        expect(at).toHaveLength(folded.length);
        for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThanOrEqual(at[i - 1]!);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes resolution, panel and HDR words from a title in the page\'s own case', () => {
    const shown = (title: string, key: string) => specsFromText(title).find((s) => s.key === key)?.raw;
    expect(shown('Visionex V50-UQ7 50" 4K UHD LED-televisio, 60 Hz', 'resolution')).toBe('4K UHD');
    expect(shown('Lumo L55-Q9 55" 4K QLED-televisio, 120 Hz', 'panel_type')).toBe('QLED');
    expect(shown('Samsung 65" Neo QLED TV, Dolby Vision ja HDR10+', 'hdr_formats')).toMatch(/Dolby Vision/);
  });
});
