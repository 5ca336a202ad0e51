import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Extraction } from '../graph/model.js';
import { createExtractor, loadDictionaryFile } from '../ingest/extract/index.js';
import { splitSentences } from '../ingest/extract/sentences.js';

const ex = createExtractor();
let n = 0;
function run(text: string): Extraction {
  const a: Article = { id: `t${n++}`, title: '', text, date: null, source: null, url: null };
  return ex.extract(a);
}
function has(x: Extraction, type: string, source: string, target: string): boolean {
  return x.relations.some((r) => r.type === type && r.source === source && r.target === target);
}
function entity(x: Extraction, name: string) {
  return x.entities.find((e) => e.name === name);
}

test('sentence splitting keeps abbreviations and gives offsets', () => {
  const t = 'The U.S. envoy met Gen. Smith in Geneva. Talks resumed on Monday.\nNew line here';
  const s = splitSentences(t);
  assert.equal(s.length, 3);
  assert.equal(t.slice(s[0]!.start, s[0]!.end), 'The U.S. envoy met Gen. Smith in Geneva.');
  assert.equal(t.slice(s[2]!.start, s[2]!.end), 'New line here');
});

test('SUPPORTS from a -backed compound, with adjective source', () => {
  const x = run('Fighters of the Iranian-backed Hezbollah moved north overnight.');
  assert.ok(has(x, 'SUPPORTS', 'Iran', 'Hezbollah'));
});

test('SUPPORTS from a passive with a list of backers', () => {
  const x = run('The Free Syrian Army is backed by Turkey and Qatar, officials said.');
  assert.ok(has(x, 'SUPPORTS', 'Turkey', 'Free Syrian Army'));
  assert.ok(has(x, 'SUPPORTS', 'Qatar', 'Free Syrian Army'));
});

test('SUPPORTS "help from"', () => {
  const x = run('Iraq is also receiving help from Iran in its war.');
  assert.ok(has(x, 'SUPPORTS', 'Iran', 'Iraq'));
  assert.ok(!has(x, 'SUPPORTS', 'Iraq', 'Iran'));
});

test('negated support gives no SUPPORTS', () => {
  const x = run('Germany does not support the PKK in any way.');
  assert.ok(!has(x, 'SUPPORTS', 'Germany', 'PKK'));
});

test('hypothetical attack gives no ATTACKS', () => {
  const x = run('Suspected Israeli jets may have struck Homs overnight.');
  assert.ok(!x.relations.some((r) => r.type === 'ATTACKS'));
});

test('CONSIDERS_TERRORIST: recognised as terrorist by a list = three relations', () => {
  const x = run('Hamas is recognised as a terrorist organization by Israel, the United States and the EU.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Israel', 'Hamas'));
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'United States', 'Hamas'));
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'European Union', 'Hamas'));
});

test('CONSIDERS_TERRORIST: bracketed "banned in" note', () => {
  const x = run('Militants of Jabhat Fatah al-Sham [a terrorist group banned in Russia] shelled the town.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Russia', 'Jabhat al-Nusra'));
});

test('CONSIDERS_TERRORIST: a minister\'s label goes to his state', () => {
  const x = run('Turkish Foreign Minister Mevlut Cavusoglu said the YPG should be treated as a terrorist group.');
  assert.ok(has(x, 'REPRESENTS', 'Mevlut Cavusoglu', 'Turkey'));
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Turkey', 'YPG'));
  const r = x.relations.find((q) => q.type === 'CONSIDERS_TERRORIST')!;
  assert.equal(r.evidence.speaker, 'Mevlut Cavusoglu');
});

test('narrative "terrorists" without a speaker gives no CONSIDERS_TERRORIST', () => {
  const x = run('ISIS terrorists attacked the village.');
  assert.ok(!x.relations.some((r) => r.type === 'CONSIDERS_TERRORIST'));
});

test('BESIEGES: compound and passive', () => {
  const x1 = run('Aid finally reached rebel-besieged Nubl this week.');
  assert.ok(has(x1, 'BESIEGES', 'rebels', 'Nubl'));
  const x2 = run('The town of Moadamiyeh, besieged by government forces, ran out of bread.');
  assert.ok(has(x2, 'BESIEGES', 'Syria', 'Moadamiyeh'));
});

test('REPRESENTS from titles and apposition; unknown person names', () => {
  const x = run('Iranian Foreign Minister Javad Zarif arrived in Moscow. Ahmad Khalil, a spokesman for the Free Syrian Army, declined to comment.');
  assert.ok(has(x, 'REPRESENTS', 'Mohammad Javad Zarif', 'Iran'));
  assert.ok(has(x, 'REPRESENTS', 'Ahmad Khalil', 'Free Syrian Army'));
  assert.equal(entity(x, 'Ahmad Khalil')?.type, 'Person');
});

test('PART_OF from "which is part of" and affiliates', () => {
  const x = run('The YPJ, which is part of the SDF, took the village. Al-Qaeda affiliate Hurras al-Din claimed the attack.');
  assert.ok(has(x, 'PART_OF', 'YPJ', 'Syrian Democratic Forces'));
  assert.ok(has(x, 'PART_OF', 'Hurras al-Din', 'al-Qaeda'));
});

test('LOCATED_IN from apposition and "the X city of Y"; Place typing by cues', () => {
  const x = run('Fighting reached Kafr Batna, a town in Eastern Ghouta. The northern Syrian city of Azaz was calm.');
  assert.ok(has(x, 'LOCATED_IN', 'Kafr Batna', 'Eastern Ghouta'));
  assert.ok(has(x, 'LOCATED_IN', 'Azaz', 'Syria'));
  assert.equal(entity(x, 'Kafr Batna')?.type, 'Place');
});

test('CONTROLS from -held compounds and "seized"', () => {
  const x = run('Planes circled over the Islamic State-held town of Mayadin. Later Hezbollah fighters seized Qusayr.');
  assert.ok(has(x, 'CONTROLS', 'Islamic State', 'al-Mayadeen'));
  assert.ok(has(x, 'CONTROLS', 'Hezbollah', 'Qusayr'));
});

test('ATTACKS with adjective agent and chained places', () => {
  const x = run('Russian warplanes pounded the district of Jisr al-Shughur in Idlib on Sunday.');
  assert.ok(has(x, 'ATTACKS', 'Russia', 'Jisr al-Shughur'));
  assert.ok(has(x, 'ATTACKS', 'Russia', 'Idlib'));
});

test('OPPOSES from clashes between two sides (both directions), NEGOTIATES_WITH from talks', () => {
  const x = run('Heavy clashes between the YPG and Ahrar al-Sham continued. Talks between Iran and Turkey resumed in Astana.');
  assert.ok(has(x, 'OPPOSES', 'YPG', 'Ahrar al-Sham'));
  assert.ok(has(x, 'OPPOSES', 'Ahrar al-Sham', 'YPG'));
  assert.ok(x.relations.some((r) => r.type === 'NEGOTIATES_WITH' && [r.source, r.target].sort().join() === 'Iran,Turkey'));
});

test('pronoun resolution: "he" is the last person', () => {
  const x = run('Saudi Foreign Minister Adel al-Jubeir arrived on Monday. He said Riyadh backs the Syrian National Coalition.');
  assert.ok(has(x, 'SUPPORTS', 'Saudi Arabia', 'Syrian National Coalition'));
  const r = x.relations.find((q) => q.type === 'SUPPORTS')!;
  assert.equal(r.evidence.speaker, 'Adel al-Jubeir');
});

test('alias merging: transliterations and renamings become one entity', () => {
  const x = run('Residents left Darayya on Friday. Daraya had been shelled for years. ISIL, also called Daesh or ISIS, retreated. Nusra renamed itself Jabhat Fatah al-Sham.');
  const places = x.entities.filter((e) => e.name === 'Daraya');
  assert.equal(places.length, 1);
  assert.ok(places[0]!.aliases.includes('Darayya'));
  const is = entity(x, 'Islamic State')!;
  for (const a of ['ISIL', 'Daesh', 'ISIS']) assert.ok(is.aliases.includes(a), a);
  const nusra = entity(x, 'Jabhat al-Nusra')!;
  assert.ok(nusra.aliases.includes('Jabhat Fatah al-Sham'));
  assert.ok(nusra.aliases.includes('Nusra'));
});

test('metonyms: acting capital is the state, located capital is a place', () => {
  const x = run('Ankara said it would respond. The delegates met in Ankara.');
  assert.ok(entity(x, 'Turkey'));
  assert.equal(entity(x, 'Ankara')?.type, 'Place');
});

test('evidence is a short exact quote of the text', () => {
  const text = 'The Syrian Observatory for Human Rights said that the US-backed SDF had entered the town.';
  const x = run(text);
  assert.ok(x.relations.length > 0);
  for (const r of x.relations) {
    assert.ok(text.includes(r.evidence.quote));
    assert.ok(r.evidence.quote.length <= 300);
  }
  assert.ok(has(x, 'SUPPORTS', 'United States', 'Syrian Democratic Forces'));
});

test('user dictionary files merge, and invalid files fail with a clear message', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ag-dict-'));
  const good = join(dir, 'extra.json');
  writeFileSync(good, JSON.stringify({ entries: [{ name: 'Qalaat Zubair', type: 'Place', aliases: ['Qalaat al-Zubair'] }] }));
  const x = createExtractor({ dictionaryFiles: [good] }).extract({ id: 'u', title: '', text: 'Refugees reached Qalaat al-Zubair.', date: null, source: null, url: null });
  assert.equal(x.entities.find((e) => e.name === 'Qalaat Zubair')?.type, 'Place');
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([{ name: 'X', type: 'Country' }]));
  assert.throws(() => loadDictionaryFile(bad), (e: Error) => e.message.includes('bad.json') && e.message.includes('type'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ not json');
  assert.throws(() => loadDictionaryFile(broken), /broken\.json.*not valid JSON/);
  assert.throws(() => loadDictionaryFile(join(dir, 'missing.json')), /missing\.json.*cannot be read/);
});

// ---- constructions added in the second pass (sentences written for the tests)

test('coordinated verbs carry the subject: "X captured A and then shelled B"', () => {
  const x = run('Iraqi troops captured Tal Afar on Monday and then shelled Hawija.');
  assert.ok(has(x, 'CONTROLS', 'Iraq', 'Tal Afar'));
  assert.ok(has(x, 'ATTACKS', 'Iraq', 'Hawija'));
  const y = run('The Syrian army took control of Qaryatayn, and later bombed Sukhnah.');
  assert.ok(has(y, 'ATTACKS', 'Syria', 'al-Sukhnah'));
});

test('a participle after "and" does not attach to the mention before it', () => {
  const x = run('Rebels fighting against the Syrian army and backed by Qatar attacked Hama.');
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Syria'));
  assert.ok(!has(x, 'SUPPORTS', 'Qatar', 'Syria'));
  assert.ok(!has(x, 'ATTACKS', 'Qatar', 'Hama'));
});

test('"fight/offensive against X" is OPPOSES ("against" is not a negation there)', () => {
  const x = run('Jordan joined the fight against Jabhat al-Nusra. Iraq launched an offensive against the Islamic State.');
  assert.ok(has(x, 'OPPOSES', 'Jordan', 'Jabhat al-Nusra'));
  assert.ok(has(x, 'OPPOSES', 'Iraq', 'Islamic State'));
  // but support "against" someone is not support for them
  const y = run('Qatar voiced support for the campaign against Hezbollah.');
  assert.ok(!has(y, 'SUPPORTS', 'Qatar', 'Hezbollah'));
});

test('seizing a place from an actor gives CONTROLS and OPPOSES; hypothetical gives nothing', () => {
  const x = run('Kurdish YPG fighters seized Tal Hamis from the Islamic State last week.');
  assert.ok(has(x, 'CONTROLS', 'YPG', 'Tal Hamis'));
  assert.ok(has(x, 'OPPOSES', 'YPG', 'Islamic State'));
  const y = run('The YPG could seize Markada from the Islamic State within days.');
  assert.ok(!has(y, 'CONTROLS', 'YPG', 'Markada'));
  assert.ok(!has(y, 'OPPOSES', 'YPG', 'Islamic State'));
});

test('a modifier before the head: "seized the Syrian border town of X"', () => {
  const x = run('Rebel fighters have seized the Syrian border town of Tal Abyad.');
  assert.ok(has(x, 'CONTROLS', 'rebels', 'Tal Abyad'));
});

test('ATTACKS with a light verb and an attack noun: "carried out air strikes against X in A, B and C"', () => {
  const x = run('Jordanian jets carried out air strikes against the Islamic State in the area of Hajin, Shuhail and Ashara.');
  assert.ok(has(x, 'ATTACKS', 'Jordan', 'Islamic State'));
  assert.ok(has(x, 'ATTACKS', 'Jordan', 'Hajin'));
  assert.ok(has(x, 'ATTACKS', 'Jordan', 'Ashara'));
});

