// Relation patterns. Each sentence is "masked": every mention is replaced by ⟨i⟩ (i = its index
// in the article's mention list), and general constructions (compound "X-backed Y", active
// "X verb Y", passive "Y verb by X", apposition, noun phrases "X's ally Y") are run over it with
// the cue words of ingest/data/cues.json. Lists ("A, B and C") expand to one relation per member.
import type { EntityType, RelationType } from '../../graph/model.js';
import { alt, type CueData } from './cues.js';

export type SourceMode = 'group' | 'subject' | 'voice' | 'speaker' | 'coord' | 'event';

export interface Rule {
  type: RelationType;
  re: RegExp;
  /**
   * Where the source comes from: the named group "s", the clause subject, the speaker's voice, or
   * ('event') the attacker of the attack an anaphoric "the strikes" takes up.
   */
  src: SourceMode;
  /** Target from group "t", the nearest actor before, or the sentence's first actor. */
  tgt?: 'group' | 'subject' | 'first' | 'clause';
  /**
   * Symmetric groups a/b: both directions (OPPOSES clashes) or one (NEGOTIATES_WITH); 'all': every
   * pair of the members of list a ("a truce agreed by Russia, Turkey and Iran").
   */
  pair?: 'both' | 'one' | 'all';
  /** Reject when "was/were/been" sits between source and verb (passive without agent). */
  active?: boolean;
  /** The pattern itself contains a negation (do not support -> OPPOSES). */
  negOk?: boolean;
  /**
   * The pattern's cue words as one cheap test: a sentence with none of them cannot match, so the
   * big pattern is not run on it (what keeps many rules affordable).
   */
  cue?: RegExp;
  /** Set by compileRules on every rule with a cue: rules with the same cue share it, so a sentence tests each cue once. */
  cueId?: number;
  /** After the target list, follow "in/of X" chains to more place targets. */
  chain?: boolean;
  /** PART_OF "includes": a member followed by a belonging noun names the real member ("includes al-Qaeda's branch Nusra"). */
  memberNoun?: string;
  name: string;
}

export const TYPE_OK: Record<RelationType, { s: EntityType[]; t: EntityType[] }> = {
  SUPPORTS: { s: ['State', 'Group', 'Person'], t: ['State', 'Group', 'Person'] },
  OPPOSES: { s: ['State', 'Group', 'Person'], t: ['State', 'Group', 'Person'] },
  ATTACKS: { s: ['State', 'Group', 'Person'], t: ['State', 'Group', 'Person', 'Place'] },
  CONSIDERS_TERRORIST: { s: ['State', 'Group', 'Person'], t: ['Group', 'Person'] },
  BESIEGES: { s: ['State', 'Group'], t: ['Place', 'Group'] },
  NEGOTIATES_WITH: { s: ['State', 'Group', 'Person'], t: ['State', 'Group', 'Person'] },
  REPRESENTS: { s: ['Person'], t: ['State', 'Group'] },
  PART_OF: { s: ['Group', 'State'], t: ['Group', 'State'] },
  LOCATED_IN: { s: ['Place'], t: ['Place', 'State'] },
  CONTROLS: { s: ['State', 'Group'], t: ['Place'] },
};

// building blocks over the masked text
const ITEM = `⟨\\d+t?⟩(?!\\s*-\\s*[a-z])(?:\\s*\\(\\s*⟨\\d+t?⟩\\s*\\))?`;
const ITEM_ANY = `⟨\\d+t?⟩(?:\\s*\\(\\s*⟨\\d+t?⟩\\s*\\))?`;
const ITEM_LED = `⟨\\d+t?⟩(?!\\s*-\\s*(?!led\\b)[a-z])(?:\\s*\\(\\s*⟨\\d+t?⟩\\s*\\))?`;
const SEP = `(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as\\s+well\\s+as|&)\\s+|\\s+)(?:the\\s+)?`;
// a separator that also passes one describing word ("A, the hardline B and Salafi C")
const SEP_LOOSE = `${SEP}(?:(?!(?:and|or|which|who|that|in|on|at|of|from|to|with|by|for|as|is|are|was|were|has|have|had|said|says)\\b)[a-z][\\w-]*\\s+)?`;
// a list item with a compound modifier before it ("Western-backed rebels"); the modifier is no member
const ITEM_MOD = `(?:⟨\\d+t?⟩\\s*-\\s*[a-z][\\w-]*\\s+)?${ITEM}`;
const COMPOUND_MODIFIER = /⟨\d+t?⟩\s*-\s*[a-z][\w-]*\s+(?=⟨)/g;
// the holder of a place: "⟨rebel⟩-held", "⟨government⟩-controlled"
const HELD = `\\s*-\\s*(?:held|controlled|run|occupied)\\b`;
const W_TOKEN = `(?:[^\\s⟨⟩.;:!?|]+|⟨\\d+t?⟩\\s*-\\s*[\\w-]+)`;
const W = (n: number) => `(?:${W_TOKEN}\\s+){0,${n}}`;
const D = `(?:(?:the|a|an|its|their|his|her|our)\\s+)?`;
const POSS = `(?:\\s*['\u2019]s|s|['\u2019])?`;

// words between an organisation and a title ("the Syrian Deputy Foreign Minister"): no verb or clause word, so
// "rebels battled President Assad" gives no office
const W_TITLE = `(?:(?:(?:acting|managing|ruling|outgoing|incoming|retired|elected|appointed|presiding)\\s+)|(?!(?:have|has|had|been|being|is|are|was|were|will|would|and|or|who|which|that|said|says|told|with|against|by|from|on|to|[a-z]+ing|[a-z]+ed)\\s)${W_TOKEN}\\s+){0,3}`;

/**
 * The {c:REL.key} cue lists a pattern cannot match without: those outside every group, in a
 * pattern with no top-level alternative. At most the first, as one requirement.
 */
function requiredCues(pattern: string): Array<[string, string]> {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') { i++; continue; }
    if (ch === '[') { while (i < pattern.length && pattern[i] !== ']') { if (pattern[i] === '\\') i++; i++; } continue; }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return [];
    else if (ch === '{' && depth === 0) {
      const m = /^\{c:(\w+)\.(\w+)\}/.exec(pattern.slice(i));
      // A quantifier after the cue ({c:..}? or {c:..}*) makes it optional.
      if (m && !/^[?*{]/.test(pattern.slice(i + m[0].length))) return [[m[1]!, m[2]!]];
    }
  }
  return [];
}

/**
 * The longest plain word a pattern cannot match without (letters outside every group, class,
 * placeholder and escape, in a pattern with no top-level alternative), as a cheap first test.
 */
function requiredWord(pattern: string): string | null {
  let depth = 0;
  let run = '';
  let best = '';
  const flush = () => { if (run.length > best.length) best = run; run = ''; };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') { flush(); i++; continue; }
    if (ch === '[') { flush(); while (i < pattern.length && pattern[i] !== ']') { if (pattern[i] === '\\') i++; i++; } continue; }
    if (ch === '{') { flush(); while (i < pattern.length && pattern[i] !== '}') i++; continue; }
    if (ch === '(') { flush(); depth++; continue; }
    if (ch === ')') { flush(); depth--; continue; }
    if (ch === '|' && depth === 0) return null;
    if (depth === 0 && /[a-z]/.test(ch)) {
      // a quantifier after a letter makes that letter optional
      if (/^[?*{]/.test(pattern.slice(i + 1))) { flush(); continue; }
      run += ch;
      continue;
    }
    flush();
  }
  flush();
  return best.length >= 3 ? best : null;
}

