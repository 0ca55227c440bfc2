// web-ext ships no types; this declares the two calls the project uses.
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    filename?: string;
    overwriteDest?: boolean;
  }
  interface LintOptions {
    sourceDir: string;
    output?: 'json' | 'text';
    selfHosted?: boolean;
    boring?: boolean;
  }
  interface RunOptions {
    sourceDir: string;
    target?: string[];
    firefox?: string;
    startUrl?: string[];
    noReload?: boolean;
    args?: string[];
  }
  interface Runner {
    exit(): Promise<void>;
  }
  const webExt: {
    cmd: {
      build(options: BuildOptions, extra?: { showReadyMessage?: boolean }): Promise<{ extensionPath: string }>;
      lint(options: LintOptions, extra?: { shouldExitProgram?: boolean }): Promise<unknown>;
      run(options: RunOptions, extra?: { shouldExitProgram?: boolean }): Promise<Runner>;
    };
  };
  export default webExt;
}
