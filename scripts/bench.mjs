// `npm run bench`: the project's measured figures, one line each. The measurements live in
// bench/run.mjs.
import { runBench } from '../bench/run.mjs';

await runBench();
