import { Writable } from 'stream';
import { run } from '../../src/cli/main';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Captured streams for a command run in-process; `tty` makes them look like terminals. */
export function capturedIo(opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}): { stdout: Capture; stderr: Capture; env: NodeJS.ProcessEnv } {
  return { stdout: new Capture(opts.tty ?? false), stderr: new Capture(opts.tty ?? false), env: opts.env ?? {} };
}

/** Runs budget-check in-process with captured streams; `tty` makes them look like terminals. */
export async function cli(args: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const io = capturedIo(opts);
  const status = await run(args, io);
  return { status, stdout: io.stdout.text, stderr: io.stderr.text };
}
