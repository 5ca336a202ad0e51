// The rule-based extractor: dictionary + cue-typed names -> mentions -> coreference ->
// reported speech -> relation patterns -> one Extraction per article.
import type { Article, ExtractedEntity, ExtractedRelation, Extraction, Extractor, RelationType } from '../../graph/model.js';
import { RELATION_TYPE_INFO } from '../../graph/model.js';
import { compileDictionary, loadDefaultEntries, loadDictionaryFile, mergeEntries, type ActorEntry } from './dictionary.js';
import { alt, loadCues, type CueData } from './cues.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { compileEntityCues, computeTokSent, findEntities, type DocEntities, type EntityRecord } from './entities.js';
import { addCoreference } from './coref.js';
import { computeVoices, speakerPatterns } from './attribution.js';
import { applyRules, compileRules, type RawRelation, type SentenceContext } from './relations.js';

export { loadDictionaryFile } from './dictionary.js';
export type { ActorEntry } from './dictionary.js';

export interface ExtractorOptions {
  /** Extra actor dictionary files (same format as ingest/data/actors.json), merged over the default. */
  dictionaryFiles?: string[];
  /** Replace the built-in dictionary instead of extending it. */
  replaceDefaultDictionary?: boolean;
  /** Alternative cue file (default ingest/data/cues.json). */
  cuesFile?: string;
}

