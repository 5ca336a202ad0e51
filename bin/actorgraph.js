#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node
// The compiled CLI lives in dist/ (built by `npm install` through the prepare script).
// The #! line sets glibc's malloc for the embedded database: see cli/malloc-env.ts.
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2));
