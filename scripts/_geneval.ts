import { writeFileSync } from 'fs';
import { specToXlsx } from './bench-xlsx';
import { CLEAN_EVAL, selfEvaluationTable } from '../tests/support/self-evaluation';
const n = Number(process.argv[2] ?? 20000);
const indicators = Array.from({ length: n }, (_, i) => {
  const base = CLEAN_EVAL[i % CLEAN_EVAL.length];
  const block = Math.floor(i / CLEAN_EVAL.length);
  return { ...base, l2: `${base.l2}`, name: `${base.name}${block + 1}` };
});
writeFileSync(process.argv[3], specToXlsx(selfEvaluationTable({ indicators })));
