// `npm run pdf [-- --paper A4|B5|A5] [--dist dir] [--timeout seconds]`: prints the built
// print edition into the bound handbook PDF. Runs after `astro build` (package.json "build").
// The step itself lives in src/print/pdf.ts.
import path from 'node:path';
import { pdfCommand } from '../src/print/pdf.ts';

await pdfCommand(process.argv.slice(2), path.resolve(import.meta.dirname, '..'));
