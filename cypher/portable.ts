// The functions a query may call and still run unchanged on both stores: each exists in Neo4j 5
// and in Kùzu 0.11 and gives the same answer for the example below (the tests run every example
// on Kùzu and lint it with Neo4j's parser). Kùzu has no type(), label() is Kùzu-only, and some
// shared names differ: substring() counts from 1 in Kùzu, labels() returns a string, reverse()
// of a list returns text, and list[i] counts from 1. Those are left out on purpose.
// (Kùzu also wants a path carried through WITH to be aliased: `WITH p AS p`.)
export interface PortableFunction {
  /** An expression using it (p is a one-relation path), and what both stores return for it. */
  example: string;
  expected: unknown;
  aggregating?: boolean;
}

export const PORTABLE_FUNCTIONS: Readonly<Record<string, PortableFunction>> = {
  size: { example: "size(['a', 'b'])", expected: 2 },
  coalesce: { example: "coalesce(null, 'x')", expected: 'x' },
  toLower: { example: "toLower('AbC')", expected: 'abc' },
  toUpper: { example: "toUpper('AbC')", expected: 'ABC' },
  trim: { example: "trim('  a ')", expected: 'a' },
  abs: { example: 'abs(-3)', expected: 3 },
  range: { example: 'range(1, 3)', expected: [1, 2, 3] },
  count: { example: 'count(*)', expected: 1, aggregating: true },
  collect: { example: "collect('a')", expected: ['a'], aggregating: true },
  min: { example: 'min(2)', expected: 2, aggregating: true },
  max: { example: 'max(2)', expected: 2, aggregating: true },
  sum: { example: 'sum(2)', expected: 2, aggregating: true },
  length: { example: 'length(p)', expected: 1 },
  nodes: { example: 'size(nodes(p))', expected: 2 },
  relationships: { example: 'size(relationships(p))', expected: 1 },
};

/** The query each example runs in. */
export const portableExampleQuery = (example: string) => `MATCH p = (:Entity)-[]->(:Entity) WITH p AS p LIMIT 1 RETURN ${example} AS v`;
