// Pronoun and role coreference: "he", "the minister", "the group", "the city" are resolved to the
// most recent compatible mention within the last few sentences and added as 'pronoun' mentions.
import type { EntityType } from '../../graph/model.js';
import type { DocEntities, Mention } from './entities.js';
import type { Token } from './tokens.js';

interface PronounRule {
  types: EntityType[];
  /** Skip generic collectives as antecedents. */
  specific: boolean;
}

const SINGLE: Record<string, PronounRule> = {
  he: { types: ['Person'], specific: true },
  she: { types: ['Person'], specific: true },
  his: { types: ['Person'], specific: true },
  him: { types: ['Person'], specific: true },
};
const ROLE: Record<string, PronounRule> = {
  minister: { types: ['Person'], specific: true },
  president: { types: ['Person'], specific: true },
  envoy: { types: ['Person'], specific: true },
  spokesman: { types: ['Person'], specific: true },
  spokeswoman: { types: ['Person'], specific: true },
  diplomat: { types: ['Person'], specific: true },
  secretary: { types: ['Person'], specific: true },
  group: { types: ['Group'], specific: true },
  organization: { types: ['Group'], specific: true },
  organisation: { types: ['Group'], specific: true },
  militia: { types: ['Group'], specific: true },
  faction: { types: ['Group'], specific: true },
  movement: { types: ['Group'], specific: true },
  alliance: { types: ['Group'], specific: true },
  jihadists: { types: ['Group'], specific: true },
  city: { types: ['Place'], specific: true },
  town: { types: ['Place'], specific: true },
  village: { types: ['Place'], specific: true },
  province: { types: ['Place'], specific: true },
  country: { types: ['State'], specific: true },
};
const MAX_SENT_BACK = 3;
/** How far back "the city" may look for a place introduced as a city ("the city of Aleppo", "Aleppo city"). */
const MAX_SENT_BACK_KIND = 15;
// (news uses city and town for the same place)
const PLACE_KINDS: Record<string, string> = { city: 'city', town: 'city', village: 'village', province: 'province', governorate: 'province' };
// what an antecedent may have been introduced as: the role kinds, and parts of a place that no role takes up
const ANTECEDENT_KINDS: Record<string, string> = { ...PLACE_KINDS, area: 'area', neighborhood: 'area', neighbourhood: 'area', district: 'area', suburb: 'area', countryside: 'area', region: 'area' };
const KIND_BEFORE = /\b(city|town|village|province|governorate|area|neighbou?rhood|district|suburb|countryside|region)\s+of\s+(?:the\s+)?$/i;
const KIND_AFTER = /^\s+(city|town|village|province|governorate|area|neighbou?rhoods?|district|suburb|countryside|region)\b/i;
const CLAUSE_VERB = /\b\w+(?:ed|ing)\b|\b(?:is|was|are|were|has|have|had|took|hit|fell|held|left|won|began|struck)\b/i;

const SUBJECT_PRONOUNS = new Set(['it', 'they']);
/** What a subject pronoun must be followed by to be an actor's: an adverb or auxiliary, then a verb in the past. */
const ACTING_AFTER = /^\s+(?:(?:also|then|later|subsequently|now|have|has|had|reportedly|again|previously|earlier|since|still)\s+){0,2}(?:\w+ed|took|struck|hit|shot|seized|fought|held|sent|began|led|won|drove|overran|retook|killed|launched|said|says|claimed|accused)\b/i;
const PLURAL_GENERIC = /(?:s|men|forces|troops|militia)$/i;

/**
 * The actor a sentence-initial "it"/"they" takes up: the first State or Group mention of the previous
 * sentence when it opens that sentence (its subject), and the pronoun is followed by a verb.
 */
function previousSubject(text: string, tokens: Token[], tokSent: Int32Array, history: Mention[], doc: DocEntities, i: number, plural: boolean): Mention | null {
  if (!ACTING_AFTER.test(text.slice(tokens[i]!.end, tokens[i]!.end + 60))) return null;
  const prevSent = tokSent[i]! - 1;
  let first: Mention | null = null;
  for (let h = history.length - 1; h >= 0; h--) {
    const a = history[h]!;
    if (a.sent < prevSent) break;
    if (a.sent === prevSent && a.kind !== 'pronoun') first = a;
  }
  if (!first) return null;
  // the subject opens its sentence: at most two words ("The", "Syrian") before it
  let words = 0;
  for (let k = first.from - 1; k >= 0 && tokSent[k] === prevSent; k--) if (tokens[k]!.word) words++;
  if (words > 2) return null;
  const e = doc.entities.get(first.ent);
  if (!e || (e.type !== 'State' && e.type !== 'Group')) return null;
  // "it" is one actor; "they" a plural phrase ("Russian jets", "the rebels") or a group
  const phrase = text.slice(first.start, first.end + 24).split(/\s+/).slice(0, 3).join(' ');
  const pluralSubject = first.kind === 'adj' || (e.generic && PLURAL_GENERIC.test(text.slice(first.start, first.end))) || /^\S+\s+(?:forces|troops|jets|warplanes|fighters|militants|rebels|soldiers|aircraft)\b/i.test(phrase);
  if (plural !== pluralSubject && !(plural && e.type === 'Group')) return null;
  return first;
}

