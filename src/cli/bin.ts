import { run } from './main';

// A closed pipe (`budget-check … | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(finish, (e: unknown) => {
  // An internal fault, not bad input: one line, the stack only on request.
  process.stderr.write(`budget-check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.BUDGET_CHECK_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  finish(2);
});

/**
 * Exits once everything written has reached the terminal, pipe or file (a write's callback runs
 * after the writes before it). Left to end by itself, Node frees the whole heap and waits for V8's
 * background work first: 6–12 ms of a run on a large workbook, for nothing a finished command needs.
 */
function finish(status: number): void {
  process.exitCode = status;
  let pending = 2;
  const flushed = (): void => {
    if (--pending === 0) process.exit(status);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
