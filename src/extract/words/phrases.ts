/**
 * Whole-word phrase lookup by tokens. One regex alternation of every phrase in ten
 * languages, with Unicode look-arounds, costs milliseconds to compile on every page and is
 * tried at every position of every label; splitting the label into words once and looking
 * phrases up by their first word costs a few set lookups.
 */
import { WORD_CHARS } from '../../core/letters.ts';

/**
 * Words as the matchers see them: runs of letters and digits. Runs joined by underscores are
 * one word: an identifier such as a seller's user name ("anker_outlet_store") is no prose.
 */
const WORD = new RegExp(`[${WORD_CHARS}]+(?:_[${WORD_CHARS}]+)*`, 'gu');

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export class PhraseSet {
  /** First word -> the phrases (as word lists) that start with it. */
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first);
      if (list) list.push(words);
      else this.byFirst.set(first, [words]);
    }
  }

  /** The words some phrase starts with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** True when the words of some phrase occur in a row in `words`. */
  matchesWords(words: readonly string[]): boolean {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const phrase of candidates) {
        let j = 1;
        while (j < phrase.length && words[i + j] === phrase[j]) j++;
        if (j === phrase.length) return true;
      }
    }
    return false;
  }

  matches(text: string): boolean {
    return this.matchesWords(wordsOf(text));
  }
}
