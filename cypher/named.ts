// The library of named queries: cypher/queries/NAME.cypher, each opening with a header of
// `//` comment lines that says what it answers and what it takes:
//
//   // name: supporters
//   // answers: Who supports a given actor ...
//   // param: name (actor): the supported actor's name, alias or key, e.g. Syria
//   // param: limit (number, default 20): how many rows
//
// Parameter kinds: actor (the CLI looks the name up first and suggests close names when none
// matches), string, number, date. The query text goes to the database as it is, comments
// included: both stores accept `//` comments.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryParameters } from './tokens.js';

export const PARAM_KINDS = ['actor', 'string', 'number', 'date'] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];

export interface NamedParam {
  name: string;
  kind: ParamKind;
  /** Used when the caller gives none; a parameter without a default is required. */
  default?: string | number;
  describe: string;
}

export interface NamedQuery {
  name: string;
  answers: string;
  params: NamedParam[];
  cypher: string;
  file: string;
}

/** Compiled to dist/cypher/, the .cypher files stay in the source tree. */
export const QUERIES_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

const PARAM_LINE = /^(\w+)\s*\(\s*(\w+)\s*(?:,\s*default\s+([^)]*?))?\s*\)\s*:\s*(.+)$/;

/** Parses one file; throws with the file name and what is wrong with its header. */
export function parseNamedQuery(text: string, file: string): NamedQuery {
  const header = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^\s*\/\/\s*(name|answers|param):\s*(.*?)\s*$/.exec(line);
    if (m) header.set(m[1]!, [...(header.get(m[1]!) ?? []), m[2]!]);
  }
  const fail = (why: string) => new Error(`${file}: ${why}`);
  const name = header.get('name')?.[0];
  const answers = header.get('answers')?.[0];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw fail('needs a "// name: lower-case-name" line');
  if (!answers) throw fail('needs a "// answers: ..." line saying what it answers');
  const params = (header.get('param') ?? []).map((p): NamedParam => {
    const m = PARAM_LINE.exec(p);
    if (!m) throw fail(`cannot read "// param: ${p}" (expected "// param: NAME (KIND[, default VALUE]): what it is")`);
    const kind = m[2] as ParamKind;
    if (!PARAM_KINDS.includes(kind)) throw fail(`param ${m[1]} has kind ${kind}; kinds are ${PARAM_KINDS.join(', ')}`);
    const raw = m[3];
    const dflt = raw === undefined ? undefined : kind === 'number' ? Number(raw) : raw;
    if (typeof dflt === 'number' && !Number.isFinite(dflt)) throw fail(`param ${m[1]} has a default that is not a number: ${raw}`);
    return { name: m[1]!, kind, ...(dflt === undefined ? {} : { default: dflt }), describe: m[4]! };
  });
  const used = queryParameters(text).sort();
  const declared = params.map((p) => p.name).sort();
  if (used.join() !== declared.join()) throw fail(`declares params [${declared.join(', ')}] but uses [${used.join(', ')}]`);
  return { name, answers, params, cypher: text.trim(), file };
}

export async function loadNamedQueries(dir = QUERIES_DIR): Promise<NamedQuery[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  const out: NamedQuery[] = [];
  for (const f of files) {
    const q = parseNamedQuery(await fs.readFile(path.join(dir, f), 'utf8'), f);
    if (q.name !== path.basename(f, '.cypher')) throw new Error(`${f}: its name line says ${q.name}; name and file must agree`);
    out.push(q);
  }
  return out;
}

/** "name (actor): ...", as --list and errors show a parameter. */
export function describeParam(p: NamedParam): string {
  return `${p.name} (${p.kind}${p.default === undefined ? '' : `, default ${p.default}`}): ${p.describe}`;
}
