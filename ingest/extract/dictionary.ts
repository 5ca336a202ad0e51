// The actor dictionary: loading, validation, merging and compilation into a token trie.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../graph/model.js';
import { foldKey, foldedKey, tokenize, isTransparent, type Token } from './tokens.js';

export interface ActorFacts {
  /** Place: the place or state it lies in. */
  in?: string;
  /** Person: the states/bodies the person speaks for by office. */
  represents?: string[];
  office?: string;
  /** Group: the larger group or state it belongs to. */
  partOf?: string;
  /** Group: an official body (ministry, state news agency) whose words are its state's. */
  stateVoice?: boolean;
  /** Coalition: the state leading it. */
  led?: string;
  capital?: string;
}

export interface ActorEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Adjectival forms ("Russian"): name the actor only in compounds or when it acts. */
  adjectives?: string[];
  /** Capital cities or seats of government that stand for the actor when it acts ("Moscow"). */
  metonyms?: string[];
  /** Generic collectives ("rebels"): listed only when they take part in a relation. */
  generic?: boolean;
  facts?: ActorFacts;
}

export type SurfaceKind = 'name' | 'adj' | 'metonym';

export interface Candidate {
  entry: number;
  kind: SurfaceKind;
  alias: string;
  /** A lost-apostrophe possessive variant ("Syrias"): loses to an exact alias. */
  possessive?: boolean;
  /** 'upper': acronym, exact case; 'cap': first letter must be upper-case; 'any'. */
  caseMode: 'upper' | 'cap' | 'any';
  /** The alias's token keys before spelling folding: an exact spelling wins over a folded one ("SANA" vs "Sanaa"). */
  spelling: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  out: Candidate[] | null;
}

export interface Dictionary {
  entries: ActorEntry[];
  byName: Map<string, number>;
  root: TrieNode;
}

export interface DictMatch {
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  candidates: Candidate[];
}

const DEFAULT_ACTORS = fileURLToPath(new URL('../../../ingest/data/actors.json', import.meta.url));

function fail(file: string, msg: string): never {
  throw new Error(`actor dictionary ${file}: ${msg}`);
}

/** Reads and validates a dictionary file: `{"entries":[...]}` or a bare list of entries. */
export function loadDictionaryFile(path: string): ActorEntry[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    fail(path, `cannot be read (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    fail(path, `is not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { entries?: unknown })?.entries;
  if (!Array.isArray(list)) fail(path, 'must be a JSON list of entries or an object with an "entries" list');
  const out: ActorEntry[] = [];
  list.forEach((e: unknown, i: number) => {
    const where = `entry ${i + 1}`;
    if (!e || typeof e !== 'object' || Array.isArray(e)) fail(path, `${where} is not an object`);
    const o = e as Record<string, unknown>;
    if (typeof o.name !== 'string' || !o.name.trim()) fail(path, `${where} has no "name" (a non-empty string)`);
    const label = `${where} ("${o.name}")`;
    if (!isEntityType(o.type)) fail(path, `${label}: "type" must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(o.type)}`);
    for (const f of ['aliases', 'adjectives', 'metonyms'] as const) {
      const v = o[f];
      if (v === undefined) continue;
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) fail(path, `${label}: "${f}" must be a list of non-empty strings`);
    }
    if (o.generic !== undefined && typeof o.generic !== 'boolean') fail(path, `${label}: "generic" must be true or false`);
    if (o.facts !== undefined && (typeof o.facts !== 'object' || o.facts === null || Array.isArray(o.facts))) fail(path, `${label}: "facts" must be an object`);
    const facts = o.facts as Record<string, unknown> | undefined;
    if (facts?.represents !== undefined && (!Array.isArray(facts.represents) || facts.represents.some((x) => typeof x !== 'string'))) fail(path, `${label}: "facts.represents" must be a list of names`);
    for (const f of ['in', 'partOf', 'office', 'led', 'capital'] as const) {
      if (facts?.[f] !== undefined && typeof facts[f] !== 'string') fail(path, `${label}: "facts.${f}" must be a string`);
    }
    out.push({
      name: o.name.trim(),
      type: o.type,
      aliases: (o.aliases as string[] | undefined) ?? [],
      adjectives: (o.adjectives as string[] | undefined) ?? [],
      metonyms: (o.metonyms as string[] | undefined) ?? [],
      generic: (o.generic as boolean | undefined) ?? false,
      facts: (facts as ActorFacts | undefined) ?? {},
    });
  });
  return out;
}

export function loadDefaultEntries(): ActorEntry[] {
  return loadDictionaryFile(DEFAULT_ACTORS);
}

/** Merges lists; an entry with the same name and type as an earlier one adds to it (later files win on facts). */
export function mergeEntries(lists: ActorEntry[][]): ActorEntry[] {
  const out: ActorEntry[] = [];
  const idx = new Map<string, number>();
  for (const list of lists) {
    for (const e of list) {
      const k = `${e.type}:${e.name.toLowerCase()}`;
      const i = idx.get(k);
      if (i === undefined) {
        idx.set(k, out.length);
        out.push({ ...e, aliases: [...(e.aliases ?? [])], adjectives: [...(e.adjectives ?? [])], metonyms: [...(e.metonyms ?? [])], facts: { ...(e.facts ?? {}) } });
      } else {
        const t = out[i]!;
        for (const a of e.aliases ?? []) if (!t.aliases!.includes(a)) t.aliases!.push(a);
        for (const a of e.adjectives ?? []) if (!t.adjectives!.includes(a)) t.adjectives!.push(a);
        for (const a of e.metonyms ?? []) if (!t.metonyms!.includes(a)) t.metonyms!.push(a);
        t.facts = { ...t.facts, ...(e.facts ?? {}) };
        if (e.generic !== undefined) t.generic = e.generic;
      }
    }
  }
  return out;
}

