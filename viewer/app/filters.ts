// The filter column: relation types and entity types (checkboxes with their colours, which double
// as the legend), article sources, a date range, and whether to keep actors without relations.
import type { MetaResponse } from './api.js';
import { byId, debounce, el } from './dom.js';
import type { ViewState } from './url-state.js';

export type FilterPatch = Partial<Pick<ViewState, 'relations' | 'entityTypes' | 'sources' | 'from' | 'to' | 'isolated'>>;

export class Filters {
  private readonly relationBoxes = new Map<string, HTMLInputElement>();
  private readonly entityBoxes = new Map<string, HTMLInputElement>();
  private readonly sourceBoxes = new Map<string, HTMLInputElement>();
  private readonly from = byId<HTMLInputElement>('date-from');
  private readonly to = byId<HTMLInputElement>('date-to');
  private readonly isolated = byId<HTMLInputElement>('isolated');

  constructor(private readonly meta: MetaResponse, private readonly change: (patch: FilterPatch) => void) {
    const emit = debounce(() => this.change(this.read()), 150);
    const box = (name: string, value: string, color: string, label: string, count: number, title = '') => {
      const input = el('input', { type: 'checkbox', name, value });
      input.addEventListener('change', emit);
      const row = el('label', { class: 'check', title },
        input,
        el('span', { class: name === 'relation' ? 'swatch line' : 'swatch', style: `background:${color}` }),
        el('span', { text: label }),
        el('span', { class: 'count', text: String(count) }),
      );
      return { input, row };
    };
    const relations = byId('relation-filters');
    for (const t of meta.relationTypes) {
      const { input, row } = box('relation', t.type, t.color, t.type + (t.core ? ' ★' : ''), t.count, t.meaning);
      this.relationBoxes.set(t.type, input);
      relations.append(row);
    }
    const quick = el('div', { class: 'quick' });
    const presets: Array<[string, string[]]> = [['core', meta.defaults.relations], ['all', meta.relationTypes.map((t) => t.type)], ['none', []]];
    for (const [label, pick] of presets) {
      const b = el('button', { type: 'button', text: label });
      b.addEventListener('click', () => { for (const [t, i] of this.relationBoxes) i.checked = pick.includes(t); emit(); });
      quick.append(b);
    }
    relations.append(quick);
    const entities = byId('entity-filters');
    for (const t of meta.entityTypes) {
      const { input, row } = box('entity', t.type, t.color, t.type, t.count);
      this.entityBoxes.set(t.type, input);
      entities.append(row);
    }
    const sources = byId('source-filters');
    if (!meta.sources.length) sources.append(el('p', { class: 'muted', text: 'The articles name no source.' }));
    for (const s of meta.sources) {
      const { input, row } = box('source', s.source, 'transparent', s.source, s.articles);
      this.sourceBoxes.set(s.source, input);
      sources.append(row);
    }
    for (const input of [this.from, this.to]) {
      if (meta.dates.min) input.min = meta.dates.min;
      if (meta.dates.max) input.max = meta.dates.max;
      input.disabled = !meta.dates.dated;
      input.addEventListener('change', emit);
    }
    if (!meta.dates.dated) byId('date-range').title = 'The articles carry no dates.';
    this.isolated.addEventListener('change', emit);
  }

  /** Shows a state's filters (on load and on back/forward). */
  show(s: ViewState): void {
    for (const [t, i] of this.relationBoxes) i.checked = s.relations.includes(t);
    for (const [t, i] of this.entityBoxes) i.checked = s.entityTypes.includes(t);
    for (const [t, i] of this.sourceBoxes) i.checked = s.sources.includes(t);
    this.from.value = s.from ?? '';
    this.to.value = s.to ?? '';
    this.isolated.checked = s.isolated;
  }

  private read(): FilterPatch {
    const ticked = (m: Map<string, HTMLInputElement>) => [...m].filter(([, i]) => i.checked).map(([t]) => t);
    let from = this.from.value || null;
    let to = this.to.value || null;
    if (from && to && from > to) [from, to] = [to, from];
    return { relations: ticked(this.relationBoxes), entityTypes: ticked(this.entityBoxes), sources: ticked(this.sourceBoxes), from, to, isolated: this.isolated.checked };
  }
}

/** The legend over the canvas: the entity and relation types on screen, with their colours. */
export function renderLegend(meta: MetaResponse, entityCounts: Map<string, number>, relationCounts: Map<string, number>): void {
  const box = byId('legend');
  const row = (color: string, label: string, n: number, line: boolean) =>
    el('div', { class: 'legend-row' }, el('span', { class: line ? 'swatch line' : 'swatch', style: `background:${color}` }), el('span', { text: `${label} ${n}` }));
  const rows: HTMLElement[] = [];
  for (const t of meta.entityTypes) if (entityCounts.get(t.type)) rows.push(row(t.color, t.type, entityCounts.get(t.type)!, false));
  for (const [type, n] of entityCounts) if (!meta.entityTypes.some((t) => t.type === type)) rows.push(row('#6b7280', type, n, false));
  for (const t of meta.relationTypes) if (relationCounts.get(t.type)) rows.push(row(t.color, t.type, relationCounts.get(t.type)!, true));
  for (const [type, n] of relationCounts) if (!meta.relationTypes.some((t) => t.type === type)) rows.push(row('#9ca3af', type, n, true));
  box.replaceChildren(el('div', { class: 'legend-title', text: 'Node size: articles mentioning the actor' }), ...rows);
  box.hidden = rows.length === 0;
}
