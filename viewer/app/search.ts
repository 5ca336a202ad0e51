// The search box: suggestions by any name or alias as you type (/api/search), arrows and Enter
// to pick; the pick moves the camera to the actor and opens its panel.
import { api, ApiFailure, type SearchResponse } from './api.js';
import { byId, debounce, el } from './dom.js';

export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search');
  private readonly list = byId<HTMLUListElement>('search-results');
  private results: SearchResponse['results'] = [];
  private active = -1;
  private ticket = 0;
  private lastQuery = '';

  constructor(private readonly pick: (key: string, name: string) => void) {
    const lookup = debounce(() => void this.lookup(), 120);
    this.input.addEventListener('input', lookup);
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 200));
    this.input.addEventListener('focus', () => { if (this.results.length) this.list.hidden = false; });
  }

  private async lookup(): Promise<SearchResponse | null> {
    const q = this.input.value.trim();
    const ticket = ++this.ticket;
    if (!q) { this.close(); return null; }
    try {
      const res = await api.search(q);
      if (ticket !== this.ticket) return null;
      this.results = res.results;
      this.lastQuery = q;
      this.active = res.results.length ? 0 : -1;
      this.render(res);
      return res;
    } catch (err) {
      if (ticket !== this.ticket) return null;
      this.list.replaceChildren(el('li', { class: 'error', text: err instanceof ApiFailure ? err.message : String(err) }));
      this.list.hidden = false;
      return null;
    }
  }

  private render(res: SearchResponse): void {
    this.list.replaceChildren();
    res.results.forEach((r, i) => {
      const li = el('li', { role: 'option', class: i === this.active ? 'active' : '', 'data-key': r.key },
        el('span', { class: 'name', text: r.name }),
        el('span', { class: 'muted', text: ` ${r.type}, ${r.articles} article${r.articles === 1 ? '' : 's'}${r.matched ? ` (as “${r.matched}”)` : ''}` }),
      );
      li.addEventListener('mousedown', (e) => { e.preventDefault(); this.choose(i); });
      this.list.append(li);
    });
    if (!res.results.length) {
      this.list.append(el('li', { class: 'muted', text: res.suggestions.length ? `Nothing named so. Did you mean ${res.suggestions.join(', ')}?` : 'No actor by that name.' }));
    }
    this.list.hidden = false;
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.results.length) return;
      e.preventDefault();
      this.active = (this.active + (e.key === 'ArrowDown' ? 1 : -1) + this.results.length) % this.results.length;
      [...this.list.children].forEach((c, i) => c.classList.toggle('active', i === this.active));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.results.length && this.lastQuery === this.input.value.trim()) { this.choose(Math.max(0, this.active)); return; }
      // Enter right after typing: look up first, then take the best match.
      void this.lookup().then(() => { if (this.results.length) this.choose(0); });
    } else if (e.key === 'Escape') {
      this.close();
    }
  }

  private choose(i: number): void {
    const r = this.results[i];
    if (!r) return;
    this.input.value = r.name;
    this.close();
    this.pick(r.key, r.name);
  }

  private close(): void {
    this.list.hidden = true;
  }
}
