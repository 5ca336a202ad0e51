// The side panel: one entity's names, type, articles, and every relation in and out with its
// evidence (the quote, who said it, the article's title, date and source), read from /api/entity.
import { api, ApiFailure, type EntityResponse, type MetaResponse } from './api.js';
import { byId, el } from './dom.js';

export interface PanelActions {
  /** Show another entity (a relation's other end). */
  select(key: string): void;
  focus(key: string, depth: number): void;
  back(): void;
  canGoBack(): boolean;
  close(): void;
}

const ARROW = { out: '→', in: '←', both: '↔' } as const;

function articleLine(a: { title: string; date: string | null; source: string | null; url: string | null }): HTMLElement {
  const title = a.url && /^https?:\/\//i.test(a.url) ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: a.title }) : el('span', { class: 'title', text: a.title });
  const meta = [a.date, a.source].filter(Boolean).join(' · ');
  return el('span', { class: 'article' }, title, meta ? el('span', { class: 'muted', text: ` — ${meta}` }) : null);
}

export class Panel {
  private readonly root = byId('panel');
  private readonly body = byId('panel-body');
  private request = 0;
  /** The key shown, once its details arrived. */
  shown: string | null = null;

  constructor(private readonly meta: MetaResponse, private readonly actions: PanelActions) {
    byId('panel-close').addEventListener('click', () => actions.close());
  }

  hide(): void {
    this.request++;
    this.shown = null;
    this.root.hidden = true;
    this.body.replaceChildren();
  }

  /** Shows a node: an entity from the server, or the plain attributes of another Cypher node. */
  async show(key: string, attributes: Record<string, unknown> | null): Promise<void> {
    const ticket = ++this.request;
    this.root.hidden = false;
    const isEntity = /^(Person|State|Group|Place):/.test(key);
    if (!isEntity) {
      this.renderPlain(key, attributes ?? {});
      this.shown = key;
      return;
    }
    this.body.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    try {
      const entity = await api.entity(key);
      if (ticket !== this.request) return;
      this.render(entity);
      this.shown = key;
    } catch (err) {
      if (ticket !== this.request) return;
      this.body.replaceChildren(el('p', { class: 'error', text: err instanceof ApiFailure ? err.message : String(err) }));
    }
  }

  private color(type: string, kind: 'entity' | 'relation'): string {
    const list = kind === 'entity' ? this.meta.entityTypes : this.meta.relationTypes;
    return list.find((t) => t.type === type)?.color ?? '#888';
  }

  private focusButtons(key: string): HTMLElement {
    const bar = el('div', { class: 'buttons' });
    for (const depth of [1, 2]) {
      const b = el('button', { type: 'button', 'data-focus': depth, text: `Neighbourhood ${depth}` });
      b.addEventListener('click', () => this.actions.focus(key, depth));
      bar.append(b);
    }
    if (this.actions.canGoBack()) {
      const back = el('button', { type: 'button', 'data-back': '', text: '← Back' });
      back.addEventListener('click', () => this.actions.back());
      bar.append(back);
    }
    return bar;
  }

  private render(e: EntityResponse): void {
    const head = el('div', { class: 'entity-head' },
      el('h2', { text: e.name }),
      el('span', { class: 'badge', style: `background:${this.color(e.type, 'entity')}`, text: e.type }),
    );
    const aliases = e.aliases.length ? el('p', { class: 'aliases' }, el('span', { class: 'muted', text: 'Also: ' }), e.aliases.join(', ')) : null;
    const relations = el('section', { class: 'relations' }, el('h3', { text: `Relations (${e.relations.length})` }));
    if (!e.relations.length) relations.append(el('p', { class: 'muted', text: 'No relation is recorded for this actor.' }));
    for (const r of e.relations) {
      const other = el('a', { href: '#', class: 'other', text: r.other.name });
      other.addEventListener('click', (ev) => { ev.preventDefault(); this.actions.select(r.other.key); });
      const dates = r.firstDate ? (r.firstDate === r.lastDate ? r.firstDate : `${r.firstDate} – ${r.lastDate}`) : '';
      const item = el('details', { class: 'relation', open: e.relations.length <= 6 },
        el('summary', {},
          el('span', { class: 'rel-type', style: `color:${this.color(r.type, 'relation')}`, text: `${ARROW[r.direction]} ${r.type}` }), ' ', other,
          el('span', { class: 'muted', text: ` ${r.articles} article${r.articles === 1 ? '' : 's'}${dates ? `, ${dates}` : ''}` }),
        ),
      );
      const list = el('ul', { class: 'evidence' });
      for (const ev of r.evidence) {
        list.append(el('li', {},
          el('blockquote', { text: ev.quote }),
          ev.speaker ? el('div', { class: 'speaker', text: `said by ${ev.speaker}` }) : null,
          el('div', { class: 'source' }, articleLine(ev.article)),
        ));
      }
      item.append(list);
      relations.append(item);
    }
    const articles = el('section', { class: 'articles' }, el('h3', { text: `Articles (${e.articles.length})` }));
    const list = el('ul', {});
    for (const a of e.articles.slice(0, 200)) list.append(el('li', {}, articleLine(a)));
    if (e.articles.length > 200) list.append(el('li', { class: 'muted', text: `… and ${e.articles.length - 200} more` }));
    articles.append(list);
    this.body.replaceChildren(head, aliases ?? '', this.focusButtons(e.key), relations, articles);
  }

  private renderPlain(key: string, attributes: Record<string, unknown>): void {
    const rows = el('dl', { class: 'props' });
    for (const [k, v] of Object.entries(attributes)) {
      if (['x', 'y', 'size', 'color', 'label', 'entityType', 'fixed', 'placeholder', 'highlighted'].includes(k)) continue;
      rows.append(el('dt', { text: k }), el('dd', { text: typeof v === 'string' ? v : JSON.stringify(v) }));
    }
    this.body.replaceChildren(el('h2', { text: String(attributes.label ?? key) }), el('p', { class: 'muted', text: String(attributes.entityType ?? 'node') }), rows);
  }
}
