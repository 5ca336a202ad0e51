// Query parameters from the command line: --param k=v, repeatable. A value that reads as JSON is
// that JSON (5, true, null, ["a","b"], {"k":1}); anything else is the string as typed.

export class ParamError extends Error {}

/** name -> the text after "=", as typed. */
export function parseParamArgs(args: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? '' : arg.slice(0, eq).trim().replace(/^\$/, '');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new ParamError(`--param takes NAME=VALUE (e.g. --param name=Syria), not ${JSON.stringify(arg)}`);
    if (out.has(name)) throw new ParamError(`--param ${name} is given twice`);
    out.set(name, arg.slice(eq + 1));
  }
  return out;
}

export function jsonOrString(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * Binds --param values to an ad-hoc query: every parameter it uses must be given and every one
 * given must be used. Kùzu refuses unused parameters and reads missing ones as null where Neo4j
 * fails, so checking here makes both stores answer the same.
 */
export function bindParams(used: readonly string[], given: Map<string, string>): Record<string, unknown> {
  const extra = [...given.keys()].filter((k) => !used.includes(k));
  if (extra.length) {
    throw new ParamError(`--param ${extra.join(', ')}: the query does not use ${extra.map((k) => `$${k}`).join(', ')}${used.length ? ` (it uses ${used.map((k) => `$${k}`).join(', ')})` : ''}`);
  }
  const missing = used.filter((k) => !given.has(k));
  if (missing.length) {
    throw new ParamError(`the query uses ${missing.map((k) => `$${k}`).join(', ')}: give ${missing.length > 1 ? 'them' : 'it'} with ${missing.map((k) => `--param ${k}=...`).join(' ')}`);
  }
  return Object.fromEntries([...given].map(([k, v]) => [k, jsonOrString(v)]));
}
