// Finds entity mentions in an article: dictionary matches, plus unknown names typed by cues
// ("the village of X", "X province", "the X Brigade", "spokesman X Y", "X Y said").
import type { EntityType } from '../../graph/model.js';
import type { ActorFacts, Dictionary } from './dictionary.js';
import { matchDictionary } from './dictionary.js';
import type { Span } from './sentences.js';
import { foldedKey, type Token } from './tokens.js';
import type { CueData } from './cues.js';

export type MentionKind = 'name' | 'adj' | 'metonym' | 'generic' | 'pronoun' | 'unknown';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: Set<string>;
  generic: boolean;
  facts: ActorFacts;
  /** Has at least one mention that names it (not only an adjective / generic word / pronoun). */
  strong: boolean;
}

export interface Mention {
  start: number;
  end: number;
  ent: string;
  kind: MentionKind;
  sent: number;
  /** Token index range of the mention, when it comes from the text. */
  from: number;
  to: number;
}

export interface DocEntities {
  entities: Map<string, EntityRecord>;
  mentions: Mention[];
}

export interface EntityCues {
  notNames: Set<string>;
  titleWords: Set<string>;
  placeHeadsAdmin: Set<string>;
  placeHeadsFacility: Set<string>;
  placeCuesBefore: Set<string>;
  placePrepositions: Set<string>;
  groupHeads: Set<string>;
  groupPrefixes: Set<string>;
  groupCuesBefore: Set<string>;
  months: Set<string>;
  personVerbsAfter: Set<string>;
  personVerbsBefore: Set<string>;
  /** "an ally of Washington", "loyal to Damascus": before the preposition, a word whose object is an actor. */
  metonymWordsBefore: Set<string>;
  /** "Kafr Hamra", "Tal Antar": the first word of many place names. */
  placePrefixes: Set<string>;
  personRoleNouns: Set<string>;
  bylineWords: Set<string>;
  /** Common given names: "Osama Said", "Robert Mardini" are people wherever they stand. */
  givenNames: Set<string>;
}

const LIST_HEAD_BEFORE = /\b(?:neighbou?rhoods|districts|villages|towns|areas|suburbs|quarters|(?:the\s+)?area)\s+of\s+(?:the\s+)?$/i;
const LIST_HEAD_AFTER = /^\s+(?:neighbou?rhoods|districts|villages|towns|areas|suburbs|quarters)\b/i;
const ARTICLE_PARTICLES = new Set(['al', 'el']);
// first words of place and person names that an "al-" continues ("Bab al-Faraj", "Tal al-Zaatar", "Abu al-Fadl")
const NAME_PREFIXES = new Set(['bab', 'tal', 'tell', 'deir', 'dayr', 'abu', 'umm', 'ras', 'jisr', 'ain', 'beit', 'kafr', 'khan', 'wadi', 'jabal', 'jebel', 'bir', 'bani', 'bayt', 'qasr', 'souq', 'suq', 'bustan', 'hay', 'harat', 'jamiyat', 'mazraat', 'abd', 'abdul', 'abdel', 'bin', 'ibn']);
// heads that take a number as their name ("Base 46", "Regiment 111", "Resolution 2254")
// capitalised function words that never continue a name (they start the next sentence or heading)
const RUN_ENDERS = new Set(['Our', 'This', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'We', 'They', 'He', 'She', 'It',
  // capitalised prepositions and verbs of title-case headlines ("Iraqi Militia Creates Brigade to Liberate
  // Golan From Israel", "Nusra Commander Killed in Latakia") are no part of a name (not "Said": a surname)
  'From', 'Amid', 'Against', 'Into', 'Over', 'After', 'Before', 'Despite', 'During', 'Near', 'Via', 'Kills', 'Killed',
  'Creates', 'Launched', 'Launches', 'Hits', 'Hit', 'Targets', 'Targeted', 'Claims', 'Claimed', 'Slams', 'Warns', 'Urges', 'Calls', 'Vows',
  'Seizes', 'Captures', 'Captured', 'Recaptures', 'Retakes', 'Destroys', 'Destroyed', 'Reported', 'Reports', 'Denies', 'Accuses', 'Meets']);