/** The kind a place mention was introduced with, from the words around it. */
function placeKindOf(text: string, m: Mention): string | null {
  const before = KIND_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const after = KIND_AFTER.exec(text.slice(m.end, m.end + 16));
  const word = (before?.[1] ?? after?.[1])?.toLowerCase();
  return word ? ANTECEDENT_KINDS[word.replace(/s$/, '')] ?? ANTECEDENT_KINDS[word] ?? null : null;
}

export function addCoreference(text: string, tokens: Token[], tokSent: Int32Array, doc: DocEntities): void {
  const ms = doc.mentions;
  const added: Mention[] = [];
  const occupied = new Uint8Array(tokens.length);
  for (const m of ms) for (let k = m.from; k < m.to; k++) occupied[k] = 1;
  let mi = 0;
  const history: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    while (mi < ms.length && ms[mi]!.to <= i) {
      history.push(ms[mi]!);
      mi++;
    }
    if (occupied[i]) continue;
    const t = tokens[i]!;
    if (!t.word) continue;
    let rule: PronounRule | undefined;
    let from = i;
    let to = i + 1;
    if (SUBJECT_PRONOUNS.has(t.key) && (i === 0 || tokSent[i - 1] !== tokSent[i])) {
      // "Russian jets pounded Idlib. They also struck Maarat al-Numan": a sentence-initial "it"/"they"
      // doing something is the previous sentence's actor subject
      const a = previousSubject(text, tokens, tokSent, history, doc, i, t.key === 'they');
      if (a) added.push({ start: t.start, end: t.end, ent: a.ent, kind: 'pronoun', sent: tokSent[i]!, from: i, to: i + 1 });
      continue;
    } else if (SINGLE[t.key]) {
      rule = SINGLE[t.key];
    } else if (ROLE[t.key] && i > 0 && tokens[i - 1]!.key === 'the') {
      const nx = tokens[i + 1];
      // "the city of Aleppo" is a cue, not a reference
      if (nx && (nx.key === 'of' || (nx.word && /^\p{Lu}/u.test(text.slice(nx.start, nx.end))))) continue;
      rule = ROLE[t.key];
      from = i - 1;
    }
    if (!rule) continue;
    // antecedent: for "the city", the last place introduced as a city; else the most recent
    // compatible mention (for a place role, not one of the same sentence: "A and B neighbourhoods in
    // the city" is another place)
    const sentHere = tokSent[i]!;
    const kind = PLACE_KINDS[t.key];
    if (kind && from === i - 1) {
      // the nearest place of the same kind, or of no known kind within a few sentences; never one
      // of the same phrase ("al-Qusour and al-Joura neighborhoods in the city")
      let found: Mention | null = null;
      for (let h = history.length - 1; h >= 0 && !found; h--) {
        const a = history[h]!;
        if (sentHere - a.sent > MAX_SENT_BACK_KIND) break;
        if (a.kind === 'pronoun' || a.kind === 'adj' || doc.entities.get(a.ent)?.type !== 'Place') continue;
        if (a.sent === sentHere && !CLAUSE_VERB.test(text.slice(a.end, tokens[from]!.start))) continue;
        const k = placeKindOf(text, a);
        if (k === kind || (k === null && sentHere - a.sent <= MAX_SENT_BACK)) found = a;
      }
      if (found) added.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, ent: found.ent, kind: 'pronoun', sent: sentHere, from, to });
      continue;
    }
    for (let h = history.length - 1; h >= 0; h--) {
      const a = history[h]!;
      if (sentHere - a.sent > MAX_SENT_BACK) break;
      const e = doc.entities.get(a.ent)!;
      if (!rule.types.includes(e.type)) continue;
      if (rule.specific && (e.generic || a.kind === 'adj')) continue;
      added.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, ent: a.ent, kind: 'pronoun', sent: sentHere, from, to });
      break;
    }
  }
  if (!added.length) return;
  doc.mentions = [...ms, ...added].sort((x, y) => x.start - y.start);
}
