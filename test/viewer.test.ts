// The viewer end to end in a real headless Chromium (Debian's, driven by playwright-core) on the
// seed articles' graph: what a person does in it, and what the server answers. Screenshots go to
// test/out/ (look at them).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { ROOT, serveSeedGraph } from './helpers.js';

const OUT = path.join(ROOT, 'test', 'out');
const SEEDS = path.join(ROOT, 'samples', 'seeds');
const SEED_TEXT = readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join('\n');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let seed: Awaited<ReturnType<typeof serveSeedGraph>>;
let url: string;
let browser: Browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  seed = await serveSeedGraph();
  url = seed.url;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await seed?.close();
});

async function open(query = '', base = url): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(base + query);
  await page.waitForFunction(() => {
    const a = (window as unknown as { __actorgraph?: { ready: boolean; firstFrame: number | null } }).__actorgraph;
    return a?.ready && a.firstFrame !== null;
  }, undefined, { timeout: 20_000 });
  await page.evaluate(() => (window as unknown as { __actorgraph: { stopLayout(): void } }).__actorgraph.stopLayout());
  return page;
}

type Probe = {
  counts(): { nodes: number; edges: number };
  graph(): { forEachEdge(cb: (e: string, a: Record<string, unknown>, s: string, t: string) => void): void; nodes(): string[]; order: number } | null;
  camera(): { x: number; y: number; ratio: number } | null;
  nodeViewport(key: string): { x: number; y: number } | null;
  state(): { selected: string | null; relations: string[]; ego: { key: string; depth: number } | null; time: string | null };
  panelShows(): string | null;
  sigma(): { getCamera(): { setState(s: { x: number; y: number; ratio: number; angle: number }): void } };
};
const probe = <T>(page: Page, fn: (a: Probe) => T) =>
  page.evaluate(`(${fn.toString()})(window.__actorgraph)`) as Promise<T>;

const edgeTypes = (page: Page) => probe(page, (a) => {
  const types: string[] = [];
  a.graph()!.forEachEdge((_e, attr) => { types.push(String(attr.relation)); });
  return types;
});

/**
 * Clicks a node as a person would: centred in the view first (an overlay such as the notice may
 * cover its laid-out place), at its position once two frames agree (sigma draws a frame after
 * the last layout step; a position read before it is stale), and clicked again if the first
 * click was not taken.
 */
async function clickNode(page: Page, key: string): Promise<void> {
  const selected = () => probe(page, new Function('a', `return a.state().selected === ${JSON.stringify(key)}`) as (a: Probe) => boolean);
  const box = (await page.locator('#sigma').boundingBox())!;
  for (let attempt = 0; attempt < 3 && !(await selected()); attempt++) {
    await page.evaluate(`(() => {
      const s = window.__actorgraph.sigma();
      const d = s.getNodeDisplayData(${JSON.stringify(key)});
      s.getCamera().setState({ x: d.x, y: d.y, ratio: 1, angle: 0 });
    })()`);
    let at: { x: number; y: number } | null = null;
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const now = await probe(page, new Function('a', `return a.nodeViewport(${JSON.stringify(key)})`) as (a: Probe) => { x: number; y: number } | null);
      if (at && now && Math.abs(now.x - at.x) < 0.5 && Math.abs(now.y - at.y) < 0.5) break;
      at = now;
    }
    assert.ok(at, `${key} is drawn`);
    const onCanvas = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('#sigma') !== null, [box.x + at.x, box.y + at.y]);
    assert.ok(onCanvas, `${key} is not covered at ${JSON.stringify(at)}`);
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForFunction((k) => (window as unknown as { __actorgraph: { state(): { selected: string | null } } }).__actorgraph.state().selected === k, key, { timeout: 5000 }).catch(() => undefined);
  }
  assert.ok(await selected(), `clicking ${key} selects it`);
}

test('the canvas draws the graph: nodes placed in view, labels painted', async () => {
  const page = await open();
  const counts = await probe(page, (a) => a.counts());
  assert.ok(counts.nodes > 5 && counts.edges > 3, `on screen: ${JSON.stringify(counts)}`);
  // Sigma paints labels on a 2D canvas: count the pixels it painted.
  const painted = await page.evaluate(() => {
    let n = 0;
    for (const c of Array.from(document.querySelectorAll('#sigma canvas'))) {
      const ctx = (c as HTMLCanvasElement).getContext('2d');
      if (!ctx) continue;
      const data = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    }
    return n;
  });
  assert.ok(painted > 1000, `label pixels painted: ${painted}`);
  await page.screenshot({ path: path.join(OUT, 'viewer-seeds.png') });
  await page.context().close();
});