const NUMBERED_HEADS = /^(?:Base|Regiment|Brigade|Division|Battalion|Corps|Resolution|Hill|Route|Highway|Station|Camp|Checkpoint|Sector|Zone|Point)$/;
const NUMBERED_PLACES = /^(?:Base|Regiment|Hill|Route|Highway|Station|Camp|Checkpoint|Sector|Point)$/;
const NUMBERED_UNITS = /^(?:Brigade|Division|Battalion|Corps)$/;
const ORG_AFTER_STATE = /^\s+(?:Campaign|Institute|Foundation|Fund|Project|Network|Forum|Trust|Initiative|Centre|Center|Solidarity|Relief|Civil)\b/;
/** Acronyms that name no organisation of the conflict. */
const NOT_ORG_ACRONYMS = new Set(['NGO', 'NGOS', 'UTC', 'GMT', 'TV', 'PM', 'AM', 'URL', 'PDF', 'CEO']);
/** Words after an unknown acronym that make it an organisation ("IFRC spokesman", "SOHR said"). */
const ACRONYM_ACTOR_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'president', 'chief', 'head', 'official', 'officials', 'director', 'commander', 'commanders', 'leader', 'leaders', 'member', 'members', 'fighters', 'militants', 'forces', 'statement', 'chairman', 'envoy', 'representative', 'said', 'says', 'reported', 'announced', 'claimed', 'stated', 'added', 'warned']);
const AUXILIARY_AFTER = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'must', 'should', 'can', 'could', 'does', 'did']);
const DIRECTION_WORD = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|north-eastern|north-western|south-eastern|south-western)$/;
/** Nouns "military" modifies as an adjective ("a military campaign", "military sources"). */
const MILITARY_AS_ADJECTIVE = /^\s+(?:campaigns?|operations?|actions?|intervention|interventions|bases?|airbase|council|councils|presence|aid|assistance|support|advisers|advisors|equipment|hardware|vehicles?|officials?|experts?|analysts?|leaders?|commanders?|personnel|capabilit(?:y|ies)|offensives?|escalation|solution|options?|victor(?:y|ies)|gains|strikes?|force|police|courts?|service|exercises|drills|cooperation|coordination|plans?|facilit(?:y|ies)|installations?|targets?|airport|academy|college|hospital|intelligence|involvement|deployment|build-?up|mission|missions|front|wing|arm|command|chief|spokes(?:man|woman|person)|sites?|aircraft|planes?|jets?|helicopters?|cargo|supplies|training|means|pressure|power|might|threat|option|action)\b/;
/** A state's lower-case force noun ("army", "troops"): after another actor's adjective it is that actor's. */
const BARE_FORCE_NOUN = /^(?:army|military|troops|forces|soldiers|government|regime|air force|armed forces)$/;
/** A head noun after a common-noun mention: "an army unit", "a government spokesman". */
const MODIFIED_HEAD = /^(?:\s+(?!(?:of|that|which|who|and|or|in|on|at|to|for|from|with|by|led|formed|made|is|was|has|had|said)\b)\p{Ll}+|\s*-\s*\p{Ll}+)/u;

export function compileEntityCues(c: CueData): EntityCues {
  const L = c.lists;
  const low = (k: string) => new Set((L[k] ?? []).map((s) => s.toLowerCase()));
  const titleWords = new Set<string>();
  for (const t of L.titles ?? []) for (const w of t.split(/\s+/)) titleWords.add(w.toLowerCase().replace(/\.$/, ''));
  for (const w of ['foreign', 'defense', 'defence', 'interior', 'deputy', 'vice', 'prime', 'special', 'of', 'state', 'general', 'chief', 'senior', 'top', 'military', 'former', 'late']) titleWords.delete(w);
  return {
    notNames: new Set(L.notNames ?? []),
    titleWords,
    placeHeadsAdmin: low('placeHeadsAdmin'),
    placeHeadsFacility: low('placeHeadsFacility'),
    placeCuesBefore: low('placeCuesBefore'),
    placePrepositions: low('placePrepositions'),
    groupHeads: new Set(L.groupHeads ?? []),
    groupPrefixes: new Set((L.groupPrefixes ?? []).map((s) => s.toLowerCase())),
    groupCuesBefore: low('groupCuesBefore'),
    months: new Set(L.months ?? []),
    personVerbsAfter: low('personVerbsAfter'),
    personVerbsBefore: low('personVerbsBefore'),
    personRoleNouns: low('personRoleNouns'),
    metonymWordsBefore: low('metonymWordsBefore'),
    placePrefixes: new Set(L.placePrefixes ?? []),
    bylineWords: new Set(['by']),
    givenNames: new Set(L.givenNames ?? []),
  };
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'di', 'da', 'van', 'von', 'der', 'ad', 'as', 'ash', 'ar', 'az', 'an', 'at', 'abdul', 'abdel', 'of', 'la', 'le']);
const ACTING = new Set(['said', 'says', 'say', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'wants', 'want', 'agreed', 'agrees', 'accused', 'accuses', 'announced', 'insists', 'insisted', 'denied', 'denies', 'rejected', 'rejects', 'welcomed', 'welcomes', 'warned', 'warns', 'backs', 'backed', 'supports', 'supported', 'condemned', 'condemns', 'claims', 'claimed', 'believes', 'sees', 'hopes', 'plans', 'demands', 'demanded', 'called', 'calls', 'regime', 'government', 'authorities', 'officials', 'must', 'should', 'can', 'could', 'does', 'did', 'considers', 'launched', 'sent', 'responded', 'stressed', 'stated', 'told',
  // stances only an actor takes
  'describes', 'described', 'regards', 'regarded', 'labels', 'labelled', 'labeled', 'brands', 'branded', 'views', 'viewed', 'deems', 'deemed', 'designated', 'designates', 'blames', 'blamed', 'urged', 'urges', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'opposes', 'opposed', 'refuses', 'refused', 'recognised', 'recognized', 'recognises', 'recognizes', 'signed', 'negotiated', 'negotiates', 'expects', 'expected', 'fears', 'feared', 'arms', 'armed', 'funds', 'funded', 'helped', 'helps', 'deployed', 'deploys', 'summoned', 'criticised', 'criticized', 'praised', 'threatened', 'threatens', 'vetoed', 'approved', 'endorsed', 'insisting', 'maintains', 'maintained', 'argues', 'argued', 'asked', 'asks', 'sought', 'seeks', 'refers', 'referred']);
