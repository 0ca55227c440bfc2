/**
 * Cooperative work: extraction steps are generators that `yield` between chunks of work.
 * Node tools and tests run them to the end in one go; the content script runs them in
 * slices and hands the main thread back to the page between slices, so a 2,000-card
 * listing never blocks the shop's page for a long task.
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before handing the thread back, in ms. */
  sliceMs: number;
  /** Resolves after the page had its turn (a macrotask). */
  yieldToPage: () => Promise<void>;
  now: () => number;
}

export interface SlicedResult<T> {
  value: T;
  /** Time spent working, without the pauses. */
  activeMs: number;
  slices: number;
  /** The longest stretch between two pauses: what the page had to wait for at most. */
  longestSliceMs: number;
}

export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<SlicedResult<T>> {
  let activeMs = 0;
  let slices = 1;
  let longestSliceMs = 0;
  let sliceStart = options.now();
  const endSlice = (): void => {
    const spent = options.now() - sliceStart;
    activeMs += spent;
    longestSliceMs = Math.max(longestSliceMs, spent);
  };
  for (;;) {
    const next = steps.next();
    if (next.done) {
      endSlice();
      return { value: next.value, activeMs, slices, longestSliceMs };
    }
    if (options.now() - sliceStart >= options.sliceMs) {
      endSlice();
      await options.yieldToPage();
      slices++;
      sliceStart = options.now();
    }
  }
}

/** A clock that stops while the page has the thread: budgets count our work, not the page's. */
export class ActiveClock {
  private paused = 0;
  private pausedAt: number | null = null;

  constructor(private readonly wall: () => number) {}

  now = (): number => (this.pausedAt ?? this.wall()) - this.paused;

  pause(): void {
    this.pausedAt ??= this.wall();
  }

  resume(): void {
    if (this.pausedAt !== null) this.paused += this.wall() - this.pausedAt;
    this.pausedAt = null;
  }
}
