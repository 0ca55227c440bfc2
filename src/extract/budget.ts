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

export const DEFAULT_LIMITS: BudgetLimits = { maxNodes: 60_000, maxChars: 4_000_000, maxMs: 400 };

export class Budget {
  private nodes = 0;
  private chars = 0;
  private readonly started: number;
  private tripped = false;

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

  get exhausted(): boolean {
    return this.tripped || !this.check();
  }

  private check(): boolean {
    if (this.tripped) return false;
    const { maxNodes, maxChars, maxMs } = this.limits;
    if (this.nodes > maxNodes || this.chars > maxChars || this.now() - this.started > maxMs) {
      this.tripped = true;
    }
    return !this.tripped;
  }
}
