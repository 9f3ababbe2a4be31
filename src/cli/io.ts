/** Where a command writes: standard output for results, standard error for messages. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes of every command (contracts.md, «Command line»). */
export const EXIT = {
  /** Done; for `validate`, no finding of severity error. */
  ok: 0,
  /** Done, and the data has errors (`validate`). */
  findings: 1,
  /** Unusable input or a wrong command line. */
  usage: 2,
} as const;

/**
 * The process's own streams.
 * @example processIo.stdout("Готово\n")
 */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** A `CliIo` that keeps what was written, for tests and for callers that post-process output. */
export interface BufferIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  /** Everything written to standard output. */
  stdoutText(): string;
  /** Everything written to standard error. */
  stderrText(): string;
}

/**
 * A `CliIo` that records output instead of printing it.
 * @example
 * const io = bufferIo();
 * io.stdout("a"); io.stdout("b");
 * io.stdoutText(); // "ab"
 */
export function bufferIo(): BufferIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    stdoutText: () => out.join(""),
    stderrText: () => err.join(""),
  };
}
