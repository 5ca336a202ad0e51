// glibc malloc settings the `actorgraph` command starts node with (bin/actorgraph.js sets them on its
// #! line, since glibc reads them once, before any JavaScript runs).
//
// Why: the embedded database (Kùzu) makes many large short-lived allocations while it writes. glibc
// raises its mmap threshold each time such a block is freed, so later ones come from the malloc arenas
// instead, and the arenas fragment: a whole ingest's peak RSS then grows with the graph (a 10x corpus:
// 600-750 MB against ~400 MB for 1x). A fixed threshold returns each large block to the system when it
// is freed (10x: 566-570 MB, ratio 1.32-1.45 over five runs; bench/scale.ts measures it).
export const MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '131072',
};
