import { describe, expect, it } from 'vitest';
import { blankProfile, categoryAsked } from './profiles.ts';

describe('the popup\'s "start a profile" link', () => {
  it('opens a new profile of a known category only', () => {
    expect(categoryAsked('#new=laptop')).toBe('laptop');
    expect(categoryAsked('#new=washing-machine')).toBe('washing-machine');
    for (const hash of ['', '#new=', '#new=sauna', '#new=tv&x=1', '#new=<img>', '#edit=tv']) expect(categoryAsked(hash), hash).toBeNull();
    expect(blankProfile(1, 'laptop')).toMatchObject({ category: 'laptop', requirements: [], budget: null, name: '' });
    expect(blankProfile(1).category).toBe('tv');
  });
});
