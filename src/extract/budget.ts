/**
 * A work budget for hostile pages: extraction steps spend from it and stop early when it
 * runs out, so a 100,000-node page or a 10 MB JSON-LD block cannot stall the shop's tab.
 * The clock is injected so Node tests stay deterministic.
 */
export interface BudgetLimits {
  /** Elements visited across all walks. */
  maxNodes: number;
  /** Characters of text read (JSON-LD, text content). */
  maxChars: number;
  /** Wall-clock milliseconds for the whole analysis. */
  maxMs: number;
}

const CLOCK_EVERY = 64;

export const DEFAULT_LIMITS: BudgetLimits = { maxNodes: 150_000, maxChars: 4_000_000, maxMs: 400 };

export class Budget {
  private nodes = 0;
  private chars = 0;
  private readonly started: number;
  private tripped = false;
  private checks = 0;

  constructor(
    readonly limits: BudgetLimits = DEFAULT_LIMITS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Counts visited nodes; returns false once the budget is gone. */
  visit(count = 1): boolean {
    this.nodes += count;
    return this.check();
  }

  /** Counts characters read; returns false once the budget is gone. */
  read(count: number): boolean {
    this.chars += count;
    return this.check();
  }

  /** Always reads the clock: asked between steps, not per node. */
  get exhausted(): boolean {
    if (!this.tripped && this.now() - this.started > this.limits.maxMs) this.tripped = true;
    return this.tripped || !this.check();
  }

  private check(): boolean {
    if (this.tripped) return false;
    const { maxNodes, maxChars, maxMs } = this.limits;
    // Counting is cheap, reading the clock is not (it is asked at every visited node): the
    // clock is read on every CLOCK_EVERY-th check only, a few microseconds of work apart.
    const clockDue = ++this.checks % CLOCK_EVERY === 0;
    if (this.nodes > maxNodes || this.chars > maxChars || (clockDue && this.now() - this.started > maxMs)) {
      this.tripped = true;
    }
    return !this.tripped;
  }
}