// the words of a dictionary person's names, once per entry
const NAME_WORDS = new WeakMap<object, Set<string>>();
function nameWordsOf(entry: { name: string; aliases?: string[] }): Set<string> {
  let words = NAME_WORDS.get(entry);
  if (!words) NAME_WORDS.set(entry, (words = new Set([entry.name, ...(entry.aliases ?? [])].flatMap((a) => a.toLowerCase().split(/[\s-]+/)))));
  return words;
}
const LOC_PREP = new Set(['in', 'at', 'near', 'to', 'into', 'outside', 'of', 'around', 'toward', 'towards', 'across', 'from', 'inside', 'via', 'through', 'reached', 'entered', 'left', 'visited', 'visit', 'visiting', 'arrived', 'outskirts', 'between', 'on']);
const METONYM_COMPOUND = /^(?:\s*-\s*(?:backed|led|supported|sponsored|allied|aligned|funded|armed)\b|\s+(?:ally|allies|backer|backers|patron)\b)/;
const PLACE_AFTER = new Set(['countryside', 'province', 'suburb', 'suburbs', 'city', 'airport', 'neighborhood', 'neighbourhood', 'district', 'governorate', 'outskirts', 'area', 'region']);

export function computeTokSent(tokens: Token[], sents: Span[]): Int32Array {
  const tokSent = new Int32Array(tokens.length);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sents.length - 1 && tokens[i]!.start >= sents[s]!.end) s++;
    tokSent[i] = s;
  }
  return tokSent;
}

export function canonicalId(type: EntityType, name: string): string {
  return `${type}:${name.toLowerCase()}`;
}

const isCapWord = (s: string) => /^\p{Lu}/u.test(s);

