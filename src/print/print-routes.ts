import { pdfFileName, type Paper } from './paper.ts';

/** Routes of the print edition, relative to the site's base like those in paths.ts. */
export const printRoutes = {
  handbook: () => 'handbook/',
  pdf: (paper: Paper) => pdfFileName(paper),
} as const;
