// Make sure the outside tools a command drives exist (Chromium, poppler), installing them
// with apt-get as root on Debian; the logic lives in src/toolchain/ensure-tools.ts.
//   node scripts/ensure-tools.mjs chromium            (npm start, npm run bench)
//   node scripts/ensure-tools.mjs chromium poppler    (npm test)
import { ensureToolsCommand } from '../src/toolchain/ensure-tools.ts';

await ensureToolsCommand(process.argv.slice(2));