function caseModeOf(alias: string): Candidate['caseMode'] {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) return 'upper';
  // "the West": the capital of the name word decides, not the article ("in the west of Idlib")
  if (/^\p{Lu}/u.test(alias.replace(/^the\s+/i, ''))) return 'cap';
  return 'any';
}

function spellingOf(alias: string): string[] {
  return tokenize(alias).filter((t) => !isTransparent(t)).map((t) => t.key);
}

export function compileDictionary(entries: ActorEntry[]): Dictionary {
  const root: TrieNode = { next: new Map(), out: null };
  const byName = new Map<string, number>();
  const add = (keys: string[], c: Candidate) => {
    if (!keys.length) return;
    let n = root;
    for (const k of keys) {
      let m = n.next.get(k);
      if (!m) {
        m = { next: new Map(), out: null };
        n.next.set(k, m);
      }
      n = m;
    }
    n.out ??= [];
    if (!n.out.some((o) => o.entry === c.entry && o.kind === c.kind)) n.out.push(c);
  };
  entries.forEach((e, i) => {
    if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), i);
    const forms: Array<[string, SurfaceKind]> = [[e.name, 'name']];
    for (const a of e.aliases ?? []) forms.push([a, 'name']);
    for (const a of e.adjectives ?? []) forms.push([a, 'adj']);
    for (const a of e.metonyms ?? []) forms.push([a, 'metonym']);
    for (const [alias, kind] of forms) {
      const spelling = spellingOf(alias);
      const keys = spelling.map(foldKey);
      const caseMode = caseModeOf(alias);
      add(keys, { entry: i, kind, alias, caseMode, spelling: spelling.join(' ') });
      // lost apostrophe possessive ("Syrias", "Assads", "SANAs")
      const last = spelling[spelling.length - 1]!;
      if (!last.endsWith('s') && /\p{L}$/u.test(last)) {
        const possessive = [...spelling.slice(0, -1), last + 's'];
        add(possessive.map(foldKey), { entry: i, kind, alias: alias + 's', caseMode, possessive: true, spelling: possessive.join(' ') });
      }
      // "al-X" also written "Al X", handled by transparent hyphen; "Al Nusra" vs "al-Nusra" by case-insensitive keys
    }
  });
  // user entries come later in the list and should win: reverse candidate order
  const rev = (n: TrieNode) => {
    if (n.out) {
      n.out.reverse();
      n.out.sort((a, b) => Number(!!a.possessive) - Number(!!b.possessive));
    }
    for (const m of n.next.values()) rev(m);
  };
  rev(root);
  return { entries, byName, root };
}

function caseOk(text: string, from: Token, to: Token, c: Candidate): boolean {
  const surface = text.slice(from.start, to.end).replace(/^the\s+/i, '');
  if (c.caseMode === 'any') return true;
  if (c.caseMode === 'cap') return /^\p{Lu}/u.test(surface) || /^(al|el|ad|as|ar|an|at|ash|az)[-\s]/.test(surface);
  const a = c.alias.replace(/[^\p{L}\p{N}]/gu, '');
  // "ISIS's": the possessive ending of an all-capitals name is lower case
  const s = surface.replace(/['\u2019]s$/u, '').replace(/[^\p{L}\p{N}]/gu, '');
  return a === s || (a.length > 0 && s === a.slice(0, -1) + a.slice(-1)) || (!!c.possessive && a === s + 's');
}

/** The longest dictionary match starting at token i, if any. */
function longestAt(dict: Dictionary, text: string, tokens: Token[], i: number): DictMatch | null {
  const t0 = tokens[i]!;
  if (!t0.word) return null;
  const n = tokens.length;
  let node: TrieNode | undefined = dict.root;
  let best: DictMatch | null = null;
  let j = i;
  const spelled: string[] = [];
  while (j < n && node) {
    const t = tokens[j]!;
    if (j > i && isTransparent(t)) {
      j++;
      continue;
    }
    node = node.next.get(foldedKey(t));
    if (!node) break;
    spelled.push(t.key);
    if (node.out) {
      let ok = node.out.filter((c) => caseOk(text, t0, t, c));
      const exact = ok.filter((c) => c.spelling === spelled.join(' '));
      if (exact.length) ok = exact;
      if (ok.length) best = { from: i, to: j + 1, start: t0.start, end: t.end, candidates: ok };
    }
    j++;
  }
  return best;
}

/**
 * Longest-match scan of the token stream. A name beginning with "the" that a longer one starting
 * inside it overruns gives way ("the National Defense Forces" is the NDF, not the newspaper "The National").
 */
export function matchDictionary(dict: Dictionary, text: string, tokens: Token[]): DictMatch[] {
  const out: DictMatch[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const best = longestAt(dict, text, tokens, i);
    if (!best) {
      i++;
      continue;
    }
    let overrun: DictMatch | null = null;
    // only a name that begins with its article gives way; elsewhere the leftmost name wins
    for (let k = i + 1; k < best.to && !overrun && tokens[i]!.key === 'the'; k++) {
      const inner = longestAt(dict, text, tokens, k);
      if (inner && inner.to > best.to) overrun = inner;
    }
    if (overrun) {
      i = overrun.from;
      continue;
    }
    out.push(best);
    i = best.to;
  }
  return out;
}
