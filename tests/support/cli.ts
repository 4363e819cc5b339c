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

/** Runs budget-check in-process with captured streams; `tty` makes them look like terminals. */
export async function cli(args: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const stdout = new Capture(opts.tty ?? false);
  const stderr = new Capture(opts.tty ?? false);
  const status = await run(args, { stdout, stderr, env: opts.env ?? {} });
  return { status, stdout: stdout.text, stderr: stderr.text };
}
