/** `npm run bench:rules -- [facts]`: the compiled evaluator against json-rules-engine (P5 of `npm run bench`). */
import { compareEvaluators } from './harness/p5-evaluator.js';

console.log(JSON.stringify(await compareEvaluators(Number(process.argv[2] ?? 20_000))));
