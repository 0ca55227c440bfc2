import { describe, expect, it } from 'vitest';
import { DIGITS, HAN, LETTERS, WORD_CHARS } from './letters.ts';

const letter = new RegExp(`^[${LETTERS}]$`, 'u');
const digit = new RegExp(`^[${DIGITS}]$`, 'u');
const word = new RegExp(`^[${WORD_CHARS}]$`, 'u');
const han = new RegExp(`^[${HAN}]$`, 'u');

/** The blocks of the scripts the ranges claim to cover. */
const COVERED: [number, number][] = [
  [0x0000, 0x02ff], // ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers
  [0x0370, 0x058f], // Greek, Cyrillic, Armenian
  [0x05d0, 0x05ea], // Hebrew letters
  [0x0620, 0x06d3], // Arabic letters
  [0x0e01, 0x0e30], // Thai consonants and vowels
  [0x10a0, 0x10ff], // Georgian
  [0x1e00, 0x1eff], // Latin Extended Additional
  [0x3041, 0x30ff], // kana
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff01, 0xff5e], // fullwidth ASCII
];

function disagreements(test: RegExp, exact: RegExp): string[] {
  const out: string[] = [];
  for (const [from, to] of COVERED) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (test.test(ch) !== exact.test(ch)) out.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
    }
  }
  return out;
}

describe('letter and digit ranges', () => {
  it('agree with \\p{L} on the scripts they cover, in all but unassigned code points', () => {
    const off = disagreements(letter, /^\p{L}$/u);
    // Room for code points a later Unicode version assigns inside the blocks.
    expect(off.length, off.join(' ')).toBeLessThanOrEqual(3);
  });

  it('agree with [\\p{L}\\p{N}] for words on the scripts they cover', () => {
    const off = disagreements(word, /^[\p{L}\p{N}]$/u);
    expect(off.length, off.join(' ')).toBeLessThanOrEqual(3);
  });

  it('read the characters around prices as \\p{L} does', () => {
    for (const ch of ['ä', 'ß', 'é', 'ø', 'я', 'ш', 'ש', 'ب', 'ก', '円', '元', '원', 'ა', 'Ω', 'µ']) expect(letter.test(ch), ch).toBe(true);
    for (const ch of ['€', '$', '£', '¥', '₺', '₽', '₹', '฿', '¢', '×', '÷', '%', ' ', '\u00a0', '-', '–', '.', ',', '/', '·', '、', '。', '：', '1']) {
      expect(letter.test(ch), ch).toBe(false);
    }
    for (const ch of ['0', '9', '²', '½', '٣', '۵', '５']) expect(digit.test(ch), ch).toBe(true);
  });

  it('tell Han characters apart', () => {
    expect(han.test('編')).toBe(true);
    expect(han.test('号')).toBe(true);
    expect(han.test('カ')).toBe(false);
    expect(han.test('a')).toBe(false);
  });
});
