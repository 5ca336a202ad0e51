// npm run bench: every benchmark, one after the other, each printing its figures.
import { benchExtraction, formatExtractionBench } from './extract.js';
import { benchScale } from './scale.js';
import { benchViewer } from './viewer.js';
import { benchServerLoad } from './server-load.js';

const only = process.argv[2];
if (!only || only === 'extract') {
  console.log('== extraction and ingest (issue 4)');
  console.log(formatExtractionBench(await benchExtraction()));
}
if (!only || only === 'scale') {
  console.log('\n== scale: 1x and 10x corpus (issue 7)');
  console.log(await benchScale());
}
if (!only || only === 'viewer') {
  console.log('\n== viewer in headless Chromium (issue 5)');
  console.log(await benchViewer());
}
if (!only || only === 'load') {
  console.log('\n== viewer server under load (issue 7)');
  console.log(await benchServerLoad());
}
process.exit(0);
