import { describe, expect, it } from 'vitest';
import { ActiveClock, runInSlices, runToEnd, type Steps } from './steps.ts';

function* count(to: number, seen: number[]): Steps<number> {
  for (let i = 0; i < to; i++) {
    seen.push(i);
    yield;
  }
  return to;
}

describe('steps', () => {
  it('run to the end in one go', () => {
    const seen: number[] = [];
    expect(runToEnd(count(5, seen))).toBe(5);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });

  it('hand the thread back whenever a slice is used up, and only then', async () => {
    let clock = 0;
    let handedBack = 0;
    function* work(): Steps<string> {
      for (let i = 0; i < 10; i++) {
        clock += 3; // each chunk of work takes 3 ms
        yield;
      }
      return 'done';
    }
    const result = await runInSlices(work(), {
      sliceMs: 8,
      now: () => clock,
      yieldToPage: async () => {
        handedBack++;
        clock += 100; // the page's own tasks
      },
    });
    expect(result.value).toBe('done');
    expect(handedBack).toBe(3); // after 9, 18 and 27 ms of work
    expect(result.slices).toBe(4);
    expect(result.activeMs).toBe(30);
    expect(result.longestSliceMs).toBe(9);
  });

  it('keep a clock that does not count the pauses', () => {
    let wall = 0;
    const clock = new ActiveClock(() => wall);
    wall = 10;
    clock.pause();
    wall = 50;
    expect(clock.now()).toBe(10);
    clock.resume();
    wall = 55;
    expect(clock.now()).toBe(15);
  });
});
