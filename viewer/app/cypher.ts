// The Cypher box: a read-only query whose nodes, relationships and paths become the graph on
// screen. The server refuses write clauses; its message is shown here.
import { api, ApiFailure, type CypherResponse } from './api.js';
import { byId } from './dom.js';

export const CYPHER_EXAMPLE = 'MATCH (a:Entity)-[r:SUPPORTS]->(b:Entity)\nWHERE r.articles >= 2\nRETURN a, r, b';

export class CypherBox {
  private readonly input = byId<HTMLTextAreaElement>('cypher-query');
  private readonly run = byId<HTMLButtonElement>('cypher-run');
  private readonly clear = byId<HTMLButtonElement>('cypher-clear');
  private readonly message = byId('cypher-message');

  constructor(private readonly actions: { show(query: string, result: CypherResponse): void; leave(): void }) {
    this.input.placeholder = CYPHER_EXAMPLE;
    this.run.addEventListener('click', () => void this.submit());
    this.clear.addEventListener('click', () => actions.leave());
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void this.submit(); }
    });
  }

  /** Runs a query; on success the graph shows its result, on failure the message says why. */
  async submit(query = this.input.value.trim()): Promise<CypherResponse | null> {
    if (!query) { this.say('Type a query, e.g. ' + CYPHER_EXAMPLE.replace(/\n/g, ' '), 'error'); return null; }
    this.input.value = query;
    this.run.disabled = true;
    this.say('Running…', 'info');
    try {
      const result = await api.cypher(query);
      this.describe(result);
      this.actions.show(query, result);
      return result;
    } catch (err) {
      this.say(err instanceof ApiFailure ? err.message : String(err), 'error');
      return null;
    } finally {
      this.run.disabled = false;
    }
  }

  describe(result: CypherResponse): void {
    const { nodes, edges } = result.graph;
    const rows = `${result.rowCount} row${result.rowCount === 1 ? '' : 's'}${result.truncated ? ' (cut at the row limit)' : ''}`;
    if (!nodes.length) {
      const sample = result.rows.slice(0, 5).map((r) => JSON.stringify(r)).join('\n');
      this.say(`${rows}; no nodes, relationships or paths to draw (return them to see a graph).${sample ? '\n' + sample : ''}`, 'info');
    } else {
      this.say(`${rows}: ${nodes.length} nodes, ${edges.length} relationships on screen.`, 'ok');
    }
  }

  /** Shows the query of a view restored from the URL. */
  setQuery(query: string | null): void {
    this.input.value = query ?? '';
    this.clear.hidden = query === null;
    if (query === null) this.say('', 'info');
  }

  say(text: string, kind: 'info' | 'ok' | 'error'): void {
    this.message.textContent = text;
    this.message.className = `message ${kind}`;
  }
}
