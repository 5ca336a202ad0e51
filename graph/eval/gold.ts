// Reads gold annotation files (one JSON file per article, GUIDELINES.md "Gold file format").
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ENTITY_TYPES, RELATION_TYPES } from '../model.js';
import type { GoldDoc } from './score.js';

export class GoldError extends Error {
  override readonly name = 'GoldError';
}

function check(g: unknown, file: string): GoldDoc {
  const d = g as Partial<GoldDoc>;
  const problems: string[] = [];
  if (typeof d?.doc !== 'string' || !d.doc) problems.push('"doc" must be the article id');
  if (!Array.isArray(d?.entities)) problems.push('"entities" must be a list');
  if (!Array.isArray(d?.relations)) problems.push('"relations" must be a list');
  if (problems.length === 0) {
    const names = new Set(d.entities!.map((e) => e?.name));
    for (const e of d.entities!) if (!(ENTITY_TYPES as readonly string[]).includes(e?.type)) problems.push(`entity ${e?.name}: type ${e?.type} is not one of ${ENTITY_TYPES.join(', ')}`);
    for (const r of d.relations!) {
      if (!(RELATION_TYPES as string[]).includes(r?.type)) problems.push(`relation type ${r?.type} is not one of ${RELATION_TYPES.join(', ')}`);
      if (!names.has(r?.source) || !names.has(r?.target)) problems.push(`relation ${r?.source} ${r?.type} ${r?.target}: an end is not an entity name`);
    }
  }
  if (problems.length) throw new GoldError(`${file}: ${problems.join('; ')}`);
  return d as GoldDoc;
}

/** Gold annotations by article id, from folders of .json files or single files. */
export async function readGold(inputs: string[]): Promise<Map<string, GoldDoc>> {
  const gold = new Map<string, GoldDoc>();
  for (const input of inputs) {
    let files: string[];
    try {
      const stat = await fs.stat(input);
      files = stat.isDirectory() ? (await fs.readdir(input)).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(input, f)) : [input];
    } catch {
      throw new GoldError(`${input}: no such gold file or folder`);
    }
    for (const file of files) {
      let parsed: unknown;
      try { parsed = JSON.parse(await fs.readFile(file, 'utf8')); } catch (err) { throw new GoldError(`${file}: not JSON (${(err as Error).message})`); }
      const doc = check(parsed, file);
      gold.set(doc.doc, doc);
    }
  }
  return gold;
}