const MAX_QUOTE = 300;
const BARE_FORCES = /^(?:forces|troops|army|air\s+force|warplanes|jets|aircraft|military|soldiers|regime|government)$/i;
// "the Assad regime", "forces loyal to Assad", "the government of Bashar al-Assad": a known leader next to
// the apparatus he heads speaks for his state as much as with a title
const GOVERNS_RE = /\b(?:regime|government|administration|forces|troops|army|loyal(?:ists?)?)\b/i;
const TERROR_ID = 'Group:terrorists';
/** "Syria's", "Russian", "the Turkish": a parent mention directly before the body, with up to 3 lower-case modifiers. */
const PARENT_BEFORE = /^(?:\s*['\u2019]s\s+(?:[a-z][\w-]*\s+){0,3}|\s*-?\s*(?:(?:state|state-run|official|national|defen[cs]e|foreign|interior|military|intelligence|security)\s+)?)$/;
/** Words that deny or loosen belonging between two mentions (Belonging clarification). */
const DISTANCING = /\b(?:linked|associated|close\s+to|dominated|former|formerly|previously|once|broke|break|split|cut\s+ties|severed|sever|distanced?|renounced?|not|no\s+longer|rival)\b/i;
/** "state news agency SANA", "state-run TV", "the government's official agency". */
const STATE_CUE_BEFORE = /\b(?:state|state-run|state-owned|state-controlled|official|government-run|government-owned|regime-run)\s+(?:(?:news|media|press|wire|broadcaster|television|tv|radio|agency|channel|outlet|newspaper|daily)\s+){0,2}$/;

const COUNT = `(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores)`;
/** "including 9 in Alsaliheen, 8 in Ansari and 3 in Karm Albeiq": a count and "in" after "including". */
const BREAKDOWN_RE = new RegExp(`\\b(?:including|among\\s+them|of\\s+whom)\\s+(?=${COUNT}\\s+(?:[a-z]+\\s+){0,2}?(?:in|at)\\s)`, 'i');
const BREAKDOWN_ITEM_RE = new RegExp(`${COUNT}\\s+(?:[a-z]+\\s+){0,2}?(?:in|at)\\s+(?:the\\s+)?(?:[a-z]+\\s+){0,2}?⟨(\\d+)⟩`, 'gi');

export function createExtractor(options: ExtractorOptions = {}): Extractor {
  const lists: ActorEntry[][] = [];
  if (!options.replaceDefaultDictionary) lists.push(loadDefaultEntries());
  for (const f of options.dictionaryFiles ?? []) lists.push(loadDictionaryFile(f));
  const dict = compileDictionary(mergeEntries(lists));
  const cues: CueData = loadCues(options.cuesFile);
  const ecues = compileEntityCues(cues);
  const rules = compileRules(cues);
  const repRules = rules.filter((r) => r.type === 'REPRESENTS');
  const otherRules = rules.filter((r) => r.type !== 'REPRESENTS');
  const speech = speakerPatterns(alt(cues.lists.speechVerbs ?? []));
  const negRe = new RegExp(`\\b${alt(cues.lists.negation ?? [])}\\b`, 'i');
  const hypoRe = new RegExp(`\\b${alt(cues.lists.hypothetical ?? [])}\\b`, 'i');
  // "Syrian government shelling of ...", "strikes by the coalition": who an attack noun names as its agent
  const attackNouns = alt((cues.relations.ATTACKS?.nouns as string[]) ?? []);
  const attackAgentRes = [
    // "the regime's air strikes", not "the Observatory said strikes"
    new RegExp(`⟨(\\d+)⟩(?:['\u2019]s|s)?\\s+(?:(?!${alt(cues.lists.speechVerbs ?? [])}\\b)[a-z]+\\s+)?(?:${attackNouns})\\b`, 'gi'),
    new RegExp(`\\b(?:${attackNouns})\\s+(?:carried\\s+out\\s+|launched\\s+|conducted\\s+)?by\\s+(?:the\\s+)?⟨(\\d+)⟩`, 'gi'),
  ];
  const roleRe = new RegExp(`\\b${alt((cues.relations.REPRESENTS?.roleNouns as string[]) ?? [])}\\b`, 'i');
  const roleAlt = alt((cues.relations.REPRESENTS?.roleNouns as string[]) ?? []);
  const roleAfterRe = new RegExp(`^\\s+(?:${roleAlt}|officials|sources?|spokes(?:man|woman|person))\\b`, 'i');
  const roleBeforeRe = new RegExp(`\\b(?:${roleAlt}|officials|sources?)\\s+(?:of|at|for|in)\\s+(?:the\\s+)?$`, 'i');
  const partOfCues = cues.relations.PART_OF ?? {};
  const nounsOfAlt = alt((partOfCues.nounsOf as string[]) ?? ['affiliate']);
  // "the ISIS-run Amaq agency", "ISIS run Amaq news agency"
  const compoundBefore = new RegExp(`^\\s*-?\\s*${alt((partOfCues.compoundSuffixes as string[]) ?? ['run'])}\\s+(?:[a-z][\\w-]*\\s+){0,2}$`, 'i');
  const belongRe = new RegExp(`\\b(?:${alt([...((partOfCues.activeVerbs as string[]) ?? []), ...((partOfCues.nounsOf as string[]) ?? [])])})\\b`, 'i');
  return {
    extract(article: Article): Extraction {
      return extractOne(article);
    },
  };

  function extractOne(article: Article): Extraction {
    let text = article.text ?? '';
    const title = (article.title ?? '').trim();
    if (title && !text.trimStart().startsWith(title)) text = `${title}\n${text}`;
    const sents = splitSentences(text);
    const tokens = tokenize(text);
    const tokSent = computeTokSent(tokens, sents);
    const doc: DocEntities = findEntities(text, sents, tokens, dict, ecues);
    addCoreference(text, tokens, tokSent, doc);
    const ms = doc.mentions;
    // "Erdogan's troops", "his army": a bare forces word after a leader is the leader's state
    for (let i = 1; i < ms.length; i++) {
      const m = ms[i]!;
      const p = ms[i - 1]!;
      if (!BARE_FORCES.test(text.slice(m.start, m.end))) continue;
      if (!/^(?:['\u2019]?s)?\s+$/.test(text.slice(p.end, m.start)) && !(p.end === m.start - 1)) continue;
      const pe = doc.entities.get(p.ent);
      if (!pe || pe.type !== 'Person') continue;
      const st = (pe.facts.represents ?? []).map((r) => dict.byName.get(r.toLowerCase())).find((k) => k !== undefined && dict.entries[k]!.type === 'State');
      if (st === undefined) continue;
      const se = ensureFromDict(dict.entries[st]!.name);
      if (!se || se.id === m.ent) continue;
      const old = m.ent;
      m.ent = se.id;
      se.strong = true;
      const oe = doc.entities.get(old);
      if (oe) oe.strong = ms.some((x) => x.ent === old && (x.kind === 'name' || x.kind === 'metonym' || x.kind === 'unknown'));
    }
    // masked sentences
    const sentMentions: number[][] = sents.map(() => []);
    ms.forEach((m, i) => {
      if (m.sent >= 0 && m.sent < sents.length) sentMentions[m.sent]!.push(i);
    });
    const masked: string[] = [];
    const sentTexts: string[] = [];
    for (let s = 0; s < sents.length; s++) {
      const sp = sents[s]!;
      sentTexts.push(text.slice(sp.start, sp.end));
      let out = '';
      let pos = sp.start;
      for (const mi of sentMentions[s]!) {
        const m = ms[mi]!;
        if (m.start < pos) continue;
        out += clean(text.slice(pos, m.start)) + (m.ent === TERROR_ID ? `⟨${mi}t⟩` : `⟨${mi}⟩`);
        pos = m.end;
      }
      out += clean(text.slice(pos, sp.end));
      masked.push(out);
    }
    const ent = (id: string) => doc.entities.get(id)!;
    const agentsBySentence: Array<string[] | undefined> = [];
    const rels: RawRelation[] = [];
    let speechSets: Array<Set<number>> = [];
    const represents = new Map<string, string[]>();
    const ledBy = new Map<string, string>();
    for (const e of doc.entities.values()) {
      if (!e.facts.led) continue;
      ledBy.set(`State:${e.facts.led.toLowerCase()}`, e.id);
    }
    const mkCtx = (s: number, speaker: string | null, voice: string | null): SentenceContext => ({
      sent: s,
      masked: masked[s]!,
      mentionIdx: sentMentions[s]!,
      entOf: (mi) => ms[mi]!.ent,
      typeOf: (id) => ent(id).type,
      kindOf: (mi) => ms[mi]!.kind,
      surfaceOf: (mi) => text.slice(ms[mi]!.start, ms[mi]!.end),
      stateOf: (id) => represents.get(id)?.find((x) => x.startsWith('State:')) ?? dictionaryStateOf(id),
      speech: speechSets[s] ?? new Set(),
      ledBy,
      lastAttacker: () => lastAttackerBefore(s),
      genericOf: (id) => ent(id).generic,
      speaker,
      voice,
    });
    // 1. offices first (they decide whose voice a speaker is)
    for (let s = 0; s < sents.length; s++) rels.push(...applyRules(repRules, mkCtx(s, null, null), negRe, /(?!x)x/));
    // dictionary facts: a known official next to a role word
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      const e = ent(m.ent);
      if (e.type !== 'Person' || !e.facts.represents?.length || m.kind === 'pronoun') continue;
      const around = text.slice(Math.max(0, m.start - 45), Math.min(text.length, m.end + 45));
      if (!roleRe.test(around) && !GOVERNS_RE.test(around)) continue;
      for (const r of e.facts.represents) {
        const target = findByName(doc, r);
        if (target && target.id !== e.id) rels.push({ type: 'REPRESENTS', source: e.id, target: target.id, sent: m.sent, mi: [i], rule: 'facts' });
      }
    }
    // bodies belong to states: cascade
    const extraRels: RawRelation[] = [];
    for (const r of rels) {
      if (r.type !== 'REPRESENTS') continue;
      const arr = represents.get(r.source) ?? [];
      if (!arr.includes(r.target)) arr.push(r.target);
      represents.set(r.source, arr);
      const body = ent(r.target);
      if (body.type === 'Group' && body.facts.partOf) {
        const st = findByName(doc, body.facts.partOf);
        if (st) {
          extraRels.push({ ...r, target: st.id, rule: 'cascade' });
          if (!arr.includes(st.id)) arr.push(st.id);
        }
      }
    }
    rels.push(...extraRels);
    for (const [pid, arr] of represents) {
      // a person whose only office is a group: voice stays the group
      represents.set(pid, arr);
    }
    // 2. voices
    const voices = computeVoices(doc, masked, sentMentions, sentTexts, speech, represents, article.source ?? null);
    speechSets = voices.speechMentions;
    const articleVoiceMentioned = !!voices.articleVoice && ms.some((m) => m.ent === voices.articleVoice && m.kind !== 'pronoun');
    // 3. other relations
    for (let s = 0; s < sents.length; s++) {
      const sp = voices.speaker[s] ?? null;
      // the article's own voice (a state outlet's narration) needs that state named in the article: with no
      // named speaker and no mention of the state, narrative wording ("ISIS terrorists") gives no relation
      const voice = sp ? voices.voiceOf(sp) : articleVoiceMentioned ? voices.articleVoice : null;
      if (voice && !doc.entities.has(voice)) {
        // the voice state may not be mentioned yet: create it from the dictionary
        const st = findEntry(voice);
        if (!st) continue;
      }
      rels.push(...applyRules(otherRules, mkCtx(s, sp, voice), negRe, hypoRe));
    }
    // 3b. a casualty breakdown by place ("killed in airstrikes by the regime on Aleppo, including 9 in
    // Alsaliheen and 8 in Ansari") names more places the same attackers hit
    for (let s = 0; s < sents.length; s++) {
      const bm = BREAKDOWN_RE.exec(masked[s]!);
      if (!bm) continue;
      const attackers = [...new Set(rels.filter((r) => r.type === 'ATTACKS' && r.sent === s).map((r) => r.source))];
      if (!attackers.length) continue;
      const list = masked[s]!.slice(bm.index + bm[0].length);
      BREAKDOWN_ITEM_RE.lastIndex = 0;
      let im: RegExpExecArray | null;
      while ((im = BREAKDOWN_ITEM_RE.exec(list))) {
        const mi = Number(im[1]);
        const place = ms[mi]!.ent;
        if (ent(place).type !== 'Place') continue;
        for (const a of attackers) rels.push({ type: 'ATTACKS', source: a, target: place, sent: s, mi: [mi], rule: 'casualty-breakdown' });
      }
    }
    // 4. facts: bodies are part of their state, coalitions include their leader
    for (const e of doc.entities.values()) {
      if (e.type === 'Group' && e.facts.partOf && (e.strong)) {
        const t = findByName(doc, e.facts.partOf);
        const mi = t && t.strong ? partOfSupport(e, t) : -1;
        if (t && mi >= 0) rels.push({ type: 'PART_OF', source: e.id, target: t.id, sent: ms[mi]!.sent, mi: [mi], rule: 'facts' });
      }
      if (e.facts.led) {
        const mi = ms.findIndex((m) => m.ent === e.id && /led|American|US|U\.S\./.test(text.slice(m.start, m.end)));
        if (mi >= 0) {
          let t = findByName(doc, e.facts.led);
          if (!t) t = ensureFromDict(e.facts.led);
          if (t) rels.push({ type: 'PART_OF', source: t.id, target: e.id, sent: ms[mi]!.sent, mi: [mi], rule: 'led' });
        }
      }
    }
    // 5. output
    const seen = new Map<string, ExtractedRelation>();
    const used = new Set<string>();
    for (const r of rels) {
      if (r.sent < 0 || !doc.entities.has(r.source) || !doc.entities.has(r.target)) continue;
      const sym = RELATION_TYPE_INFO[r.type].symmetric;
      const key = sym ? [r.type, ...[r.source, r.target].sort()].join('|') : `${r.source}|${r.type}|${r.target}`;
      if (seen.has(key)) continue;
      const sp = voices.speaker[r.sent] ?? null;
      seen.set(key, {
        type: r.type as RelationType,
        source: ent(r.source).name,
        target: ent(r.target).name,
        evidence: { quote: quoteFor(r), speaker: sp ? ent(sp)?.name ?? null : null },
      });
      used.add(r.source);
      used.add(r.target);
    }
    const entities: ExtractedEntity[] = [];
    for (const e of doc.entities.values()) {
      if (!e.strong && !used.has(e.id)) continue;
      if (e.generic && !used.has(e.id)) continue;
      entities.push({ name: e.name, type: e.type, aliases: [...e.aliases].filter((a) => a !== e.name) });
    }
    return { entities, relations: [...seen.values()] };

    function quoteFor(r: RawRelation): string {
      const sp = sents[r.sent]!;
      if (sp.end - sp.start <= MAX_QUOTE) return text.slice(sp.start, sp.end);
      let lo = Infinity;
      let hi = -Infinity;
      for (const mi of r.mi) {
        const m = ms[mi];
        if (!m || m.start < sp.start || m.end > sp.end) continue;
        lo = Math.min(lo, m.start);
        hi = Math.max(hi, m.end);
      }
      if (!Number.isFinite(lo)) return text.slice(sp.start, sp.start + MAX_QUOTE).trim();
      const pad = Math.max(0, Math.floor((MAX_QUOTE - (hi - lo)) / 2));
      let a = Math.max(sp.start, lo - pad);
      let b = Math.min(sp.end, hi + pad);
      if (b - a > MAX_QUOTE) b = a + MAX_QUOTE;
      // snap to word boundaries
      while (a > sp.start && /\S/.test(text[a - 1]!) && a > lo - pad - 20) a--;
      while (b < sp.end && /\S/.test(text[b]!) && b < hi + pad + 20) b++;
      return text.slice(a, b).trim();
    }
    /**
     * A dictionary "partOf" fact is emitted only when the article itself links the body to its parent
     * (the guidelines annotate only what the text asserts). Returns the index of a supporting mention
     * of the body, or -1. Support, within one sentence:
     *  - the body's own name carries the parent ("Russian Foreign Ministry", "UN Security Council");
     *  - the parent stands right before the body ("Syria's state news agency SANA", "Russia's Defense Ministry")
     *    or right after it with "of" ("the parliament of Syria");
     *  - a belonging cue (affiliate, branch, wing, arm, part of, member of...) links the two mentions
     *    ("Nusra, ... al-Qaeda's affiliate in Syria"), with no distancing word between them
     *    ("linked to", "formerly", "broke with");
     *  - for a state parent: a state cue right before the body ("state news agency SANA", "state-run TV"), or an
     *    office word attached to it ("Pentagon spokesman", "head of the Foreign Ministry", "a source at X Police
     *    Command") -- the Offices clarification: an official's body is part of its state.
     */
    function partOfSupport(e: EntityRecord, t: EntityRecord): number {
      const forms = parentForms(t);
      const tMentions = ms.map((m, i) => i).filter((i) => ms[i]!.ent === t.id && ms[i]!.kind !== 'pronoun');
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i]!;
        if (m.ent !== e.id || m.kind === 'pronoun' || m.sent < 0) continue;
        const surface = text.slice(m.start, m.end);
        if (forms.some((f) => f.test(surface))) return i;
        const sp = sents[m.sent]!;
        const before = text.slice(Math.max(sp.start, m.start - 40), m.start);
        const after = text.slice(m.end, Math.min(sp.end, m.end + 40));
        if (t.type === 'State') {
          if (STATE_CUE_BEFORE.test(before) || /\bstate\b/i.test(surface)) return i;
          if (roleAfterRe.test(after) || roleBeforeRe.test(before)) return i;
        }
        for (const ti of tMentions) {
          const tm = ms[ti]!;
          if (tm.sent !== m.sent) continue;
          if (tm.end <= m.start) {
            const between = text.slice(tm.end, m.start);
            if (PARENT_BEFORE.test(between) || compoundBefore.test(between)) return i;
            if (between.length <= 120 && belongRe.test(between) && !DISTANCING.test(between)) return i;
          } else if (tm.start >= m.end) {
            const between = text.slice(m.end, tm.start);
            const afterT = text.slice(tm.end, Math.min(sp.end, tm.end + 40));
            if (/^\s*,?\s*(?:of|in)\s+(?:the\s+)?$/i.test(between)) return i;
            if (between.length > 120 || DISTANCING.test(between)) continue;
            if (belongRe.test(between)) return i;
            if (new RegExp(`^(?:\\s*['\u2019]?s)?\\s+(?:[a-z][\\w-]*\\s+){0,2}${nounsOfAlt}\\b`, 'i').test(afterT)) return i;
          }
        }
      }
      return -1;
    }
    function parentForms(t: EntityRecord): RegExp[] {
      const k = dict.byName.get(t.name.toLowerCase());
      const en = k === undefined ? undefined : dict.entries[k];
      const names = new Set<string>([t.name, ...t.aliases, ...(en?.aliases ?? []), ...(en?.adjectives ?? [])]);
      const out: RegExp[] = [];
      for (const n of names) {
        if (n.length < 2) continue;
        const esc = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        out.push(new RegExp(`(?:^|[^\\p{L}])${esc}(?:['\u2019]?s)?(?![\\p{L}])`, /^[A-Z]{2,6}$/.test(n) ? 'u' : 'iu'));
      }
      return out;
    }
    /** The state a known leader or official stands for by the dictionary ("Assad's air force" -> Syria). */
    function dictionaryStateOf(id: string): string | null {
      for (const name of ent(id).facts.represents ?? []) {
        const i = dict.byName.get(name.toLowerCase());
        if (i !== undefined && dict.entries[i]!.type === 'State') return ensureFromDict(name)?.id ?? null;
      }
      return null;
    }
    /** The single source of the ATTACKS found in the two sentences before s (none when they name several). */
    function lastAttackerBefore(s: number): string | null {
      const sources = new Set(rels.filter((r) => r.type === 'ATTACKS' && r.sent < s && r.sent >= s - 2).map((r) => r.source));
      for (let p = Math.max(0, s - 2); p < s; p++) for (const id of attackAgentsOf(p)) sources.add(id);
      return sources.size === 1 ? [...sources][0]! : null;
    }
    /** Who the attack nouns of sentence p name as their agents (memoised: sentences are asked about twice). */
    function attackAgentsOf(p: number): string[] {
      const cached = agentsBySentence[p];
      if (cached) return cached;
      const found: string[] = [];
      {
        for (const re of attackAgentRes) {
          re.lastIndex = 0;
          let m: RegExpExecArray | null;
          while ((m = re.exec(masked[p]!))) {
            const mention = ms[Number(m[1])]!;
            const e = ent(mention.ent);
            // a capital before an attack noun is usually a dateline ("BEIRUT Air strikes on ...")
            if (mention.kind === 'metonym') continue;
            if (e.type === 'State' || (e.type === 'Group' && !e.generic)) found.push(e.id);
          }
        }
      }
      agentsBySentence[p] = found;
      return found;
    }
    function findEntry(id: string): EntityRecord | null {
      const [type, ...rest] = id.split(':');
      const name = rest.join(':');
      const i = dict.byName.get(name);
      if (i === undefined) return null;
      const en = dict.entries[i]!;
      if (en.type !== type) return null;
      return ensureFromDict(en.name);
    }
    function ensureFromDict(name: string): EntityRecord | null {
      const i = dict.byName.get(name.toLowerCase());
      if (i === undefined) return null;
      const en = dict.entries[i]!;
      const id = `${en.type}:${en.name.toLowerCase()}`;
      let e = doc.entities.get(id);
      if (!e) {
        e = { id, name: en.name, type: en.type, aliases: new Set(), generic: !!en.generic, facts: en.facts ?? {}, strong: false };
        doc.entities.set(id, e);
      }
      return e;
    }
  }
}

function clean(s: string): string {
  return s.replace(/[⟨⟩]/g, ' ').replace(/[\u2019\u2018]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ');
}

function findByName(doc: DocEntities, name: string): EntityRecord | null {
  const low = name.toLowerCase();
  for (const e of doc.entities.values()) if (e.name.toLowerCase() === low) return e;
  return null;
}