export function compileRules(cues: CueData): Rule[] {
  const R = cues.relations;
  const c = (rel: string, key: string): string => {
    const v = R[rel]?.[key];
    if (!Array.isArray(v) || !v.length) return '(?!x)x';
    if (rel === 'CONSIDERS_TERRORIST' && /label/i.test(key)) return `(?:${alt(v)}|⟨\\d+t⟩)`;
    return alt(v);
  };
  const expand = (p: string): string =>
    p
      .replace(/\{L:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM}(?:${SEP}${ITEM})*)`)
      .replace(/\{LA:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM_ANY}(?:${SEP}${ITEM_ANY})*)`)
      .replace(/\{LI:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM}(?:${SEP_LOOSE}${ITEM_MOD})*)`)
      .replace(/\{LM:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM_MOD}(?:${SEP}${ITEM_MOD})*)`)
      .replace(/\{LS:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM_LED}(?:${SEP}${ITEM_LED})*)`)
      // a list joined by commas or "and" only (in a title-case headline, names run into each other)
      .replace(/\{LC:(\w+)\}/g, (_, g) => `(?<${g}>${ITEM}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)(?:the\\s+)?${ITEM})*)`)
      .replace(/\{M:(\w+)\}/g, (_, g) => `(?<${g}>⟨\\d+t?⟩)(?!\\s*-\\s*[a-z])`)
      .replace(/\{MA:(\w+)\}/g, (_, g) => `(?<${g}>⟨\\d+t?⟩)`)
      .replace(/\{W(\d)\}/g, (_, n) => W(Number(n)))
      .replace(/\{D\}/g, D)
      .replace(/\{P\}/g, POSS)
      .replace(/\{c:(\w+)\.(\w+)\}/g, (_, rel, key) => c(rel, key));
  const rules: Rule[] = [];
  const add = (type: RelationType, name: string, pattern: string, opts: Partial<Rule> = {}) => {
    const cues = requiredCues(pattern).map(([rel, key]) => c(rel, key));
    const word = cues.length ? null : requiredWord(pattern);
    const cue = cues.length ? new RegExp(cues.join(''), 'iu') : word ? new RegExp(word, 'i') : undefined;
    rules.push({ type, name, re: new RegExp(expand(pattern), 'giu'), src: 'group', tgt: 'group', ...(cue ? { cue } : {}), ...opts });
  };
  // the head of a place described in apposition: "Atareb, a rebel-held Syrian town"
  const APPOS_PLACE_HEAD = `(?:towns?|city|villages?|districts?|neighbou?rhoods?|suburbs?|areas?|enclave|pocket|region|province|base|airbase|quarter|camp)\\b`;
  // what an "X-held" or "X-besieged" compound describes is its head, not a place near or around it ("a
  // government-besieged town near Damascus", "rebel-held districts east of Damascus"); a held part of a
  // place is a hold on the place ("rebel-held areas in eastern Aleppo", as the guidelines' examples count it)
  const HEAD_ONLY = `(?!(?:(?:[^\\s⟨⟩]+|⟨\\d+⟩)\\s+){0,3}?(?:towns?|city|cities|villages?|areas?|districts?|neighbou?rhoods?|suburbs?|quarters?|bases?|airbase|camps?|positions?|countryside|parts?|territory|lands?|regions?)\\s+(?:near|outside|around|close|(?:north|south|east|west)[\\w-]*)\\b)`;
  const PF = `(?:(?:the|a|an|its|their|of|most|much|some|several|many|two|three|few|part|parts|large|all|entire|whole|rest|key|strategic|nearby|neighbouring|neighboring|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|besieged|border|town|city|village|villages|towns|district|area|areas|province|neighborhood|neighbourhood|suburb|suburbs|countryside|region|base|airbase|airport|military|remaining|last|former|de|facto|in|huge|vast|big|main|major|largest|sprawling|north-western|north-eastern|south-western|south-eastern|side|sides|half|sector|sectors|quarter|quarters|pocket|pockets|enclave|districts|neighborhoods|neighbourhoods|portion|portions|territory|outskirts)\\s+){0,5}`;

  // words between a possessor and its noun: no verb, no other possessor ("Iran's unconditional support", not
  // "Assad criticised their support")
  const NOUN_MODIFIERS = `(?:(?!(?:their|its|his|her|our|my|your|the|a|an)\\b)(?![a-z]+ed\\b)[^\\s⟨⟩.;:!?|]+\\s+){0,2}`;
  // a verb form after a determiner or possessive is a noun ("criticised their support for")
  // "Government forces and their allies are fighting rebels": the allies go with the subject
  // ("Rebel groups, including the Free Syrian Army, have been fighting": the inserted members too)
  const WITH_ALLIES = `(?:\\s+(?:and\\s+(?:its|their|his|her)\\s+(?:[a-z]+\\s+)?(?:allies|partners|backers|proxies|militias|supporters)\\s+|with\\s+(?:the\\s+)?(?:⟨\\d+t?⟩\\s+)?(?:[a-z]+\\s+)?(?:support|backing|help|cover|assistance)\\s+(?:of\\s+(?:the\\s+)?⟨\\d+t?⟩\\s+)?)?|\\s*,\\s*(?:including|such\\s+as|among\\s+them)\\s+(?:the\\s+)?⟨\\d+t?⟩(?:(?:\\s*,\\s*|\\s+)(?:and\\s+)?(?:the\\s+)?⟨\\d+t?⟩)*\\s*,\\s+)`;
  // "backed by air strikes from a US-led coalition", "with the help of air strikes by the coalition": the strikes' owner backs
  const AIR_POWER_OF = `(?:${AIR_POWER}\\s+(?:by|from|of)\\s+{D})?`;
  const NOT_NOUN = `(?<!\\b(?:the|a|an|their|its|his|her|our|my|your)\\s+)`;
  // ---- SUPPORTS
  add('SUPPORTS', 'compound', `{MA:s}\\s*-?\\s*{c:SUPPORTS.compoundSuffixes}(?!\\s+by\\b)\\s*-?\\s*(?:(?![a-z]+(?:ing|ed)\\s)${W_TOKEN}\\s+){0,3}{L:t}`);
  add('SUPPORTS', 'pro', `\\bpro\\s*-\\s*{MA:t}\\s+{W2}{L:s}`);
  // "pushed back the rebels", "fought back": "back" after a verb of motion or force is no backing
  const NOT_PARTICLE_BACK = `(?<!\\b(?:push|pushed|pushing|pushes|beat|beaten|beating|drive|drove|driven|driving|fight|fought|fighting|force|forced|forcing|hit|hits|hitting|strike|struck|striking|come|came|coming|go|went|going|fall|fell|falling|fire|fired|firing|hold|held|holding|roll|rolled|rolling|turn|turned|turning|scale|scaled|scaling|cut|cutting|send|sent|sending|bring|brought|bringing|take|took|taken|taking|win|won|winning|get|got|getting|move|moved|moving)\\s+)`;
  add('SUPPORTS', 'active', `{L:s}${WITH_ALLIES}{W3}\\b${NOT_NOUN}${NOT_PARTICLE_BACK}(?<!\\b(?:air|military|financial|logistical|political|diplomatic|popular|public|strong|full|unwavering|international|foreign)\\s+){c:SUPPORTS.activeVerbs}(?!\\s+by\\b)\\s+{D}{W2}{L:t}`, { active: true });
  add('SUPPORTS', 'passive', `{L:t}\\s*,?\\s+{W3}\\b{c:SUPPORTS.passiveVerbs}\\s+{D}${AIR_POWER_OF}{W1}{LS:s}`);
  // "backed militarily by X", "backed by fighters from the Lebanese group X"
  add('SUPPORTS', 'passive-adverb', `{L:t}\\s*,?\\s+{W3}\\b(?:backed|supported|funded|financed|armed|sponsored|aided|assisted)\\s+{c:SUPPORTS.passiveAdverbs}\\s+by\\s+{D}{W1}{L:s}`);
  // a passive backer named after a first one: "backed by Russia and by Shiite fighters from Iran"
  // the participles of the "X by" passive cues ("backed by" -> "backed")
  const BACKED = alt(((R.SUPPORTS?.passiveVerbs as string[] | undefined) ?? []).filter((v) => /\sby$/.test(v)).map((v) => v.replace(/\s+by$/, '')));
  // "fighters from the Lebanese group" before a backer: the backer is the group named after it
  const FIGHTERS_FROM = `(?:{W2}{c:SUPPORTS.fighterNouns}\\s+(?:from|of|sent\\s+by)\\s+{D}(?:(?:${W_TOKEN}|⟨\\d+⟩)\\s+){0,3}?|${AIR_POWER}\\s+(?:from|of)\\s+{D})?`;
  add('SUPPORTS', 'passive-and-by', `{L:t}\\s*,?\\s+{W3}\\b(?:${BACKED})\\s+(?:{c:SUPPORTS.passiveAdverbs}\\s+)?by\\s+{D}{W1}⟨\\d+t?⟩\\s+(?:{W2})?and\\s+(?:also\\s+)?by\\s+{D}${FIGHTERS_FROM}{W1}{LS:s}`, { cue: /\band\s+(?:also\s+)?by\b/i });
  // an actor's operation backed by another: "the government advance was backed by Hezbollah fighters"
  add('SUPPORTS', 'backed-actor-operation', `{M:t}\\s+(?:offensive|advance|assault|operation|campaign|push|counter\\s*-?\\s*offensive)\\s+{W3}\\b{c:SUPPORTS.passiveVerbs}\\s+{D}${FIGHTERS_FROM}{W1}{LS:s}`);
  add('SUPPORTS', 'passive-fighters-from', `{L:t}\\s*,?\\s+{W3}\\b{c:SUPPORTS.passiveVerbs}\\s+{D}{W2}{c:SUPPORTS.fighterNouns}\\s+(?:from|of|sent\\s+by)\\s+{D}(?:(?:${W_TOKEN}|⟨\\d+⟩)\\s+){0,4}{L:s}`);
  add('SUPPORTS', 'supporter-of', `{L:s}\\s*,?\\s+{D}{W4}\\b{c:SUPPORTS.nounsOf}\\s+(?:of|to|for)\\s+{D}{W4}{L:t}`);
  add('SUPPORTS', 'ally-name', `{M:t}{P}\\s+{W2}\\b{c:SUPPORTS.nounsOf}\\s*,?\\s+{L:s}`);
  // "Russia, Syria's main ally", "Moscow is Assad's closest ally": the ally supports the possessor
  add('SUPPORTS', 'appos-poss-ally', `{L:s}\\s*,?\\s+{M:t}{P}\\s+(?:(?:main|key|closest|close|staunchest|staunch|strongest|chief|principal|major|last|only|longtime|long-time|traditional|regional|military|top|biggest|most\\s+important)\\s+){0,2}{c:SUPPORTS.nounsOf}\\b`);
  add('SUPPORTS', 'is-poss-ally', `{L:s}\\s+(?:is|was|are|were|remains|remained|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+|still\\s+|long\\s+)?(?:(?:⟨\\d+⟩\\s+)?(?:President|Prime\\s+Minister|leader|strongman)\\s+)?{M:t}{P}\\s+(?:(?:main|key|closest|close|staunchest|staunch|strongest|chief|principal|major|last|only|longtime|long-time|traditional|regional|military|top|biggest|most\\s+important)\\s+){0,2}{c:SUPPORTS.nounsOf}\\b`);
  // "the US provides the SDF with weapons", "Russia has sent weapons to Syria"
  add('SUPPORTS', 'provides-with', `{L:s}\\s+{W3}\\b(?:provides?|provided|providing|supplies|supplied|supply|supplying|equips|equipped|equipping)\\s+{D}{W1}{L:t}\\s+with\\s+(?:[a-z-]+\\s+){0,3}?(?:weapons|arms|ammunition|aid|support|assistance|equipment|training|advisers|advisors|missiles|funding|money|intelligence|cover|supplies)\\b`, { active: true , cue: /\b(?:provid|suppl|equip)\w*\b[^.;]*\bwith\b/i });
  add('SUPPORTS', 'sent-aid-to', `{L:s}\\s+{W3}\\b(?:sent|sends|send|sending|delivered|delivers|deliver|delivering|supplied|supplies|supply|supplying|shipped|ships|provided|provides|provide|providing|gave|gives|give|giving)\\s+(?:[a-z-]+\\s+){0,3}?(?:weapons|arms|ammunition|military\\s+aid|military\\s+equipment|military\\s+advisers|military\\s+support|advisers|advisors|missiles|funding|money)\\s+(?:and\\s+(?:(?:[a-z-]+|⟨\\d+⟩)\\s+){0,2})?to\\s+{D}{W2}{L:t}`, { active: true , cue: /\b(?:weapons|arms|ammunition|aid|equipment|advisers|advisors|support|missiles|funding|money)\b[^.;]*\bto\b/i });
  // "Saudi Arabia, one of the main suppliers of arms to the Syrian rebels"
  add('SUPPORTS', 'supplier-of-arms', `{L:s}\\s*,?\\s+(?:(?:is|was|has\\s+been|remains)\\s+)?(?:one\\s+of\\s+)?{D}(?:[a-z]+\\s+){0,2}(?:suppliers?|providers?|sources?|funders?|financiers?)\\s+of\\s+(?:[a-z]+\\s+){0,2}(?:arms|weapons|funds|funding|money|aid|support)\\s+(?:to|for)\\s+{D}{W2}{L:t}`, { cue: /\b(?:suppliers?|providers?|sources?|funders?|financiers?)\s+of\b/i });
  add('SUPPORTS', 'and-its-ally', `(?<!\\b(?:its|their|his|her)\\s+){M:t}\\s+(?:and|as\\s+well\\s+as)\\s+(?:(?:its|their|his)\\s+)?{W2}{LA:s}\\s+{c:SUPPORTS.nounsOf}\\b`);
  add('SUPPORTS', 'their-allies', `{M:t}\\s+(?:and|as\\s+well\\s+as)\\s+(?:some\\s+of\\s+|one\\s+of\\s+)?(?:its|their|his|her)\\s+{W2}\\b{c:SUPPORTS.nounsOf}\\s*[-,:(\u2013]?\\s*(?:such\\s+as\\s+|including\\s+)?(?:the\\s+)?{L:s}`);
  add('SUPPORTS', 'support-for', `{M:s}{P}\\s+${NOUN_MODIFIERS}\\b{c:SUPPORTS.nounsFor}\\s+(?:for|to)\\s+{D}{W3}{L:t}`);
  // "their guaranteed support to jihadist groups": the possessor is the clause's subject
  add('SUPPORTS', 'its-support-for', `\\b(?:its|their|his|her)\\s+{W2}\\b{c:SUPPORTS.nounsFor}\\s+(?:for|to)\\s+{D}{W3}{L:t}`, { src: 'subject' });
  // "USA officials say they will press rebel groups they support": the object's supporter is the clause subject
  add('SUPPORTS', 'groups-they-support', `{L:t}\\s+(?:that\\s+|which\\s+|whom\\s+)?(?:they|it|he|she)\\s+(?:(?:have|has|had|still|openly|long|also|now)\\s+){0,2}(?:support|supports|supported|back|backs|backed|arm|arms|armed|fund|funds|funded|sponsor|sponsors|sponsored)\\b`, { src: 'subject' });
  add('SUPPORTS', 'help-from', `{L:t}\\s+{W4}\\b{c:SUPPORTS.fromNouns}\\s+from\\s+{D}{L:s}`);
  add('SUPPORTS', 'backed-operation', `{MA:s}\\s*-?\\s*{c:SUPPORTS.compoundSuffixes}\\s+(?:offensive|operation|campaign|assault|push|attack|advance|incursion)\\b`, { tgt: 'first' });
  add('SUPPORTS', 'appos-backed', `{M:t}\\s*,?\\s+(?:a|an|the)\\s+{MA:s}\\s*-?\\s*{c:SUPPORTS.compoundSuffixes}\\s+(?:\\w+\\s+){0,2}(?:group|force|forces|alliance|militia|coalition|faction|rebels|fighters|movement)\\b`);
  add('SUPPORTS', 'with-support', `\\bwith\\s+{D}{W1}{LA:s}\\s+{W1}(?:air\\s+)?(?:support|backing|help|assistance)\\b`, { tgt: 'clause' });
  add('SUPPORTS', 'with-support-of', `\\bwith\\s+(?:the\\s+)?(?:support|backing|help|assistance)\\s+(?:of|from)\\s+{D}${AIR_POWER_OF}{W1}{L:s}`, { tgt: 'clause' });
  // "With Russian support the regime began to retake territory", "Backed by Russian airpower, the troops entered Raqqa"
  add('SUPPORTS', 'initial-with-support', `^\\W*with\\s+(?:the\\s+)?{MA:s}\\s+(?:military\\s+|air\\s+|financial\\s+)?(?:support|backing|help|cover|assistance)\\s*,?\\s+{D}{W2}{L:t}`);
  add('SUPPORTS', 'initial-backed-by', `^\\W*(?:backed|supported|aided|assisted|helped)\\s+by\\s+{D}{W1}{LS:s}(?:\\s+(?:${AIR_POWER}|artillery))?\\s*,?\\s+{D}{W2}{L:t}`);
  // "Russia, a Syrian ally, and China"
  add('SUPPORTS', 'appos-adj-ally', `{M:s}\\s*,?\\s+(?:a|an)\\s+(?:(?:key|main|close|staunch|longtime|long-time|major|traditional|regional|strategic|firm)\\s+)?{MA:t}\\s+(?:ally|backer|supporter|patron)\\b`);
  // "Jaysh al-Islam receives backing from Saudi Arabia": the clause's subject is backed
  add('SUPPORTS', 'receives-backing-from', `\\b(?:receives?|received|receiving|gets|got|enjoys?|enjoyed|obtains?|obtained)\\s+(?:[a-z]+\\s+){0,2}?(?:backing|support|aid|help|funding|weapons|arms|money|assistance)\\s+from\\s+{D}{L:s}`, { tgt: 'first' });
  // "accuses Israel of backing them": the accusation is the speaker's assertion
  add('SUPPORTS', 'accused-of', `\\baccus(?:es|ed|ing|e)\\s+{D}{L:s}\\s+of\\s+{c:SUPPORTS.activeVerbs}(?!\\s+by\\b)\\s+{D}{W2}{L:t}`);
  // "support for the efforts of X"
  add('SUPPORTS', 'support-efforts', `{M:s}{P}\\s+{W3}\\b(?:support|backing)\\s+(?:for|to)\\s+(?:the\\s+)?(?:\\w+\\s+)?(?:efforts?|work|mission|initiative|plan|position|proposal|stance|attitude|role)\\s+of\\s+{D}(?:⟨\\d+⟩\\s+)?(?:[A-Z][\\w.-]*\\s+){0,3}(?:(?:for|on|to)\\s+⟨\\d+⟩\\s+)?{M:t}`);
  add('SUPPORTS', 'in-support-of', `\\bin\\s+support\\s+of\\s+{D}{W2}{L:t}`, { src: 'subject' });
  add('SUPPORTS', 'voice-support', `\\b(?:we|i)\\s+{W2}(?:support|back|welcome)\\s+{D}{W3}{L:t}`, { src: 'voice' });
  add('SUPPORTS', 'our-friends', `\\bour\\s+{W1}(?:friends|allies|partners)\\s+(?:in\\s+)?{D}{L:t}`, { src: 'voice' });

  // ---- OPPOSES
  // "fought alongside Syrian troops": fighting on the same side is no hostility
  // "advanced significantly against the ISIL", "pushed deeper against"
  add('OPPOSES', 'advanced-adverb-against', `{L:s}${WITH_ALLIES}{W3}\\b(?:advanced|advancing|advances|advance|pushed|pushing|moved|moving|made\\s+gains)\\s+(?:[a-z]+ly|further|deeper|rapidly|quickly)\\s+against\\s+{D}{W2}{L:t}`, { active: true , cue: /\bagainst\b/i });
  add('OPPOSES', 'active', `{L:s}${WITH_ALLIES}{W3}\\b${NOT_NOUN}{c:OPPOSES.activeVerbs}(?!\\s+by\\b)(?!\\s+(?:alongside|together|side\\s+by\\s+side|jointly)\\b)\\s+{D}{W2}{L:t}`, { active: true });
  add('OPPOSES', 'between', `\\b{c:OPPOSES.symmetricNouns}\\s+{D}{W1}{MA:a}\\s*(?:and|,)\\s+{D}{W1}{M:b}`, { pair: 'both' });
  // "fighting erupted during the night between government troops and rebels", "clashes between fighters
  // from A on the one hand and fighters from B and C on the other", "clashes between FSA fighters and regime forces"
  // "between hardline IS militants and a joint force of al-Nusra and Western-backed rebels"
  const SIDE_PRE = `(?:(?:the|a|an)\\s+)?(?:(?!(?:and|or|between)\\b)[a-z]+\\s+){0,2}?(?:(?:fighters|forces?|troops|militants|members|units|gunmen)\\s+(?:from|of)\\s+)?(?:the\\s+)?(?:(?:President|leader|Syrian\\s+President)\\s+)?`;
  const SIDE_POST = `(?:\\s+⟨\\d+t?⟩)?(?:\\s+(?:fighters|forces|troops|militants|members|units|gunmen|militia|militias|loyalists))?(?:\\s+on\\s+(?:the\\s+)?one\\s+(?:hand|side))?`;
  add('OPPOSES', 'between-sides', `\\b{c:OPPOSES.betweenNouns}\\s+(?:(?!between\\b)(?:[a-z]+|⟨\\d+⟩)\\s+){0,5}between\\s+${SIDE_PRE}(?:pro\\s*-\\s*)?{MA:a}${SIDE_POST}\\s*(?:and|,)\\s+${SIDE_PRE}{LM:b}`, { pair: 'both' });
  // "seize government-held Aleppo", "an offensive to liberate the regime-held district", "advance into
  // government-held areas": taking a place from its holder opposes the holder
  add('OPPOSES', 'take-held', `\\b{c:OPPOSES.takeVerbs}\\s+{D}(?:[a-z]+\\s+){0,2}{MA:t}${HELD}`, { src: 'subject' });
  add('OPPOSES', 'passive', `{L:t}\\s+{W3}\\b{c:OPPOSES.passiveVerbs}\\s+{D}{L:s}`);
  add('OPPOSES', 'fight-against', `\\b(?:fight|fighting|fights|fought|battle|battles|battling|war|campaign|struggle|offensive|operations?|incursion|advance|advancing|advanced|rebellion|uprising|revolt)\\s+(?:for\\s+(?:its\\s+|their\\s+)?(?:survival|control|its\\s+life|their\\s+lives)\\s+)?(?:against|on|targeting)\\s+{D}{W2}{L:t}`, { src: 'subject' });
  add('OPPOSES', 'fight-x', `\\b(?:to\\s+)?(?:fight|combat|defeat|confront|eradicate|destroy)\\s+{D}{L:t}`, { src: 'subject' });
  add('OPPOSES', 'offensive-of', `{M:s}{P}\\s+{W2}\\b(?:offensive|campaign|incursion|operation|war|fight)\\s+(?:against|on|targeting)\\s+{D}{W2}{L:t}`);
  add('OPPOSES', 'clashed', `{M:a}\\s+{W2}\\bclash(?:ed|es|ing)?\\s+{W2}with\\s+{D}{W1}{M:b}`, { pair: 'both' });
  // "seized Jarabulus from IS", "captured territory from the rebels": the loser is an enemy
  // "an operation to clear the towns of A and B from Daesh", "push Daesh militants out of Al Bab"
  add('OPPOSES', 'clear-from', `\\b{c:OPPOSES.clearVerbs}\\s+(?:(?:[^\\s⟨⟩.;:!?]+|⟨\\d+⟩)\\s+){1,8}?from\\s+{D}{W1}{L:t}`, { src: 'subject' });
  add('OPPOSES', 'push-out', `\\b{c:OPPOSES.pushVerbs}\\s+{D}{L:t}\\s+(?:[a-z]+\\s+)?(?:out\\s+of|from|back|away)\\b`, { src: 'subject' });
  // "prompting objections from Iran and Russia": the objectors oppose the clause's actor
  add('OPPOSES', 'objections-from', `\\b(?:objections?|protests?|condemnation|criticism|opposition|anger|outrage|rejection)\\s+(?:by|from)\\s+{D}{L:s}`, { tgt: 'clause' });
  add('OPPOSES', 'taken-from', `{L:s}\\s+{W3}\\b{c:CONTROLS.activeVerbs}\\s+(?:(?:[^\\s⟨⟩.;:!?]+|⟨\\d+⟩)\\s+){0,5}(?:from|out\\s+of)\\s+{D}{W1}{L:t}`, { active: true });
  // "pitting X against Y", "X and Y have fought", "anti-Assad rebels"
  add('OPPOSES', 'pitting', `\\bpit(?:s|ting|ted)\\s+(?<a>[^.;:!?]{1,140}?)\\s+against\\s+(?<b>[^.;:!?]{1,160})`, { pair: 'both' });
  add('OPPOSES', 'pair-fought', `{M:a}\\s*(?:and|&)\\s+{D}{W1}{M:b}\\s+(?:(?:have|has|had|were|are|was|is|been|also|repeatedly|long|often|still|technically|effectively|now|continue|continued|to)\\s+){0,4}(?:fought|clashed|battled|fighting|clashing|battling|at\\s+war)\\b(?!\\s+(?:together|alongside|side|jointly|against)\\b)(?!\\s+(?:the\\s+|a\\s+|an\\s+)?(?:⟨|(?!(?:in|on|at|near|around|over|since|during|across|inside|outside|for|with|each|one)\\b)[a-z]+\\s+⟨))`, { pair: 'both' });
  // "an operation to oust HTS", "fighting to unseat the government", "its desire to topple the regime": the
  // clause subject opposes the object of a purpose verb
  add('OPPOSES', 'to-oust', `\\bto\\s+(?:(?:help|try|attempt|completely|finally)\\s+(?:to\\s+)?)?{c:OPPOSES.purposeVerbs}\\s+{D}(?:(?:President|Prime\\s+Minister|leader|Syrian|dictator|strongman)\\s+)?{L:t}`, { src: 'subject' });
  // "repelled an offensive by X", "thwarted an attempt by the terrorists", "stop the ISIS advance",
  // "push back an opposition offensive": the subject opposes the side whose push it counters
  // (and the side whose push is countered opposes the subject: "repelled an attack by X" = both ways)
  const COLLECTIVE_OF = `(?:(?:alliance|coalition|group|number|array|myriad|host|band|mix)\\s+of\\s+(?:the\\s+)?)?`;
  add('OPPOSES', 'counter-push-by', `\\b{c:OPPOSES.counterVerbs}\\s+{D}(?:[a-z]+\\s+){0,2}{c:OPPOSES.counterNouns}\\s+(?:by|of|from)\\s+{D}${COLLECTIVE_OF}{W1}{L:t}`, { src: 'subject' });
  add('OPPOSES', 'counter-x-push', `\\b{c:OPPOSES.counterVerbs}\\s+{D}{MA:t}{P}\\s+(?:[a-z]+\\s+)?{c:OPPOSES.counterNouns}\\b`, { src: 'subject' });
  add('OPPOSES', 'countered-push-by', `\\b{c:OPPOSES.counterVerbs}\\s+{D}(?:[a-z]+\\s+){0,2}{c:OPPOSES.counterNouns}\\s+(?:by|of|from)\\s+{D}${COLLECTIVE_OF}{W1}{L:s}`, { tgt: 'subject' });
  add('OPPOSES', 'countered-x-push', `\\b{c:OPPOSES.counterVerbs}\\s+{D}{MA:s}{P}\\s+(?:[a-z]+\\s+)?{c:OPPOSES.counterNouns}\\b`, { tgt: 'subject' });
  // "its anti-Daesh operation", "the anti-IS campaign": the subject runs it
  add('OPPOSES', 'anti-operation', `\\banti\\s*-\\s*{MA:t}\\s+(?:[a-z]+\\s+)?{c:OPPOSES.antiNouns}\\b`, { src: 'subject' });
  // "X's opposition to Y", "its opposition to Y"
  add('OPPOSES', 'opposition-to', `{M:s}{P}\\s+{W2}\\b(?:opposition|hostility|resistance|enmity|(?<o>⟨\\d+⟩))\\s+(?:to|towards?)\\s+{D}{W2}{L:t}`);
  add('OPPOSES', 'its-opposition-to', `\\b(?:its|their|his|her)\\s+{W1}(?:opposition|hostility|resistance|enmity|(?<o>⟨\\d+⟩))\\s+(?:to|towards?)\\s+{D}{W2}{L:t}`, { src: 'subject' });
  // "Israel's war with Syria", "Assad vs the rebels"
  // "the army is engaged in fierce battles with Daesh": clashes, both ways
  add('OPPOSES', 'engaged-in-battles-with', `{LC:a}${WITH_ALLIES}{W5}\\b(?:engaged|locked|embroiled|involved)\\s+(?:(?:last|on|early|late|this|overnight|yesterday|today)\\s+(?:\\w+\\s+)?)?in\\s+(?:(?:their|its|the|a|an|\\d+\\w*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|day|days|week|weeks|month|months|of)\\s+){0,4}(?:[a-z-]+\\s+){0,2}(?:battles?|clashes|fighting|combat|confrontations?|war|gunfights?)\\s+(?:with|against)\\s+{D}{W2}{L:b}`, { pair: 'both' , cue: /\b(?:engaged|locked|embroiled|involved)\b[^.;]{0,30}\bin\b/i });
  // "Ankara views the YPG as an enemy", "Turkey considers the YPG a threat"
  add('OPPOSES', 'views-as-enemy', `{L:s}\\s+{W3}\\b(?:views?|viewed|sees|saw|regards?|regarded|considers?|considered|treats?|treated)\\s+{D}{W2}{L:t}\\s+(?:as\\s+)?(?:a|an|the|its)\\s+(?:[a-z-]+\\s+){0,2}(?:enemy|enemies|foe|foes|threat|adversary|adversaries)\\b`, { active: true , cue: /\b(?:enem(?:y|ies)|foes?|threat|adversar(?:y|ies))\b/i });
  // "Turkey launched Operation Euphrates Shield against ISIS", "the army began a new offensive on rebels"
  add('OPPOSES', 'launched-operation-against', `{LS:s}{P}${WITH_ALLIES}{W3}\\b(?:launched|launches|launch|launching|began|begun|begins|started|starts|mounted|mounts|waged|wages|waging|led|leads|leading|conducted|conducts|stepped\\s+up|intensified|resumed|announced)\\s+(?:(?:a|an|the|its|their|his|new|fresh|major|large-scale|wide-scale|big|ground|military|joint|final|long-awaited|long-planned|broad)\\s+){0,3}(?:(?:offensive|operation|campaign|war|push|battle|counteroffensive|counter-offensive|incursion|drive)s?|[Oo]peration\\s+⟨\\d+⟩|⟨\\d+⟩\\s+(?:operation|offensive|campaign))\\s+(?:(?:[a-z]+|⟨\\d+⟩)\\s+){0,3}?(?:against|on|targeting)\\s+{D}{W2}{L:t}`, { active: true , cue: /\b(?:offensives?|operations?|campaigns?|wars?|push|battles?|counter-?offensives?|incursions?|drives?)\b[^.;]*\b(?:against|on|targeting)\b/i });
  // "the offensive against ISIS in Raqqa is led by the SDF"
  add('OPPOSES', 'offensive-led-by', `\\b(?:offensive|operation|campaign|assault|push)\\s+(?:against|on)\\s+{D}{L:t}\\s+(?:(?:[^\\s⟨⟩.;:!?]+|⟨\\d+⟩)\\s+){0,5}?(?:is|was|are|were|being|been)\\s+(?:\\w+\\s+)?(?:led|spearheaded|carried\\s+out|conducted|waged)\\s+by\\s+{D}{W1}{L:s}`, { cue: /\b(?:led|spearheaded|carried\s+out|conducted|waged)\s+by\b/i });
  // "the SDF have been the main force fighting IS"; "the US-led coalition fighting Daesh" (after "by" too)
  add('OPPOSES', 'force-fighting', `{L:s}\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been|remains?)\\s+(?:the|a|an|one\\s+of\\s+the)\\s+(?:[a-z-]+\\s+){0,3}(?:forces?|groups?|factions?|ally|allies|militias?|army|armies|power|powers|fighters)\\s+(?:fighting|battling|combating|combatting|confronting)\\s+(?:against\\s+)?{D}{W1}{L:t}`, { cue: /\b(?:fighting|battling|combat+ing|confronting)\b/i });
  add('OPPOSES', 'actor-fighting', `{M:s}(?:\\s*-\\s*led)?\\s+(?:[a-z]+\\s+)?(?:fighting|battling|combating|combatting)\\s+(?:against\\s+)?{D}{W1}{L:t}`, { cue: /\b(?:fighting|battling|combat+ing)\b/i });
  add('OPPOSES', 'war-with', `{M:a}{P}\\s+{W3}\\b(?:war|wars|conflict|feud)\\s+with\\s+{D}{W1}{M:b}`, { pair: 'both' });
  add('OPPOSES', 'versus', `{M:a}\\s+(?:vs\\.?|versus)\\s+{D}{M:b}`, { pair: 'both' });
  add('OPPOSES', 'anti', `\\banti\\s*-\\s*{MA:t}\\s+{W1}{L:s}`);
  add('OPPOSES', 'appos-anti', `{M:s}\\s*,?\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)?anti\\s*-\\s*{MA:t}\\s`);
  add('OPPOSES', 'do-not-support', `\\b(?:we|i)\\s+(?:do|does|did|will|would)\\s+not\\s+support\\s+{D}{W3}{L:t}`, { src: 'voice', negOk: true });
  add('OPPOSES', 'x-do-not-support', `{L:s}\\s+(?:do|does|did|will|would)\\s+not\\s+support\\s+{D}{W3}{L:t}`, { negOk: true });

  // ---- ATTACKS
  // "six killed in Aleppo", "airbase struck by US missiles": a participle, not an active verb
  // ("killed at least 50 people" is active)
  const NOT_PARTICIPLE = `(?!\\s+(?:in|by|at(?!\\s+least\\b)|during|after|when|while|near|as|since|following|overnight)\\b)`;
  add('ATTACKS', 'active', `{LS:s}{P}${WITH_ALLIES}{W3}\\b{c:ATTACKS.activeVerbs}${NOT_PARTICIPLE}\\s+{D}(?:(?:[^\\s⟨⟩.;:!?|"\u201c\u201d]+|⟨\\d+t?⟩\\s*-\\s*[\\w-]+)\\s+){0,5}{L:t}`, { active: true, chain: true });
  // "targeted with rocket and mortar shells the cities of Damascus and Aleppo": the weapon before the object
  add('ATTACKS', 'active-with', `{LS:s}{P}${WITH_ALLIES}{W3}\\b{c:ATTACKS.activeVerbs}\\s+with\\s+(?:(?!the\\b)[a-z-]+\\s+){1,5}?{D}${PF}{L:t}`, { active: true, chain: true });
  // "X carried out / fired / launched (several) air strikes / rocket shells on|against Y"
  add('ATTACKS', 'light-verb', `{LS:s}{P}${WITH_ALLIES}{W3}\\b{c:ATTACKS.lightVerbs}\\s+{W4}\\b{c:ATTACKS.nouns}\\s+{W4}\\b{c:ATTACKS.targetPrepositions}\\s+{D}{W3}{L:t}`, { active: true, chain: true });
  // "48 people executed by government forces in the village of Rityan": the place of the act
  add('ATTACKS', 'passive-in', `\\b{c:ATTACKS.passiveVerbs}\\s+{D}{W1}{LS:s}\\s+(?:in|at|on)\\s+{D}${PF}{L:t}`, { chain: true });
  add('ATTACKS', 'noun-on-by', `\\b{c:ATTACKS.nouns}\\s+(?:on|against|targeting)\\s+{D}{W2}{L:t}\\s+(?:and\\s+its\\s+(?:countryside|suburbs|environs)\\s+)?{W2}by\\s+{D}{W1}{LS:s}`);
  add('ATTACKS', 'noun-on', `{LS:s}{P}\\s+{W1}\\b{c:ATTACKS.nouns}\\s+(?:and\\s+{W2}{c:ATTACKS.nouns}\\s+)?{W2}\\b{c:ATTACKS.targetPrepositions}\\s+{D}{W2}{L:t}`, { chain: true });
  // "an al-Nusra Front shelling of government forces positions", "regime bombardment of Douma by ..."
  const SHELLING_OF = `(?:shelling|shellings|bombardment|bombardments|bombing|bombings|strafing|storming|targeting)\\s+of`;
  add('ATTACKS', 'shelling-of', `{LS:s}{P}\\s+(?:[a-z]+\\s+)?${SHELLING_OF}\\s+{D}{W2}{L:t}`, { chain: true , cue: /\b(?:shellings?|bombardments?|bombings?|strafing|storming|targeting)\s+of\b/i });
  add('ATTACKS', 'shelling-of-by', `\\b${SHELLING_OF}\\s+{D}{W2}{L:t}\\s+{W2}by\\s+{D}{W1}{LS:s}`, { chain: true , cue: /\b(?:shellings?|bombardments?|bombings?|strafing|storming|targeting)\s+of\b/i });
  // "airstrikes by the Syrian regime destroyed the hospital in Kafr Hamra"
  add('ATTACKS', 'by-destroyed', `\\b{c:ATTACKS.nouns}\\s+by\\s+{D}{W1}{LS:s}\\s+{W3}\\b(?:destroyed|damaged|hit|struck|targeted|pounded|levell?ed|flattened|razed)\\s+{D}{W4}{L:t}`, { chain: true , cue: /\bby\b[^.;]*\b(?:destroyed|damaged|hit|struck|targeted|pounded|levell?ed|flattened|razed)\b/i });
  // "a car bomb claimed by ISIS killed 30 in Jableh"
  add('ATTACKS', 'claimed-by', `\\b(?:{c:ATTACKS.nouns}|bomb|blast|explosion|explosions|bombings?|attacks?)\\s+(?:was\\s+|were\\s+)?claimed\\s+by\\s+{D}{W1}{LS:s}\\s+{W3}\\b(?:killed|wounded|injured|hit|struck|targeted|destroyed)\\s+{W5}(?:in|on|at)\\s+{D}${PF}{L:t}`, { chain: true , cue: /\bclaimed\s+by\b/i });
  // "the coalition said its strikes killed 20 IS militants": "its" attacks are the subject's
  add('ATTACKS', 'its-strikes', `\\b(?:its|their)\\s+(?:[a-z]+\\s+)?{c:ATTACKS.nouns}\\s+(?:have\\s+|had\\s+|also\\s+)?(?:killed|hit|struck|targeted|destroyed|pounded)\\s+{D}{W4}{L:t}`, { src: 'subject', chain: true , cue: /\b(?:its|their)\s[^.;]*\b(?:killed|hit|struck|targeted|destroyed|pounded)\b/i });
  add('ATTACKS', 'passive', `{L:t}\\s+{W4}\\b{c:ATTACKS.passiveVerbs}\\s+{D}{W2}{LS:s}`);
  add('ATTACKS', 'by-on', `\\b(?:{c:ATTACKS.nouns}|{c:ATTACKS.passiveVerbs})\\s+(?:by\\s+)?{D}{W1}{LS:s}\\s+{W4}\\b(?:on|at|against|targeting)\\s+{D}{W3}{L:t}`, { chain: true });
  add('ATTACKS', 'by-killed-in', `\\b{c:ATTACKS.nouns}\\s+by\\s+{D}{W1}{LS:s}\\s+(?:killed|wounded|injured|left)\\s+{W5}(?:in|on)\\s+{D}${PF}{L:t}`, { chain: true });
  // "The bombardment struck the town of Jayrud", "Several raids overnight hit Babeska", "The strikes killed 45
  // civilians in Aleppo": an attack taken up without its attacker is the last reported attacker's
  const EVENT = `(?:^|[.;:]\\s+|\\b(?:said|says|that)\\s+)(?:the|these|those|several|multiple|further|more|new|fresh|other|its|their)\\s+(?:[a-z]+\\s+)?{c:ATTACKS.nouns}\\s+(?:(?:overnight|also|later|then|reportedly|on\\s+\\w+)\\s+)?`;
  add('ATTACKS', 'event-hit', `${EVENT}(?:hit|struck|targeted|pounded|destroyed|damaged|slammed\\s+into|landed\\s+(?:in|on))\\s+{D}${PF}{L:t}`, { src: 'event', chain: true });
  add('ATTACKS', 'event-killed-in', `${EVENT}(?:killed|wounded|injured|left)\\s+{W5}(?:in|on)\\s+(?:and\\s+around\\s+)?{D}${PF}{L:t}`, { src: 'event', chain: true });
  // "A number of gatherings of ISIS terrorists were hit in al-Hawi area": an agentless passive in a
  // report of one attacker's operations is theirs
  add('ATTACKS', 'event-passive-in', `\\b(?:was|were|been|being)\\s+(?:also\\s+)?(?:hit|targeted|struck|shelled|bombed|bombarded|pounded|destroyed|raided)\\s+(?:in|at|on)\\s+{D}${PF}{L:t}(?![^.;]*\\bby\\s+(?:the\\s+)?(?:⟨|[a-z]+\\s+⟨))`, { src: 'event', chain: true , cue: /\b(?:was|were|been|being)\s+(?:also\s+)?(?:hit|targeted|struck|shelled|bombed|bombarded|pounded|destroyed|raided)\s+(?:in|at|on)\b/i });
  add('ATTACKS', 'event-on', `\\b(?:the|these|those)\\s+(?:[a-z]+\\s+)?{c:ATTACKS.nouns}\\s+(?:on|against|targeting)\\s+{D}${PF}{L:t}`, { src: 'event', chain: true });
  // "mortar shells fired by Jaish al-Islam hit Damascus": the weapon's firer attacks where it lands
  add('ATTACKS', 'fired-by-hit', `\\b{c:ATTACKS.nouns}\\s+(?:fired|launched|dropped)\\s+by\\s+{D}{W1}{LS:s}\\s+{W3}\\b(?:hit|struck|landed\\s+(?:in|on)|fell\\s+(?:in|on)|slammed\\s+into|targeted|exploded\\s+in)\\s+{D}${PF}{L:t}`, { chain: true, cue: /\b(?:fired|launched|dropped)\s+by\b/i });
  // "killed by Turkish artillery fire and US airstrikes": the second weapon's owner attacks too
  add('ATTACKS', 'passive-second-agent', `{L:t}\\s+{W4}\\b{c:ATTACKS.passiveVerbs}\\s+{D}{W1}⟨\\d+t?⟩\\s+(?:{c:ATTACKS.nouns})\\s+(?:and|as\\s+well\\s+as)\\s+(?:by\\s+)?{D}{MA:s}(?:\\s*-\\s*led)?\\s+(?:[a-z]+\\s+)?{c:ATTACKS.nouns}\\b`);
  add('ATTACKS', 'noun-by', `{L:t}\\s+{W3}\\b(?:airstrikes?|air\\s+strikes?|air\\s+raids?|raids?|attacks?|shelling|bombing|bombardment|strikes?)\\s+by\\s+{D}{W1}{LS:s}`);

  // ---- CONSIDERS_TERRORIST
  const TERR = `(?:⟨\\d+t⟩|terrorists?|terror)`;
  const LAB = c('CONSIDERS_TERRORIST', 'labels');
  add('CONSIDERS_TERRORIST', 'banned-in', `{LA:t}\\s*,?\\s*[\\[(]?\\s*(?:(?:a|an)\\s+)?(?:${LAB}\\s*)?{W3}[\\[(]?\\b{c:CONSIDERS_TERRORIST.bannedIn}\\s+(?:(?:many|several|numerous|most|a\\s+number\\s+of)\\s+(?:other\\s+)?countries\\s*,?\\s+(?:including|such\\s+as|like)\\s+)?{D}{L:s}`);
  add('CONSIDERS_TERRORIST', 'recognised-by', `{LA:t}\\s+(?:is|are|was|were|has\\s+been|have\\s+been|being)\\s+{W2}(?:recogni[sz]ed|designated|listed|considered|regarded|labell?ed|branded|viewed|seen|classified|deemed|banned|outlawed|proscribed|blacklisted)\\s+(?:as\\s+)?{W2}(?:${LAB}\\s+)?{W1}by\\s+{D}{L:s}`);
  // "The PKK, listed as a terrorist group by Turkey, the US and the EU,": the participle in apposition
  add('CONSIDERS_TERRORIST', 'appos-listed-by', `{LA:t}\\s*,?\\s+(?:which\\s+|who\\s+)?(?:is\\s+|are\\s+|has\\s+been\\s+|have\\s+been\\s+)?(?:also\\s+|widely\\s+)?(?:recogni[sz]ed|designated|listed|considered|regarded|labell?ed|branded|classified|deemed|blacklisted)\\s+as\\s+(?:a\\s+|an\\s+)?${LAB}\\s+{W1}by\\s+{D}{L:s}`, { cue: /\b(?:recogni[sz]ed|designated|listed|considered|regarded|labell?ed|branded|classified|deemed|blacklisted)\s+as\b/i });
  // "Damascus refers to all rebels as terrorists"
  add('CONSIDERS_TERRORIST', 'refers-to-as', `{L:s}\\s+{W2}\\b(?:refers?|referred|referring)\\s+to\\s+{D}(?:all\\s+)?{W2}{LA:t}\\s+(?:[a-z]+\\s+){0,3}?as\\s+(?:a\\s+|an\\s+)?{W1}"?${LAB}`, { cue: /\brefer(?:s|red|ring)?\s+to\b/i });
  add('CONSIDERS_TERRORIST', 'considers-x-terrorist', `{L:s}\\s+{W2}\\b{c:CONSIDERS_TERRORIST.verbs}\\s+{D}{W3}{LA:t}\\s*,?\\s+{W2}(?:as\\s+)?(?:a\\s+|an\\s+)?{W1}"?${LAB}`);
  add('CONSIDERS_TERRORIST', 'which-considers', `{LA:t}\\s*,?\\s+(?:which|whom|that)\\s+{L:s}\\s+{W1}\\b{c:CONSIDERS_TERRORIST.verbs}\\s+(?:as\\s+)?{W2}${LAB}`);
  add('CONSIDERS_TERRORIST', 'says-are-terrorist', `{L:s}\\s+{W1}\\b(?:says|said|claims|claimed|insists|insisted|believes)\\s+(?:that\\s+)?{D}{W2}{LA:t}\\s+(?:is|are|was|were|remains?)\\s+{W2}${LAB}`);
  add('CONSIDERS_TERRORIST', 'label-after', `{LA:t}\\s*(?:\\)\\s*)?(?:\\([^()⟨⟩]{0,60}(?:⟨\\d+⟩[^()⟨⟩]{0,30}){0,2}\\)\\s*)?(?:${c('CONSIDERS_TERRORIST', 'labelAfter')}|⟨\\d+t⟩)`, { src: 'voice' });
  add('CONSIDERS_TERRORIST', 'label-before', `${TERR}(?:\\s+(?:organi[sz]ations?|groups?|entity|entities))?\\s+(?:of|from|belonging\\s+to|affiliated\\s+(?:to|with)|linked\\s+to)\\s+{D}(?:so\\s*-?\\s*called\\s+|{c:CONSIDERS_TERRORIST.bannedAdjectives}\\s+)?{LA:t}`, { src: 'voice' });
  add('CONSIDERS_TERRORIST', 'what-it-called', `{LA:t}\\s+(?:and|or|as\\s+well\\s+as)\\s+what\\s+(?:it|they|he|she|the\\s+\\w+)\\s+(?:called|calls|termed|terms|described\\s+as|describes\\s+as)\\s+(?:other\\s+)?"?${LAB}`, { src: 'voice' });
  add('CONSIDERS_TERRORIST', 'treated-as', `{LA:t}\\s+{W3}(?:be\\s+)?(?:treated|considered|regarded|seen|viewed|designated|labell?ed|listed|branded|identified)\\s+(?:like|as)\\s+{W2}${LAB}`, { src: 'voice' });
  add('CONSIDERS_TERRORIST', 'labels-as', `{L:s}\\s+{W1}\\b(?:labels?|labell?ed|brands?|branded|calls?|called|describes?|described|considers?|considered|regards?|regarded|designates?|designated)\\s+{D}{W2}{LA:t}(?:\\s+(?:\\w+ing|who\\s+\\w+|that\\s+\\w+)\\s+{D}{W2}(?:⟨\\d+t?⟩)?)?\\s+as\\s+"?(?:a\\s+|an\\s+)?${LAB}`);

  // "X is on the US list of terrorist groups", "Turkey's terror list includes the PKK"
  add('CONSIDERS_TERRORIST', 'on-list', `{LA:t}\\s+(?:is|are|was|were|remains?|has\\s+been|have\\s+been)\\s+(?:also\\s+|still\\s+)?(?:on|in|included\\s+(?:on|in)|added\\s+to|placed\\s+on)\\s+{D}{MA:s}{P}\\s*(?:-\\s*\\w+\\s+|\\w+\\s+){0,2}(?:{c:CONSIDERS_TERRORIST.listNouns}\\b|(?:black)?list\\s+of\\s+⟨\\d+t⟩)`);
  add('CONSIDERS_TERRORIST', 'list-includes', `{MA:s}{P}\\s+(?:\\w+\\s+){0,2}(?:{c:CONSIDERS_TERRORIST.listNouns}|(?:black)?list\\s+of\\s+⟨\\d+t⟩)\\s+(?:includes|included|including|lists|listed)\\s+{D}{LA:t}`);
  // ---- BESIEGES
  // "the siege imposed by the army on Madaya", "the siege laid on Madaya by the army"
  add('BESIEGES', 'siege-imposed-by', `\\b{c:BESIEGES.nouns}\\s+(?:\\w+\\s+)?{c:BESIEGES.imposedVerbs}\\s+by\\s+{D}{L:s}\\s+(?:on|upon|around)\\s+{D}${PF}{L:t}`);
  add('BESIEGES', 'siege-imposed-on', `\\b{c:BESIEGES.nouns}\\s+(?:\\w+\\s+)?{c:BESIEGES.imposedVerbs}\\s+(?:on|upon|around)\\s+{D}${PF}{L:t}\\s+by\\s+{D}{L:s}`);
  // ---- BESIEGES
  add('BESIEGES', 'appos-compound', `{M:t}\\s*,?\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)?{LA:s}\\s*-\\s*{c:BESIEGES.compoundSuffixes}\\s+(?:⟨\\d+⟩\\s+)?(?:[a-z]+\\s+)?${APPOS_PLACE_HEAD}`);
  add('BESIEGES', 'compound', `{LA:s}\\s*-\\s*{c:BESIEGES.compoundSuffixes}\\s+${HEAD_ONLY}{W2}{L:t}`);
  add('BESIEGES', 'active', `{L:s}${WITH_ALLIES}{W3}\\b(?<!\\b(?:the|a|an|of|on|in)\\s+){c:BESIEGES.activeVerbs}(?!\\s+by\\b)\\s+{D}${PF}{L:t}`, { active: true });
  add('BESIEGES', 'passive', `{L:t}\\s*,?\\s+{W3}\\b{c:BESIEGES.passiveVerbs}\\s+{D}{W1}{L:s}`);
  add('BESIEGES', 'siege-of', `{M:s}{P}\\s+{W3}\\b{c:BESIEGES.nouns}\\s+(?:of|on|to)\\s+{D}${PF}{L:t}`);
  add('BESIEGES', 'siege-of-by', `\\b{c:BESIEGES.nouns}\\s+(?:of|on)\\s+{D}${PF}{L:t}\\s+{W2}by\\s+{D}{L:s}`);
  // "Madaya has been under a crippling government siege": the siege's adjective names who holds it
  add('BESIEGES', 'under-siege-of-modifier', `{L:t}\\s*,?\\s+{W3}\\bunder\\s+(?:a\\s+|an\\s+|the\\s+)?(?:(?!by\\b|of\\b)[a-z][\\w-]*\\s+){0,2}{M:s}\\s+{c:BESIEGES.nouns}\\b`);
  // a capture that ended a siege was made by the besieger: "X took Manbij after a two-month siege" (a
  // named other besieger breaks the match; "After a siege, rebels took X" is left out: there the
  // siege is as often the one they broke)
  const CAPTURED = `(?:took|captured|seized|recaptured|retook|stormed|overran|entered|regained|liberated)`;
  // a surrender after a siege is to the besieger: "surrendered Daraya to the government after a four-year
  // siege", "Aleppo fell to government forces after a months-long siege"
  const AFTER_SIEGE = `(?:(?:[^\\s⟨⟩.;:!?|]+|⟨\\d+t?⟩)\\s+){0,4}after\\s+(?:a|an|the|its|their)\\s+(?:[a-z][\\w-]*\\s+){0,3}{c:BESIEGES.nouns}\\b`;
  add('BESIEGES', 'surrendered-after-siege', `\\bsurrender(?:ed|s|ing)?\\s+{D}(?:⟨\\d+⟩\\s+)?${PF}{W2}{L:t}\\s+to\\s+{D}{W1}{L:s}\\s+${AFTER_SIEGE}`, { cue: /\bsurrender/i });
  add('BESIEGES', 'fell-after-siege', `{L:t}\\s+{W2}\\b(?:fell|falls|fallen|surrendered|capitulated)\\s+to\\s+{D}{W1}{L:s}\\s+${AFTER_SIEGE}`, { cue: /\b(?:fell|falls|fallen|surrendered|capitulated)\s+to\b/i });
  add('BESIEGES', 'captured-after-siege', `{L:s}\\s+{W3}\\b${CAPTURED}\\s+(?:control\\s+of\\s+)?{D}${PF}{L:t}\\s+(?:(?:[^\\s⟨⟩.;:!?|]+|⟨\\d+t?⟩)\\s+){0,6}after\\s+(?:a|an|the|its|their)\\s+(?:[a-z][\\w-]*\\s+){0,3}{c:BESIEGES.nouns}\\b`, { cue: /\bafter\s+(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}(?:siege|blockade|encirclement)/i });

  // ---- NEGOTIATES_WITH
  const TITLED = `(?!\\s+(?:Secretary|Foreign|Minister|Prime|President|Defen[cs]e|Special|envoy|Envoy|Ambassador|ambassador|spokes\\w+|Deputy|Chief|General|Gen\\.?|King|Crown|Emir|[A-Z]\\w+\\s+Minister)\\b)`;
  add('NEGOTIATES_WITH', 'between', `\\b{c:NEGOTIATES_WITH.symmetricNouns}\\s+{D}{W2}(?:⟨\\d+⟩\\s+(?:[A-Z][\\w.]*\\s+){1,4})?{MA:a}${TITLED}\\s*(?:and|,|&)\\s+{D}(?:⟨\\d+⟩\\s+{W3})??{M:b}${TITLED}`, { pair: 'one' });
  add('NEGOTIATES_WITH', 'pair-verb', `{M:a}\\s*(?:and|,|&)\\s+{D}(?:⟨\\d+⟩\\s+{W3})??{M:b}\\s+{W3}\\b{c:NEGOTIATES_WITH.pairVerbs}\\b`, { pair: 'one' });
  add('NEGOTIATES_WITH', 'hyphen', `{MA:a}\\s*[-\u2013]\\s*{MA:b}\\s+{c:NEGOTIATES_WITH.hyphenNouns}\\b`, { pair: 'one' });
  // "a truce agreed by Russia and the United States"
  add('NEGOTIATES_WITH', 'agreed-by', `\\b(?:agreed|brokered|negotiated|signed|reached)\\s+by\\s+{D}{MA:a}${TITLED}\\s*(?:and|&)\\s+{D}{M:b}`, { pair: 'one' });
  // "a tripartite mechanism was established in February by Turkey, Russia and Iran": the makers of a deal
  add('NEGOTIATES_WITH', 'deal-made-by', `\\b{c:NEGOTIATES_WITH.agreementNouns}\\s+(?:(?:that|which)\\s+)?(?:(?:was|were|had|has|have|been|jointly|first|later|recently)\\s+){0,3}{c:NEGOTIATES_WITH.agreedByVerbs}\\s+(?:(?:in|on|last|this|earlier)\\s+\\w+\\s+)?(?:jointly\\s+)?by\\s+{D}{L:a}`, { pair: 'all' });
  // "a deal earlier this year between the regime's allies Russia and Iran and opposition backer Turkey": every pair
  add('NEGOTIATES_WITH', 'between-parties', `\\b{c:NEGOTIATES_WITH.agreementNouns}\\s+(?:(?!between\\b)[a-z]+\\s+){0,4}between\\s+(?:the\\s+)?(?:[a-z']+\\s+){0,2}(?<a>⟨\\d+⟩(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+)(?:the\\s+)?(?:(?!and\\b)[a-z']+\\s+){0,2}⟨\\d+⟩)+)`, { pair: 'all' });
  add('NEGOTIATES_WITH', 'active', `{L:s}\\s+{W3}\\b{c:NEGOTIATES_WITH.activeVerbs}\\s+{D}{W3}{L:t}`, { active: true });
  // "We met Staffan de Mistura" (the speaker met him)
  add('NEGOTIATES_WITH', 'we-met', `\\b(?:we|i)\\s+(?:have\\s+|had\\s+|also\\s+)?(?:met|met\\s+with|held\\s+talks\\s+with|talked\\s+(?:to|with)|spoke\\s+(?:to|with)|negotiated\\s+with)\\s+{D}{W2}{L:t}`, { src: 'speaker' });
  add('NEGOTIATES_WITH', 'talks-with', `\\b(?:talks|negotiations|meeting|meetings|consultations|conversation)\\s+with\\s+{D}{W3}(?:the\\s+)?{L:t}`, { src: 'speaker' });
  // "Kerry (left) and Lavrov (right) at a bilateral meeting", "Putin and Erdogan during talks in Sochi"
  const PHOTO_SIDE = `(?:\\s*\\(\\s*[a-z]+\\s*\\)|\\s+(?:left|right|cent(?:er|re)))?`;
  add('NEGOTIATES_WITH', 'pair-at-meeting', `{M:a}${PHOTO_SIDE}\\s+and\\s+{D}(?:(?:[A-Z][\\w.-]*|of|⟨\\d+⟩)\\s+){0,5}{M:b}${PHOTO_SIDE}\\s+(?:at|during|after|before|ahead\\s+of)\\s+(?:a|an|the|their)\\s+(?:[a-z-]+\\s+){0,2}(?:meeting|talks|summit|negotiations|news\\s+conference|press\\s+conference)\\b`, { pair: 'one' });

  // ---- REPRESENTS
  const role = c('REPRESENTS', 'roleNouns');
  // ranks and honorifics between a title and the name ("Pentagon spokesman Rear Admiral John Kirby",
  // "SARC President Dr Abdulrahman Attar"); a title's field ("High Commissioner for Human Rights")
  const RANK = `(?:(?:Dr|Rear\\s+Admiral|Vice\\s+Admiral|Admiral|Major\\s+General|Maj\\.?\\s+Gen|Brigadier\\s+General|Brig\\.?\\s+Gen|Lieutenant\\s+General|Lt\\.?\\s+Gen|General|Gen|Colonel|Col|Brigadier|Major|Captain|Capt|Sheikh|Prince|Mr|Ms|Mrs|Professor|Prof|Judge)\\.?\\s+)`;
  const FIELD = `(?:\\s+(?:on|for|to|in|of)\\s+⟨\\d+⟩|\\s+for\\s+(?:[\\w-]+\\s+){0,2}[\\w-]+)`;
  add('REPRESENTS', 'org-title-person', `{MA:t}{P}\\s+${W_TITLE}\\b${role}\\b${FIELD}?\\s*,?\\s+{D}${RANK}?{M:s}`);
  // (no "and" between: "Kerry (left) and Russian Foreign Minister Lavrov" are two people)
  add('REPRESENTS', 'person-org-title', `{M:s}\\s*,?\\s+{D}(?:(?!(?:and|or|with)\\b)${W_TOKEN}\\s+){0,2}{MA:t}{P}\\s+{W3}\\b${role}\\b`);
  add('REPRESENTS', 'person-title-of-org', `{M:s}\\s*,?\\s+{D}{W3}\\b(?!envoy|representative|ambassador)${role}\\s+(?:of|for|at|to|in)\\s+{D}{W2}{M:t}`);
  // "Zakaria Malahifji, head of the political office of the Aleppo-based opposition group Fastaqim"
  add('REPRESENTS', 'person-title-of-unit-of-org', `{M:s}\\s*,\\s+{D}{W2}\\b(?:head|chief|director|leader|spokes(?:man|woman|person)|member|official|commander)\\s+of\\s+(?:the\\s+|its\\s+)?(?:[a-z-]+\\s+){0,2}(?:office|bureau|department|wing|branch|council|committee|unit|media\\s+office|division|section|program|programme)\\s+(?:of|at|in)\\s+{D}(?:(?:[^\\s⟨⟩.;:!?|]+|⟨\\d+t?⟩(?:\\s*-\\s*[\\w-]+)?)\\s+){0,6}?{M:t}(?!\\s+[a-z]+\\s+⟨)`, { cue: /\b(?:office|bureau|department|wing|branch|council|committee|unit|division|section|program|programme)\s+(?:of|at|in)\b/i });
  add('REPRESENTS', 'title-of-org-person', `\\b${role}\\s+(?:of|for|at)\\s+{D}{W2}{M:t}\\s*,?\\s+{M:s}`);

  // ---- PART_OF
  add('PART_OF', 'part-of', `{L:s}\\s*,?\\s+(?:which|who|that)?\\s*(?:is|are|was|were|remains?|remain|still)?\\s*{W2}\\b{c:PART_OF.activeVerbs}\\s+{D}{W3}{M:t}`);
  add('PART_OF', 'org-affiliate-x', `{MA:t}{P}\\s+{W2}\\b{c:PART_OF.nounsOf}\\s*,?\\s+{L:s}`);
  add('PART_OF', 'x-org-affiliate', `{L:s}\\s*,?\\s*\\(?\\s*{D}{MA:t}{P}\\s+{W2}\\b{c:PART_OF.nounsOf}\\b`);
  add('PART_OF', 'x-affiliate-of', `{L:s}\\s*,?\\s+{D}{W2}\\b{c:PART_OF.nounsOf}\\s+of\\s+{D}{W1}{M:t}`);
  // "the branch in Syria" places the branch; only a group after "in" is its parent
  add('PART_OF', 'x-affiliate-in', `{L:s}\\s*,?\\s+{D}{W2}\\b{c:PART_OF.nounsOf}\\s+in\\s+{D}{W1}{M:t}`);
  add('PART_OF', 'includes', `(?<!\\b(?:in|inside|across|from|throughout)\\s+(?:the\\s+)?){M:t}(?:\\s+(?:in|of|from|across|inside)\\s+(?:the\\s+)?⟨\\d+⟩)?\\s+{W4}\\b{c:PART_OF.includesVerbs}\\s+{D}{W3}{LI:s}`, { memberNoun: c('PART_OF', 'nounsOf') });
  add('PART_OF', 'compound', `{MA:t}\\s*-\\s*(?:affiliated|run)\\s+{W2}{M:s}`);
  add('PART_OF', 'led', `{MA:s}\\s*-\\s*led\\s+{W1}{M:t}`);

  // ---- LOCATED_IN
  const appos = c('LOCATED_IN', 'apposNouns');
  // "north-western", "south-east"
  const HYPHENATED_DIRECTION = `(?:north|south)\\s*-\\s*(?:east|west)(?:ern)?`;
  const ADJ = `(?:(?:[a-z]+ern|${HYPHENATED_DIRECTION}|north|south|east|west|central|border|coastal|ancient|strategic|key|main|small|large|besieged|rebel|opposition|industrial|nearby|the|a|an|capital|provincial|second|third|largest|biggest|commercial|government|regime|de|facto|⟨\\d+⟩\\s*-\\s*held|⟨\\d+⟩\\s*-\\s*controlled)\\s+){0,3}`;
  add('LOCATED_IN', 'appos', `{L:s}\\s*,?\\s+(?:a|an|the)\\s+${ADJ}\\b${appos}\\s+(?:of|in)\\s+{D}{W1}{M:t}`);
  // "Jobar, a Damascus neighbourhood", "Atareb, a rebel-held Syrian town"
  // "al-Inzarat - a rebel-held neighbourhood of East Aleppo -"
  add('LOCATED_IN', 'appos-dash', `{MA:s}\\s+[-\u2013\u2014]\\s+(?:a|an|the)\\s+${ADJ}\\b${appos}\\s+(?:of|in)\\s+{D}{W1}{M:t}`, { cue: /[-\u2013\u2014]\s+(?:a|an|the)\s/i });
  add('LOCATED_IN', 'appos-modifier', `{M:s}\\s*,?\\s+(?:a|an)\\s+${ADJ}{MA:t}\\s+${ADJ}\\b${appos}\\b(?!\\s+(?:of|in)\\b)`, { cue: /\b(?:a|an)\s[^.;]*\b(?:suburbs?|towns?|city|village|district|neighbou?rhood|area|region|province|part|capital|quarter|countryside|municipality)\b/i });
  add('LOCATED_IN', 'adj-city-of', `{MA:t}{P}\\s+(?!(?:a|an)\\s)${ADJ}\\b(?!(?:neighbou?rhoods?|quarter|area)\\b)${appos}\\s+(?:of\\s+)?{L:s}`);
  add('LOCATED_IN', 'in', `{L:s}\\s+(?:(?:which|that)\\s+)?(?:(?:is|are|was|were)\\s+(?:located|situated)\\s+|lies\\s+|lie\\s+|(?:air|military|naval)\\s+base\\s+|refugee\\s+camp\\s+)?{W1}(?:(?:also|further\\s+(?:north|south|east|west)|deep|just)\\s+)?(?:in|inside)\\s+{D}(?:${HYPHENATED_DIRECTION}\\s+)?{W2}{M:t}`);
  // "Atareb is in the west of Aleppo province"; "the Abbasid area of the Zahra neighbourhood"
  add('LOCATED_IN', 'in-the-west-of', `{M:s}\\s+(?:is|lies|was)\\s+(?:located\\s+)?in\\s+the\\s+(?:far\\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|heart)\\s+of\\s+{D}{M:t}`);
  // "Aleppo's Rashidin district" (the possessive is checked on the mention: "Aleppos")
  add('LOCATED_IN', 'poss-place-district', `{M:t}{P}\\s+{M:s}\\s+(?:district|districts|neighbou?rhoods?|suburbs?|quarter|quarters)\\b`);
  add('LOCATED_IN', 'area-of', `{M:s}\\s+(?:area|neighbou?rhood|district|quarter)\\s+(?:of|in)\\s+{D}(?:(?:capital|city|town|province)\\s+)?{M:t}`);
  // "Much of Idlib province, including Maaret al-Numan", "areas of Hasaka province including another city Qamishli"
  add('LOCATED_IN', 'whole-including', `(?<!\\b(?:north|south|east|west|outside|near)[\\w-]*\\s+(?:of\\s+)?(?:the\\s+)?){M:t}(?:\\s+(?:province|city|region|countryside|governorate|area|areas)\\b)?\\s*,?\\s+(?:(?!and\\b)(?:[^\\s⟨⟩.;:!?|]+)\\s+){0,4}?including\\s+(?:the\\s+)?(?:(?:another|other|nearby)\\s+)?(?:(?:towns?|city|cities|villages?|areas?)\\s+(?:of\\s+)?)?{L:s}`, { cue: /\bincluding\b/i });
  add('LOCATED_IN', 'state-place', `{MA:t}\\s+(?:[a-z]+ern\\s+)?{M:s}`);
  // "Aleppo, Syria", "Dohuk Iraq", "Raqqa province, northern Syria": a place then its state
  // "Syria's Idlib", "Aleppo's Salaheddin": a possessive place before a place (checked on the mention)
  add('LOCATED_IN', 'poss-place', `{M:t}\\s+{M:s}(?!\\s*-)`);
  // "Khanaser southeast Aleppo"
  add('LOCATED_IN', 'place-direction-place', `{M:s}\\s*,?\\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\\s+{M:t}(?!\\s*(?:,|and\\b|or\\b|&|-))`);
  add('LOCATED_IN', 'place-state', `{L:s}\\s*,?\\s+(?:(?:[a-z]+ern|north|south|east|west|central)\\s+)?{M:t}(?!\\s*(?:,(?!\\s+(?!and\\b|or\\b)[a-z])|and\\b|or\\b|&|-|['\u2019]s\\b|s\\b))`);
  // "X in the eastern and western countryside of Y", "X, in the northern part of Y"
  add('LOCATED_IN', 'in-part-of', `{L:s}\\s*,?\\s+{W1}(?:in|inside|at)\\s+{D}(?:(?!of\\b)[a-z]+\\s+){0,4}(?:countryside|parts?|province|city|area|region|district|centre|center|heart|suburbs?|governorate|quarter)\\s+of\\s+{D}(?:(?:[a-z]+ern|north|south|east|west|central|city|province)\\s+)?{M:t}`);

  // ---- CONTROLS
  // "push Daesh militants out of Al Bab", "clear the towns of A and B from Daesh": the pushed side held the place
  add('CONTROLS', 'pushed-out-of', `\\b{c:OPPOSES.pushVerbs}\\s+{D}{L:s}\\s+(?:[a-z]+\\s+)?(?:out\\s+of|from)\\s+{D}${PF}{L:t}`);
  // (an aim, not a past act: after "freed Palmyra from IS" IS holds it no more)
  const CLEAR_AIM = alt(((R.OPPOSES?.clearVerbs as string[] | undefined) ?? []).filter((v) => !/ed$/.test(v)));
  add('CONTROLS', 'cleared-from', `\\b(?:${CLEAR_AIM})\\s+{D}${PF}{L:t}\\s+(?:of\\s+)?from\\s+{D}{W1}{L:s}`);
  // "Tabqa, believed to be the last stronghold of Daesh", "X which is the main bastion of IS"
  add('CONTROLS', 'is-stronghold-of', `{M:t}\\s*,?\\s+(?:(?:which|that)\\s+)?(?:(?:is|was|remains|has\\s+been|had\\s+been|became|still)\\s+)?(?:(?:believed|considered|thought|said|seen)\\s+(?:to\\s+be\\s+|as\\s+)?)?{D}{W2}\\b(?:strongholds?|bastions?|de\\s+facto\\s+capital)\\s+(?:of|for)\\s+(?!(?:the\\s+)?(?:\\w+|⟨\\d+⟩)\\s+(?:minority|community|sect)\\b){D}{W1}{M:s}`);
  // "Aleppo, divided between the regime and opposition control", "control of Deraa remains divided between A and B"
  add('CONTROLS', 'divided-between', `{M:t}\\s*,?\\s+(?:(?:which|that)\\s+)?(?:(?:is|was|remains|has\\s+been|had\\s+been|still|roughly|evenly|now)\\s+){0,3}divided\\s+between\\s+{D}{LA:s}`);
  add('CONTROLS', 'control-divided', `\\bcontrol\\s+of\\s+{D}{M:t}\\s+(?:(?:is|was|remains|has\\s+been|still|now)\\s+){0,2}divided\\s+between\\s+{D}{LA:s}`);
  // "opposition groups surrendered the Damascus suburb of Daraya to the government"
  add('CONTROLS', 'surrendered-to', `\\bsurrender(?:ed|s|ing)?\\s+{D}(?:⟨\\d+⟩\\s+)?${PF}{W2}{L:t}\\s+to\\s+{D}{W1}{L:s}`);
  // "Atareb, a rebel-held Syrian town": the compound describes the place before it
  add('CONTROLS', 'appos-compound', `{M:t}\\s*,?\\s+(?:a|an|the)\\s+(?:[a-z]+\\s+)?{LA:s}\\s*-?\\s*{c:CONTROLS.compoundSuffixes}\\s+(?:⟨\\d+⟩\\s+)?(?:[a-z]+\\s+)?${APPOS_PLACE_HEAD}`);
  // "established full control over Jabal Badro", "regained complete control of the town"
  add('CONTROLS', 'control-over', `{L:s}${WITH_ALLIES}{W3}\\b(?:established|establish|establishes|took|take|takes|taken|gained|gains|regained|regains|seized|seizes|restored|restores|imposed|imposes|tightened|extended|extends|expanded|expands|asserted|consolidated|wrested|won|retook)\\s+(?:(?:full|complete|total|effective|partial|firm|military|nominal)\\s+){0,2}control\\s+(?:of|over)\\s+{D}${HEAD_ONLY}${PF}{W1}{L:t}`, { active: true , cue: /\bcontrol\s+(?:of|over)\b/i });
  // "Aleppo, which the government gained full control of last year"
  add('CONTROLS', 'which-control-of', `{M:t}\\s*,?\\s+(?:which|that)\\s+{D}{L:s}\\s+{W2}(?:gained|regained|took|seized|established|restored|wrested|retook)\\s+(?:(?:full|complete|total)\\s+)?control\\s+(?:of|over)\\b`, { cue: /\bcontrol\s+(?:of|over)\b/i });
  // "Aleppo has been divided between a rebel-held east and a regime-controlled west"
  const HELD_PART = `(?:a\\s+|an\\s+|the\\s+)?⟨\\d+t?⟩\\s*-\\s*(?:held|controlled|run)\\s+[a-z]+`;
  add('CONTROLS', 'divided-held-parts', `{M:t}\\s*,?\\s+{W4}\\bdivided\\s+(?:between|into)\\s+(?:a\\s+|an\\s+|the\\s+)?{MA:s}\\s*-\\s*(?:held|controlled|run)\\s+[a-z]+\\s+(?:and|,)\\s+${HELD_PART}`, { cue: /\bdivided\b/i });
  add('CONTROLS', 'divided-held-parts-2', `{M:t}\\s*,?\\s+{W4}\\bdivided\\s+(?:between|into)\\s+${HELD_PART}\\s+(?:and|,)\\s+(?:a\\s+|an\\s+|the\\s+)?{MA:s}\\s*-\\s*(?:held|controlled|run)\\b`, { cue: /\bdivided\b/i });
  // "most of the city has returned to regime control", "brought back under the control of the government"
  add('CONTROLS', 'returned-to-control', `(?<!\\b(?:except|apart\\s+from|besides|save)\\s+(?:\\S+\\s+){0,4}){L:t}\\s+{W4}\\b(?:returned|reverted|came\\s+back|went\\s+back)\\s+(?:to|under)\\s+(?:the\\s+)?{MA:s}\\s+control\\b`, { cue: /\bcontrol\b/i });
  add('CONTROLS', 'compound', `{LA:s}\\s*-?\\s*{c:CONTROLS.compoundSuffixes}\\s+${HEAD_ONLY}${PF}{W1}{L:t}`);
  add('CONTROLS', 'active', `{L:s}${WITH_ALLIES}{W3}\\b${NOT_NOUN}{c:CONTROLS.activeVerbs}(?!\\s+by\\b)\\s+{D}${HEAD_ONLY}${PF}{L:t}`, { active: true });
  add('CONTROLS', 'passive', `{L:t}\\s*,?\\s+{W4}\\b{c:CONTROLS.passiveVerbs}\\s+{D}{W1}{L:s}`);
  add('CONTROLS', 'under-control', `{L:t}\\s+{W4}under\\s+{D}{W1}{MA:s}{P}\\s+control\\b`);
  add('CONTROLS', 'stronghold-of', `{MA:s}{P}\\s+{W2}\\b{c:CONTROLS.strongholdNouns}\\s+(?:of\\s+|in\\s+)?{D}${PF}{M:t}`);
  // "the regime's recapture of Aleppo city", "IS's seizure of Palmyra"
  add('CONTROLS', 'capture-of', `{MA:s}{P}\\s+{W1}\\b(?:capture|recapture|seizure|takeover|retaking|control)\\s+(?:of|over)\\s+{D}${PF}{L:t}`);
  add('CONTROLS', 'x-the-stronghold', `{M:t}\\s*,?\\s+{D}{W3}{MA:s}{P}\\s+{W1}\\b{c:CONTROLS.strongholdNouns}\\b`);
  // ---- coordinated verbs: "X captured A and shelled B" (subject carried over "and")
  const COORD = `\\b(?:and|,)\\s+(?:(?:then|also|later|subsequently|has|have|had|later|again|eventually|finally)\\s+){0,2}`;
  add('SUPPORTS', 'coord', `${COORD}{c:SUPPORTS.activeVerbs}(?!\\s+by\\b)\\s+{D}{W2}{L:t}`, { src: 'coord' });
  add('OPPOSES', 'coord', `${COORD}{c:OPPOSES.activeVerbs}(?!\\s+by\\b)\\s+{D}{W2}{L:t}`, { src: 'coord' });
  add('ATTACKS', 'coord', `${COORD}{c:ATTACKS.activeVerbs}${NOT_PARTICIPLE}\\s+{D}{W4}{L:t}`, { src: 'coord', chain: true });
  add('CONTROLS', 'coord', `${COORD}{c:CONTROLS.activeVerbs}(?!\\s+by\\b)\\s+{D}${PF}{L:t}`, { src: 'coord' });
  add('BESIEGES', 'coord', `${COORD}{c:BESIEGES.activeVerbs}(?!\\s+by\\b)\\s+{D}${PF}{L:t}`, { src: 'coord' });
  // "... and has been a close ally of the United States", "whose country has been a major supporter of rebels"
  add('SUPPORTS', 'coord-supporter-of', `${COORD}(?:(?:is|are|was|were|remains?|remained|has\\s+been|have\\s+been|had\\s+been)\\s+)(?:a|an|the|one\\s+of\\s+the)\\s+{W2}\\b{c:SUPPORTS.nounsOf}\\s+(?:of|to|for)\\s+{D}{W2}{L:t}`, { src: 'coord' });
  // a participle clause after its subject's own verb: "Russian forces entered the conflict last year
  // backing the regime", "SDF fighters captured the area east of Tabqa laying siege to the town"
  const ING = (type: string) => alt(((R[type]?.activeVerbs as string[] | undefined) ?? []).filter((v) => /^\w+ing\b/.test(v)));
  const PARTICIPLE = `(?<!\\b(?:is|are|was|were|be|been|being|am|and|of|for|by|to|in|on|from|with|without|after|before|while|about|against|the|a|an|receives?|received|receiving|gets|got|getting|enjoys?|enjoyed|obtains?|obtained|needs?|needed|seeks?|sought|requests?|requested|lacks?|lacked)\\s+)(?<=[\\w⟩)]\\s+)`;
  add('SUPPORTS', 'participle', `${PARTICIPLE}(?:${ING('SUPPORTS')})(?!\\s+by\\b)\\s+{D}(?:forces\\s+of\\s+{D})?{W1}{L:t}`, { src: 'coord', cue: new RegExp(ING('SUPPORTS'), 'i') });
  add('BESIEGES', 'participle', `${PARTICIPLE}(?:${ING('BESIEGES')})(?!\\s+by\\b)\\s+{D}${PF}{L:t}`, { src: 'coord', cue: new RegExp(ING('BESIEGES'), 'i') });
  // cues for rules whose required words sit inside alternatives (requiredCues/requiredWord find none): a
  // necessary condition each, tested once a sentence, so a sentence without it skips the pattern
  const roleCue = `\\b${role}\\b`;
  const oppositionTo = `(?:opposition|hostility|resistance|enmity|⟩)\\s+(?:to|towards?)\\b`;
  const extraCues: Record<string, string> = {
    'ATTACKS by-on': `(?:${c('ATTACKS', 'nouns')}|${c('ATTACKS', 'passiveVerbs')})[^.;]*\\b(?:on|at|against|targeting)\\b`,
    'ATTACKS noun-by': `\\b(?:airstrikes?|air\\s+strikes?|air\\s+raids?|raids?|attacks?|shelling|bombing|bombardment|strikes?)\\s+by\\b`,
    'CONSIDERS_TERRORIST treated-as': `\\b(?:treated|considered|regarded|seen|viewed|designated|labell?ed|listed|branded|identified)\\s+(?:like|as)\\b`,
    'CONSIDERS_TERRORIST says-are-terrorist': `\\b(?:says|said|claims|claimed|insists|insisted|believes)\\b[^.;]*\\b(?:is|are|was|were|remains?)\\b`,
    'CONSIDERS_TERRORIST labels-as': `\\b(?:labels?|labell?ed|brands?|branded|calls?|called|describes?|described|considers?|considered|regards?|regarded|designates?|designated)\\b[^.;]*\\bas\\b`,
    'CONSIDERS_TERRORIST recognised-by': `\\b(?:recogni[sz]ed|designated|listed|considered|regarded|labell?ed|branded|viewed|seen|classified|deemed|banned|outlawed|proscribed|blacklisted)\\b[^.;]*\\bby\\b`,
    'CONSIDERS_TERRORIST list-includes': `\\b(?:includes|included|including|lists|listed)\\b`,
    'CONSIDERS_TERRORIST label-after': `(?:${c('CONSIDERS_TERRORIST', 'labelAfter')}|⟨\\d+t⟩)`,
    'REPRESENTS org-title-person': roleCue,
    'REPRESENTS person-org-title': roleCue,
    'REPRESENTS title-of-org-person': roleCue,
    'SUPPORTS support-efforts': `\\b(?:support|backing)\\s+(?:for|to)\\b`,
    'SUPPORTS voice-support': `\\b(?:we|i)\\s[^.;]*\\b(?:support|back|welcome)\\b`,
    'SUPPORTS groups-they-support': `\\b(?:they|it|he|she)\\s+(?:(?:have|has|had|still|openly|long|also|now)\\s+){0,2}(?:support|supports|supported|back|backs|backed|arm|arms|armed|fund|funds|funded|sponsor|sponsors|sponsored)\\b`,
    'NEGOTIATES_WITH agreed-by': `\\b(?:agreed|brokered|negotiated|signed|reached)\\s+by\\b`,
    'NEGOTIATES_WITH we-met': `\\b(?:we|i)\\s+(?:have\\s+|had\\s+|also\\s+)?(?:met|held|talked|spoke|negotiated)\\b`,
    'CONTROLS is-stronghold-of': `\\b(?:strongholds?|bastions?|de\\s+facto\\s+capital)\\s+(?:of|for)\\b`,
    'CONTROLS capture-of': `\\b(?:capture|recapture|seizure|takeover|retaking|control)\\s+(?:of|over)\\b`,
    'OPPOSES fight-against': `\\b(?:fight|fighting|fights|fought|battle|battles|battling|war|campaign|struggle|offensive|operations?|incursion|advance|advancing|advanced|rebellion|uprising|revolt)\\s+(?:for\\s+[^.;]{0,25})?(?:against|on|targeting)\\b`,
    'OPPOSES opposition-to': oppositionTo,
    'OPPOSES its-opposition-to': oppositionTo,
    'OPPOSES fight-x': `\\b(?:fight|combat|defeat|confront|eradicate|destroy)\\s`,
    'OPPOSES objections-from': `\\b(?:objections?|protests?|condemnation|criticism|opposition|anger|outrage|rejection)\\s+(?:by|from)\\b`,
    'OPPOSES offensive-of': `\\b(?:offensive|campaign|incursion|operation|war|fight)\\s+(?:against|on|targeting)\\b`,
    'LOCATED_IN in-part-of': `\\b(?:countryside|parts?|province|city|area|region|district|centre|center|heart|suburbs?|governorate|quarter)\\s+of\\b`,
    'LOCATED_IN adj-city-of': `\\b${appos}\\b`,
    'LOCATED_IN appos': `\\b${appos}\\s+(?:of|in)\\b`,
  };
  for (const r of rules) {
    const extra = extraCues[`${r.type} ${r.name}`];
    if (extra && !r.cue) r.cue = new RegExp(extra, 'iu');
  }
  const cueIds = new Map<string, number>();
  for (const r of rules) {
    if (!r.cue) continue;
    const key = `${r.cue.flags}/${r.cue.source}`;
    if (!cueIds.has(key)) cueIds.set(key, cueIds.size);
    r.cueId = cueIds.get(key)!;
  }
  return rules;
}

export interface RawRelation {
  type: RelationType;
  source: string; // entity id
  target: string; // entity id
  sent: number;
  /** mention indices used, for the evidence window */
  mi: number[];
  rule: string;
}

export interface SentenceContext {
  sent: number;
  masked: string;
  mentionIdx: number[]; // global mention indices in this sentence, in order
  entOf: (mi: number) => string;
  typeOf: (id: string) => EntityType;
  kindOf: (mi: number) => string;
  surfaceOf: (mi: number) => string;
  /** The state a person represents, if any. */
  stateOf: (id: string) => string | null;
  genericOf: (id: string) => boolean;
  speaker: string | null;
  voice: string | null;
  /** Mentions that introduce speech in this sentence: not arguments of event relations. */
  speech: Set<number>;
  /** Coalition led by a state ("US-led strikes" -> the coalition), by state id. */
  ledBy: Map<string, string>;
  /** The one attacker of the attacks reported in the two sentences before, if there is exactly one (computed on demand). */
  lastAttacker: () => string | null;
}

/**
 * Constructions inside one noun phrase ("Damascus ally Hezbollah", "US-backed SDF"): a fact whatever
 * the clause around it says, so a demand or a speaker around them does not void them.
 */
const NOUN_PHRASE_RULES = new Set(['compound', 'ally-name', 'appos-backed', 'pro', 'backed-operation', 'groups-they-support', 'is-stronghold-of']);
const LOCATIVE_BEFORE = /\b(?:in|at|from|into|near|across|inside|throughout|over|toward|towards|with)\s+(?:the\s+)?(?:(?:[a-z]+ern|north|south|east|west|central)\s+)?$/i;
const HAS_INCLUDING = /\b(?:including|such\s+as|among\s+them)\b/i;
const EXPANDS_MEMBERS = new Set<RelationType>(['OPPOSES', 'ATTACKS', 'SUPPORTS', 'CONSIDERS_TERRORIST']);
const INCLUDING_RE = /^\s+(?:(?:[^\s⟨⟩.;:!?]+|⟨\d+t?⟩)\s+){0,6}?(?:including|such\s+as|among\s+them)\s+(?:(?:the|a|an)\s+)?(?:(?!and\b)[a-z-]+\s+){0,8}?(?:such\s+as\s+(?:the\s+)?)?(⟨\d+t?⟩(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+(?:[a-z-]+\s+){0,4}?(?:such\s+as\s+)?(?:the\s+)?)⟨\d+t?⟩)*)/i;
const HOSTILE = new Set<RelationType>(['OPPOSES', 'ATTACKS', 'BESIEGES', 'CONSIDERS_TERRORIST']);
const STANCE = new Set<RelationType>(['SUPPORTS', 'OPPOSES', 'CONSIDERS_TERRORIST']);
const SPEECH_FREE = new Set<RelationType>(['REPRESENTS', 'NEGOTIATES_WITH', 'CONSIDERS_TERRORIST', 'PART_OF']);
/** A state's or a coalition's air arm, whose owner backs or attacks: "Russian airpower", "air strikes by the coalition". */
const AIR_POWER = `(?:air\\s*strikes?|air\\s*raids?|air\\s*power|airpower|air\\s+support|air\\s+cover|warplanes|jets)`;
/** Rules whose target is a modifier by construction ("Damascus ally Hezbollah", "a Syrian ally", "With Russian support the regime"). */
const MODIFIER_RULES = new Set(['ally-name', 'backed-actor-operation', 'appos-adj-ally', 'initial-with-support', 'initial-backed-by']);
const MODIFIER_TARGET_FREE = new Set<RelationType>(['LOCATED_IN', 'PART_OF', 'REPRESENTS', 'NEGOTIATES_WITH']);
/** What a side's name modifies and still stands for the side: "army posts", "an opposition offensive". */
const SIDES_OWN = `(?:posts?|positions?|bases?|checkpoints?|outposts?|barracks|headquarters|convoys?|lines|units?|troops|soldiers|fighters|forces)\\b`;
/** After a state's adjective, what is the state's own ("a Syrian helicopter", "Russian pilots"); not "Tunisian fighters". */
const STATE_OWN = `(?:(?:army|military|air\\s+force|government|regime)\\s+)?(?:soldiers?|troops|forces|army|servicemen|pilots?|helicopters?|jets?|warplanes?|planes?|aircraft|drones?|convoys?|tanks?|positions?|posts?|checkpoints?|military\\s+(?:positions?|posts?|convoys?|vehicles?))\\b`;
/** ... and, for a countered push (OPPOSES), its push: "repelled an opposition offensive" (not "a terrorist attack" as an attack's target). */
const SIDES_PUSH = `(?:offensives?|counter-?offensives?|attacks?|advances?|push|assaults?|incursions?|attempts?)\\b`;
/** LOCATED_IN rules whose whole may be a named place after a state's adjective or possessive. */
const WHOLE_AFTER_STATE_RULES = new Set(['appos', 'in', 'area-of', 'in-part-of']);
/** A labelling verb right before a mention makes it the label, not an actor ("which Turkey deems a ⟨terrorist group⟩"). */
const LABEL_VERB_BEFORE = /\b(?:deems?|deemed|considers?|considered|regards?|regarded|calls?|called|labels?|labell?ed|brands?|branded|describes?|described|views?|viewed|designates?|designated|lists?|listed|classif(?:y|ies|ied))\s+(?:it|them|him)?\s*(?:as\s+)?(?:a|an)\s+$/i;
/** After a possessor, the head noun of an apposition ("al-Qaeda's Syrian affiliate"). */
const APPOSITION_HEAD_AFTER = /^(?:\s*['\u2019]s)?\s+(?:⟨\d+t?⟩\s+)?(?:[a-z][\w-]*\s+){0,2}(?:affiliate|branch|wing|arm|offshoot|franchise|ally|allies|proxy|proxies|partner)\b/;
/** Nouns of a named whole after a state's adjective: "the Syrian city of Aleppo". */
const WHOLE_NOUNS = 'city|town|province|region|capital|governorate|district';
const SINGULAR_GENERIC = /^(?:rebel|opposition|terrorist|militant|jihadist|insurgent|government|regime|army|military)$/i;

const NUM_RE = /⟨(\d+)t?⟩/g;
const BARE_FORCES = /^(?:forces|troops|army|air\s+force|warplanes|jets|aircraft|military|soldiers|regime|government)$/i;
const CLAUSE_RE = /(?:;|:|,\s*(?:and|but|while|whereas|as|after|before|when|since|although|though)\b|\b(?:while|whereas|although|but)\b)/gi;
const FORCES_AFTER = `(?:\\s*['\u2019]s|s)?\\s+(?:loyalist\\s+|government\\s+|regime\\s+)?(?:forces|troops|army|air\\s+force|warplanes|jets|aircraft|military|soldiers|regime|government|artillery|navy|helicopters)\\b`;
/** Words between a modifier mention and its head: "⟨Syrian⟩ border town of ⟨Jarabulus⟩". */
const HEAD_GAP = `(?:(?!(?:and|or|but|which|who|that|said|says|after|before|while|as|in|on|at|by|from|with|to|for|near)\\b|[a-z]+ing\\b|(?:north|south|east|west)[\\w-]*\\s+of\\b)[a-z][\\w-]*\\s+){1,3}(?:of\\s+)?(?:the\\s+)?`;
const CHAIN_RE = new RegExp(
  `^\\s*(?:(?:positions?|sites?|posts?|areas?|bases?|headquarters|gatherings?|hideouts?|targets?|vehicles?|fighters|militants|members|neighbou?rhoods?|villages?|towns?|cities|parts?|districts?|countryside|command|cent(?:er|re)s?|posts?|depots?|facilit(?:y|ies)|strongholds?|checkpoints?|convoys?|camps?|fortifications|tunnels)\\s+){0,2}` +
    `(?:in|of|inside)\\s+(?:the\\s+)?(?:(?:[a-z-]+ern|north|south|east|west|central|city|town|village|villages|towns|neighbou?rhoods?|areas?|area|province|countryside|district|districts|suburbs?)\\s+){0,3}(?:of\\s+)?` +
    `(⟨\\d+⟩(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s+)⟨\\d+⟩)*)`,
  'i',
);
function idsIn(s: string | undefined): number[] {
  if (!s) return [];
  const out: number[] = [];
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // "⟨a⟩ (⟨b⟩)" is one item: keep only the first of a parenthesised pair
  const stripped = s.replace(/\(\s*⟨\d+t?⟩\s*\)/g, '');
  while ((m = NUM_RE.exec(stripped))) out.push(Number(m[1]));
  return out;
}

export function applyRules(rules: Rule[], ctx: SentenceContext, negRe: RegExp, hypoRe: RegExp): RawRelation[] {
  const out: RawRelation[] = [];
  // "DAESH, which took Manbij": a relative clause after a comma has the name before it as subject,
  // as it has without the comma
  const str = ctx.masked.replace(/(⟨\d+t?⟩),\s+(which|who)\s/g, '$1 $2 ');
  if (!str.includes('⟨')) return out;
  // a mention the dictionary knows (a name or a capital standing for its state), not a name only guessed
  const isKnown = (mi: number): boolean => ctx.kindOf(mi) === 'name' || ctx.kindOf(mi) === 'metonym';
  // "Lebanon's", "Lebanons" (apostrophe lost)
  const isPossessive = (mi: number): boolean => {
    const surface = ctx.surfaceOf(mi).toLowerCase().replace(/['\u2019]/g, '');
    const name = ctx.entOf(mi).split(':')[1]!;
    // "regimes allies": a state's alias with a lost apostrophe
    return /['\u2019]s$/i.test(ctx.surfaceOf(mi)) || surface === `${name}s` || (ctx.typeOf(ctx.entOf(mi)) === 'State' && /s$/.test(surface) && !/s$/.test(name) && !/ians?$/.test(surface));
  };
  /** A mention whose support follows it ("US support", "Russian air cover"). */
  const backingWords = /\b(?:support|backing|help|assistance|cover|aid)\b/i.test(str);
  const backing = (mi: number): boolean => backingWords && new RegExp(`⟨${mi}t?⟩(?:\\s*['\u2019]s)?\\s+(?:military\\s+|air\\s+|financial\\s+|logistical\\s+)?(?:support|backing|help|assistance|cover|aid)\\b|\\bwith\\s+(?:the\\s+)?(?:[a-z]+\\s+)?(?:support|backing|help|assistance|cover)\\s+(?:of|from)\\s+(?:the\\s+)?⟨${mi}t?⟩|\\b(?:support|backing|help|assistance|cover)\\s+from\\s+(?:the\\s+)?⟨${mi}t?⟩`, 'i').test(str);
  const listMembers = (ids: number[]): number[] => {
    // drop adjectives that only modify the next mention ("Syrian ⟨Kurdish fighters⟩")
    const keep: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (k < ids.length - 1 && ctx.kindOf(id) === 'adj') {
        const re = new RegExp(`⟨${id}t?⟩\\s+⟨${ids[k + 1]}t?⟩`);
        if (re.test(str)) continue;
      }
      // "Lebanon's Hezbollah": a possessive right before another name modifies it
      if (k < ids.length - 1 && isPossessive(id) && ctx.typeOf(ctx.entOf(id)) === 'State' && ctx.typeOf(ctx.entOf(ids[k + 1]!)) === 'Group' && !BARE_FORCES.test(ctx.surfaceOf(ids[k + 1]!)) && new RegExp(`⟨${id}t?⟩\\s+⟨${ids[k + 1]}t?⟩`).test(str)) continue;
      // "ISIS terrorists": a generic word right after a name is apposition, not a list member
      // ("Idlib opposition fighters": a place name before it is a modifier; the generic is the member)
      // ("Syria rebels": a state's name before a generic collective is its modifier; the collective is the member)
      if (k > 0 && ctx.genericOf(ctx.entOf(id)) && !ctx.genericOf(ctx.entOf(ids[k - 1]!)) && ctx.typeOf(ctx.entOf(ids[k - 1]!)) !== 'Place') {
        const prev = ids[k - 1]!;
        const re = new RegExp(`⟨${prev}t?⟩(?:\\s*\\))?\\s+⟨${id}t?⟩`);
        if (re.test(str)) {
          if (ctx.typeOf(ctx.entOf(prev)) !== 'State' || ctx.kindOf(prev) === 'adj' || keep[keep.length - 1] !== prev || !/s$/i.test(ctx.surfaceOf(id))) continue;
          keep.pop();
        }
      }
      // "Nusra Front, al-Qaeda's Syrian affiliate,": a later possessive before a head noun is an apposition,
      // not a member (nor is an adjective after it)
      if (k > 0 && isPossessive(id) && new RegExp(`⟨${id}t?⟩\\s+(?:⟨\\d+t?⟩\\s+)?(?:[a-z][\\w-]*\\s+){0,2}(?:affiliate|branch|wing|arm|offshoot|franchise|ally|allies|proxy|proxies|partner|backers?|leader|chief|head|spokes(?:man|woman|person)|envoy|commander|minister|president)\\b`).test(str)) {
        const nx = ids[k + 1];
        if (nx !== undefined && (ctx.kindOf(nx) === 'adj' || ctx.typeOf(ctx.entOf(nx)) === 'State') && new RegExp(`⟨${id}t?⟩\\s+⟨${nx}t?⟩`).test(str)) k++;
        continue;
      }
      // "allies Russia and Iran and opposition backer Turkey": a later member that modifies a new
      // head noun followed by another name starts a new phrase; the list ends before it
      if (k > 0 && new RegExp(`⟨${id}t?⟩(?:\\s*['\u2019]s|s)?\\s+(?:backers?|allies|ally|supporters?|patrons?|sponsors?|partners?|leader|chief|head|spokes(?:man|woman|person)|envoy|commander|minister|president|affiliate|branch|wing)\\s+⟨\\d+`).test(str)) break;
      keep.push(id);
    }
    return keep;
  };
  const subjectBefore = (pos: number): number | null => {
    // nearest actor mention before pos
    const before = str.slice(0, pos);
    let best: number | null = null;
    NUM_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUM_RE.exec(before))) {
      const mi = Number(m[1]);
      const t = ctx.typeOf(ctx.entOf(mi));
      // "... in Syria", "across its border with Syria": a state named as a place is no subject
      if (t === 'State' && LOCATIVE_BEFORE.test(before.slice(Math.max(0, m.index - 30), m.index))) continue;
      // "the Nusra Front, al-Qaeda's Syrian affiliate, drove": a possessor in an apposition is no subject
      if (best !== null && isPossessive(mi) && APPOSITION_HEAD_AFTER.test(before.slice(m.index + m[0].length))) continue;
      if (t !== 'Place' && ctx.kindOf(mi) !== 'adj') best = mi;
    }
    return best;
  };
  const firstActor = (pos: number): number | null => {
    NUM_RE.lastIndex = 0;
    const before = str.slice(0, pos);
    let m: RegExpExecArray | null;
    while ((m = NUM_RE.exec(before))) {
      const mi = Number(m[1]);
      if (ctx.typeOf(ctx.entOf(mi)) !== 'Place' && ctx.kindOf(mi) !== 'adj' && !ctx.speech.has(mi)) return mi;
    }
    return null;
  };
  // the subject of a coordinated verb: the nearest actor before that is not the object of a
  // preposition or of a verb ("Turkish jets struck Afrin and shelled ..." -> Turkey)
  const coordSubject = (pos: number): number | null => {
    const before = str.slice(0, pos);
    const found: Array<{ mi: number; at: number }> = [];
    NUM_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUM_RE.exec(before))) found.push({ mi: Number(m[1]), at: m.index });
    for (let k = found.length - 1; k >= 0; k--) {
      const { mi, at: p } = found[k]!;
      const t = ctx.typeOf(ctx.entOf(mi));
      if (t === 'Place' || ctx.speech.has(mi)) continue;
      // skip list members / modifiers glued to the next mention
      const pre = before.slice(Math.max(0, p - 40), p);
      if (/(?:^|\s)(?:in|at|from|into|near|on|of|by|to|with|against|for|targeting|toward|towards|across|between|including)\s+(?:the\s+)?$/i.test(pre)) continue;
      if (/(?:⟩|\w+(?:ed|s))\s*$/.test(pre) && /\S/.test(pre)) {
        if (/⟩\s*(?:,|and)?\s*$/.test(pre)) continue; // a list member: keep looking left
        if (/\b\w+ed\s+$/i.test(pre)) return null; // object of a verb: no reliable subject
      }
      return mi;
    }
    return null;
  };
  // the first actor of the clause that holds pos ("..., and Turkey launched ... with US support")
  const clauseSubject = (pos: number): number | null => {
    const before = str.slice(0, pos);
    let start = 0;
    CLAUSE_RE.lastIndex = 0;
    let cm: RegExpExecArray | null;
    while ((cm = CLAUSE_RE.exec(before))) start = cm.index + cm[0].length;
    const part = before.slice(start);
    NUM_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = NUM_RE.exec(part))) {
      const mi = Number(m[1]);
      if (ctx.typeOf(ctx.entOf(mi)) === 'Place' || ctx.speech.has(mi)) continue;
      if (/(?:^|\s)(?:in|at|from|into|near|on|of|by|to|with|against|for|across|between)\s+(?:the\s+)?$/i.test(part.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (ctx.kindOf(mi) === 'adj' && /^⟨\d+t?⟩\s+[a-z]/.test(part.slice(m.index))) continue;
      return mi;
    }
    return null;
  };
  // a rule that takes both ends from the sentence needs two mentions in it
  let mentions = 0;
  for (let k = str.indexOf('⟨'); k >= 0 && mentions < 2; k = str.indexOf('⟨', k + 1)) mentions++;
  // many rules share a cue list: test each once a sentence
  const cueHits: Array<boolean | undefined> = [];
  for (const rule of rules) {
    if (mentions < 2 && rule.src === 'group' && (rule.tgt ?? 'group') === 'group') continue;
    if (rule.cue && !(cueHits[rule.cueId!] ??= rule.cue.test(str))) continue;
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // where the last source list taken ended: a later match starting inside it ("⟨al-Qaeda's⟩ ⟨Syrian⟩
    // affiliate, drove" inside "⟨Nusra⟩, ⟨al-Qaeda's⟩ ⟨Syrian⟩ affiliate, drove") is the same clause again
    let sourceListEnd = -1;
    while ((m = re.exec(str))) {
      const at = m.index;
      re.lastIndex = at + 1;
      const g = m.groups ?? {};
      if (g.s !== undefined && rule.src === 'group' && at + m[0].indexOf(g.s) < sourceListEnd) continue;
      // negation / hypothetical in the matched span or just before it
      const span = str.slice(Math.max(0, at - 30), at + m[0].length);
      const core = str.slice(at, at + m[0].length);
      // "against" negates support ("support against X") but is the cue of hostility
      const negCore = HOSTILE.has(rule.type) ? core.replace(/\bagainst\b/gi, ' ') : core;
      if ((!rule.negOk && negRe.test(negCore)) || (hypoRe.test(span) && !NOUN_PHRASE_RULES.has(rule.name))) continue;
      if (rule.type === 'ATTACKS' && /\bin\s+support\s+of\b/i.test(core)) continue;
      if (rule.active && g.s !== undefined) {
        if (/\b(?:getting|receiving|received|receives|gets)\b/i.test(core)) continue;
        const sStart = at + m[0].indexOf(g.s);
        // "a charity based in Germany that supports": a located actor is not the subject
        const pre = str.slice(Math.max(0, sStart - 30), sStart);
        const sEnd = sStart + g.s.length;
        // "... from DAESH which took Manbij": a relative pronoun makes the object before it a subject
        const relative = /^\s*(?:which|who)\s/i.test(str.slice(sEnd, sEnd + 8));
        if (!relative && /\b(?:in|at|from|into|near|on|against|by|across|through|along|over|based\s+in)\s+(?:the\s+)?$/i.test(pre)) continue;
        // "The YPG, which Turkey deems a terrorist group, took": a label's complement is no subject
        if (LABEL_VERB_BEFORE.test(pre)) continue;
        if (!relative && /\b(?:of|across)\s+(?:the\s+)?(?:[a-z]+ern|north|south|east|west|central)\s+$/i.test(pre)) continue;
        const between = str.slice(sEnd, sEnd + 40);
        if (/^\s*(?:\S+\s+){0,2}(?:was|were|been|being|is|are|got|get)\s/i.test(between) && !/^\s*(?:\S+\s+){0,2}(?:is|are|was|were|been)\s+(?:also\s+|still\s+|repeatedly\s+)?(?:\w+ing)\b/i.test(between)) continue;
      }
      // "rebels fighting the army and backed by Turkey": the participle after "and" belongs to an
      // earlier head, not to the mention right before it
      if (rule.name === 'passive' && g.t !== undefined) {
        const tEnd = at + m[0].indexOf(g.t) + g.t.length;
        if (/^\s*,?\s*and\s/i.test(str.slice(tEnd, tEnd + 8))) continue;
      }
      // "ISIS ⟨militants⟩ were killed by", "Daesh ⟨militants⟩ attacked": a later match starting at the generic
      // word of a name's apposition is that name's relation again, not one of the generic word
      const lead = g.t !== undefined && m[0].startsWith(g.t) ? g.t : g.s !== undefined && m[0].startsWith(g.s) ? g.s : undefined;
      if (lead !== undefined) {
        const first = idsIn(lead)[0];
        const pm = first !== undefined && ctx.genericOf(ctx.entOf(first)) ? /⟨(\d+)t?⟩(?:\s*\(\s*⟨\d+t?⟩\s*\))?\s+$/.exec(str.slice(0, at)) : null;
        if (pm) {
          const prev = Number(pm[1]);
          // ("Syria rebels shell": a state's name before a generic source is its modifier, the generic acts)
          if (!ctx.genericOf(ctx.entOf(prev)) && ctx.typeOf(ctx.entOf(prev)) !== 'Place' && ctx.kindOf(prev) !== 'adj' && (lead === g.t || ctx.typeOf(ctx.entOf(prev)) === 'Group')) continue;
        }
      }
      let sources: string[] = [];
      let targets: string[] = [];
      const used: number[] = [];
      if (rule.name === 'pitting') {
        // "pits Assad's government supported by Russia against rebel factions": the heads of
        // each side (no modifiers, no objects of prepositions, a leader's forces -> the forces)
        const heads = (part: string, all: boolean): number[] => {
          const out: number[] = [];
          const re2 = /⟨(\d+)t?⟩/g;
          let hm: RegExpExecArray | null;
          while ((hm = re2.exec(part))) {
            const mi = Number(hm[1]);
            const pre = part.slice(Math.max(0, hm.index - 14), hm.index);
            const post = part.slice(hm.index + hm[0].length, hm.index + hm[0].length + 16);
            if (ctx.kindOf(mi) === 'adj' || ctx.typeOf(ctx.entOf(mi)) === 'Place' || /\(\s*$/.test(pre)) continue;
            if (/\b(?:in|by|at|from|on|with|to|for|near)\s+(?:the\s+)?$/i.test(pre) || /(?<!\b(?:number|numbers|some|all|many|several|one|most|dozens|hundreds|variety|host|array))\s+of\s+(?:the\s+)?$/i.test(pre)) continue;
            if (ctx.typeOf(ctx.entOf(mi)) === 'Person' && /^(?:\s*['\u2019]s|s)?\s+⟨\d+t?⟩/.test(post)) continue;
            if (/^\s*-\s*[a-z]/.test(post) || /^(?:['\u2019]s|s)?\s+(?!(?:and|or|which|who|that|as|in|on|at|to|from|with|for|near|against|said|says)\b|[a-z]+(?:ed|ing)\b|(?:group|groups|faction|factions|militia|militias|forces|fighters|movement|alliance|coalition|organi[sz]ation|rebels|brigades?|army|troops|government|regime)\b)[a-z]/.test(post)) continue;
            out.push(mi);
            if (!all) break;
          }
          return out;
        };
        // "pitting A, B, C and D against each other": every pair of the listed sides
        if (/^\s*(?:each\s+other|one\s+another)\b/i.test(g.b ?? '')) {
          const all = [...new Set(heads((g.a ?? '').split(/\b(?:which|who|that)\b/i)[0]!, true))];
          for (const a of all) for (const b of all) if (a !== b && ctx.entOf(a) !== ctx.entOf(b)) push(out, ctx, rule, ctx.entOf(a), ctx.entOf(b), [a, b]);
          continue;
        }
        const A = heads((g.a ?? '').split(/\b\w+ed\s+by\b|\b(?:which|who|that)\b/i)[0]!, true).slice(-1);
        const B = heads((g.b ?? '').split(/\b(?:which|who|that|whose|where|while|after|as)\b/i)[0]!, true);
        for (const a of A) for (const b of B) {
          push(out, ctx, rule, ctx.entOf(a), ctx.entOf(b), [a, b]);
          push(out, ctx, rule, ctx.entOf(b), ctx.entOf(a), [a, b]);
        }
        continue;
      }
      // "its opposition to X": a masked "opposition" mention is the noun, any other mention is no cue
      if (g.o !== undefined && !/^(?:the\s+)?opposition$/i.test(ctx.surfaceOf(idsIn(g.o)[0]!))) continue;
      if (rule.pair === 'all') {
        // "the regime's allies Russia and Iran": a possessive before a noun is no party
        // ("opposition backer Turkey": a mention that modifies a noun before the next name is no party either)
        const members = [...new Set(idsIn(g.a).filter((i) => ctx.kindOf(i) !== 'adj' && !(isPossessive(i) && new RegExp(`⟨${i}t?⟩\\s+[a-z]`).test(str)) && !new RegExp(`⟨${i}t?⟩\\s+(?!and\\b)[a-z]+\\s+⟨`).test(str)).map(ctx.entOf))];
        for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) push(out, ctx, rule, members[x]!, members[y]!, idsIn(g.a));
        continue;
      }
      if (rule.pair) {
        const a = idsIn(g.a)[0];
        // "Islamists linked to Al-Qaeda and Kurdish militants have fought": an object of a preposition is no side
        if (rule.name === 'pair-fought' && a !== undefined && new RegExp(`\\b(?:to|of|by|from|with|in|at|on|near)\\s+(?:the\\s+)?⟨${a}t?⟩`, 'i').test(str)) continue;
        const bs = rule.name === 'between-sides' ? listMembers(idsIn(g.b?.replace(COMPOUND_MODIFIER, ''))) : idsIn(g.b).slice(0, 1);
        if (a === undefined || !bs.length) continue;
        // "between the rebels and President Bashar al-Assad's forces": a leader's forces are his state
        const side = (i: number): string => {
          const e = ctx.entOf(i);
          return ctx.typeOf(e) === 'Person' && ctx.stateOf(e) && new RegExp(`⟨${i}t?⟩${FORCES_AFTER}`, 'i').test(str) ? ctx.stateOf(e)! : e;
        };
        for (const b of bs) {
          const ea = side(a);
          const eb = side(b);
          push(out, ctx, rule, ea, eb, [a, b]);
          if (rule.pair === 'both') push(out, ctx, rule, eb, ea, [a, b]);
        }
        continue;
      }
      if (rule.src === 'group') {
        let ids = listMembers(idsIn(rule.name === 'includes' ? g.s?.replace(COMPOUND_MODIFIER, '') : g.s));
        // "the SDF is fighting with US support to capture Raqqa": a backer's support is no actor here
        if (rule.type !== 'SUPPORTS') ids = ids.filter((i) => !backing(i));
        // "Russia and Iran allies" is no "X and its allies": without a possessive, only adjectives
        if (rule.name === 'and-its-ally' && !/\b(?:its|their|his)\b/i.test(core) && (idsIn(g.t).some((i) => ctx.kindOf(i) === 'adj') || !/(?:allies|backers|supporters|partners|patrons|sponsors|friends)$/i.test(core) || ids.some((i) => ctx.kindOf(i) !== 'adj' && ctx.kindOf(i) !== 'generic'))) continue;
        if (!SPEECH_FREE.has(rule.type) && !NOUN_PHRASE_RULES.has(rule.name) && ids.some((i) => ctx.speech.has(i))) continue;
        // "Erdogan's troops": the bare forces word after a leader is the leader's state, not a list member
        ids = ids.filter((i, k) => !(k > 0 && ctx.typeOf(ctx.entOf(ids[k - 1]!)) === 'Person' && BARE_FORCES.test(ctx.surfaceOf(i))));
        // "the cities of Damascus and Aleppo and al-Fouaa town in Idleb": a singular head noun after the
        // list belongs to its last member only
        if (rule.name === 'in' && ids.length > 1 && new RegExp(`⟨${ids[ids.length - 1]}t?⟩\\s+(?:town|city|village|neighbou?rhood|district|suburb|camp|area)\\s+(?:in|inside)\\b`, 'i').test(core)) ids = ids.slice(-1);
        // "the PYD the Syrian franchise of": an adjective before a common noun is no member
        if (rule.type === 'PART_OF') ids = ids.filter((i) => !(ctx.kindOf(i) === 'adj' && new RegExp(`⟨${i}t?⟩\\s+[a-z]`).test(str)));
        // "a coalition that includes al-Qaeda's local branch Nusra Front": the member is the branch, not its parent
        if (rule.memberNoun) ids = ids.map((i) => {
          const mm = new RegExp(`⟨${i}t?⟩${POSS}\\s+(?:[a-z][\\w-]*\\s+){0,2}(?:${rule.memberNoun})\\s*,?\\s+(?:the\\s+)?⟨(\\d+)t?⟩`, 'iu').exec(str);
          return mm ? Number(mm[1]) : i;
        });
        // "the extremist group's Syrian de facto capital": a state adjective places the stronghold, it does not hold it
        if (rule.name === 'stronghold-of') ids = ids.filter((i) => ctx.kindOf(i) !== 'adj' || ctx.typeOf(ctx.entOf(i)) !== 'State');
        // "Rebel fighters including Islamists surrounded Hader": the head before "including" acts
        if (rule.active && ids.length && HAS_INCLUDING.test(str)) {
          const inc = new RegExp(`⟨(\\d+)t?⟩\\s+(?:[a-z]+\\s+)?(?:including|such\\s+as|among\\s+them)\\s+(?:the\\s+)?⟨${ids[0]}t?⟩`, 'i').exec(str);
          if (inc) ids = [Number(inc[1])];
        }
        // "backed by the Lebanese Shiite group Hezbollah": a state adjective before a named head is no backer
        // (only an agent after "by": in "The Turkish regime supports Nusra" the adjective is the subject's)
        if (rule.type === 'SUPPORTS') ids = ids.map((i) => {
          if (ctx.kindOf(i) !== 'adj' || ctx.typeOf(ctx.entOf(i)) !== 'State') return i;
          if (!new RegExp(`\\bby\\s+(?:[a-z-]+\\s+){0,4}⟨${i}t?⟩`, 'i').test(str)) return i;
          // "backed by Russian airpower": the state's own arms back
          if (new RegExp(`⟨${i}t?⟩\\s+(?:${AIR_POWER}|artillery|forces|troops|military)\\b`, 'i').test(str)) return i;
          const hm = new RegExp(`⟨${i}t?⟩\\s+${HEAD_GAP}⟨(\\d+)t?⟩`, 'i').exec(str);
          return hm && ctx.kindOf(Number(hm[1])) !== 'adj' && ctx.typeOf(ctx.entOf(Number(hm[1]))) !== 'Place' ? Number(hm[1]) : i;
        });
        used.push(...ids);
        sources = ids.map((i) => {
          const e = ctx.entOf(i);
          // "Assad's air force", "Erdogan's troops": the state the person leads acts
          if (ctx.typeOf(e) === 'Person' && ctx.stateOf(e)) {
            const nx = new RegExp(`⟨${i}⟩(?:\\s*['\u2019]s|s)?\\s+⟨(\\d+)⟩`).exec(str);
            if (new RegExp(`⟨${i}⟩${FORCES_AFTER}`, 'i').test(str) || (nx && BARE_FORCES.test(ctx.surfaceOf(Number(nx[1]))))) return ctx.stateOf(e)!;
          }
          // "forces loyal to Assad": his state acts
          if (ctx.typeOf(e) === 'Person' && ctx.stateOf(e) && new RegExp(`\\b(?:forces|troops|fighters|soldiers|militias?|gunmen|units)\\s+loyal\\s+to\\s+(?:(?:president|the)\\s+)?⟨${i}⟩`, 'i').test(str)) return ctx.stateOf(e)!;
          // "US-led air strikes": the coalition acts
          if (ctx.ledBy.has(e) && new RegExp(`⟨${i}⟩\\s*-\\s*led\\b`).test(str)) return ctx.ledBy.get(e)!;
          return e;
        });
      } else if (rule.src === 'subject') {
        const sb = subjectBefore(at);
        // "attacked ... by Jaish al-Islam in an attempt to undermine the stances of the locals in support of
        // the army": a subject far back has other heads between it and the phrase
        if (sb !== null && rule.name === 'in-support-of' && at - str.indexOf(`⟨${sb}`) > 45) continue;
        if (sb !== null) {
          sources = [ctx.entOf(sb)];
          used.push(sb);
        } else if (ctx.voice) sources = [ctx.voice];
      } else if (rule.src === 'coord') {
        const sb = coordSubject(at);
        if (sb === null) continue;
        // needs a verb of its own between the subject and "and"
        const between = str.slice(str.indexOf(`⟨${sb}`) , at);
        if (!/\b\w+(?:ed|s)\b|\b(?:took|struck|hit|held|won|drove|fought|led|shot|made|began)\b/i.test(between.replace(/⟨\d+t?⟩/g, ' '))) continue;
        sources = [ctx.entOf(sb)];
        used.push(sb);
      } else if (rule.src === 'event') {
        const attacker = ctx.lastAttacker();
        if (attacker) sources = [attacker];
      } else if (rule.src === 'voice') {
        if (ctx.voice) sources = [ctx.voice];
      } else if (rule.src === 'speaker') {
        const sb = subjectBefore(at);
        if (sb !== null) {
          sources = [ctx.entOf(sb)];
          used.push(sb);
        } else if (ctx.speaker) sources = [ctx.speaker];
      }
      // "their support": no single person is "their"
      if (/^their\b/i.test(core) && sources.length && sources.every((x) => ctx.typeOf(x) === 'Person')) continue;
      if (rule.tgt === 'clause') {
        const cs = clauseSubject(at);
        if (cs !== null) {
          targets = [ctx.entOf(cs)];
          used.push(cs);
        }
      } else if (rule.tgt === 'first') {
        const fa = firstActor(at);
        if (fa !== null) {
          targets = [ctx.entOf(fa)];
          used.push(fa);
        }
      } else if (rule.tgt === 'subject') {
        const sb = subjectBefore(at);
        if (sb !== null) {
          targets = [ctx.entOf(sb)];
          used.push(sb);
        }
      } else {
        let ids = listMembers(idsIn(g.t));
        if (HOSTILE.has(rule.type)) ids = ids.filter((i) => !backing(i));
        // "a faction in Lebanon and Faylaq al-Rahman which is backed by Qatar": a list member that
        // is the object of a preposition is not what the passive describes
        if (rule.name === 'passive' && ids.length > 1) ids = ids.filter((i) => !new RegExp(`\\b(?:in|at|from|into|near|inside|across)\\s+(?:the\\s+)?⟨${i}t?⟩`, 'i').test(str));
        // "Assad's government supported by Russia": the leader's forces word is the target, not him
        const leaderForces = new Set<number>();
        ids = ids.filter((i, k) => {
          const nx = ids[k + 1];
          if (nx === undefined || ctx.typeOf(ctx.entOf(i)) !== 'Person' || !BARE_FORCES.test(ctx.surfaceOf(nx))) return true;
          if (!new RegExp(`⟨${i}⟩(?:\\s*['\u2019]s|s)?\\s+⟨${nx}⟩`).test(str)) return true;
          leaderForces.add(nx);
          return false;
        });
        // "the Syrian franchise of the Turkish PKK": an adjective before a name modifies it
        // "the PYD, the Syrian franchise of the PKK", "its Syrian affiliate": a state adjective places the branch
        // ("the PKK's Syrian branches": the possessor before the adjective is the parent)
        if (rule.name === 'x-org-affiliate' || rule.name === 'org-affiliate-x') {
          ids = ids.flatMap((i) => {
            // ("Al-Qaida's Syria affiliate": a state's name there places it too)
            if (!(ctx.typeOf(ctx.entOf(i)) === 'State' && (ctx.kindOf(i) === 'adj' || new RegExp(`⟨\\d+t?⟩(?:\\s*['\u2019]s|s)?\\s+⟨${i}t?⟩`).test(str)))) return [i];
            const pm = new RegExp(`⟨(\\d+)t?⟩(?:\\s*['\u2019]s|s)?\\s+⟨${i}t?⟩`).exec(str);
            return pm && ctx.typeOf(ctx.entOf(Number(pm[1]))) === 'Group' ? [Number(pm[1])] : [];
          });
        }
        if (rule.type === 'PART_OF') ids = ids.map((i) => {
          const nm = ctx.kindOf(i) === 'adj' ? new RegExp(`⟨${i}t?⟩\\s+⟨(\\d+)t?⟩`).exec(str) : null;
          return nm ? Number(nm[1]) : i;
        });
        if ((rule.name === 'poss-place-district' || rule.name === 'poss-place') && !ids.every(isPossessive)) continue;
        // "8 in Ansari 5 in Almiyassar": a casualty count, not a place in a place
        if (rule.name === 'in' && /⟩\s+\d+\s+(?:in|inside)\b/.test(core)) continue;
        // a state's adjective or possessive before the named whole modifies it: "a neighbourhood of the
        // Syrian city of Aleppo", "in Syria's southwestern Quneitra province" (in Aleppo, in Quneitra)
        if (WHOLE_AFTER_STATE_RULES.has(rule.name)) ids = ids.map((i) => {
          if (ctx.typeOf(ctx.entOf(i)) !== 'State' || !(ctx.kindOf(i) === 'adj' || isPossessive(i))) return i;
          const wm = new RegExp(`⟨${i}t?⟩(?:\\s*['\u2019]s)?\\s+(?:(?:[a-z]+ern|central|north|south|east|west|border|coastal|(?:north|south)\\s*-\\s*(?:east|west)(?:ern)?)\\s+){0,2}(?:(?:${WHOLE_NOUNS})\\s+of\\s+)?⟨(\\d+)⟩`, 'i').exec(str);
          return wm && ctx.typeOf(ctx.entOf(Number(wm[1]))) === 'Place' ? Number(wm[1]) : i;
        });
        // "the Jubar district of Damascus" but "the Damascus suburb of Daraya": the order does not say which is
        // the whole; an unknown place before the head noun and a known one after it make the first the part
        if (rule.name === 'adj-city-of' && ids.some((i) => ctx.kindOf(i) === 'unknown' && !isPossessive(i)) && idsIn(g.s).every(isKnown)) continue;
        // "talks with Russian Foreign Minister Sergei Lavrov": the official, not his state's adjective, meets
        if (rule.type === 'NEGOTIATES_WITH') ids = ids.map((i) => {
          if (ctx.kindOf(i) !== 'adj') return i;
          const pm = new RegExp(`⟨${i}t?⟩\\s+(?:[A-Z][\\w.]*\\s+){1,4}⟨(\\d+)⟩`).exec(str);
          return pm && ctx.typeOf(ctx.entOf(Number(pm[1]))) === 'Person' ? Number(pm[1]) : i;
        });
        // "air strikes in northern Syria", "raids on Syria's Idlib": a state named as the scene is not
        // attacked (its army, positions or territory "into Syria" are)
        if (rule.type === 'ATTACKS' || rule.type === 'OPPOSES') ids = ids.filter((i) => {
          if (ctx.typeOf(ctx.entOf(i)) !== 'State' || ctx.kindOf(i) === 'adj') return true;
          const scene = new RegExp(`(?<!\\b(?:towns?|cities|villages?|positions?|bases?|posts?|territory|targets?|shelling|shellings|bombardments?|bombings?|strafing|storming|targeting)(?:\\s+and\\s+\\w+)?\\s+)\\b(?:in|across|inside|throughout|over|of)\\s+(?:the\\s+)?(?:(?:[a-z]+ern|north|south|east|west|central|rural)\\s+)?⟨${i}t?⟩`, 'i');
          if (scene.test(str)) return false;
          const nx = new RegExp(`⟨${i}t?⟩\\s+⟨(\\d+)t?⟩`).exec(str);
          return !(nx && isPossessive(i) && ctx.typeOf(ctx.entOf(Number(nx[1]))) === 'Place');
        });
        // "in Aleppo, Russian Foreign Minister said": an adjective is no state of location
        if (rule.name === 'place-state') ids = ids.filter((i) => ctx.kindOf(i) !== 'adj');
        if (!SPEECH_FREE.has(rule.type) && ids.some((i) => ctx.speech.has(i))) continue;
        if (!MODIFIER_TARGET_FREE.has(rule.type) && !MODIFIER_RULES.has(rule.name)) {
          // "a Syrian airbase", "rebel areas": a modifier is not the target; "the Syrian border
          // town of Jarabulus": the head after the modifier is
          const heads: number[] = [];
          ids = ids.filter((i) => {
            const k = ctx.kindOf(i);
            const follow = new RegExp(`⟨${i}t?⟩\\s+[A-Za-z]`).test(str) && !new RegExp(`⟨${i}t?⟩\\s+(?:and|or|in|on|at|near|of|from|with|to|after|before|as|which|who|that|said|says|the|while|since|during|for|by|but)\\b`, 'i').test(str);
            // "attacked army posts", "push back an opposition offensive": a side's posts or push stand for the side
            const candidate = follow && !leaderForces.has(i) && (k === 'adj' || SINGULAR_GENERIC.test(ctx.surfaceOf(i)));
            const sidesOwn = candidate && HOSTILE.has(rule.type) && (k !== 'adj'
              ? new RegExp(`⟨${i}t?⟩\\s+${SIDES_OWN}`, 'i').test(str) || (rule.type === 'OPPOSES' && new RegExp(`⟨${i}t?⟩\\s+${SIDES_PUSH}`, 'i').test(str))
              // "shot down a Syrian helicopter", "killed ten Syrian soldiers": a state's own men and machines
              : (rule.type === 'ATTACKS' || rule.type === 'OPPOSES') && ctx.typeOf(ctx.entOf(i)) === 'State' && new RegExp(`⟨${i}t?⟩\\s+${STATE_OWN}`, 'i').test(str));
            const drop = candidate && !sidesOwn;
            if (drop) {
              const hm = new RegExp(`⟨${i}t?⟩\\s+${HEAD_GAP}⟨(\\d+)t?⟩`, 'i').exec(str);
              if (hm && !ids.includes(Number(hm[1]))) heads.push(Number(hm[1]));
            }
            return !drop;
          });
          for (const h of heads) if (ctx.kindOf(h) !== 'adj') ids.push(h);
          // "strike Syria jihadists": a state name right before a generic collective modifies it
          ids = ids.filter((i) => {
            const nm = new RegExp(`⟨${i}t?⟩\\s+⟨(\\d+)t?⟩`).exec(str);
            if (!nm || ctx.typeOf(ctx.entOf(i)) !== 'State' || !ctx.genericOf(ctx.entOf(Number(nm[1]))) || new RegExp(`-\\s*⟨${i}t?⟩`).test(str)) return true;
            if (!ids.includes(Number(nm[1]))) ids.push(Number(nm[1]));
            return false;
          });
          // "jihadists from the Islamic State group", "fighters of Hezbollah": the named group
          ids = ids.map((i) => {
            if (!ctx.genericOf(ctx.entOf(i)) || !/^(?:jihadists?|militants?|fighters?|terrorists?|gunmen|extremists?|insurgents?)$/i.test(ctx.surfaceOf(i))) return i;
            const gm = new RegExp(`⟨${i}t?⟩\\s+(?:from|of|belonging\\s+to)\\s+(?:the\\s+)?⟨(\\d+)⟩`).exec(str);
            if (gm && ctx.typeOf(ctx.entOf(Number(gm[1]))) === 'Group' && !ctx.genericOf(ctx.entOf(Number(gm[1])))) return Number(gm[1]);
            return i;
          });
        }
        used.push(...ids);
        targets = ids.map(ctx.entOf);
        // "fighting several rebel groups including the Islamic State": a generic target's named members are targets too
        if (EXPANDS_MEMBERS.has(rule.type) && g.t && ids.some((i) => ctx.genericOf(ctx.entOf(i)))) {
          const im = INCLUDING_RE.exec(str.slice(at + m[0].length));
          if (im) for (const mi of idsIn(im[1])) {
            if (ctx.genericOf(ctx.entOf(mi)) || ctx.typeOf(ctx.entOf(mi)) === 'Place' || ctx.kindOf(mi) === 'adj') continue;
            targets.push(ctx.entOf(mi));
            used.push(mi);
          }
        }
        if (rule.chain && g.t) {
          // "pounded Al-Maghayer in Aleppo", "raided ISIL sites in Palmyra, A and B": follow
          // "(positions) in/of X" chains to more place targets
          let rest = str.slice(at + m[0].length);
          for (let hop = 0; hop < 3; hop++) {
            const cm = CHAIN_RE.exec(rest);
            if (!cm) break;
            const found = idsIn(cm[1]).filter((mi) => ctx.typeOf(ctx.entOf(mi)) === 'Place' && ctx.kindOf(mi) !== 'adj');
            if (!found.length) break;
            for (const mi of found) {
              targets.push(ctx.entOf(mi));
              used.push(mi);
            }
            rest = rest.slice(cm[0].length);
          }
        }
      }
      if (STANCE.has(rule.type)) sources = sources.map((x) => (ctx.typeOf(x) === 'Person' ? ctx.stateOf(x) ?? x : x));
      // "the Aleppo neighbourhood of Sheikh Maqsoud" but "the Jubar district of Damascus": a known place
      // and an unknown one make the known one the whole, whatever the order
      if (rule.name === 'area-of' && g.s !== undefined && g.t !== undefined) {
        const si = idsIn(g.s)[0]!, ti = idsIn(g.t)[0]!;
        if (isKnown(si) && ctx.kindOf(ti) === 'unknown') {
          push(out, ctx, rule, ctx.entOf(ti), ctx.entOf(si), used);
          continue;
        }
      }
      const before = out.length;
      for (const s of sources) for (const t of targets) push(out, ctx, rule, s, t, used);
      if (out.length > before && g.s !== undefined) sourceListEnd = at + m[0].indexOf(g.s) + g.s.length;
    }
  }
  return out;
}

function push(out: RawRelation[], ctx: SentenceContext, rule: Rule, s: string, t: string, used: number[]): void {
  if (s === t) return;
  const ok = TYPE_OK[rule.type];
  if (!ok.s.includes(ctx.typeOf(s)) || !ok.t.includes(ctx.typeOf(t))) return;
  if (rule.type === 'PART_OF' && ctx.typeOf(s) === 'State' && ctx.typeOf(t) === 'State') return;
  // a state is not hostile to its own leader, nor he to it ("the government's term for rebels fighting to oust President Assad")
  if (HOSTILE.has(rule.type) && ((ctx.typeOf(t) === 'Person' && ctx.stateOf(t) === s) || (ctx.typeOf(s) === 'Person' && ctx.stateOf(s) === t))) return;
  if (rule.name === 'led' && !/coalition|alliance/i.test(t)) return;
  if (rule.name === 'x-affiliate-in' && ctx.typeOf(t) === 'State') return;
  if ((rule.name === 'state-place' || rule.name === 'place-state') && ctx.typeOf(t) !== 'State') return;
  // "the terrorist groups including Nusra and ISIL": a label, not an organisation
  if (rule.type === 'PART_OF' && t === 'Group:terrorists') return;
  if (rule.type === 'CONSIDERS_TERRORIST' && (t === 'Group:terrorists' || (rule.src === 'voice' && ctx.genericOf(t)))) return;
  out.push({ type: rule.type, source: s, target: t, sent: ctx.sent, mi: used, rule: rule.name });
}
