// A cypher-shell script that rebuilds the subgraph in Neo4j:
//   cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f graph.cypher
// It sends the very statements the Neo4j store writes with (neo4j-statements.ts: UNWIND $rows
// ... MERGE on Article.id and Entity.key), so the result is a graph actorgraph can open with
// --neo4j, and running the script twice changes nothing. Values never enter statement text:
// each statement reads $rows, set just before it by a `:param rows => [...]` line whose right
// side is a Cypher literal (cypher-shell evaluates it as `RETURN <literal>`).
import { RELATION_TYPES } from '../model.js';
import type { GraphSnapshot } from '../store.js';
import * as S from '../stores/neo4j-statements.js';

/** Rows per :param line: keeps lines to a few hundred kilobytes. */
export const SCRIPT_CHUNK = 500;

export interface ScriptStep {
  /** The Cypher literal bound to $rows before the statement, if it takes rows. */
  rows?: string;
  statement: string;
}

/** A Cypher string literal: backslash escapes, control characters as \uXXXX, on one line. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + "'";
}

export function cypherLiteral(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return cypherString(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(cypherLiteral).join(', ')}]`;
  if (typeof v === 'object') {
    return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) throw new Error(`not a plain map key: ${k}`);
      return `${k}: ${cypherLiteral(x)}`;
    }).join(', ')}}`;
  }
  throw new Error(`no Cypher literal for ${typeof v}`);
}

function stepsFor(statement: string, rows: readonly object[]): ScriptStep[] {
  const out: ScriptStep[] = [];
  for (let i = 0; i < rows.length; i += SCRIPT_CHUNK) out.push({ rows: cypherLiteral(rows.slice(i, i + SCRIPT_CHUNK)), statement });
  return out;
}

export function cypherScriptSteps(snapshot: GraphSnapshot): ScriptStep[] {
  const articleIds = new Set(snapshot.articles.map((a) => a.id));
  const steps: ScriptStep[] = S.SCHEMA_STATEMENTS.map((statement) => ({ statement }));
  steps.push(...stepsFor(S.PUT_ARTICLES, snapshot.articles.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, hash: a.hash }))));
  steps.push(...stepsFor(S.PUT_ENTITIES, snapshot.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: e.aliases, docs: e.docs }))));
  steps.push(...stepsFor(S.PUT_MENTIONS, snapshot.entities.flatMap((e) => e.docs.filter((d) => articleIds.has(d)).map((d) => ({ article: d, entity: e.key })))));
  for (const type of RELATION_TYPES) {
    const rels = snapshot.relations.filter((r) => r.type === type);
    steps.push(...stepsFor(S.putRelationStatement(type), rels.map((r) => ({
      source: r.source, target: r.target, docs: r.docs, dates: r.dates, quotes: r.quotes, speakers: r.speakers,
      articles: r.articles, first_date: r.firstDate, last_date: r.lastDate,
    }))));
  }
  return steps;
}

export function toCypherScript(snapshot: GraphSnapshot): string {
  const lines = [
    `// actorgraph subgraph: ${snapshot.entities.length} entities, ${snapshot.relations.length} relations, ${snapshot.articles.length} articles.`,
    '// Rebuild it in Neo4j: cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f THIS_FILE',
  ];
  for (const step of cypherScriptSteps(snapshot)) {
    if (step.rows !== undefined) lines.push(`:param rows => ${step.rows}`);
    lines.push(`${step.statement};`);
  }
  return lines.join('\n') + '\n';
}
