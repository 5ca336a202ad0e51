// Reported speech: who says each sentence ("X said", "according to X", quotes carried over),
// and whose voice a speaker is (a minister speaks for his state, a state news agency for its state).
import type { DocEntities, EntityRecord } from './entities.js';

export interface Voices {
  /** Per sentence: the speaking entity id, or null. */
  speaker: Array<string | null>;
  /** Per sentence: mention indices that introduce speech ("X said", "told X", "according to X"). */
  speechMentions: Array<Set<number>>;
  /** Article-level voice (a state news agency's own narration), or null. */
  articleVoice: string | null;
  /** entity id -> the entity whose stance it expresses. */
  voiceOf(id: string): string;
}

export function speakerPatterns(speechAlt: string): RegExp[] {
  return [
    new RegExp(`⟨(\\d+)⟩\\s+(?:(?:also|then|later|further|earlier|previously|has|have|had|was|were|on\\s+\\w+day)\\s+){0,2}${speechAlt}\\b`, 'gi'),
    new RegExp(`${speechAlt}\\s+(?:on\\s+\\w+\\s+)?(?:the\\s+)?⟨(\\d+)⟩(?=\\s*(?:[.,;:"'\u201d)]|$|on\\s|in\\s|at\\s|who\\s|adding|according|told))`, 'gi'),
    new RegExp(`according\\s+to\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}⟨(\\d+)⟩`, 'gi'),
    new RegExp(`⟨(\\d+)⟩\\s+(?:\\w+\\s+){0,2}(?:quoted|cited)`, 'gi'),
    new RegExp(`(?:told|quoted\\s+by|cited\\s+by|reported\\s+by)\\s+(?:the\\s+)?⟨(\\d+)⟩`, 'gi'),
    // "a Syrian military source told FNA", "Turkish security sources said": the unnamed official speaks for the actor
    new RegExp(`⟨(\\d+)⟩\\s+(?:(?:military|army|security|government|diplomatic|intelligence|official|senior|defen[cs]e|police)\\s+){0,2}(?:source|sources|official|officials)\\s+(?:(?:also|later|has|have|had)\\s+)?${speechAlt}\\b`, 'gi'),
  ];
}

export function computeVoices(
  doc: DocEntities,
  masked: string[],
  sentMentions: number[][],
  sentTexts: string[],
  patterns: RegExp[],
  represents: Map<string, string[]>,
  articleSource: string | null,
): Voices {
  const speaker: Array<string | null> = [];
  const speechMentions: Array<Set<number>> = [];
  let prevSpeaker: string | null = null;
  let inQuote = false;
  const ms = doc.mentions;
  const isActor = (e: EntityRecord | undefined) => !!e && e.type !== 'Place';
  let stateVoiceHits = 0;
  for (let s = 0; s < masked.length; s++) {
    const str = masked[s]!;
    let found: string | null = null;
    let reporter: string | null = null;
    const sm = new Set<number>();
    speechMentions.push(sm);
    for (let p = 0; p < patterns.length; p++) {
      const re = patterns[p]!;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(str))) {
        const mi = Number(m[1]);
        const e = doc.entities.get(ms[mi]!.ent);
        if (!isActor(e)) continue;
        // "a monitoring group based in the UK reported": a located state is not the speaker
        if (p === 0 && /\b(?:in|at|from|of|to|based\s+in)\s+(?:the\s+)?$/i.test(str.slice(0, m.index))) continue;
        sm.add(mi);
        // "X told FNA": the addressee of "told" is not the speaker
        if (p === 4 || (p === 1 && /^told\b/i.test(m[0]))) {
          reporter = e!.id; // "told SANA": the outlet is not the speaker but may be the article's voice
          continue;
        }
        if (!found) found = e!.id;
      }
    }
    if (reporter && doc.entities.get(reporter)?.facts.stateVoice) stateVoiceHits++;
    if (found && doc.entities.get(found)?.facts.stateVoice) stateVoiceHits++;
    const txt = sentTexts[s]!;
    const quotes = (txt.match(/["\u201c\u201d]/g) ?? []).length;
    const startsQuoted = /^["\u201c]/.test(txt);
    if (!found && (inQuote || startsQuoted) && prevSpeaker) found = prevSpeaker;
    if (quotes % 2 === 1) inQuote = !inQuote;
    speaker.push(found);
    if (found) prevSpeaker = found;
    else if (!inQuote) prevSpeaker = null;
  }
  let articleVoice: string | null = null;
  const src = (articleSource ?? '').toLowerCase();
  for (const e of doc.entities.values()) {
    if (!e.facts.stateVoice || !e.facts.partOf) continue;
    if (stateVoiceHits > 0 || (src && (e.name.toLowerCase().includes(src) || [...e.aliases].some((a) => a.toLowerCase() === src)))) {
      articleVoice = `State:${e.facts.partOf.toLowerCase()}`;
      break;
    }
  }
  if (!articleVoice && src === 'sana') articleVoice = 'State:syria';
  const voiceOf = (id: string): string => {
    const e = doc.entities.get(id);
    if (!e) return id;
    if (e.type === 'Person') {
      const r = represents.get(id);
      if (r && r.length) {
        const st = r.find((x) => x.startsWith('State:'));
        return st ?? r[0]!;
      }
      return id;
    }
    if (e.type === 'Group' && e.facts.stateVoice && e.facts.partOf) return `State:${e.facts.partOf.toLowerCase()}`;
    return id;
  };
  return { speaker, speechMentions, articleVoice, voiceOf };
}
