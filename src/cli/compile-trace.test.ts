import { describe, expect, it } from 'vitest';
import { compileTimes, type TraceEvent } from './compile-trace.ts';

const ours = { data: { url: 'chrome-extension://abc/src/content/main.iife.js' } };
const theirs = { data: { url: 'https://shop.example/app.js' } };
const span = (name: string, ts: number, dur: number, args?: unknown, tid = 1): TraceEvent => ({ name, ph: 'X', tid, ts, dur, args });

describe('compileTimes', () => {
  it('splits the script compile before its first line from the lazy compiles of its functions', () => {
    const events = [
      span('EvaluateScript', 0, 10_000, ours),
      span('V8.CompileScript', 100, 3_000),
      span('V8.ParseProgram', 200, 2_000), // inside the script compile: not counted again
      span('V8.CompileCode', 5_000, 400),
      span('V8.ParseFunction', 5_050, 200), // inside the lazy compile: not counted again
      span('FunctionCall', 20_000, 5_000, ours),
      span('V8.CompileCode', 21_000, 600),
    ];
    expect(compileTimes(events, 'main.iife')).toEqual({ beforeFirstLineMs: 3, lazyMs: 1 });
  });

  it("leaves out the page's own scripts, other threads and events that are not complete spans", () => {
    const events = [
      span('EvaluateScript', 0, 10_000, ours),
      span('FunctionCall', 20_000, 5_000, theirs),
      span('V8.CompileCode', 21_000, 600), // in the page's task
      span('V8.CompileCode', 1_000, 600, undefined, 2), // same time, another thread
      { name: 'V8.CompileCode', ph: 'B', tid: 1, ts: 2_000 }, // no duration
      span('V8.CompileCode', 9_900, 500), // runs past the end of our task
    ];
    expect(compileTimes(events, 'main.iife')).toEqual({ beforeFirstLineMs: 0, lazyMs: 0 });
  });
});