test('ATTACKS: "fired rocket shells on X", and the place of a passive act', () => {
  const x = run('Militants of Jaish al-Islam fired several rocket shells on Bab Touma.');
  assert.ok(has(x, 'ATTACKS', 'Jaish al-Islam', 'Bab Touma'));
  const y = run('Nine men were executed by the Islamic State in the village of Tal Brak.');
  assert.ok(has(y, 'ATTACKS', 'Islamic State', 'Tal Brak'));
});

test('victims are not attackers: "X killed in Y", "airbase struck by Z"', () => {
  const x = run('Five Hezbollah fighters killed in Qusayr. A Syrian airbase struck by Israeli missiles.');
  assert.ok(!has(x, 'ATTACKS', 'Hezbollah', 'Qusayr'));
  assert.ok(!has(x, 'ATTACKS', 'Syria', 'Israel'));
  assert.ok(has(x, 'ATTACKS', 'Israel', 'Syria') || !x.relations.some((r) => r.type === 'ATTACKS' && r.source === 'Syria'));
});

test('uncertain perpetrator gives no ATTACKS', () => {
  const x = run('Suspected Russian warplanes bombed Ariha overnight.');
  assert.ok(!x.relations.some((r) => r.type === 'ATTACKS'));
  const y = run('It was unclear whether Turkish jets struck Afrin.');
  assert.ok(!y.relations.some((r) => r.type === 'ATTACKS'));
});

test('a leader\'s forces are his state: "Erdogan\'s troops shelled X"', () => {
  const x = run('President Recep Tayyip Erdogan said on Friday that his army would stay. Erdogan\'s troops shelled Tal Rifaat.');
  assert.ok(has(x, 'ATTACKS', 'Turkey', 'Tal Rifaat'));
});

test('LOCATED_IN: "X, State", "X in the countryside of Y"; no relation from an adjective', () => {
  const x = run('Fighting raged near Tal Afar, Iraq. Shuhail lies in the eastern countryside of Deir ez-Zor.');
  assert.ok(has(x, 'LOCATED_IN', 'Tal Afar', 'Iraq'));
  assert.ok(has(x, 'LOCATED_IN', 'al-Shuhail', 'Deir ez-Zor') || has(x, 'LOCATED_IN', 'Shuhail', 'Deir ez-Zor'));
  const y = run('Aid reached Douma, Russian officials said.');
  assert.ok(!has(y, 'LOCATED_IN', 'Douma', 'Russia'));
});

test('OPPOSES: "pitting X against Y", "X and Y have clashed", "anti-X rebels"', () => {
  const x = run('The feud is pitting Ahrar al-Sham against Nour al-Din al-Zenki.');
  assert.ok(has(x, 'OPPOSES', 'Ahrar al-Sham', 'Nour al-Din al-Zenki'));
  assert.ok(has(x, 'OPPOSES', 'Nour al-Din al-Zenki', 'Ahrar al-Sham'));
  const y = run('Jaish al-Islam and Faylaq al-Rahman have repeatedly clashed in Ghouta.');
  assert.ok(has(y, 'OPPOSES', 'Jaish al-Islam', 'Faylaq al-Rahman'));
  const z = run('Jaish al-Islam and Faylaq al-Rahman fought side by side.');
  assert.ok(!has(z, 'OPPOSES', 'Jaish al-Islam', 'Faylaq al-Rahman'));
});

test('SUPPORTS: "with the support of X", "X and their allies, A and B", "accuses X of backing Y"', () => {
  const x = run('Three days ago, and after weeks of shelling, the Iraqi army entered Qaim with the support of American aircraft.');
  assert.ok(has(x, 'SUPPORTS', 'United States', 'Iraq'));
  const y = run('Hezbollah and its allies, Iran and Syria, rejected the plan.');
  assert.ok(has(y, 'SUPPORTS', 'Iran', 'Hezbollah'));
  const z = run('Damascus accuses Qatar of funding the Free Syrian Army.');
  assert.ok(has(z, 'SUPPORTS', 'Qatar', 'Free Syrian Army'));
  const n = run('Qatar does not fund the Free Syrian Army.');
  assert.ok(!has(n, 'SUPPORTS', 'Qatar', 'Free Syrian Army'));
});

test('NEGOTIATES_WITH: "a ceasefire agreed by X and Y"', () => {
  const x = run('A ceasefire agreed by Turkey and Iran collapsed within hours.');
  assert.ok(x.relations.some((r) => r.type === 'NEGOTIATES_WITH' && [r.source, r.target].sort().join() === 'Iran,Turkey'));
});

test('CONSIDERS_TERRORIST: a bracketed aside before the label, and a target with a participle', () => {
  const x = run('The Interior Ministry said a cell of Jund al-Aqsa (an offshoot of Nusra) terrorist group was dismantled.');
  assert.ok(x.relations.some((r) => r.type === 'CONSIDERS_TERRORIST' && r.target === 'Jund al-Aqsa'));
  const y = run('The Iraqi government labels the Kurdistan Freedom Falcons and militants operating in Sinjar as "terrorists".');
  assert.ok(has(y, 'CONSIDERS_TERRORIST', 'Iraq', 'Kurdistan Freedom Falcons'));
});

test('the broader dictionary knows towns, groups and officials beyond the dev articles', () => {
  const x = run('Ali Mamlouk met Hakan Fidan. Fighters of Ahrar al-Sharqiya entered Kafranbel while Asaib Ahl al-Haq moved to Albu Kamal.');
  assert.equal(entity(x, 'Ali Mamlouk')?.type, 'Person');
  assert.equal(entity(x, 'Hakan Fidan')?.type, 'Person');
  assert.equal(entity(x, 'Ahrar al-Sharqiya')?.type, 'Group');
  assert.equal(entity(x, 'Asaib Ahl al-Haq')?.type, 'Group');
  assert.ok(x.entities.some((e) => e.type === 'Place' && (e.name === 'Kafr Nabl' || e.aliases.includes('Kafranbel'))));
  assert.ok(x.entities.some((e) => e.type === 'Place' && e.aliases.includes('Albu Kamal')));
});

// ---- held-out pass (bench/heldout): constructions from unseen-article errors, on sentences written here
test('Person: a known given name types an unknown two-word name', () => {
  const x = run('"We counted the bodies" Karim Haddad a Hama-based volunteer told reporters. Editing by Laura Pemberton');
  assert.equal(entity(x, 'Karim Haddad')?.type, 'Person');
  assert.equal(entity(x, 'Laura Pemberton')?.type, 'Person');
  const y = run('Navy spokesman Rear Admiral Paul Denning said the ships left.');
  assert.ok(!entity(y, 'Rear Admiral'));
});