test('searching "Lavrov" focuses Sergei Lavrov: the camera moves and the panel shows him', async () => {
  const page = await open();
  const before = await probe(page, (a) => a.camera());
  await page.fill('#search', 'Lavrov');
  const option = page.locator('#search-results li[data-key]').first();
  await option.waitFor({ timeout: 15_000 });
  assert.match(await option.innerText(), /Lavrov/);
  await option.click();
  await page.waitForFunction(() => /Lavrov/.test(document.querySelector('#panel-body h2')?.textContent ?? ''), undefined, { timeout: 15_000 });
  // He is not in the default (core relations) view: his neighbourhood is laid out, then centred.
  await page.waitForFunction(() => !(window as unknown as { __actorgraph: { layoutRunning: boolean } }).__actorgraph.layoutRunning, undefined, { timeout: 10_000 });
  await page.waitForTimeout(700); // the camera animation
  const after = await probe(page, (a) => a.camera());
  assert.notDeepEqual(after, before, 'the camera moved');
  assert.equal(await probe(page, (a) => a.state().selected), 'Person:sergei lavrov');
  await page.screenshot({ path: path.join(OUT, 'viewer-lavrov.png') });
  await page.context().close();
});

test("clicking an edge's endpoint shows the evidence quotes, text of the article", async () => {
  const page = await open();
  // positions read while the layout still moves nodes miss them under load
  await page.waitForFunction(() => !(window as unknown as { __actorgraph: { layoutRunning: boolean } }).__actorgraph.layoutRunning, undefined, { timeout: 10_000 });
  // the endpoint farthest on screen from any other node: a click at its centre cannot land on a neighbour
  const endpoint = await probe(page, (a) => {
    const ends = new Set<string>();
    a.graph()!.forEachEdge((_e, _attr, s, t) => { ends.add(s); ends.add(t); });
    const at = a.graph()!.nodes().map((k) => [k, a.nodeViewport(k)] as const).filter((e) => e[1] !== null);
    let best: string | null = null;
    let bestGap = -1;
    for (const [k, p] of at) {
      if (!ends.has(k)) continue;
      let gap = Infinity;
      for (const [o, q] of at) if (o !== k) gap = Math.min(gap, Math.hypot(p!.x - q!.x, p!.y - q!.y));
      if (gap > bestGap) { bestGap = gap; best = k; }
    }
    return best;
  });
  assert.ok(endpoint);
  await clickNode(page, endpoint);
  // an actor with more than six relations shows them folded: open the first, as a reader would
  const first = page.locator('#panel-body details.relation').first();
  await first.waitFor({ timeout: 15_000 });
  if (!(await first.evaluate((d) => (d as HTMLDetailsElement).open))) await first.locator('summary').click();
  const quote = page.locator('#panel-body blockquote').first();
  await quote.waitFor({ timeout: 15_000 });
  const text = await quote.innerText();
  assert.ok(text.length > 10);
  assert.ok(squash(SEED_TEXT).includes(squash(text)), `the quote is article text: ${text}`);
  await page.screenshot({ path: path.join(OUT, 'viewer-evidence.png') });
  await page.context().close();
});

test('unticking SUPPORTS removes those edges, and the URL keeps the filter over a reload', async () => {
  const page = await open();
  assert.ok((await edgeTypes(page)).includes('SUPPORTS'));
  await page.uncheck('#relation-filters input[value="SUPPORTS"]');
  await page.waitForFunction(() => !/SUPPORTS/.test(new URLSearchParams(location.search).get('relations') ?? 'SUPPORTS'), undefined, { timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const types = await edgeTypes(page);
  assert.ok(types.length > 0 && !types.includes('SUPPORTS'), `edges now: ${[...new Set(types)].join(', ')}`);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __actorgraph?: { ready: boolean } }).__actorgraph?.ready);
  assert.equal(await page.isChecked('#relation-filters input[value="SUPPORTS"]'), false);
  assert.ok(!(await edgeTypes(page)).includes('SUPPORTS'));
  await page.context().close();
});

test('a write Cypher query is refused with a message; a read query draws its result', async () => {
  const page = await open();
  await page.fill('#cypher-query', "MATCH (n:Entity) SET n.name = 'x' RETURN n");
  await page.click('#cypher-run');
  // "Running…" shows first; wait for the answer.
  await page.waitForFunction(() => /writes|refused|error/i.test(document.querySelector('#cypher-message')?.textContent ?? ''), undefined, { timeout: 10_000 });
  assert.match(await page.innerText('#cypher-message'), /writes \(SET\)/);
  await page.fill('#cypher-query', 'MATCH (a:Entity)-[r:REPRESENTS]->(b:Entity) RETURN a, r, b');
  await page.click('#cypher-run');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('cypher'), undefined, { timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const types = new Set(await edgeTypes(page));
  assert.deepEqual([...types], ['REPRESENTS']);
  await page.context().close();
});

test('exports download parseable files: PNG, GEXF, GraphML, graphology JSON', async () => {
  const page = await open();
  const onScreen = await probe(page, (a) => a.counts());
  const grab = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const file = path.join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    return readFileSync(file);
  };
  const png = await grab('#export-png');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.length > 5000);
  const json = MultiGraph.from(JSON.parse((await grab('#export-json')).toString('utf8')));
  assert.deepEqual([json.order, json.size], [onScreen.nodes, onScreen.edges]);
  const gexf = parseGexf(MultiGraph, (await grab('#export-gexf')).toString('utf8'));
  assert.deepEqual([gexf.order, gexf.size], [onScreen.nodes, onScreen.edges]);
  const graphml = parseGraphml(MultiGraph, (await grab('#export-graphml')).toString('utf8'));
  assert.deepEqual([graphml.order, graphml.size], [onScreen.nodes, onScreen.edges]);
  await page.context().close();
});

