/**
 * Letters and digits as the inside of a regex character class, for the regexes the content
 * script runs on every page.
 *
 * `\p{L}` is exact, but V8 needs about 0.3 ms to compile each regex that holds it (more with
 * the `i` flag), and a content script compiles its regexes afresh on every page: a dozen
 * such regexes cost about a third of a product page's analysis. These ranges cover the
 * scripts shops write in (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai,
 * Georgian, Hangul, kana and Han) and compile in microseconds. letters.test.ts holds them
 * to `\p{L}` and `\p{N}` over those scripts. Worker-side code, which compiles once, keeps `\p{L}`.
 */

/** Letters: use inside `[...]` of a regex with the `u` flag. */
export const LETTERS = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0560-\u0588\u05D0-\u05EA\u0620-\u064A\u066E\u066F\u0671-\u06D3\u0904-\u0939\u0E01-\u0E30\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u10FF\u1100-\u11FF\u1E00-\u1FBC\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFF9D`;

/** Two letters in a row: a text that holds a word, not only numbers, signs and codes of one letter. */
export const TWO_LETTERS = new RegExp(`[${LETTERS}]{2}`, 'u');

/** Digits, with the superscripts and fractions `\p{N}` counts ("m²", "½"). */
export const DIGITS = String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19`;

/** Letters and digits: a word character of any of those scripts. */
export const WORD_CHARS = LETTERS + DIGITS;

/** Han characters (CJK ideographs), where words need no space between them. */
export const HAN = String.raw`\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF`;
