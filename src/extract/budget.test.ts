import { describe, expect, it } from 'vitest';
import { Budget } from './budget.ts';

describe('Budget', () => {
  it('runs out at the node and character limits at once', () => {
    const nodes = new Budget({ maxNodes: 10, maxChars: 1e9, maxMs: 1e9 }, () => 0);
    expect(nodes.visit(10)).toBe(true);
    expect(nodes.visit()).toBe(false);
    expect(nodes.exhausted).toBe(true);
    const chars = new Budget({ maxNodes: 1e9, maxChars: 100, maxMs: 1e9 }, () => 0);
    expect(chars.read(101)).toBe(false);
  });

  it('notices the time limit within a few dozen visits, and at once between steps', () => {
    let now = 0;
    const budget = new Budget({ maxNodes: 1e9, maxChars: 1e9, maxMs: 10 }, () => now);
    now = 11;
    let visits = 0;
    while (budget.visit()) visits++;
    expect(visits).toBeLessThan(64);
    const another = new Budget({ maxNodes: 1e9, maxChars: 1e9, maxMs: 10 }, () => now);
    now = 30;
    expect(another.exhausted).toBe(true);
  });

  it('reads the clock only now and then while counting nodes', () => {
    let reads = 0;
    const budget = new Budget({ maxNodes: 1e9, maxChars: 1e9, maxMs: 1e9 }, () => {
      reads++;
      return 0;
    });
    for (let i = 0; i < 6400; i++) budget.visit();
    expect(reads).toBeLessThanOrEqual(101);
  });
});
