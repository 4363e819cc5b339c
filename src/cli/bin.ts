import { run } from './main';

// A closed pipe (`budget-check … | head`) ends the run quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    // An internal fault, not bad input: one line, the stack only on request.
    process.stderr.write(`budget-check: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.BUDGET_CHECK_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  },
);
