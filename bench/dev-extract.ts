// Dev tool: runs the extractor over folders of .txt files and/or .jsonl files and writes a
// graphology JSON graph (merged across articles) that eval/score.mjs can score.
//   node dist/bench/dev-extract.js --out g.json DIR_OR_JSONL ... [--dict extra.json] [--time]
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../graph/model.js';
import { createExtractor } from '../ingest/extract/index.js';

function* articles(paths: string[]): Generator<Article> {
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      for (const f of readdirSync(p).sort()) {
        if (!f.endsWith('.txt')) continue;
        const text = readFileSync(join(p, f), 'utf8');
        yield { id: basename(f, '.txt'), title: '', text, date: null, source: null, url: null };
      }
    } else if (p.endsWith('.jsonl')) {
      for (const line of readFileSync(p, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as Record<string, unknown>;
        yield { id: String(o.id), title: String(o.title ?? ''), text: String(o.text ?? ''), date: (o.date as string) ?? null, source: (o.source as string) ?? null, url: null };
      }
    } else {
      const text = readFileSync(p, 'utf8');
      yield { id: basename(p).replace(/\.[^.]+$/, ''), title: '', text, date: null, source: null, url: null };
    }
  }
}

function main(argv: string[]): void {
  let out = 'graph.json';
  const dicts: string[] = [];
  const inputs: string[] = [];
  let time = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') out = argv[++i]!;
    else if (a === '--dict') dicts.push(argv[++i]!);
    else if (a === '--time') time = true;
    else inputs.push(a);
  }
  const ex = createExtractor({ dictionaryFiles: dicts });
  const nodes = new Map<string, { key: string; attributes: { name: string; type: string; aliases: string[]; docs: string[] } }>();
  const edges = new Map<string, { source: string; target: string; attributes: { type: string; docs: string[]; quotes: string[] } }>();
  const all = [...articles(inputs)];
  let words = 0;
  const t0 = process.hrtime.bigint();
  const results = all.map((a) => {
    words += a.text.split(/\s+/).length;
    return ex.extract(a);
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  all.forEach((a, i) => {
    const r = results[i]!;
    const keyOf = new Map<string, string>();
    for (const e of r.entities) {
      const key = `${e.type}:${e.name}`;
      keyOf.set(e.name, key);
      let n = nodes.get(key);
      if (!n) nodes.set(key, (n = { key, attributes: { name: e.name, type: e.type, aliases: [], docs: [] } }));
      for (const al of e.aliases) if (!n.attributes.aliases.includes(al)) n.attributes.aliases.push(al);
      if (!n.attributes.docs.includes(a.id)) n.attributes.docs.push(a.id);
    }
    for (const rel of r.relations) {
      const s = keyOf.get(rel.source);
      const t = keyOf.get(rel.target);
      if (!s || !t) continue;
      const k = `${s}|${rel.type}|${t}`;
      let e = edges.get(k);
      if (!e) edges.set(k, (e = { source: s, target: t, attributes: { type: rel.type, docs: [], quotes: [] } }));
      if (!e.attributes.docs.includes(a.id)) {
        e.attributes.docs.push(a.id);
        e.attributes.quotes.push(rel.evidence.quote);
      }
    }
  });
  writeFileSync(out, JSON.stringify({ attributes: {}, nodes: [...nodes.values()], edges: [...edges.values()] }, null, 1));
  const msg = `${all.length} articles, ${words} words, ${ms.toFixed(0)} ms extraction (${Math.round(words / (ms / 1000))} words/s); ${nodes.size} nodes, ${edges.size} edges -> ${out}`;
  if (time) console.log(msg);
  else console.error(msg);
}

main(process.argv.slice(2));