test('focus on a neighbourhood and back, kept in the URL', async () => {
  const page = await open('?node=' + encodeURIComponent('State:russia'));
  await page.locator('#panel-body button[data-focus="1"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('ego') === 'State:russia', undefined, { timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const focused = await probe(page, (a) => a.counts());
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('ego'), undefined, { timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const whole = await probe(page, (a) => a.counts());
  assert.ok(focused.nodes < whole.nodes, `focus ${focused.nodes} < whole ${whole.nodes}`);
  await page.context().close();
});

const ready = (page: Page) => page.waitForFunction(() => {
  const a = (window as unknown as { __actorgraph?: { ready: boolean; layoutRunning: boolean } }).__actorgraph;
  return a?.ready && !a.layoutRunning;
}, undefined, { timeout: 20_000 });

test('the view round-trips through the URL: focus, selection and camera survive a reload', async () => {
  const page = await open('?node=' + encodeURIComponent('State:russia'));
  await page.locator('#panel-body button[data-focus="1"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('ego') === 'State:russia', undefined, { timeout: 15_000 });
  await ready(page);
  await probe(page, (a) => a.sigma().getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5, angle: 0 }));
  await page.waitForFunction(() => (new URLSearchParams(location.search).get('cam') ?? '').startsWith('0.3,0.6,0.5'), undefined, { timeout: 15_000 });
  const before = { state: await probe(page, (a) => a.state()), counts: await probe(page, (a) => a.counts()) };
  await page.reload();
  await ready(page);
  const camera = (await probe(page, (a) => a.camera()))!;
  assert.deepEqual([camera.x, camera.y, camera.ratio].map((n) => Math.round(n * 1000) / 1000), [0.3, 0.6, 0.5]);
  const state = await probe(page, (a) => a.state());
  assert.deepEqual(state.ego, { key: 'State:russia', depth: 1 });
  assert.equal(state.selected, 'State:russia');
  assert.deepEqual(await probe(page, (a) => a.counts()), before.counts);
  await page.waitForFunction(() => /Russia/.test(document.querySelector('#panel-body h2')?.textContent ?? ''), undefined, { timeout: 15_000 });
  await page.context().close();
});

test('on dated articles: the date slider (and play) shows the network up to a day; parallel relations are curved', async () => {
  const dated = await serveSeedGraph([path.join(ROOT, 'samples', 'fakes-sample.jsonl')]);
  try {
    const page = await open('?relations=SUPPORTS,OPPOSES,ATTACKS,CONSIDERS_TERRORIST,BESIEGES,NEGOTIATES_WITH,REPRESENTS,PART_OF,LOCATED_IN,CONTROLS', dated.url);
    const all = await probe(page, (a) => a.counts());
    const curved = await probe(page, (a) => {
      let n = 0;
      a.graph()!.forEachEdge((_e, attr) => { if (String(attr.type).startsWith('curved')) n++; });
      return n;
    });
    assert.ok(curved > 0, 'relations between the same two actors are drawn as curves');
    assert.equal(await page.isDisabled('#time-slider'), false);
    await page.evaluate(() => {
      const s = document.querySelector<HTMLInputElement>('#time-slider')!;
      s.value = String(Math.floor(Number(s.max) / 3));
      s.dispatchEvent(new Event('input'));
      s.dispatchEvent(new Event('change'));
    });
    await page.waitForFunction(() => new URLSearchParams(location.search).has('t'), undefined, { timeout: 15_000 });
    const t = (await probe(page, (a) => a.state())).time!;
    assert.match(t, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(await page.innerText('#time-label'), new RegExp(`up to ${t}`));
    const early = await probe(page, (a) => a.counts());
    assert.ok(early.edges < all.edges && early.nodes < all.nodes, `up to ${t}: ${JSON.stringify(early)} of ${JSON.stringify(all)}`);
    // Every edge still drawn rests on an article dated up to t.
    const late = await probe(page, new Function('a', `let n = 0; const g = a.graph(); g.forEachEdge((e, attr) => { if (attr.firstDate > ${JSON.stringify(t)}) n++; }); return n;`) as (a: Probe) => number);
    assert.ok(late > 0, 'some relations start after t (and are hidden)');
    await page.screenshot({ path: path.join(OUT, 'viewer-timeline.png') });
    await page.reload();
    await ready(page);
    assert.equal((await probe(page, (a) => a.state())).time, t);
    assert.deepEqual(await probe(page, (a) => a.counts()), early);
    // Play runs from there to the end.
    await page.click('#time-play');
    await page.waitForFunction(() => /^all/.test(document.querySelector('#time-label')?.textContent ?? ''), undefined, { timeout: 20_000 });
    assert.deepEqual(await probe(page, (a) => a.counts()), all);
    await page.context().close();
  } finally {
    await dated.close();
  }
});
