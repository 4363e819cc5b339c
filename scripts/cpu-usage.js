// Preloaded by `npm run bench` (node -r): reports the process's own CPU time on exit, on stderr,
// so the bench can compare CPU used rather than wall time on a machine shared with other work.
process.on('exit', () => {
  const u = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(u.user + u.system) / 1000}\n`);
});