test('SUPPORTS: "X supported by A and B" is passive, "a leader\'s government" is his state', () => {
  const x = run('The war pits President Bashar al-Assad\'s government supported by Russia and Iran against rebel factions.');
  assert.ok(has(x, 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(x, 'SUPPORTS', 'Iran', 'Syria'));
  assert.ok(!has(x, 'SUPPORTS', 'Syria', 'Russia'));
  assert.ok(!has(x, 'SUPPORTS', 'Russia', 'Bashar al-Assad'));
  assert.ok(has(x, 'OPPOSES', 'Syria', 'rebels'));
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Syria'));
});

test('SUPPORTS: "the regime\'s allies A and B and opposition backer C" ends the list before the next head', () => {
  const x = run('A truce was brokered between the regime\'s allies Russia and Iran and opposition backer Turkey.');
  assert.ok(has(x, 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(x, 'SUPPORTS', 'Turkey', 'opposition'));
  assert.ok(!has(x, 'SUPPORTS', 'opposition', 'Syria'));
  assert.ok(!has(x, 'SUPPORTS', 'Iran', 'Russia'));
});

test('SUPPORTS: "which is backed by" after "in <state> and X" attaches to X only', () => {
  const x = run('Fighting broke out with a faction active in Lebanon and Faylaq al-Rahman which is backed by Qatar.');
  assert.ok(has(x, 'SUPPORTS', 'Qatar', 'Faylaq al-Rahman'));
  assert.ok(!has(x, 'SUPPORTS', 'Qatar', 'Lebanon'));
});

test('OPPOSES: "pitted X against A and B" takes the heads of both sides', () => {
  const x = run('The battle pitted the Saudi-backed rebel faction Jaish al-Islam against Fateh al-Sham and Faylaq al-Rahman which is backed by Turkey.');
  assert.ok(has(x, 'OPPOSES', 'Jaish al-Islam', 'Jabhat al-Nusra'));
  assert.ok(has(x, 'OPPOSES', 'Faylaq al-Rahman', 'Jaish al-Islam'));
  assert.ok(!has(x, 'OPPOSES', 'Jaish al-Islam', 'Turkey'));
  assert.ok(!has(x, 'OPPOSES', 'rebels', 'Jabhat al-Nusra'));
});

test('PART_OF: "branch in <state>" places the branch, it does not make it part of the state', () => {
  const x = run('Jabhat Fateh al-Sham is al-Qaeda\'s former branch in Syria.');
  assert.ok(has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  assert.ok(!has(x, 'PART_OF', 'Jabhat al-Nusra', 'Syria'));
  assert.ok(!has(x, 'PART_OF', 'al-Qaeda', 'Syria'));
});

test('CONTROLS: "X\'s recapture of Y", "forces loyal to <leader> control Y", "IS strongholds in Y"', () => {
  const x = run('The regime\'s recapture of Homs city changed the war. President Bashar al-Assad thanked Iran.');
  assert.ok(has(x, 'CONTROLS', 'Syria', 'Homs'));
  const y = run('Syrian President Bashar al-Assad spoke on Monday. Forces loyal to Assad now control most of Hama.');
  assert.ok(has(y, 'CONTROLS', 'Syria', 'Hama'));
  const z = run('Jets hit ISIL strongholds in Deir ez-Zor province.');
  assert.ok(has(z, 'CONTROLS', 'Islamic State', 'Deir ez-Zor'));
});

test('LOCATED_IN: "X is in the west of Y", "the X area of the Y neighbourhood"', () => {
  const x = run('Saraqeb is in the west of Idlib province.');
  assert.ok(has(x, 'LOCATED_IN', 'Saraqeb', 'Idlib'));
  const y = run('A bomb went off in the Hamra area of the Bustan neighbourhood.');
  assert.ok(has(y, 'LOCATED_IN', 'Hamra', 'Bustan'));
});

test('ATTACKS: "strike Syria jihadists" is no attack on Syria; "jihadists from the IS group" is IS', () => {
  const x = run('Iraqi helicopters strike Syria jihadists near the border.');
  assert.ok(!has(x, 'ATTACKS', 'Iraq', 'Syria'));
  const y = run('The US-led coalition killed 14 jihadists from the Islamic State group on Monday.');
  assert.ok(has(y, 'ATTACKS', 'US-led coalition', 'Islamic State'));
  const z = run('Syrian jets bombed rebel positions in the north-eastern city of Hassakeh.');
  assert.ok(has(z, 'ATTACKS', 'Syria', 'Hasaka'));
});

// ---- heldout2 pass: constructions written for the classes seen on the second held-out set
test('OPPOSES: "clashes erupted between fighters from A on the one hand and fighters from B and C"', () => {
  const x = run('Heavy clashes erupted overnight between fighters from the YPG on the one hand and fighters from ISIS and the Nusra Front on the other.');
  for (const b of ['Islamic State', 'Jabhat al-Nusra']) {
    assert.ok(has(x, 'OPPOSES', 'YPG', b));
    assert.ok(has(x, 'OPPOSES', b, 'YPG'));
  }
  const y = run('Fighting broke out late on Monday between government troops and rebels in the Barzeh district.');
  assert.ok(has(y, 'OPPOSES', 'Syria', 'rebels') && has(y, 'OPPOSES', 'rebels', 'Syria'));
  // negative: "Islamists linked to al-Qaeda and Kurdish militants have fought": al-Qaeda is no side
  const z = run('Islamists linked to al-Qaeda and Kurdish militants have fought for months.');
  assert.ok(!has(z, 'OPPOSES', 'al-Qaeda', 'Kurds'));
});

test('ATTACKS: "assault on Y by A, B and C", "A airstrikes and barrel bomb attacks on Y", "strikes by X killed ... in Y"', () => {
  const x = run('The assault on Homs by the Assad regime, Russia and the Iranian militias has failed.');
  assert.ok(has(x, 'ATTACKS', 'Syria', 'Homs') && has(x, 'ATTACKS', 'Russia', 'Homs'));
  const y = run('Russian airstrikes and barrel bomb attacks on the neighborhoods of Karam Alnozha and Tal Alzarazir killed ten.');
  assert.ok(has(y, 'ATTACKS', 'Russia', 'Karam Alnozha') && has(y, 'ATTACKS', 'Russia', 'Tal Alzarazir'));
  const z = run('Air strikes by the Syrian military killed at least 20 people in the province of Hama overnight.');
  assert.ok(has(z, 'ATTACKS', 'Syria', 'Hama'));
});

test('SUPPORTS: "X as well as its A and B allies", "the Damascus-backed NDF", "government fighters backed by Russian air power"', () => {
  const x = run('The Assad regime as well as its Russian and Iranian allies shelled the town.');
  assert.ok(has(x, 'SUPPORTS', 'Russia', 'Syria') && has(x, 'SUPPORTS', 'Iran', 'Syria'));
  assert.ok(!has(x, 'SUPPORTS', 'Iran', 'Russia'));
  const y = run('Israeli jets struck a base of the Damascus-backed National Defense Forces on Sunday.');
  assert.ok(has(y, 'SUPPORTS', 'Syria', 'National Defence Forces'));
  const z = run('Government fighters backed by Russian air power pushed north.');
  assert.ok(has(z, 'SUPPORTS', 'Russia', 'Syria'));
  // negative: the compound does not jump over a verb to the object
  const w = run('US-backed Syrian fighters pressing IS gunmen in the north.');
  assert.ok(!has(w, 'SUPPORTS', 'United States', 'Islamic State'));
});

test('BESIEGES: "surrounded by Idlib opposition fighters"; "the besieged X" is no verb', () => {
  const x = run('Residents of Foua and Kefraya, both surrounded by Idlib opposition fighters, left on buses.');
  assert.ok(has(x, 'BESIEGES', 'opposition', 'Foua') && has(x, 'BESIEGES', 'opposition', 'Kefraya'));
  const y = run('The onslaught by the regime and its Russian and Iranian allies on the besieged eastern Aleppo went on.');
  assert.ok(!has(y, 'BESIEGES', 'Russia', 'Aleppo') && !has(y, 'BESIEGES', 'Iran', 'Aleppo'));
});

test('CONSIDERS_TERRORIST: "A and what it called other terrorist groups" is the speaker\'s label', () => {
  const x = run('The Syrian army said the Nusra Front and what it called other terrorist groups had shelled Aleppo.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Syria', 'Jabhat al-Nusra'));
});

test('PART_OF: "the Syrian franchise of the Turkish PKK"; "linked to" and "terrorist groups including" are no belonging', () => {
  const x = run('The PYD, the Syrian franchise of the Turkish PKK, runs the area.');
  assert.ok(has(x, 'PART_OF', 'PYD', 'PKK'));
  assert.ok(!has(x, 'PART_OF', 'PYD', 'Syria') && !has(x, 'PART_OF', 'PYD', 'Turkey'));
  const y = run('Al-Qaeda-linked rebel groups such as Jaish al-Islam fought on.');
  assert.ok(!has(y, 'PART_OF', 'rebels', 'al-Qaeda'));
  const z = run('The sea has been a dream of the terrorist groups including the Nusra Front and ISIL.');
  assert.ok(!has(z, 'PART_OF', 'Jabhat al-Nusra', 'terrorists'));
});

test('LOCATED_IN: "the Barzeh neighbourhood of Damascus", "Syria\'s second city Aleppo", list before "town in"', () => {
  const x = run('Shells fell in the Barzeh neighbourhood of Damascus.');
  assert.ok(has(x, 'LOCATED_IN', 'Barzeh', 'Damascus') && !has(x, 'LOCATED_IN', 'Damascus', 'Barzeh'));
  const y = run("Syria's second city Aleppo was devastated.");
  assert.ok(has(y, 'LOCATED_IN', 'Aleppo', 'Syria'));
  const z = run('Shells hit the cities of Damascus and Aleppo and al-Fouaa town in Idleb.');
  assert.ok(has(z, 'LOCATED_IN', 'Foua', 'Idlib'));
  assert.ok(!has(z, 'LOCATED_IN', 'Damascus', 'Idlib') && !has(z, 'LOCATED_IN', 'Aleppo', 'Idlib'));
});

test('PART_OF from dictionary facts needs a belonging cue in the text', () => {
  // both named, no link asserted: no PART_OF
  let x = run('Jabhat al-Nusra fighters clashed with rebels near the town on Monday. Separately, al-Qaeda leaders issued a new video.');
  assert.ok(!has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  // distancing words: "linked to", "formerly", "broke with"
  x = run('Jabhat al-Nusra, which is linked to al-Qaeda, shelled the village.');
  assert.ok(!has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  x = run('Jabhat al-Nusra said last year it broke with al-Qaeda and changed its name.');
  assert.ok(!has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  // a belonging cue after the parent ("al-Qaeda's affiliate") in the same sentence
  x = run('Jabhat al-Nusra, still seen as al-Qaeda\'s affiliate in Syria, shelled the village.');
  assert.ok(has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  // a state outlet mentioned without any state cue: no PART_OF; with "state news agency": PART_OF
  x = run('Syrian forces shelled the town on Friday. A local official told SANA that four people were hurt.');
  assert.ok(!has(x, 'PART_OF', 'Syrian Arab News Agency', 'Syria'));
  x = run('Syrian forces shelled the town on Friday, the state news agency SANA reported.');
  assert.ok(has(x, 'PART_OF', 'Syrian Arab News Agency', 'Syria'));
  // a legislature named next to its state, but no belonging asserted
  x = run('Obama asked Congress to approve the strikes. The United States says the attack killed hundreds.');
  assert.ok(!has(x, 'PART_OF', 'US Congress', 'United States'));
});

test('PART_OF from facts: the parent in the body\'s name or possessive, an office word on the body', () => {
  let x = run('Turkey\'s health ministry said on Thursday that three wounded men had died. Turkey closed the border crossing.');
  assert.ok(x.relations.some((r) => r.type === 'PART_OF' && r.target === 'Turkey'));
  x = run('The United States will send more advisers, Pentagon spokesman Peter Cook told reporters.');
  assert.ok(has(x, 'PART_OF', 'Pentagon', 'United States'));
  x = run('Islamic State fighters seized the hill, the Islamic State run Amaq news agency said.');
  assert.ok(has(x, 'PART_OF', 'Amaq News Agency', 'Islamic State'));
});

test('PART_OF "includes": the member is the branch named after its parent, not the parent', () => {
  const x = run('The town is held by a rebel alliance that includes al-Qaeda\'s local branch Jabhat al-Nusra.');
  assert.ok(!x.relations.some((r) => r.type === 'PART_OF' && r.source === 'al-Qaeda' && r.target !== 'al-Qaeda'));
  assert.ok(x.relations.some((r) => r.type === 'PART_OF' && r.source === 'Jabhat al-Nusra' && r.target !== 'al-Qaeda'));
});

test('CONSIDERS_TERRORIST: "X told <outlet>" makes X the speaker, not the outlet; unnamed narration gives none', () => {
  let x = run('"Over 50 Jabhat al-Nusra terrorists were killed in the operation," a Syrian military source told FNA on Sunday.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Syria', 'Jabhat al-Nusra'));
  assert.ok(!x.relations.some((r) => r.type === 'CONSIDERS_TERRORIST' && r.source === 'Fars News Agency'));
  // a state outlet's byline with narrative "terrorists" and no mention of its state: no relation
  x = run('SANA\nMembers of ISIS terrorist organization executed two men in the province, locals said.');
  assert.ok(!x.relations.some((r) => r.type === 'CONSIDERS_TERRORIST' && r.source === 'Syria'));
});

test('progressive after "have/has been" is active, not a passive', () => {
  const x = run('The rebels have been battling the army for six years.');
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Syria'));
  const y = run('Turkey has been supporting the rebels in the north.');
  assert.ok(has(y, 'SUPPORTS', 'Turkey', 'rebels'));
  // a real passive without agent still gives nothing
  const z = run('The rebels have been attacked near the town.');
  assert.ok(!z.relations.some((r) => r.type === 'ATTACKS' && r.source === 'rebels'));
});

test('REPRESENTS: no office across a verb between the group and the title', () => {
  const x = run('The rebels battled President Bashar al-Assad near the city.');
  assert.ok(!has(x, 'REPRESENTS', 'Bashar al-Assad', 'rebels'));
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Bashar al-Assad'));
  const y = run('Russian Deputy Foreign Minister Sergei Ryabkov said talks would resume.');
  assert.ok(has(y, 'REPRESENTS', 'Sergei Ryabkov', 'Russia'));
});

test('OPPOSES: "pitting A, B, C and D against each other" gives every pair', () => {
  const x = run('The war is pitting the Syrian government, the rebels, Islamic State and the Kurdish YPG against each other.');
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Islamic State') && has(x, 'OPPOSES', 'YPG', 'Syria') && has(x, 'OPPOSES', 'Islamic State', 'YPG'));
});

test('OPPOSES: "to oust/topple/unseat X" -> the subject opposes X; not across "to stop supporting"', () => {
  assert.ok(has(run('Pro-Turkey rebels are preparing for an operation to oust Hayat Tahrir al-Sham militants from Idlib.'), 'OPPOSES', 'rebels', 'Hayat Tahrir al-Sham'));
  assert.ok(has(run('The rebels are fighting to unseat the Syrian government.'), 'OPPOSES', 'rebels', 'Syria'));
  const n = run('Turkey urged Russia to stop supporting Bashar al-Assad.');
  assert.ok(!n.relations.some((r) => r.type === 'OPPOSES' && r.target === 'Bashar al-Assad'));
});

test('OPPOSES: "repelled an offensive by X", "stop the X advance" -> the subject opposes X', () => {
  assert.ok(has(run('The Syrian army repelled an offensive by Jabhat al-Nusra near Aleppo.'), 'OPPOSES', 'Syria', 'Jabhat al-Nusra'));
  assert.ok(has(run('The Kurds tried to stop the ISIS advance.'), 'OPPOSES', 'Kurds', 'Islamic State'));
  // a Place after the noun is no side
  const n = run('The Syrian army stopped the advance on Aleppo.');
  assert.ok(!n.relations.some((r) => r.type === 'OPPOSES' && r.target === 'Aleppo'));
});

test('OPPOSES: "its anti-X operation", "its opposition to X"', () => {
  assert.ok(has(run('The United States has reduced its anti-ISIS operation.'), 'OPPOSES', 'United States', 'Islamic State'));
  assert.ok(has(run('Hezbollah reiterated its opposition to Israel.'), 'OPPOSES', 'Hezbollah', 'Israel'));
  // the rebel "opposition" as an actor before "to" something else is no cue
  const n = run('The opposition to Geneva talks said it would attend.');
  assert.ok(!n.relations.some((r) => r.type === 'OPPOSES'));
});

test('OPPOSES: "war with", "A and B are at war", "ceasefire between A and B", "A vs B": both directions', () => {
  const w = run('Israel\'s 1967 war with Syria ended badly.');
  assert.ok(has(w, 'OPPOSES', 'Israel', 'Syria') && has(w, 'OPPOSES', 'Syria', 'Israel'));
  const a = run('Israel and Syria are still technically at war.');
  assert.ok(has(a, 'OPPOSES', 'Syria', 'Israel'));
  const c = run('A brief ceasefire between the regime and the rebels collapsed.');
  assert.ok(has(c, 'OPPOSES', 'rebels', 'Syria') && has(c, 'OPPOSES', 'Syria', 'rebels'));
  const v = run('Bashar al-Assad vs the rebels is the story.');
  assert.ok(has(v, 'OPPOSES', 'rebels', 'Bashar al-Assad'));
  // allies fighting together are no enemies
  const n = run('Russia and Syria fought together against the rebels.');
  assert.ok(!has(n, 'OPPOSES', 'Russia', 'Syria'));
});

test('SUPPORTS: "backed militarily by X", "backed by fighters from the Lebanese group X"', () => {
  assert.ok(has(run('Bashar al-Assad has been backed militarily by Russia.'), 'SUPPORTS', 'Russia', 'Bashar al-Assad'));
  const f = run('The Syrian government advance was backed by fighters from the Lebanese Shiite group Hezbollah.');
  assert.ok(has(f, 'SUPPORTS', 'Hezbollah', 'Syria'));
  assert.ok(!has(f, 'SUPPORTS', 'Lebanon', 'Syria'));
  // fighters from a place are no backer
  const n = run('The army was backed by fighters from the town of Aleppo.');
  assert.ok(!n.relations.some((r) => r.type === 'SUPPORTS'));
});

test('SUPPORTS: "sent reinforcements to X", "helping prop up X"', () => {
  assert.ok(has(run('The Free Syrian Army has sent reinforcements to Jabhat al-Nusra.'), 'SUPPORTS', 'Free Syrian Army', 'Jabhat al-Nusra'));
  assert.ok(has(run('Russia is helping prop up the regime.'), 'SUPPORTS', 'Russia', 'Syria'));
  const n = run('Russia does not prop up the regime.');
  assert.ok(!has(n, 'SUPPORTS', 'Russia', 'Syria'));
});

test('CONSIDERS_TERRORIST: "X is on the US list of terrorist groups", "Turkey\'s list of terrorist groups includes X"', () => {
  assert.ok(has(run('Hezbollah is on the US list of terrorist groups.'), 'CONSIDERS_TERRORIST', 'United States', 'Hezbollah'));
  assert.ok(has(run('Turkey\'s list of terrorist groups includes the PKK.'), 'CONSIDERS_TERRORIST', 'Turkey', 'PKK'));
  const n = run('Hezbollah is on the list of the United States.');
  assert.ok(!n.relations.some((r) => r.type === 'CONSIDERS_TERRORIST'));
});

test('CONSIDERS_TERRORIST: "a terrorist organization affiliated with the outlawed X" goes to the speaker', () => {
  const x = run('Fighters are a terrorist organization affiliated with the outlawed Kurdistan Workers Party (PKK), Turkey said.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Turkey', 'PKK'));
  const n = run('The PKK is outlawed in nothing, the paper wrote about the organization.');
  assert.ok(!has(n, 'CONSIDERS_TERRORIST', 'Turkey', 'PKK'));
});

test('BESIEGES: "the siege imposed by X on Y", "the siege imposed on Y by X"', () => {
  assert.ok(has(run('The siege imposed by the Syrian army on Madaya continued.'), 'BESIEGES', 'Syria', 'Madaya'));
  assert.ok(has(run('The siege imposed on Madaya by government forces continued.'), 'BESIEGES', 'Syria', 'Madaya'));
  // a siege with no named besieger gives nothing
  const n = run('The siege imposed on Madaya continued for months.');
  assert.ok(!n.relations.some((r) => r.type === 'BESIEGES'));
});

test('spelling variants find one dictionary entry ("Abdul"/"Abdel", doubled letters), an exact spelling wins', () => {
  assert.ok(entity(run('Rami Abdul Rahman, who heads the group, spoke.'), 'Rami Abdel Rahman'));
  assert.ok(entity(run('Fighting continued in Darayya.'), 'Daraya'));
  // SANA (the agency) and Sanaa (the city) fold alike; the exact spelling decides
  const x = run('SANA reported the news.');
  assert.ok(!x.entities.some((e) => e.type === 'Place' && /sana/i.test(e.name)));
});

test('entities: a number before a measure is not part of a name; "a coalition of groups" names no coalition', () => {
  const x = run('The shelling struck the town of Jayrud 60 kilometres northeast of Damascus.');
  assert.ok(entity(x, 'Jayrud'));
  assert.ok(!x.entities.some((e) => /60/.test(e.name)));
  const c = run('Idlib is controlled by a coalition of rebel groups.');
  assert.ok(!c.entities.some((e) => /coalition/i.test(e.name)));
  // a modifier use keeps the actor: "an army unit" is the army's
  assert.ok(has(run('An army unit shelled Douma.'), 'ATTACKS', 'Syria', 'Douma'));
});

test('PART_OF: "rebel groups in X include A, the hardline B and C" (describing words inside the list)', () => {
  const x = run('Rebel groups in Jayrud include the hardline Ahrar al-Sham and the Saudi-backed Jaish al-Islam.');
  assert.ok(has(x, 'PART_OF', 'Ahrar al-Sham', 'rebels'));
  assert.ok(has(x, 'PART_OF', 'Jaish al-Islam', 'rebels'));
  assert.ok(!has(x, 'PART_OF', 'Jayrud', 'rebels'));
  assert.ok(!x.relations.some((r) => r.type === 'PART_OF' && r.source === 'Saudi Arabia'));
});

test('OPPOSES: "launch a battle to seize government-held X" opposes the holder; a place\'s holder attacked is not', () => {
  assert.ok(has(run('Rebels launched a battle to seize government-held Aleppo.'), 'OPPOSES', 'rebels', 'Syria'));
  const n = run('Rebels shelled government-held areas of Aleppo.');
  assert.ok(!has(n, 'OPPOSES', 'rebels', 'Syria'));
  assert.ok(!has(n, 'ATTACKS', 'rebels', 'Syria'));
});

test('OPPOSES: fighting between "hardline A militants and a joint force of B and Western-backed C"', () => {
  const x = run('The fighting in Azaz was between hardline Islamic State militants and a joint force of al-Nusra and Western-backed rebels.');
  for (const [a, b] of [['Islamic State', 'Jabhat al-Nusra'], ['Islamic State', 'rebels']] as const) {
    assert.ok(has(x, 'OPPOSES', a, b), `${a} -> ${b}`);
    assert.ok(has(x, 'OPPOSES', b, a), `${b} -> ${a}`);
  }
  assert.ok(!x.relations.some((r) => r.type === 'OPPOSES' && (r.source === 'Western powers' || r.target === 'Western powers')));
});

test('NEGOTIATES_WITH: "a mechanism established by A, B and C" gives every pair; a broker alone gives none', () => {
  const x = run('A tripartite mechanism was established in February by Turkey, Russia and Iran to monitor the ceasefire.');
  assert.ok(has(x, 'NEGOTIATES_WITH', 'Turkey', 'Russia') || has(x, 'NEGOTIATES_WITH', 'Russia', 'Turkey'));
  assert.ok(has(x, 'NEGOTIATES_WITH', 'Turkey', 'Iran') || has(x, 'NEGOTIATES_WITH', 'Iran', 'Turkey'));
  assert.ok(has(x, 'NEGOTIATES_WITH', 'Russia', 'Iran') || has(x, 'NEGOTIATES_WITH', 'Iran', 'Russia'));
  const n = run('A mechanism was established by Turkey to monitor the border.');
  assert.ok(!n.relations.some((r) => r.type === 'NEGOTIATES_WITH'));
});

test('SUPPORTS: "Damascus ally Hezbollah" holds inside a demand or next to a speaker; "Lebanon\'s Hezbollah" is no list of two', () => {
  assert.ok(has(run('A media unit run by Damascus ally Hezbollah said a bomb had exploded.'), 'SUPPORTS', 'Hezbollah', 'Syria'));
  assert.ok(has(run('Turkey asked SDF main supporter Washington to act.'), 'SUPPORTS', 'United States', 'Syrian Democratic Forces'));
  const x = run("Lebanon's Hezbollah is a close ally of the Syrian government.");
  assert.ok(has(x, 'SUPPORTS', 'Hezbollah', 'Syria'));
  assert.ok(!has(x, 'SUPPORTS', 'Lebanon', 'Syria'));
});

test('SUPPORTS: "... and has been a close ally of X" takes the subject of the first verb', () => {
  const x = run('The YPG controls most of the border and has been a close ally of the United States.');
  assert.ok(has(x, 'SUPPORTS', 'YPG', 'United States'));
  const n = run('The YPG controls most of the border and has never been a close ally of the United States.');
  assert.ok(!has(n, 'SUPPORTS', 'YPG', 'United States'));
});

test('participle clauses: "entered the conflict backing the regime", "captured X laying siege to Y"', () => {
  assert.ok(has(run('Russian forces entered the conflict last year backing the forces of the Syrian regime.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('SDF fighters captured the area of Safsafeh east of Tabqa laying siege to Raqqa.'), 'BESIEGES', 'Syrian Democratic Forces', 'Raqqa'));
  // a progressive is the active rule's job, an accusation is no stance
  const n = run('Turkey accused Iran of backing the Syrian regime.');
  assert.ok(!has(n, 'SUPPORTS', 'Turkey', 'Syria'));
});

test('CONSIDERS_TERRORIST: "prohibited in many countries including A and B" gives both', () => {
  const x = run('Islamic State, a terrorist group prohibited in many countries including Russia and the United States, attacked Palmyra.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Russia', 'Islamic State'));
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'United States', 'Islamic State'));
});

test('ATTACKS: "targeted with rocket shells the neighbourhoods of A and B"; light verbs "delivered a missile strike on"', () => {
  const x = run('Jaish al-Islam targeted with rocket shells the neighbourhoods of Douma and Harasta.');
  assert.ok(has(x, 'ATTACKS', 'Jaish al-Islam', 'Douma'));
  assert.ok(has(x, 'ATTACKS', 'Jaish al-Islam', 'Harasta'));
  assert.ok(has(run('Israeli planes delivered a missile strike on Syrian army positions.'), 'ATTACKS', 'Israel', 'Syria'));
  const n = run('Jaish al-Islam was targeted with rocket shells in Douma.');
  assert.ok(!has(n, 'ATTACKS', 'Jaish al-Islam', 'Douma'));
});

test('OPPOSES: "an operation to clear the towns of A and B from X", "push X out of Y" oppose X', () => {
  assert.ok(has(run('Turkey launched an operation to clear the towns of Jarablus and al-Bab from Daesh.'), 'OPPOSES', 'Turkey', 'Islamic State'));
  assert.ok(has(run('The Syrian Democratic Forces vowed to push Daesh militants out of Raqqa.'), 'OPPOSES', 'Syrian Democratic Forces', 'Islamic State'));
  const x = run('Turkey launched an operation to clear the towns of Jarablus and al-Bab from Daesh.');
  assert.ok(!x.relations.some((r) => r.type === 'OPPOSES' && /Jarablus|Bab/.test(r.target)));
});

test('entities: "the National Defense Forces" is the NDF (American spelling), not the newspaper "The National"', () => {
  const x = run('The Syrian Army and the National Defense Forces pushed back the militants.');
  assert.ok(entity(x, 'National Defence Forces'));
  assert.ok(!x.entities.some((e) => e.name === 'The National'));
  assert.ok(entity(run('The National reported the clashes.'), 'The National'));
});

test('a generic target\'s named members: "fighting several rebel groups in the country including the Islamic State"', () => {
  const x = run('Government forces have been fighting against several rebel groups in the country including the Islamic State.');
  assert.ok(has(x, 'OPPOSES', 'Syria', 'rebels'));
  assert.ok(has(x, 'OPPOSES', 'Syria', 'Islamic State'));
  // a named target keeps its own extent
  const n = run('Government forces have been fighting Jabhat al-Nusra, including in Idlib and Hama.');
  assert.ok(!n.relations.some((r) => r.type === 'OPPOSES' && /Idlib|Hama/.test(r.target)));
});

test('LOCATED_IN: "the Damascus suburb of Daraya", "Aleppo\'s Rashidin district"; an unpunctuated list is no possessive', () => {
  assert.ok(has(run('Rebels surrendered the Damascus suburb of Daraya.'), 'LOCATED_IN', 'Daraya', 'Damascus'));
  assert.ok(has(run("The army pushed into Aleppo's Rashidin district."), 'LOCATED_IN', 'Rashidin', 'Aleppo'));
  const n = run('Shells hit al-Midan al-Hamadaniah and al-Muhafaza neighborhoods in Aleppo.');
  assert.ok(!n.relations.some((r) => r.type === 'LOCATED_IN' && r.target !== 'Aleppo'));
});

test('ATTACKS: "the bombardment struck X" takes the attacker of the attack reported just before, only when there is one', () => {
  const x = run('Syrian government shelling of a rebel-held town killed 31 people on Saturday. The bombardment struck the town of Harasta.');
  assert.ok(has(x, 'ATTACKS', 'Syria', 'Harasta'));
  const two = run('Russian jets bombed Douma and Turkish jets bombed Afrin. The bombardment struck the town of Harasta.');
  assert.ok(!two.relations.some((r) => r.type === 'ATTACKS' && r.target === 'Harasta'));
  const none = run('Nobody knows who fired. The bombardment struck the town of Harasta.');
  assert.ok(!none.relations.some((r) => r.type === 'ATTACKS' && r.target === 'Harasta'));
});

test('REPRESENTS: a known leader next to the apparatus he heads ("forces loyal to Assad") stands for his state', () => {
  assert.ok(has(run('Forces loyal to Bashar al-Assad shelled Douma, Syria.'), 'REPRESENTS', 'Bashar al-Assad', 'Syria'));
  assert.ok(!run('Bashar al-Assad was born in Damascus, Syria.').relations.some((r) => r.type === 'REPRESENTS'));
  assert.ok(has(run("Assad's air force bombed Raqqa."), 'ATTACKS', 'Syria', 'Raqqa'));
});

test('entities: a capital in capitals is a dateline, not its state acting', () => {
  const x = run('BEIRUT (Reuters) - Air strikes on a market in Idlib killed 21 civilians.');
  assert.ok(!x.relations.some((r) => r.source === 'Lebanon'));
});

test('CONTROLS: "push X out of Y" and an aim to "clear Y from X" say X holds Y; "freed Y from X" does not', () => {
  assert.ok(has(run('The SDF set up a council to push Daesh militants out of al-Bab.'), 'CONTROLS', 'Islamic State', 'al-Bab'));
  assert.ok(has(run('Turkey launched an operation to clear the town of Jarablus from Daesh.'), 'CONTROLS', 'Islamic State', 'Jarabulus'));
  assert.ok(!has(run('Syrian forces freed Palmyra from Daesh in March.'), 'CONTROLS', 'Islamic State', 'Palmyra'));
  assert.ok(has(run('The SDF took full control of the city of Manbij.'), 'CONTROLS', 'Syrian Democratic Forces', 'Manbij'));
});

test('ATTACKS: a state named as the scene ("air strikes in northern Syria", "Syria\'s Idlib") is not attacked; its towns and army are', () => {
  const x = run('The coalition carried out air strikes in northern Syria.');
  assert.ok(!has(x, 'ATTACKS', 'US-led coalition', 'Syria'));
  const p = run("Russian airstrikes hit Syria's Idlib.");
  assert.ok(has(p, 'ATTACKS', 'Russia', 'Idlib'));
  assert.ok(!has(p, 'ATTACKS', 'Russia', 'Syria'));
  assert.ok(has(run('Daesh rockets have been targeting towns in southern Turkey.'), 'ATTACKS', 'Islamic State', 'Turkey'));
  assert.ok(has(run('Israeli jets struck a Syrian army position.'), 'ATTACKS', 'Israel', 'Syria'));
});

test('persons: a name before "a spokesperson for" without a comma; a known one-word alias before another name is a given name', () => {
  const x = run('Speaking to reporters Mona Kurdi a spokesperson for the Syrian Arab Red Crescent said the convoy was hit.');
  assert.ok(entity(x, 'Mona Kurdi'));
  assert.ok(has(x, 'REPRESENTS', 'Mona Kurdi', 'Syrian Arab Red Crescent'));
  const y = run('"He was brave" said SARC President Dr Abdulrahman Attar.');
  assert.ok(!entity(y, 'Rami Abdel Rahman'));
  // the alias alone still finds its person
  assert.ok(entity(run('Abdulrahman said 31 people were killed.'), 'Rami Abdel Rahman'));
});

test('NEGOTIATES_WITH: "a deal between the regime\'s allies Russia and Iran and opposition backer Turkey" gives the three pairs, not the regime', () => {
  const x = run("The zone was agreed under a deal between the regime's allies Russia and Iran and opposition backer Turkey.");
  const pair = (a: string, b: string) => has(x, 'NEGOTIATES_WITH', a, b) || has(x, 'NEGOTIATES_WITH', b, a);
  assert.ok(pair('Russia', 'Iran') && pair('Russia', 'Turkey') && pair('Iran', 'Turkey'));
  assert.ok(!pair('Syria', 'Russia') && !x.relations.some((r) => r.type === 'NEGOTIATES_WITH' && (r.source === 'opposition' || r.target === 'opposition')));
});

test('BESIEGES: "Rebel fighters including Islamists surrounded X" is the head\'s act', () => {
  const x = run('Rebel fighters including Islamists surrounded the village of Hader.');
  assert.ok(has(x, 'BESIEGES', 'rebels', 'Hader'));
  assert.ok(!has(x, 'BESIEGES', 'Islamists', 'Hader'));
});

test('SUPPORTS: "X is the main external supporter of Y", "their guaranteed support to Z" (a plural possessor)', () => {
  assert.ok(has(run('Russia is the main external supporter of the Syrian government.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('Iran insists on its unconditional support for the Syrian government.'), 'SUPPORTS', 'Iran', 'Syria'));
  const n = run('Bashar al-Assad criticised their support for Jabhat al-Nusra.');
  assert.ok(!has(n, 'SUPPORTS', 'Bashar al-Assad', 'Jabhat al-Nusra') && !has(n, 'SUPPORTS', 'Syria', 'Jabhat al-Nusra'));
});

test('CONSIDERS_TERRORIST: a label after a bracket naming two actors ("al-Nusra Front (Qaeda branch in the Levant) terrorist organization")', () => {
  const x = run('A sniper from al-Nusra Front (Qaeda branch in the Levant) terrorist organization was killed, the Syrian army said.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Syria', 'Jabhat al-Nusra'));
});

test('OPPOSES: "prompting objections from Iran and Russia" opposes the clause\'s actor', () => {
  const x = run('Turkey hinted at a safe zone along the border, prompting objections from Iran and Russia.');
  assert.ok(has(x, 'OPPOSES', 'Iran', 'Turkey'));
  assert.ok(has(x, 'OPPOSES', 'Russia', 'Turkey'));
  assert.ok(!has(x, 'OPPOSES', 'Turkey', 'Iran'));
});

test('entities: unpunctuated place lists after a plural head split into places ("the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh")', () => {
  const x = run('An army unit targeted ISIS sites in the neighborhoods of al-Hamidiyeh al-Aradi and al-Rushdiyeh.');
  for (const p of ['al-Hamidiyeh', 'al-Aradi', 'al-Rushdiyeh']) assert.ok(has(x, 'ATTACKS', 'Syria', p), p);
  const y = run('Airstrikes hit Daesh in the area of Ziyadiyah Bahrutah Duvaybik.');
  for (const p of ['Ziyadiyah', 'Bahrutah', 'Duvaybik']) assert.ok(entity(y, p), p);
  // a name prefix keeps its "al-" ("Bab al-Faraj"), and without a list head nothing splits
  assert.ok(entity(run('Shells hit the neighborhoods of Bab al-Faraj and al-Midan.'), 'Bab al-Faraj'));
  assert.ok(entity(run('Abu Mohammad al-Julani spoke.'), 'Abu Mohammad al-Julani'));
});

test('CONTROLS: "X, believed to be the last stronghold of Y", "divided between A and B control", "surrendered X to Y", "Base 46"', () => {
  assert.ok(has(run('Tabqa which is believed to be the last stronghold of Daesh lies west of Raqqa.'), 'CONTROLS', 'Islamic State', 'Tabqa'));
  const d = run('Control of Deraa remains divided between the Syrian regime and opposition forces.');
  assert.ok(has(d, 'CONTROLS', 'Syria', 'Deraa') && has(d, 'CONTROLS', 'opposition', 'Deraa'));
  assert.ok(has(run('Opposition groups surrendered the Damascus suburb of Daraya to the government.'), 'CONTROLS', 'Syria', 'Daraya'));
  assert.ok(has(run('Al-Nusra captured Base 46 in the north.'), 'CONTROLS', 'Jabhat al-Nusra', 'Base 46'));
  // a stronghold of a community is no military hold
  assert.ok(!run('Latakia province is a stronghold of the Alawite minority.').relations.some((r) => r.type === 'CONTROLS'));
});

test('LOCATED_IN: "Syria\'s Al Qaeda-held city of Idlib", "Syria\'s Idlib", "Khanaser southeast Aleppo"; "east of X" is outside X', () => {
  assert.ok(has(run("Air strikes hit a market in Syria's Al Qaeda-held city of Idlib."), 'LOCATED_IN', 'Idlib', 'Syria'));
  assert.ok(has(run("Russian airstrikes hit Syria's Idlib."), 'LOCATED_IN', 'Idlib', 'Syria'));
  assert.ok(has(run('The attack took place in Khanaser southeast Aleppo.'), 'LOCATED_IN', 'Khanasser', 'Aleppo'));
  assert.ok(!has(run('SDF fighters captured the area of Safsafeh east of Tabqa.'), 'LOCATED_IN', 'Safsafeh', 'Tabqa'));
});

test('entities: a capitalised function word ends a name run ("Editing by Louise Ireland Our Standards")', () => {
  const x = run('Reporting by Sylvia Westall; Editing by Louise Ireland Our Standards: the principles.');
  assert.ok(entity(x, 'Louise Ireland'));
  assert.ok(!x.entities.some((e) => /Standards/.test(e.name)));
});

test('NEGOTIATES_WITH: "meetings between Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry", "We met X"', () => {
  const x = run('The meetings between Russian Foreign Minister Sergei Lavrov and US Secretary of State John Kerry lasted hours.');
  assert.ok(has(x, 'NEGOTIATES_WITH', 'Sergei Lavrov', 'John Kerry') || has(x, 'NEGOTIATES_WITH', 'John Kerry', 'Sergei Lavrov'));
  const y = run('"We met Staffan de Mistura," Lavrov said.');
  assert.ok(has(y, 'NEGOTIATES_WITH', 'Sergei Lavrov', 'Staffan de Mistura'));
  assert.ok(!run('"We never met Staffan de Mistura," Lavrov said.').relations.some((r) => r.type === 'NEGOTIATES_WITH'));
});

test('SUPPORTS: no subject after "across the" ("troops across the Syrian border to help rebels"), no far subject for "in support of"', () => {
  const x = run('Turkey sent tanks across the Syrian border to help rebels drive Islamic State fighters out of Jarabulus.');
  assert.ok(!has(x, 'SUPPORTS', 'Syria', 'rebels'));
  const y = run('Shells were fired by Jaish al-Islam in an attempt to undermine the stances of the local people in support of the Syrian army.');
  assert.ok(!has(y, 'SUPPORTS', 'Jaish al-Islam', 'Syria'));
  assert.ok(has(run('Russia launched strikes in support of the Syrian army.'), 'SUPPORTS', 'Russia', 'Syria'));
});

test('OPPOSES: "rebel groups and militants fighting the regime" do not fight each other; a state named as a place is no subject', () => {
  const x = run('The government labels rebel groups and militants fighting the regime as terrorists.');
  assert.ok(!has(x, 'OPPOSES', 'rebels', 'militants') && !has(x, 'OPPOSES', 'militants', 'rebels'));
  assert.ok(has(run('Rebels and Kurdish fighters have clashed repeatedly.'), 'OPPOSES', 'rebels', 'Kurds'));
  const y = run('Air strikes hit targets in Syria in a bid to defeat Islamic State.');
  assert.ok(!has(y, 'OPPOSES', 'Syria', 'Islamic State'));
});

test('SUPPORTS: "rebel groups they support" in a clause about something else is the subject\'s support', () => {
  const x = run('US officials say they are willing to press rebel groups they support harder.');
  assert.ok(has(x, 'SUPPORTS', 'United States', 'rebels'));
  assert.ok(!has(run('US officials say they will press rebel groups they fight.'), 'SUPPORTS', 'United States', 'rebels'));
});

test('coreference: "the city" is the last place introduced as a city, never a place of the same phrase', () => {
  const x = run('Rebels shelled the city of Deir Ezzor on Monday. Shells hit al-Qusour and al-Joura neighborhoods in the city.');
  assert.ok(x.relations.some((r) => r.type === 'LOCATED_IN' && /Qusour/.test(r.source) && /Deir/.test(r.target)));
  assert.ok(!x.relations.some((r) => r.type === 'LOCATED_IN' && /Qusour/.test(r.source) && /Joura/.test(r.target)));
  const y = run('The blast rocked the city of Aleppo. Buses waited in Rashidin, a southwestern suburb of the city.');
  assert.ok(has(y, 'LOCATED_IN', 'Rashidin', 'Aleppo'));
  assert.ok(!has(y, 'LOCATED_IN', 'Aleppo', 'Rashidin'));
});

test('BESIEGES: "under a crippling army siege" names the besieger; "X retook Y after a long siege" is X\'s siege, a named other besieger is not', () => {
  const x = run('Douma has been under a crippling army siege since 2013.');
  assert.ok(has(x, 'BESIEGES', 'Syria', 'Douma'));
  const y = run('Turkish troops retook al-Bab from ISIS after a long siege.');
  assert.ok(has(y, 'BESIEGES', 'Turkey', 'al-Bab'));
  const z = run('The army retook Palmyra after a rebel siege.');
  assert.ok(!z.relations.some((r) => r.type === 'BESIEGES'));
});

test('SUPPORTS: a second passive backer ("backed by Russia and by Shiite fighters from Iran"), a backed operation of an actor, a state adjective before a named backer', () => {
  const x = run('Assad has been backed militarily by Russia and by Shiite fighters from Iran and the Lebanese Hezbollah group.');
  assert.ok(has(x, 'SUPPORTS', 'Russia', 'Bashar al-Assad'));
  assert.ok(has(x, 'SUPPORTS', 'Iran', 'Bashar al-Assad'));
  assert.ok(has(x, 'SUPPORTS', 'Hezbollah', 'Bashar al-Assad'));
  const y = run('The government advance was backed by fighters from the Lebanese Shiite group Hezbollah.');
  assert.ok(has(y, 'SUPPORTS', 'Hezbollah', 'Syria'));
  assert.ok(!has(y, 'SUPPORTS', 'Lebanon', 'Syria'));
  const z = run('Assad is backed by Moscow and not by Washington.');
  assert.ok(!has(z, 'SUPPORTS', 'United States', 'Bashar al-Assad'));
});

test('ATTACKS: "shells fired by X hit Y", a second weapon\'s owner in a passive ("killed by Turkish artillery fire and US airstrikes")', () => {
  const x = run('Mortar shells fired by Jaish al-Islam hit Damascus.');
  assert.ok(has(x, 'ATTACKS', 'Jaish al-Islam', 'Damascus'));
  const y = run('Twenty ISIS militants were killed by Turkish artillery fire and US airstrikes.');
  assert.ok(has(y, 'ATTACKS', 'Turkey', 'Islamic State'));
  assert.ok(has(y, 'ATTACKS', 'United States', 'Islamic State'));
  assert.ok(!y.relations.some((r) => r.target === 'militants'));
});

test('relative clauses: "... from DAESH which took Manbij", "DAESH, which took Manbij," have the name as subject', () => {
  const x = run('The SDF tried to seize the city from DAESH which took Manbij in 2014.');
  assert.ok(has(x, 'CONTROLS', 'Islamic State', 'Manbij'));
  const y = run('Thousands fled after DAESH, which took Manbij in 2014, lost ground.');
  assert.ok(has(y, 'CONTROLS', 'Islamic State', 'Manbij'));
  const z = run('Aid reached people in Aleppo, who fled the fighting.');
  assert.ok(!z.relations.some((r) => r.type === 'OPPOSES' || r.type === 'CONTROLS'));
});

test('entities: an all-capitals name with a possessive ("ISIS\'s", "SDF’s") is found; the held side of a place ("the government-held western side of Aleppo")', () => {
  const x = run('ISIS’s de facto capital Raqqa was bombed.');
  assert.ok(has(x, 'CONTROLS', 'Islamic State', 'Raqqa'));
  const y = run("ISIS's fighters attacked Kobani.");
  assert.ok(has(y, 'ATTACKS', 'Islamic State', 'Kobani'));
  assert.equal(run('Isis is a word here.').entities.length, 0);
  const z = run('Rebels fired on the government-held western side of Aleppo.');
  assert.ok(has(z, 'CONTROLS', 'Syria', 'Aleppo'));
});

test('REPRESENTS: ranks and honorifics after a title, a title\'s field, "X, the ORG\'s vice-president"; a known surname after another given name is another person', () => {
  assert.ok(has(run('Pentagon spokesman Rear Admiral John Kirby said the raids hit 12 targets.'), 'REPRESENTS', 'John Kirby', 'Pentagon'));
  assert.ok(has(run('UN High Commissioner for Human Rights Navi Pillay said so.'), 'REPRESENTS', 'Navi Pillay', 'United Nations'));
  assert.ok(has(run('Hisham Marwah, the Syrian National Coalition\'s vice-president, said so.'), 'REPRESENTS', 'Hisham Marwah', 'Syrian National Coalition'));
  const x = run('Jaish al-Islam spokesman Islam Alloush said on Friday the pilot was dead.');
  assert.ok(has(x, 'REPRESENTS', 'Islam Alloush', 'Jaish al-Islam'));
  assert.ok(!x.entities.some((e) => e.name === 'Zahran Alloush'));
  assert.ok(run('Syrian President Bashar Assad said so.').entities.some((e) => e.name === 'Bashar al-Assad'));
});

test('LOCATED_IN: "in the north-western province of Idlib"; "the Jubar district of Damascus" and "the Damascus suburb of Daraya" (an unknown place is the part)', () => {
  const x = run('Shells hit the villages of Foua and Kefraya in the north-western province of Idlib.');
  assert.ok(has(x, 'LOCATED_IN', 'Foua', 'Idlib'));
  assert.ok(has(x, 'LOCATED_IN', 'Kefraya', 'Idlib'));
  const y = run('Shells hit the Zawiyeh district of Damascus.');
  assert.ok(y.relations.some((r) => r.type === 'LOCATED_IN' && /Zawiyeh/.test(r.source) && r.target === 'Damascus'));
  assert.ok(!y.relations.some((r) => r.type === 'LOCATED_IN' && r.source === 'Damascus'));
  assert.ok(has(run('Shells hit the Damascus suburb of Daraya.'), 'LOCATED_IN', 'Daraya', 'Damascus'));
});

test('a capital before a stance verb stands for its state ("Damascus describes all rebels as terrorists")', () => {
  const x = run('Damascus describes all rebels as terrorists.');
  assert.ok(has(x, 'CONSIDERS_TERRORIST', 'Syria', 'rebels'));
  assert.ok(!x.entities.some((e) => e.name === 'Damascus' && e.type === 'Place'));
  assert.ok(run('Shells hit Damascus on Monday.').entities.some((e) => e.name === 'Damascus' && e.type === 'Place'));
});

test('persons: a name after a speech verb, a name before a role noun and its body, a coordinated byline, a kunya; a later "Abu X" is the same person', () => {
  const x = run('"It went on all day," said Mohamad Abu Rajab, a nurse in Douma. Abu Rajab said the hospital was hit.');
  assert.ok(entity(x, 'Mohamad Abu Rajab')?.type === 'Person');
  assert.ok(!entity(x, 'Abu Rajab'));
  assert.equal(entity(run('Ole Solvang deputy emergencies director at Human Rights Watch said so.'), 'Ole Solvang')?.type, 'Person');
  assert.equal(entity(run('Reporting by Mark Felsenthal and Roberta Rampton; Editing by Vicki Allen.'), 'Roberta Rampton')?.type, 'Person');
  assert.equal(entity(run('Among those killed is IS military emissary Abu Turab who commanded units.'), 'Abu Turab')?.type, 'Person');
  assert.equal(entity(run('Shells hit the town of Abu Hamam.'), 'Abu Hamam')?.type, 'Place');
  assert.equal(entity(run('"We will win," said Free Syrian Army.'), 'Free Syrian Army')?.type, 'Group');
});

test('OPPOSES: a state named as the scene of fighting ("groups fighting in Syria\'s civil war") is not fought', () => {
  const x = run('Truces were brokered between the myriad of armed groups fighting in Syria\'s increasingly complex civil war.');
  assert.ok(!x.relations.some((r) => r.type === 'OPPOSES' && r.target === 'Syria'));
  assert.ok(has(run('Rebels are fighting Syria and its allies.'), 'OPPOSES', 'rebels', 'Syria'));
});

test('entities: capitalised verbs and prepositions of a title-case headline end a name ("Militia Creates Brigade to Liberate Golan From Israel"); "Said" stays a surname', () => {
  const x = run('Related: Iraqi Militia Creates Brigade to Liberate Golan Heights From Israel');
  assert.ok(!x.entities.some((e) => /Creates|From/.test(e.name)));
  assert.ok(!run('Al-Nusra Front Commander Killed in Lattakia').entities.some((e) => e.name === 'Killed'));
  assert.equal(entity(run('Kurdish commander Rodi Said said the town fell.'), 'Rodi Said')?.type, 'Person');
});

test('NEGOTIATES_WITH: "A (left) and B (right) at a bilateral meeting", "a meeting with foreign ministers of the GCC"; REPRESENTS never across "and"', () => {
  const x = run('US Secretary of State John Kerry (left) and Russian Foreign Minister Sergei Lavrov (right) at a bilateral meeting in Geneva.');
  assert.ok(x.relations.some((r) => r.type === 'NEGOTIATES_WITH' && [r.source, r.target].sort().join() === 'John Kerry,Sergei Lavrov'));
  assert.ok(!has(x, 'REPRESENTS', 'John Kerry', 'Russia'));
  assert.ok(has(x, 'REPRESENTS', 'Sergei Lavrov', 'Russia'));
  assert.ok(x.relations.some((r) => r.type === 'NEGOTIATES_WITH') && !run('Shells hit Aleppo and Homs during talks in Geneva.').relations.some((r) => r.type === 'NEGOTIATES_WITH'));
  const y = run('Kerry held a meeting with foreign ministers of the Gulf Cooperation Council.');
  assert.ok(y.relations.some((r) => r.type === 'NEGOTIATES_WITH' && [r.source, r.target].includes('Gulf Cooperation Council')));
});

test('an uncertain perpetrator ("airstrikes believed to be carried out by the Russian air force", "jets believed to be Russian") gives no attack; "believed to be the last stronghold of X" still places X', () => {
  assert.ok(!run('Nineteen civilians were killed in airstrikes believed to be carried out by the Russian air force.').relations.some((r) => r.type === 'ATTACKS'));
  assert.ok(!run('War jets also believed to be Russian struck the town of Urum al-Kubra.').relations.some((r) => r.type === 'ATTACKS'));
  assert.ok(has(run('Tabqa, which is believed to be the last stronghold of Daesh, lies west of Raqqa.'), 'CONTROLS', 'Islamic State', 'Tabqa'));
});

test('CONTROLS/BESIEGES: a compound in apposition describes the place before it ("Hader, a government-held village"); a compound holds its head, not a place near it', () => {
  const x = run('Air strikes hit Atareb, a rebel-held Syrian town west of Aleppo.');
  assert.ok(has(x, 'CONTROLS', 'rebels', 'Atareb'));
  assert.ok(!has(x, 'CONTROLS', 'rebels', 'Aleppo'));
  assert.ok(has(run('Israeli jets struck Hader, a government-held village in Quneitra.'), 'CONTROLS', 'Syria', 'Hader'));
  const y = run('Hundreds left Madaya, a government-besieged town near Damascus.');
  assert.ok(has(y, 'BESIEGES', 'Syria', 'Madaya'));
  assert.ok(!has(y, 'BESIEGES', 'Syria', 'Damascus'));
  assert.ok(!has(run('Air strikes on Douma, the besieged rebel-held town east of Damascus, killed six.'), 'CONTROLS', 'rebels', 'Damascus'));
  // a held part of a city is a hold on the city
  assert.ok(has(run('Rockets hit rebel-held areas in eastern Aleppo.'), 'CONTROLS', 'rebels', 'Aleppo'));
  // "a government" as a noun is no actor
  assert.ok(!run('The opposition wants to form a government in exile.').entities.some((e) => e.name === 'Syria'));
});

test('a capital after "an ally of", "loyal to", "help from" stands for its state; after "flew from" it is a place', () => {
  assert.equal(entity(run('The YPG is a close ally of Washington.'), 'United States')?.type, 'State');
  assert.ok(has(run('Syria is getting help from Tehran.'), 'SUPPORTS', 'Iran', 'Syria'));
  const x = run('He flew from Moscow to Damascus.');
  assert.ok(!x.entities.some((e) => e.type === 'State'));
});

test('a kunya before a known person\'s names is another person ("Abu Abdul Rahman al-Madani" is not Rami Abdel Rahman)', () => {
  const x = run('Abu Abdul Rahman al-Madani, the Al-Nusra Front commander in Lattakia, was killed.');
  assert.equal(entity(x, 'Abu Abdul Rahman al-Madani')?.type, 'Person');
  assert.ok(!entity(x, 'Rami Abdel Rahman'));
  assert.ok(entity(run('Rami Abdel Rahman, who heads the Observatory, said 12 died.'), 'Rami Abdel Rahman'));
});

test('ATTACKS: an agentless passive ("were hit in al-Hawi area") in a report of one attacker\'s operations is theirs; a monitor that reports strikes is no attacker', () => {
  const x = run('The Syrian army\'s air force carried out sorties targeting ISIS positions. A number of gatherings of ISIS terrorists were hit in al-Hawi area. A vehicle transporting 12 terrorists was destroyed on Mrat road.');
  assert.ok(has(x, 'ATTACKS', 'Syria', 'al-Hawi'));
  assert.ok(has(x, 'ATTACKS', 'Syria', 'Mrat road'));
  // two attackers before: whose it was is not said
  const y = run('Russian jets and Turkish artillery struck Islamic State positions. A number of gatherings were hit in al-Hawi area.');
  assert.ok(!y.relations.some((r) => r.type === 'ATTACKS' && r.target === 'al-Hawi'));
  const z = run('The Syrian Observatory for Human Rights said air strikes hit Idlib. Militants were killed when their positions were targeted in Haas.');
  assert.ok(!z.relations.some((r) => r.type === 'ATTACKS' && r.source === 'Syrian Observatory for Human Rights'));
});

test('OPPOSES: a countered push opposes both ways ("the army repelled a push by an alliance of rebels", "push back an opposition offensive"); "pushed back the rebels" is no backing', () => {
  const x = run('The Syrian army repelled a push by an alliance of rebels.');
  assert.ok(has(x, 'OPPOSES', 'Syria', 'rebels') && has(x, 'OPPOSES', 'rebels', 'Syria'));
  const y = run('The regime attempts to push back an opposition offensive.');
  assert.ok(has(y, 'OPPOSES', 'Syria', 'opposition') && has(y, 'OPPOSES', 'opposition', 'Syria'));
  assert.ok(!run('Syrian troops pushed back the rebels.').relations.some((r) => r.type === 'SUPPORTS'));
  assert.ok(has(run('Iran backs the rebels.'), 'SUPPORTS', 'Iran', 'rebels'));
});

test('ATTACKS: a side\'s posts stand for the side ("attacked army posts"); "a terrorist attack" is no target', () => {
  assert.ok(has(run('Islamic State fighters attacked army posts near Palmyra.'), 'ATTACKS', 'Islamic State', 'Syria'));
  assert.ok(!run('ISIS carried out a terrorist attack with toxic gas on Marea.').relations.some((r) => r.type === 'ATTACKS' && r.target === 'terrorists'));
});

test('a bare force noun after another actor\'s adjective is that actor\'s ("the Kurdish army" is no Syrian army); a name\'s generic apposition is no second attacker ("Daesh militants attacked")', () => {
  const x = run('The Kurdish army shelled Afrin.');
  assert.ok(has(x, 'ATTACKS', 'Kurds', 'Afrin') && !x.entities.some((e) => e.name === 'Syria'));
  assert.ok(has(run('The army shelled Afrin.'), 'ATTACKS', 'Syria', 'Afrin'));
  const y = run('Dozens of Daesh militants attacked government positions near Tabaqa.');
  assert.ok(has(y, 'ATTACKS', 'Islamic State', 'Syria') && !y.relations.some((r) => r.source === 'militants'));
  // a state's name before a generic source modifies it: the generic acts
  assert.ok(has(run('Syria rebels shelled an election rally in Damascus.'), 'ATTACKS', 'rebels', 'Damascus'));
});

test('LOCATED_IN: a state\'s adjective or possessive before the named whole modifies it ("a neighbourhood of the Syrian city of Aleppo", "in Syria\'s southwestern Quneitra province"); "Jobar, a Damascus neighborhood"; "Diyarbakir, Turkey, was"', () => {
  const x = run('Shelling hit Sheikh Maqsoud, a neighbourhood of the Syrian city of Aleppo.');
  assert.ok(has(x, 'LOCATED_IN', 'Sheikh Maqsoud', 'Aleppo') && !has(x, 'LOCATED_IN', 'Sheikh Maqsoud', 'Syria'));
  assert.ok(has(x, 'LOCATED_IN', 'Aleppo', 'Syria'));
  const y = run('The Al Fawwar camp in Syria\'s southwestern Quneitra province was hit.');
  assert.ok(has(y, 'LOCATED_IN', 'Al Fawwar', 'Quneitra') && has(y, 'LOCATED_IN', 'Quneitra', 'Syria'));
  assert.ok(has(run('In Jobar, a Damascus neighborhood, rebels fought.'), 'LOCATED_IN', 'Jobar', 'Damascus'));
  assert.ok(has(run('The protest in Diyarbakir, Turkey, was dispersed.'), 'LOCATED_IN', 'Diyarbakir', 'Turkey'));
  assert.ok(!run('Russia, Turkey, and Iran met in Astana.').relations.some((r) => r.type === 'LOCATED_IN' && r.source !== 'Astana'));
});

test('"the Syrian capital" is Damascus, but "their de facto Syrian capital of Raqqa" is not', () => {
  assert.ok(!run('Jets struck their de facto Syrian capital of Raqqa.').entities.some((e) => e.name === 'Damascus'));
  assert.ok(has(run('Terrorists shelled the center of the Syrian capital of Damascus.'), 'ATTACKS', 'terrorists', 'Damascus'));
  assert.ok(has(run('Rebels shelled the Syrian capital.'), 'ATTACKS', 'rebels', 'Damascus'));
});

test('SUPPORTS: "Russia, Syria\'s main ally", "Moscow is Assad\'s main ally", "provides the SDF with weapons", "has sent weapons to Syria"; "fought alongside" is no hostility', () => {
  assert.ok(has(run('Russia, Syria\'s main ally, sent jets.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('Moscow is Assad\'s main ally.'), 'SUPPORTS', 'Russia', 'Bashar al-Assad'));
  assert.ok(has(run('The United States provides the SDF with weapons and advisers.'), 'SUPPORTS', 'United States', 'Syrian Democratic Forces'));
  assert.ok(has(run('Russia has sent weapons and troops to Syria.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(!run('Turkey sent tanks across the border to Jarabulus.').relations.some((r) => r.type === 'SUPPORTS'));
  assert.ok(!run('Hezbollah fighters fought alongside Syrian troops.').relations.some((r) => r.type === 'OPPOSES'));
});

test('a sentence-initial "it"/"they" doing something is the previous sentence\'s actor subject; "it was not clear" and passives take up no one', () => {
  assert.ok(has(run('Russian jets pounded Idlib overnight. They also struck Maarat al-Numan.'), 'ATTACKS', 'Russia', 'Maarat al-Numan'));
  assert.ok(has(run('Rebels seized Khan Touman. They later shelled Aleppo.'), 'ATTACKS', 'rebels', 'Aleppo'));
  assert.ok(has(run('Turkey launched an offensive. It said the YPG is a terrorist group.'), 'CONSIDERS_TERRORIST', 'Turkey', 'YPG'));
  // the previous sentence's actor is no subject: a place opens it
  assert.ok(!run('In Aleppo, Russian jets hit a hospital. It also shelled the town of Arak.').relations.some((r) => r.target === 'Arak' || r.target === 'Arak gas field'));
  assert.ok(!run('Air strikes killed 12 people in Idlib. They were carried out by either Russian or Syrian warplanes.').relations.some((r) => r.type === 'ATTACKS'));
});

test('entities: an unpunctuated list member after a known place is a place ("al-Sukkari al-Fardous and al-Salihin"); a person\'s name after a place is not', () => {
  const x = run('Terrorists fired rocket shells at the neighborhoods of al-Faid al-Sukkari al-Fardous and al-Salihin.');
  assert.equal(entity(x, 'al-Salihin')?.type, 'Place');
  assert.equal(entity(x, 'al-Fardous')?.type, 'Place');
  assert.ok(has(x, 'ATTACKS', 'terrorists', 'al-Salihin'));
  assert.equal(entity(run('Fighting raged in Aleppo Ahmed Khalil said.'), 'Ahmed Khalil')?.type, 'Person');
  assert.ok(!run('Aleppo Death Toll Rises').entities.some((e) => e.name === 'Death'));
});

test('OPPOSES: "engaged in fierce battles with", "views the YPG as an enemy", "launched Operation Euphrates Shield against", "the offensive against ISIS is led by the SDF"; a subject "and their allies"', () => {
  const x = run('The army is engaged in fierce battles with Daesh near Palmyra.');
  assert.ok(has(x, 'OPPOSES', 'Syria', 'Islamic State') && has(x, 'OPPOSES', 'Islamic State', 'Syria'));
  assert.ok(has(run('Ankara views the YPG as an enemy.'), 'OPPOSES', 'Turkey', 'YPG'));
  assert.ok(!run('Tehran views Moscow as a partner.').relations.some((r) => r.type === 'OPPOSES'));
  const y = run('Turkey launched Operation Euphrates Shield against ISIS and the YPG.');
  assert.ok(has(y, 'OPPOSES', 'Turkey', 'Islamic State') && has(y, 'OPPOSES', 'Turkey', 'YPG'));
  assert.ok(has(run('The offensive against ISIS in Raqqa is led by the SDF.'), 'OPPOSES', 'Syrian Democratic Forces', 'Islamic State'));
  assert.ok(has(run('Government forces and their allies are fighting rebels in eastern Aleppo.'), 'OPPOSES', 'Syria', 'rebels'));
});

test('ATTACKS: a casualty breakdown by place ("including 9 in Alsaliheen, 8 in Ansari") names more places the same attackers hit', () => {
  const x = run('A total 54 civilians were killed in airstrikes by the Assad regime and Russian air forces on Aleppo on Tuesday including 9 in the neighborhood Alsaliheen 8 in Ansari and 5 in Almiyassar.');
  for (const p of ['Alsaliheen', 'Ansari', 'Almiyassar']) assert.ok(has(x, 'ATTACKS', 'Syria', p) && has(x, 'ATTACKS', 'Russia', p), p);
  assert.ok(!x.relations.some((r) => r.type === 'LOCATED_IN' && r.source === 'Ansari'));
  // no attack in the sentence: a count by place is no attack
  assert.ok(!run('The Damascus Media Office said 150 bodies were counted, including 100 in Kfar Batna and 67 in Saqba.').relations.some((r) => r.type === 'ATTACKS'));
});

test('lists: an apposition "Nusra Front, al-Qaeda\'s Syrian affiliate," adds no subjects; "Syria rebels" are the rebels; "groups in the country including IS" are no part of the state', () => {
  const x = run('The Nusra Front, al-Qaeda\'s Syrian affiliate, drove rebels out of the base.');
  assert.ok(has(x, 'PART_OF', 'Jabhat al-Nusra', 'al-Qaeda'));
  assert.ok(!x.relations.some((r) => r.type === 'OPPOSES' && r.source !== 'Jabhat al-Nusra'));
  assert.ok(!run('Nusra Front, Al-Qaida\'s Syria affiliate, drove rebels out of a base.').relations.some((r) => r.type === 'PART_OF' && r.target === 'Syria'));
  const y = run('21 killed as Syria rebels shell Assad election rally.');
  assert.ok(has(y, 'ATTACKS', 'rebels', 'Bashar al-Assad') && !y.relations.some((r) => r.source === 'Syria'));
  assert.ok(!run('Government forces are fighting several rebel groups operating in the country including the Islamic State.').relations.some((r) => r.type === 'PART_OF'));
  assert.ok(has(run('Russia, Iran and Hezbollah back Assad.'), 'SUPPORTS', 'Hezbollah', 'Bashar al-Assad'));
});

test('CONSIDERS_TERRORIST: "The PKK, listed as a terrorist group by Turkey, the US and the EU" (three), "refers to all rebels as terrorists"; a label\'s complement is no actor', () => {
  const x = run('The PKK, listed as a terrorist group by Turkey, the US and the EU, fought on.');
  for (const s of ['Turkey', 'United States', 'European Union']) assert.ok(has(x, 'CONSIDERS_TERRORIST', s, 'PKK'), s);
  assert.ok(has(run('Damascus refers to all rebels as terrorists.'), 'CONSIDERS_TERRORIST', 'Syria', 'rebels'));
  const y = run('The YPG, which Turkey deems a terrorist group, took Manbij.');
  assert.ok(has(y, 'CONSIDERS_TERRORIST', 'Turkey', 'YPG') && !y.relations.some((r) => r.source === 'terrorists'));
});

test('"military" before a noun it modifies names no one ("a military campaign", "military support"); "the military shelled" and "military sources said" are the army; a state is not hostile to its own leader', () => {
  const x = run('Turkey\'s military campaign against Kurdish militants entered its second week.');
  assert.ok(has(x, 'OPPOSES', 'Turkey', 'Kurds') && !x.entities.some((e) => e.name === 'Syria'));
  assert.ok(has(run('The military shelled Daraya.'), 'ATTACKS', 'Syria', 'Daraya'));
  assert.ok(!run('Iran boosts military support for longtime ally Assad.').relations.some((r) => r.source === 'Syria'));
  assert.ok(has(run('Military sources said the army killed ISIS terrorists near Palmyra.'), 'CONSIDERS_TERRORIST', 'Syria', 'Islamic State'));
  const y = run('SANA blamed the attack on terrorists, the government\'s term for rebels fighting to overthrow President Bashar al-Assad.');
  assert.ok(!has(y, 'OPPOSES', 'Syria', 'Bashar al-Assad'));
  assert.ok(has(run('Rebels are fighting to oust President Bashar al-Assad.'), 'OPPOSES', 'rebels', 'Bashar al-Assad'));
});

test('LOCATED_IN: "is located in", "which lies in", "the Hmeimim air base in", "also in", "further north in"; a capital after "in southern" is a place even before "was"', () => {
  assert.ok(has(run('Madaya is located in the Qalamoun mountains.'), 'LOCATED_IN', 'Madaya', 'Qalamoun'));
  assert.ok(has(run('The strikes hit the town of Douma which lies in the Eastern Ghouta region.'), 'LOCATED_IN', 'Douma', 'Eastern Ghouta'));
  assert.ok(has(run('On Tuesday regime shelling on the Mesraba area also in Eastern Ghouta killed three.'), 'LOCATED_IN', 'Misraba', 'Eastern Ghouta'));
  assert.ok(has(run('The Yarmouk camp in southern Damascus was shelled.'), 'LOCATED_IN', 'Yarmouk', 'Damascus'));
  assert.ok(has(run('A suicide attack near the Atmeh refugee camp in Syria\'s border province of Idlib killed 15.'), 'LOCATED_IN', 'Atmeh', 'Idlib'));
  // a passive's "in" is no location
  assert.ok(!run('Manbij was also ruined in the US air attacks.').relations.some((r) => r.type === 'LOCATED_IN'));
  assert.ok(!run('The air strikes killed 45 civilians in and around Aleppo and 22 in Idlib.').relations.some((r) => r.type === 'LOCATED_IN'));
});

test('SUPPORTS: "The Turkish regime supports Nusra", "Russia\'s military, fighting in support of Assad\'s government", "the army and its ally the NDF", "one of the main suppliers of arms to the rebels", "has been Syrian President Assad\'s strongest backer"; a backer\'s support is no hostile party', () => {
  assert.ok(has(run('The Turkish regime supports Jabhat al-Nusra.'), 'SUPPORTS', 'Turkey', 'Jabhat al-Nusra'));
  assert.ok(has(run('Russia\'s military, which has been fighting in support of Assad\'s government, denied the strikes.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('The army and its ally the National Defense Forces control Qamishli airport.'), 'SUPPORTS', 'National Defence Forces', 'Syria'));
  assert.ok(has(run('Saudi Arabia is one of the main suppliers of arms to the Syrian rebels.'), 'SUPPORTS', 'Saudi Arabia', 'rebels'));
  assert.ok(has(run('Russia has been Syrian President Bashar al-Assad\'s strongest backer.'), 'SUPPORTS', 'Russia', 'Bashar al-Assad'));
  assert.ok(has(run('Government forces backed by fighters from the Lebanese Shiite group Hezbollah advanced.'), 'SUPPORTS', 'Hezbollah', 'Syria'));
  const x = run('The SDF is fighting with US support to capture Raqqa.');
  assert.ok(has(x, 'SUPPORTS', 'United States', 'Syrian Democratic Forces') && !x.relations.some((r) => r.type !== 'SUPPORTS' && r.source === 'United States'));
  assert.ok(!run('The SDF is fighting with US support to capture Raqqa.').relations.some((r) => r.type === 'OPPOSES'));
  const y = run('Rebels with Turkish air support attacked the YPG.');
  assert.ok(has(y, 'ATTACKS', 'rebels', 'YPG') && !has(y, 'SUPPORTS', 'Turkey', 'YPG'));
  assert.ok(has(run('Russia intensified its air raids in support of Syrian regime forces battling militants.'), 'OPPOSES', 'Syria', 'militants'));
});

test('ATTACKS: "an al-Nusra Front shelling of government forces positions", "airstrikes by the Syrian regime destroyed the hospital in Kafr Hamra"; entities: a place prefix types an unknown name ("Kafar Hamra", "Tal Antar")', () => {
  const x = run('At least six civilians were killed in an al-Nusra Front shelling of government forces positions in Aleppo.');
  assert.ok(has(x, 'ATTACKS', 'Jabhat al-Nusra', 'Syria') && has(x, 'ATTACKS', 'Jabhat al-Nusra', 'Aleppo'));
  assert.ok(has(run('Regime bombardment of Eastern Ghouta killed more than 100 people.'), 'ATTACKS', 'Syria', 'Eastern Ghouta'));
  assert.ok(has(run('Airstrikes by the Syrian regime destroyed the hospital in Kafar Hamra.'), 'ATTACKS', 'Syria', 'Kafar Hamra'));
  assert.equal(entity(run('Rebels took Tal Antar in Deraa.'), 'Tal Antar')?.type, 'Place');
  // "in the north of Syria" is still the scene, not the target
  assert.ok(!has(run('Russian jets struck rebels in the north of Syria.'), 'ATTACKS', 'Russia', 'Syria'));
});

test('OPPOSES: "advanced significantly against", "engaged in their 11th day of heavy fighting with"; names run together in a title-case headline are no list of sides', () => {
  assert.ok(has(run('The Syrian soldiers advanced significantly against the ISIL in al Habari oilfield.'), 'OPPOSES', 'Syria', 'Islamic State'));
  const x = run('Forces from the regime\'s army and Hezbollah are engaged in their 11th day of heavy fighting with rebel forces.');
  assert.ok(has(x, 'OPPOSES', 'Hezbollah', 'rebels') && has(x, 'OPPOSES', 'rebels', 'Syria'));
  const y = run('Sputnik Mikhail Alayeddin Syrian Army Reportedly Engaged in Fierce Fighting Against Daesh in Homs');
  assert.ok(!y.relations.some((r) => r.type === 'OPPOSES' && (r.source === 'Sputnik' || r.target === 'Sputnik')));
});

test('CONTROLS: "established full control over", "which the government gained full control of", "divided between a rebel-held east and regime-controlled west", "has returned to regime control", "still controls some parts of"; not a place a held one lies near or "except" a place', () => {
  assert.ok(has(run('The army established full control over Jabal Badro neighborhood in Aleppo.'), 'CONTROLS', 'Syria', 'Jabal Badro'));
  assert.ok(has(run('Residents arrived in Aleppo, which the government gained full control of last year.'), 'CONTROLS', 'Syria', 'Aleppo'));
  const x = run('Aleppo has been divided between a rebel-held east and regime-controlled west since 2012.');
  assert.ok(has(x, 'CONTROLS', 'rebels', 'Aleppo') && has(x, 'CONTROLS', 'Syria', 'Aleppo'));
  assert.ok(has(run('Most of Homs has returned to regime control.'), 'CONTROLS', 'Syria', 'Homs'));
  assert.ok(has(run('The Syrian regime still controls some parts of Deir al-Zor city.'), 'CONTROLS', 'Syria', 'Deir ez-Zor'));
  assert.ok(!has(run('Rebels had captured three villages south of Aleppo from government control.'), 'CONTROLS', 'rebels', 'Aleppo'));
  assert.ok(!run('Most of the city except the battered district of Waar has returned to regime control.').relations.some((r) => r.type === 'CONTROLS' && r.target === 'Waar'));
});

test('REPRESENTS and persons: "head of the political office of the ... group Fastaqim", "the health minister in the Syrian interim government", a name after the last title of "Deputy Chief of Staff Colonel Haitham Afisi"', () => {
  assert.ok(has(run('Zakaria Malahifji, head of the political office of the Aleppo-based opposition group Fastaqim, told Reuters the truce failed.'), 'REPRESENTS', 'Zakaria Malahifji', 'Fastaqim'));
  assert.ok(has(run('Mohammad Jundi, the health minister in the Syrian interim government, said the onslaught continues.'), 'REPRESENTS', 'Mohammad Jundi', 'Syrian Interim Government'));
  assert.equal(entity(run('Former FSA Deputy Chief of Staff Colonel Haitham Afisi said Nusra attacked them.'), 'Haitham Afisi')?.type, 'Person');
  assert.ok(!run('Explosion Kills 25 Syrian Deputy PM Says Economy Lost Billions').entities.some((e) => e.type === 'Person'));
});

test('entities: an unknown acronym with a role after it is an organisation ("IFRC spokesman Benoit Carpentier"); a name after a role noun ("UNICEF Executive Director Anthony Lake") is a person, not a lake', () => {
  const x = run('IFRC spokesman Benoit Carpentier told reporters in Geneva.');
  assert.equal(entity(x, 'IFRC')?.type, 'Group');
  assert.ok(has(x, 'REPRESENTS', 'Benoit Carpentier', 'IFRC'));
  assert.ok(has(run('UNICEF Executive Director Anthony Lake has called the airstrikes an outrage.'), 'REPRESENTS', 'Anthony Lake', 'UNICEF'));
  assert.ok(!run('More than 50 Syria rebels killed NGO AFP Sunday').entities.some((e) => e.name === 'NGO'));
  assert.ok(!run('US Service Member Dies of Injuries in Northern Syria').entities.some((e) => e.type === 'Person'));
});

test('LOCATED_IN: "Much of Idlib province including Maaret al-Numan", "al-Inzarat - a rebel-held neighbourhood of East Aleppo", "the Qaboun neighborhood of the capital Damascus"', () => {
  assert.ok(has(run('Much of Idlib province including Maaret al-Numan is controlled by HTS.'), 'LOCATED_IN', 'Maarat al-Numan', 'Idlib'));
  assert.ok(has(run('Air raids took place in al-Inzarat - a rebel-held neighbourhood of East Aleppo.'), 'LOCATED_IN', 'al-Inzarat', 'Aleppo'));
  assert.ok(has(run('Regime forces attacked the opposition-controlled Qaboun neighborhood of the capital Damascus.'), 'LOCATED_IN', 'Qaboun', 'Damascus'));
  assert.ok(!run('Russia and Iran, including their militias, fought.').relations.some((r) => r.type === 'LOCATED_IN'));
});

test('entities: an unknown name between a place preposition and a known place is a place ("the hospital in Millis Idlib province", "gunmen in Bassima in Damascus countryside")', () => {
  assert.equal(entity(run('MSF said that the hospital in Millis Idlib province was hit.'), 'Millis')?.type, 'Place');
  assert.equal(entity(run('180 gunmen in Bassima in Damascus countryside turned in their weapons.'), 'Bassima')?.type, 'Place');
  assert.ok(!run('Rebels Flee In Clashes In Aleppo').entities.some((e) => e.name === 'Clashes'));
});

test('ATTACKS: "killed at least 50 people in Kobani", "a car bomb claimed by ISIS killed 30 in Jableh", "the coalition said its strikes killed 20 IS militants"; a quote\'s end is no object', () => {
  assert.ok(has(run('Islamic State fighters killed at least 50 people in Kobani.'), 'ATTACKS', 'Islamic State', 'Kobani'));
  assert.ok(has(run('A car bomb claimed by ISIS killed 30 in Jableh.'), 'ATTACKS', 'Islamic State', 'Jableh'));
  assert.ok(has(run('The coalition said its strikes killed 20 IS militants near Raqqa.'), 'ATTACKS', 'US-led coalition', 'Islamic State'));
  assert.ok(!run('Ten fighters killed at dawn were buried in Idlib.').relations.some((r) => r.type === 'ATTACKS'));
  assert.ok(!run('"A suicide bomber blew himself up during the wedding of a member of the Syrian Democratic Forces killing at least 22 civilians" Observatory chief Rami Abdel Rahman said.').relations.some((r) => r.type === 'ATTACKS' && r.source === 'Syrian Democratic Forces'));
});

test('SUPPORTS: "Russia, a Syrian ally,", "With Russian support the regime", "Backed by Russian airpower the troops", "backed by air strikes from a US-led coalition", "receives backing from Saudi Arabia", "with the help of air strikes by the coalition" (the clause after "but")', () => {
  assert.ok(has(run('But Russia, a Syrian ally, and China have vetoed the move.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('With Russian support the regime began to retake territory.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('Backed by Russian airpower the troops have entered Raqqa Province.'), 'SUPPORTS', 'Russia', 'Syria'));
  assert.ok(has(run('The SDF, backed by air strikes from a US-led coalition, launched an offensive.'), 'SUPPORTS', 'US-led coalition', 'Syrian Democratic Forces'));
  const x = run('Jaysh al-Islam receives backing from Saudi Arabia.');
  assert.ok(has(x, 'SUPPORTS', 'Saudi Arabia', 'Jaish al-Islam') && !has(x, 'SUPPORTS', 'Jaish al-Islam', 'Saudi Arabia'));
  const y = run('Daesh militants have staged counterattacks but the Syrian rebels have maintained momentum with the help of air strikes by the US-led coalition.');
  assert.ok(has(y, 'SUPPORTS', 'US-led coalition', 'rebels') && !has(y, 'SUPPORTS', 'US-led coalition', 'Islamic State'));
});

test('BESIEGES: a surrender after a siege is to the besieger ("surrendered Daraya to the government after a four-year siege", "Aleppo fell to government forces after a months-long siege"); a fall after fighting is no siege', () => {
  assert.ok(has(run('Opposition groups surrendered the Damascus suburb of Daraya to the government after a grueling four-year siege.'), 'BESIEGES', 'Syria', 'Daraya'));
  assert.ok(has(run('Aleppo fell to government forces after a months-long siege.'), 'BESIEGES', 'Syria', 'Aleppo'));
  assert.ok(!run('Aleppo fell to government forces after fierce fighting.').relations.some((r) => r.type === 'BESIEGES'));
});

test('OPPOSES: "dealt a blow to", "fighting for survival against", "engaged last night in fierce clashes with", "the main force fighting IS", "the US-led coalition fighting Daesh" (after "by" too), "clashes between rebels and President Assad\'s forces" (his state)', () => {
  assert.ok(has(run('Kurdish forces dealt a blow to ISIS by capturing an important town.'), 'OPPOSES', 'Kurds', 'Islamic State'));
  assert.ok(has(run('In Syria IS is fighting for survival against Kurdish forces.'), 'OPPOSES', 'Islamic State', 'Kurds'));
  assert.ok(has(run('The army units backed by air force engaged last night in fierce clashes with Nusra Front fighters.'), 'OPPOSES', 'Syria', 'Jabhat al-Nusra'));
  assert.ok(has(run('The SDF have been the main force fighting IS group in northern Syria.'), 'OPPOSES', 'Syrian Democratic Forces', 'Islamic State'));
  assert.ok(has(run('The strike was carried out by the US-led coalition fighting Daesh in Syria.'), 'OPPOSES', 'US-led coalition', 'Islamic State'));
  const x = run('Clashes between rebels and President Bashar al-Assad\'s forces killed 20.');
  assert.ok(has(x, 'OPPOSES', 'rebels', 'Syria') && !x.relations.some((r) => r.target === 'Bashar al-Assad'));
});
