/**
 * V8's compile time in one script's own tasks, read from a Chromium trace (the events of the
 * `devtools.timeline`, `v8` and `disabled-by-default-v8.compile` categories). Pure, so the
 * nesting rules are unit-tested apart from a browser.
 */

/** One trace event (only the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  ts: number;
  dur?: number;
  args?: unknown;
}

export interface CompileTimes {
  /** The script compiled before its first line runs (V8.CompileScript). */
  beforeFirstLineMs: number;
  /** Its functions compiled as they are first called (V8 compiles lazily). */
  lazyMs: number;
}

type Span = TraceEvent & { dur: number };

const isCompile = (name: string): boolean => name.startsWith('V8.Compile') || name.startsWith('V8.Parse') || name === 'V8.PreParse';

/** `inner` runs inside `outer`, on the same thread. */
const within = (inner: Span, outer: Span): boolean =>
  inner !== outer && inner.tid === outer.tid && inner.ts >= outer.ts && inner.ts + inner.dur <= outer.ts + outer.dur;

/**
 * Compile time inside the tasks of the script whose URL contains `script`: its evaluation
 * and the callbacks it set up (slices, messages). Only the outermost compile events count,
 * so a function parse inside a lazy compile is not counted twice.
 */
export function compileTimes(events: readonly TraceEvent[], script: string): CompileTimes {
  const spans = events.filter((e): e is Span => e.ph === 'X' && typeof e.dur === 'number');
  const tasks = spans.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && JSON.stringify(e.args ?? {}).includes(script));
  const compiles = spans.filter((e) => isCompile(e.name) && tasks.some((task) => within(e, task)));
  const outermost = compiles.filter((e) => !compiles.some((other) => within(e, other)));
  const ms = (list: Span[]) => list.reduce((sum, e) => sum + e.dur, 0) / 1000;
  return {
    beforeFirstLineMs: ms(outermost.filter((e) => e.name === 'V8.CompileScript')),
    lazyMs: ms(outermost.filter((e) => e.name !== 'V8.CompileScript')),
  };
}
