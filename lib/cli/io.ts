/** Where a command runs and what it prints to: the project root and the two output streams. */
export interface CliIo {
  /** Project root; relative paths are read and written from here. */
  cwd: string;
  /** Prints a line of results (stdout). */
  out: (text: string) => void;
  /** Prints a line of problems and advice (stderr). */
  err: (text: string) => void;
}

/** The real process: its working directory, stdout and stderr. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}