export function findEntities(text: string, sents: Span[], tokens: Token[], dict: Dictionary, cues: EntityCues): DocEntities {
  const entities = new Map<string, EntityRecord>();
  const mentions: Mention[] = [];
  // sentence index per token
  const tokSent = computeTokSent(tokens, sents);
  const ensure = (type: EntityType, name: string, generic: boolean, facts: ActorFacts = {}): EntityRecord => {
    const id = canonicalId(type, name);
    let e = entities.get(id);
    if (!e) {
      e = { id, name, type, aliases: new Set(), generic, facts, strong: false };
      entities.set(id, e);
    }
    return e;
  };
  const addMention = (e: EntityRecord, from: number, to: number, kind: MentionKind, surfaceOverride?: string) => {
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const surface = surfaceOverride ?? text.slice(start, end);
    if (surface !== e.name) e.aliases.add(surface.replace(/\s+/g, ' '));
    if (kind === 'name' || kind === 'metonym' || kind === 'unknown') e.strong = true;
    mentions.push({ start, end, ent: e.id, kind, sent: tokSent[from]!, from, to });
  };
  const covered = new Uint8Array(tokens.length);
  const rawAt = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const prevWord = (i: number, k = 1): string => {
    let j = i - 1;
    let n = 0;
    while (j >= 0) {
      if (tokens[j]!.word) {
        n++;
        if (n === k) return tokens[j]!.key;
      } else if (tokens[j]!.key !== '-' ) return '';
      j--;
    }
    return '';
  };
  const nextWord = (i: number): string => {
    const t = tokens[i];
    return t && t.word ? t.key : '';
  };

  // 1. dictionary
  for (const m of matchDictionary(dict, text, tokens)) {
    let cand = m.candidates[0]!;
    const metonym = m.candidates.find((c) => c.kind === 'metonym');
    if (metonym) {
      const place = m.candidates.find((c) => dict.entries[c.entry]!.type === 'Place');
      // "in southern Damascus", "in north-western Idlib": the preposition before the direction counts
      const before = DIRECTION_WORD.test(prevWord(m.from)) ? prevWord(m.from, 2) : prevWord(m.from);
      const after = nextWord(m.to);
      // "BEIRUT (Reuters) -", "MOSCOW Air strikes ...": a capital in capitals is a dateline, a place
      const surface = text.slice(m.start, m.end);
      const dateline = surface.length >= 4 && surface === surface.toUpperCase() && /\p{Lu}/u.test(surface);
      const locative = LOC_PREP.has(before) || PLACE_AFTER.has(after) || dateline;
      // "the Damascus-backed NDF", "Damascus ally Hezbollah", "an ally of Washington": the capital stands for its state
      const acting = ACTING.has(after) || (after === 's' && tokens[m.to - 1]!.key.endsWith('s')) || METONYM_COMPOUND.test(text.slice(m.end, m.end + 20))
        || (!dateline && !PLACE_AFTER.has(after) && (before === 'of' || before === 'to' || before === 'from') && cues.metonymWordsBefore.has(prevWord(m.from, 2)));
      // "the camp in southern Damascus was shelled": after a locative, an auxiliary belongs to the noun phrase
      if (locative && (!acting || (LOC_PREP.has(before) && AUXILIARY_AFTER.has(after)))) {
        if (place) cand = place;
        else {
          const e = ensure('Place', text.slice(m.start, m.end), false);
          addMention(e, m.from, m.to, 'unknown');
          for (let k = m.from; k < m.to; k++) covered[k] = 1;
          continue;
        }
      } else if (place && !acting) cand = place;
      else cand = metonym;
    } else {
      const named = m.candidates.find((c) => c.kind === 'name');
      if (named) cand = named;
    }
    const entry = dict.entries[cand.entry]!;
    // "SARC President Dr Abdulrahman Attar": a one-word alias of a known person followed by another
    // capitalised name is someone else's given name
    if (entry.type === 'Person' && m.to - m.from === 1 && tokens[m.to]?.word && isCapWord(rawAt(m.to)) && !dict.root.next.has(foldedKey(tokens[m.to]!)) && !cues.months.has(rawAt(m.to)) && !cues.notNames.has(rawAt(m.to))) continue;
    // "Jaish al-Islam spokesman Islam Alloush": a known surname after another capitalised word that is no
    // part of the known person's names is someone else's family name ("Hafez Assad" is not Bashar)
    if (entry.type === 'Person' && m.to - m.from === 1 && m.from > 0 && tokens[m.from - 1]!.word && /^\s$/.test(text.slice(tokens[m.from - 1]!.end, m.start)) && isCapWord(rawAt(m.from - 1))) {
      const prev = rawAt(m.from - 1);
      const ownWords = nameWordsOf(entry);
      const sentenceStart = m.from - 1 === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, tokens[m.from - 1]!.start - 3), tokens[m.from - 1]!.start));
      if (!sentenceStart && !ownWords.has(prev.toLowerCase()) && !dict.root.next.has(foldedKey(tokens[m.from - 1]!)) && !cues.titleWords.has(prev.toLowerCase().replace(/\.$/, '')) && !cues.months.has(prev) && !cues.notNames.has(prev)) continue;
    }
    // "Abu Abdul Rahman al-Madani": a kunya before a known person's names makes them someone else's
    if (entry.type === 'Person' && m.from > 0 && /^(?:Abu|Umm)$/.test(rawAt(m.from - 1)) && !nameWordsOf(entry).has(rawAt(m.from - 1).toLowerCase())) continue;
    // "The Syria Campaign", "the Syria Institute": a country's name inside an organisation's name
    if (entry.type === 'State' && cand.kind === 'name' && ORG_AFTER_STATE.test(text.slice(m.end, m.end + 16)) && prevWord(m.from) === 'the') continue;
    // "a coalition of groups", "an army": a common noun with an indefinite article names no one
    // ("an army unit", "a government source": the noun modifies a head that belongs to the actor)
    if (!entry.generic && cand.kind === 'name' && !/\p{Lu}/u.test(text.slice(m.start, m.end)) && (prevWord(m.from) === 'a' || prevWord(m.from) === 'an') && !MODIFIED_HEAD.test(text.slice(m.end, m.end + 24))) continue;
    // "the Syrian capital" is Damascus, but "their de facto Syrian capital of Raqqa" is Raqqa
    if (/capital$/i.test(text.slice(m.start, m.end))) {
      const named = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/u.exec(text.slice(m.end, m.end + 40));
      if ((named && !nameWordsOf(entry).has(named[1]!.toLowerCase())) || prevWord(m.from) === 'facto') continue;
    }
    // "a military campaign", "military action": the adjective "military" names no one (the noun "the military
    // said" does)
    if (/^military$/i.test(text.slice(m.start, m.end)) && MILITARY_AS_ADJECTIVE.test(text.slice(m.end, m.end + 16))) continue;
    // "the Kurdish army", "Jordanian troops": a bare force noun after another actor's adjective is that actor's
    if (cand.kind === 'name' && BARE_FORCE_NOUN.test(text.slice(m.start, m.end))) {
      const last = mentions[mentions.length - 1];
      // ("Russia's military": after a possessive name too)
      if (last && last.to === m.from && last.ent !== canonicalId(entry.type, entry.name) && (last.kind === 'adj' || (/['\u2019]s$/.test(text.slice(last.start, last.end)) && /^(?:State|Group)$/.test(entities.get(last.ent)?.type ?? '')))) continue;
    }
    const e = ensure(entry.type, entry.name, !!entry.generic, entry.facts ?? {});
    const kind: MentionKind = cand.kind === 'adj' ? 'adj' : entry.generic ? 'generic' : cand.kind === 'metonym' ? 'metonym' : 'name';
    addMention(e, m.from, m.to, kind);
    for (let k = m.from; k < m.to; k++) covered[k] = 1;
  }

  // 2. unknown capitalised names
  interface Run { a: number; b: number; title: boolean; }
  const runs: Run[] = [];
  {
    let i = 0;
    const n = tokens.length;
    const startsName = (k: number) => {
      const t = tokens[k]!;
      if (!t.word || covered[k]) return false;
      const raw = text.slice(t.start, t.end);
      if (isCapWord(raw)) return true;
      // "al-Hamidiyeh": lower-case particle glued by a hyphen to a word
      const h = tokens[k + 1], w = tokens[k + 2];
      return (t.key === 'al' || t.key === 'el') && !!h && h.key === '-' && h.start === t.end && !!w && w.start === h.end && w.word;
    };
    while (i < n) {
      if (!startsName(i)) {
        i++;
        continue;
      }
      const s = tokSent[i]!;
      let j = i;
      let last = i;
      while (j < n && tokSent[j] === s && !covered[j]) {
        const t = tokens[j]!;
        const raw = text.slice(t.start, t.end);
        // a number continues a name only before another name word ("Resolution 2254 Group"), not
        // before a measure ("Jayrud 60 kilometres")
        const numberInName = /^\d+$/.test(raw) && j > i && (NUMBERED_HEADS.test(rawAt(j - 1)) || !(tokens[j + 1]?.word && /^\p{Ll}/u.test(rawAt(j + 1))));
        if (t.word && (isCapWord(raw) || numberInName)) {
          last = j;
          j++;
          continue;
        }
        if (t.word && PARTICLES.has(t.key) && j + 1 < n && !covered[j + 1]) {
          // particle inside a name only when followed by a name word (possibly via hyphen)
          const nx = tokens[j + 1]!;
          if (nx.key === '-' && nx.start === t.end) {
            j++;
            continue;
          }
          if (nx.word && isCapWord(text.slice(nx.start, nx.end)) && t.key !== 'of' || (t.key === 'of' && nx.word && isCapWord(text.slice(nx.start, nx.end)) && j > i)) {
            j++;
            continue;
          }
          break;
        }
        if (!t.word && t.key === '-' && j > i && t.start === tokens[j - 1]!.end && tokens[j + 1] && tokens[j + 1]!.start === t.end && tokens[j + 1]!.word) {
          j++;
          // the word after a hyphen belongs to the name whatever its case
          last = j;
          j++;
          continue;
        }
        break;
      }
      runs.push({ a: i, b: last + 1, title: false });
      i = Math.max(last + 1, i + 1);
    }
  }
  splitPlaceLists(runs);
  // "Editing by Louise Ireland Our Standards": a word that never names (Our, The) ends a run inside it
  for (const r of runs) {
    for (let k = r.a + 1; k < r.b; k++) {
      if (tokens[k]!.word && RUN_ENDERS.has(text.slice(tokens[k]!.start, tokens[k]!.end))) {
        r.b = k;
        break;
      }
    }
  }
  const rawOf = (k: number) => text.slice(tokens[k]!.start, tokens[k]!.end);
  const runText = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  const mentionEndingAt = new Map<number, Mention>();
  for (const m of mentions) mentionEndingAt.set(m.to, m);
  const mentionStartingAt = new Map<number, Mention>();
  for (const m of mentions) mentionStartingAt.set(m.from, m);

  type Cls = { type: EntityType; name: string; alias?: string; a: number; b: number; partOf?: string };
  const classified: Cls[] = [];
  const pending: Run[] = [];
  let prevCls: { type: EntityType; b: number; sent: number } | null = null;
  for (const r of runs) {
    let { a, b } = r;
    let title = false;
    // strip leading non-names and titles
    while (a < b) {
      const raw = rawOf(a);
      if (cues.titleWords.has(raw.toLowerCase().replace(/\.$/, ''))) title = true;

      const numbered = NUMBERED_HEADS.test(raw) && a + 1 < b && /^\d+$/.test(rawOf(a + 1));
      if (!numbered && (cues.notNames.has(raw) || cues.titleWords.has(raw.toLowerCase()) || cues.months.has(raw))) a++;
      else if (!tokens[a]!.word) a++;
      else break;
    }
    // "Deputy Chief of Staff Colonel Haitham Afisi": a name after the last title word of a longer run
    for (let k = b - 2; k > a; k--) {
      const kw = rawOf(k).toLowerCase().replace(/\.$/, '');
      if (!tokens[k]!.word || !(cues.titleWords.has(kw) || cues.personRoleNouns.has(kw)) || !/^\p{Lu}/u.test(rawOf(k))) continue;
      const rest: string[] = [];
      for (let q = k + 1; q < b; q++) if (tokens[q]!.word) rest.push(rawOf(q));
      if (rest.length >= 2 && rest.length <= 4 && !cues.notNames.has(rest[0]!) && rest.every((w) => (/^\p{Lu}/u.test(w) && !cues.personVerbsAfter.has(w.toLowerCase())) || (PARTICLES.has(w.toLowerCase()) && w !== 'of'))) {
        a = k + 1;
        title = true;
      }
      break;
    }
    // strip trailing particles / hyphens
    while (b > a && (!tokens[b - 1]!.word || PARTICLES.has(tokens[b - 1]!.key))) b--;
    if (a >= b) continue;
    const words = [] as string[];
    for (let k = a; k < b; k++) if (tokens[k]!.word) words.push(rawOf(k));
    const first = words[0]!;
    const lastW = words[words.length - 1]!;
    const before1 = prevWord(a);
    const before2 = prevWord(a, 2);
    const after1 = nextWord(b);
    const sent = tokSent[a]!;
    const nameText = runText(a, b);
    if (words.every((w) => cues.months.has(w) || /^\d+$/.test(w))) continue;
    if (words.length === 1 && first.length < 3) continue;
    let cls: Cls | null = null;
    const listCont = prevCls && prevCls.sent === sent && (() => {
      for (let k = prevCls!.b; k < a; k++) {
        const key = tokens[k]!.key;
        if (!(key === ',' || key === 'and' || key === '&' || key === 'or')) return false;
      }
      return true;
    })();
    if (cues.groupHeads.has(lastW) && words.length >= 2 || cues.groupPrefixes.has(first.toLowerCase()) && words.length >= 2) {
      // "Russian Defense Ministry": a state adjective right before the body
      const pm = mentionEndingAt.get(a);
      const pe = pm ? entities.get(pm.ent) : undefined;
      if (pm && pe && pe.type === 'State' && tokens[a]!.start - pm.end <= 1 && /Ministry|Command|Agency|Army|Forces|Police|Council|Department|Directorate|Office|Navy|Guard|Parliament|Intelligence|Service/.test(lastW)) {
        cls = { type: 'Group', name: `${text.slice(pm.start, pm.end)} ${nameText}`, alias: nameText, a, b, partOf: pe.name };
      } else cls = { type: 'Group', name: nameText, a, b };
    } else if (cues.groupCuesBefore.has(`${before2} ${before1}`) || cues.groupCuesBefore.has(before1)) {
      cls = { type: 'Group', name: nameText, a, b };
    } else if ((title || cues.titleWords.has(before1)) && /^\p{Lu}/u.test(first) && !cues.placeHeadsAdmin.has(after1) && words.length <= 4) {
      cls = { type: 'Person', name: nameText, a, b };
    } else if (apposHead(b, cues.placeHeadsAdmin) && words.length <= 4) {
      cls = { type: 'Place', name: nameText, a, b };
    } else if (apposHead(b, cues.titleWords) && nameShape(words)) {
      cls = { type: 'Person', name: nameText, a, b };
    } else if (cues.placeHeadsAdmin.has(after1) && !cues.titleWords.has(after1)) {
      cls = { type: 'Place', name: nameText, alias: `${nameText} ${rawOf(b)}`, a, b };
    } else if (/^\d+$/.test(lastW) && words.length === 2 && NUMBERED_PLACES.test(first)) {
      cls = { type: 'Place', name: nameText, a, b };
    } else if (/^\d+$/.test(lastW) && words.length === 2 && NUMBERED_UNITS.test(first)) {
      cls = { type: 'Group', name: nameText, a, b };
    } else if (cues.placeHeadsFacility.has(lastW.toLowerCase()) && words.length >= 2) {
      cls = { type: 'Place', name: nameText, a, b };
    } else if (cues.placeHeadsFacility.has(after1) && /^[a-z]/.test(rawOf(b))) {
      cls = { type: 'Place', name: `${nameText} ${rawOf(b)}`, a, b: b + 1 };
    } else if (cues.placeCuesBefore.has(`${before2} ${before1}`) || cues.placeCuesBefore.has(`${prevWord(a, 3)} ${before2} ${before1}`.trim()) || (a > 0 && (rawAt(a - 1) === 'in' || rawAt(a - 1) === 'at') && /^\d+$/.test(before2) && words.length <= 3)) {
      // (and a casualty count's place: "including 9 in Alsaliheen, 8 in Ansari")
      cls = { type: 'Place', name: nameText, a, b };
    } else if (((listCont && prevCls && prevCls.type === 'Place') || (!cues.givenNames.has(first) && (/^(?:al|el)$/.test(tokens[a]!.key) ? afterKnownPlace(a, false) : words.length === 1 && afterKnownPlace(a, true)))) && words.length <= 3) {
      // "the neighborhoods of al-Faid al-Sukkari al-Fardous and al-Salihin": a list member after a place
      cls = { type: 'Place', name: nameText, a, b };
    } else if (words.length === 1 && /^[A-Z]{2,6}$/.test(first) && !cues.notNames.has(first) && !NOT_ORG_ACRONYMS.has(first) && (ACRONYM_ACTOR_AFTER.has(after1) || /^['\u2019]s$/.test(text.slice(tokens[b - 1]!.end, tokens[b - 1]!.end + 2)))) {
      // "IFRC spokesman Benoit Carpentier", "QRCS's health program": an unknown acronym with a role or a possessive
      cls = { type: 'Group', name: nameText, a, b };
    } else if (words.length <= 3 && cues.placePrepositions.has(before1) && a > 1 && /^\p{Ll}/u.test(rawAt(a - 1)) && /^\p{Ll}/u.test(rawAt(a - 2)) && !words.some((w) => DIRECTION_WORD.test(w.toLowerCase())) && placeAfter(b) && !cues.givenNames.has(first)) {
      // "the hospital in Millis Idlib province", "gunmen in Bassima in Damascus countryside": between a
      // place preposition and a known place
      cls = { type: 'Place', name: nameText, a, b };
    } else if (cues.placePrefixes.has(first) && words.length >= 2 && words.length <= 3 && !cues.titleWords.has(before1)) {
      cls = { type: 'Place', name: nameText, a, b };
    } else if (cues.givenNames.has(first) && nameShape(words) && !words.some((w) => cues.notNames.has(w))) {
      cls = { type: 'Person', name: nameText, a, b };
    } else if (cues.personVerbsAfter.has(after1) && nameShape(words)) {
      cls = { type: 'Person', name: nameText, a, b };
    } else if (personShape(words) && (cues.personVerbsBefore.has(before1) && /^(?:[,.;]|who|a|an|the)$/.test(nextToken(b)) || apposRole(b))) {
      // '"...," said Mohamad Abu Rajab, a nurse', "Ole Solvang deputy emergencies director at HRW"
      cls = { type: 'Person', name: nameText, a, b };
    } else if (/^(?:Abu|Umm)$/.test(first) && personShape(words) && !LOC_PREP.has(before1) && !cues.placeHeadsAdmin.has(after1) && !cues.placeHeadsFacility.has(after1)) {
      // a kunya ("emissary Abu Turab who commanded"); a town "Abu X" comes after a place word ("in Abu Hamam")
      cls = { type: 'Person', name: nameText, a, b };
    } else if (listCont && prevCls && prevCls.type === 'Person' && personShape(words) && words.length <= 3) {
      // "Reporting by Mark Felsenthal and Roberta Rampton"
      cls = { type: 'Person', name: nameText, a, b };
    } else if (before1 === 'by' && (/(reporting|writing|editing|written|posted|compiled)$/.test(prevWord(a, 2)) || tokSentStart(a)) && words.length >= 2 && words.length <= 3) {
      cls = { type: 'Person', name: nameText, a, b };
    } else if (cues.placePrepositions.has(before1) && (/^(al|el)$/i.test(tokens[a]!.key) && b - a >= 3) && words.length <= 3) {
      cls = { type: 'Place', name: nameText, a, b };
    }
    if (cls) {
      classified.push(cls);
      prevCls = { type: cls.type, b: cls.b, sent };
      // "in A, B and C villages": earlier list members share the head
      if (cls.type === 'Place' && cls.alias) {
        for (let q = pending.length - 1; q >= 0; q--) {
          const p = pending[q]!;
          if (tokSent[p.a] !== sent) break;
          let ok = true;
          const nextStart = q === pending.length - 1 ? a : pending[q + 1]!.a;
          for (let k = p.b; k < nextStart; k++) {
            const key = tokens[k]!.key;
            if (!(key === ',' || key === 'and' || key === '&')) ok = false;
          }
          if (!ok) break;
          classified.push({ type: 'Place', name: runText(p.a, p.b), a: p.a, b: p.b });
          pending.splice(q, 1);
        }
      }
    } else {
      pending.push({ a, b, title });
      prevCls = null;
    }
  }
  // "X, a town in ...", "X, a spokesman for ...": apposition with a head noun
  /**
   * Unpunctuated lists of places ("the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh", "in the
   * area of Ziyadiyah Bahrutah Duvaybik"): after a plural place head (or before one), a run splits before
   * each "al-" that does not follow a name prefix ("Bab al-Faraj" stays), and a run of three or more
   * single words without particles splits into words.
   */
  function splitPlaceLists(list: Array<{ a: number; b: number; title: boolean }>): void {
    for (let r = list.length - 1; r >= 0; r--) {
      const { a, b } = list[r]!;
      const headBefore = LIST_HEAD_BEFORE.test(text.slice(Math.max(0, tokens[a]!.start - 40), tokens[a]!.start));
      const headAfter = LIST_HEAD_AFTER.test(text.slice(tokens[b - 1]!.end, tokens[b - 1]!.end + 20));
      if (!headBefore && !headAfter) continue;
      const words: number[] = [];
      for (let k = a; k < b; k++) if (tokens[k]!.word) words.push(k);
      const cuts: number[] = [];
      const particles = words.filter((k) => PARTICLES.has(tokens[k]!.key));
      if (particles.length === 0 && words.length >= 3) {
        cuts.push(...words.slice(1));
      } else {
        for (let w = 1; w < words.length; w++) {
          const k = words[w]!;
          const prev = tokens[words[w - 1]!]!.key;
          // "al-Khalidiye Nile Street al-Faid": a facility head ends its name
          if (cues.placeHeadsFacility.has(prev) && /^\p{Lu}/u.test(rawAt(k))) {
            cuts.push(k);
            continue;
          }
          if (!ARTICLE_PARTICLES.has(tokens[k]!.key) || tokens[k + 1]?.key !== '-') continue;
          if (PARTICLES.has(prev) || NAME_PREFIXES.has(prev)) continue;
          cuts.push(k);
        }
      }
      if (!cuts.length) continue;
      const pieces: Array<{ a: number; b: number; title: boolean }> = [];
      let start = a;
      for (const c of cuts) {
        // a piece ends at its last word token (not a hyphen before the cut)
        let end = c;
        while (end > start && !tokens[end - 1]!.word) end--;
        if (end > start) pieces.push({ a: start, b: end, title: false });
        start = c;
      }
      pieces.push({ a: start, b, title: false });
      list.splice(r, 1, ...pieces);
    }
  }
  // "X, a spokesperson for", and without the comma that much of this news has lost ("Mona Kurdi a spokesperson for")
  /** Two to four capitalised words (particles aside): how a person's name looks. */
  function nameShape(words: string[]): boolean {
    // particles ("al", "bin") do not count towards the length: "Abu Abdul Rahman al-Madani"
    return words.length >= 2 && words.filter((w) => !PARTICLES.has(w.toLowerCase())).length <= 4 && words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()));
  }
  /** A known place's mention starts at token b, or after "in"/"near" there. */
  function placeAfter(b: number): boolean {
    let k = b;
    if (tokens[k]?.key === 'in' || tokens[k]?.key === 'near') k++;
    if (tokens[k]?.key === 'the') k++;
    return tokSent[k] === tokSent[b - 1] && placeNamed(mentionStartingAt.get(k));
  }
  /** A mention that names a place (not a state's adjective or capital standing for it). */
  function placeNamed(m: Mention | undefined): boolean {
    return !!m && entities.get(m.ent)?.type === 'Place' && m.kind !== 'adj' && m.kind !== 'metonym';
  }
  /** A known place's mention ends right before token a, or before ", " / "and" there (required when `separated`). */
  function afterKnownPlace(a: number, separated: boolean): boolean {
    let k = a;
    while (k > 0 && (tokens[k - 1]!.key === ',' || tokens[k - 1]!.key === 'and' || tokens[k - 1]!.key === '&')) k--;
    if (separated && k === a) return false;
    return tokSent[k - 1] === tokSent[a] && placeNamed(mentionEndingAt.get(k));
  }
  function personShape(words: string[]): boolean {
    return nameShape(words) && !words.some((w) => cues.notNames.has(w) || cues.months.has(w));
  }
  function nextToken(b: number): string {
    return tokens[b]?.key ?? '.';
  }
  /** "X deputy emergencies director at", "X, senior researcher for": a role noun right after the name, then its body. */
  function apposRole(b: number): boolean {
    let k = tokens[b]?.key === ',' ? b + 1 : b;
    for (let n = 0; n < 3 && k + 1 < tokens.length; n++, k++) {
      const t = tokens[k]!;
      if (!t.word || !/^[a-z]/.test(text.slice(t.start, t.start + 1))) return false;
      if (cues.personRoleNouns.has(t.key) && /^(?:at|of|for|with|in)$/.test(tokens[k + 1]!.key)) return true;
    }
    return false;
  }
  function apposHead(b: number, heads: Set<string>): boolean {
    let k = tokens[b]?.key === ',' ? b + 1 : b;
    const det = tokens[k]?.key;
    if (det !== 'a' && det !== 'an' && det !== 'the') return false;
    k++;
    // "Atareb, a rebel-held Syrian town": a compound's hyphen is inside the head's phrase
    for (let n = 0; n < 4 && k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.key === '-') continue;
      n++;
      if (!t.word) return false;
      if (heads.has(t.key)) return true;
    }
    return false;
  }
  function tokSentStart(k: number): boolean {
    const s = tokSent[k]!;
    let j = k - 1;
    let n = 0;
    while (j >= 0 && tokSent[j] === s) {
      if (tokens[j]!.word) n++;
      j--;
    }
    return n <= 1;
  }
  // register classified names
  const known = new Map<string, EntityRecord>(); // lower-case surface -> entity
  for (const e of entities.values()) {
    if (e.generic) continue;
    known.set(e.name.toLowerCase(), e);
    for (const al of e.aliases) known.set(al.toLowerCase(), e);
  }
  for (const c of classified) {
    // "Abu Rajab said" after "Mohamad Abu Rajab": the end of a person's name met before is that person
    const tail = c.type === 'Person' && c.name.includes(' ') ? [...entities.values()].find((x) => x.type === 'Person' && x.name.length > c.name.length && x.name.toLowerCase().endsWith(` ${c.name.toLowerCase()}`)) : undefined;
    const ex = known.get(c.name.toLowerCase()) ?? tail;
    const e = ex && (ex.type === c.type || c.type === 'Place') ? ex : ensure(c.type, c.name, false, c.partOf ? { partOf: c.partOf } : {});
    if (c.alias) e.aliases.add(c.alias);
    addMention(e, c.a, c.b, 'unknown', text.slice(tokens[c.a]!.start, tokens[c.b - 1]!.end));
    known.set(c.name.toLowerCase(), e);
    if (c.alias) known.set(c.alias.toLowerCase(), e);
  }
  // person surnames
  const surnames = new Map<string, EntityRecord>();
  for (const e of entities.values()) {
    if (e.type !== 'Person') continue;
    const parts = e.name.split(/\s+/);
    if (parts.length >= 2) {
      const last = parts[parts.length - 1]!;
      if (last.length > 3) surnames.set(last.toLowerCase(), e);
      const noAl = last.replace(/^(al|el)-/i, '');
      if (noAl !== last && noAl.length > 3) surnames.set(noAl.toLowerCase(), e);
    }
  }
  // 3. second pass: pending runs that repeat a known name or a surname
  for (const p of pending) {
    const t = runText(p.a, p.b);
    const lower = t.toLowerCase();
    const e = known.get(lower) ?? surnames.get(lower) ?? surnames.get(lower.replace(/s$/, ''));
    if (e) addMention(e, p.a, p.b, 'unknown', t);
    else {
      // "Rami Abdel Rahman" style: last word(s) of the run is a surname
      const w = t.split(/\s+/);
      const last = w[w.length - 1]!.toLowerCase();
      if (w.length === 1 && surnames.has(last)) addMention(surnames.get(last)!, p.a, p.b, 'unknown', t);
    }
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  // drop nested duplicates
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return { entities, mentions: out };
}
