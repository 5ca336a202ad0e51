// npm run bench: every benchmark, one after the other, each printing its figures.
import { benchExtraction, formatExtractionBench } from './extract.js';

const only = process.argv[2];
if (!only || only === 'extract') {
  console.log('== extraction and ingest (issue 4)');
  console.log(formatExtractionBench(await benchExtraction()));
}
process.exit(0);
