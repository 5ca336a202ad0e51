import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { openStore } from '../../graph/open.js';
import { createViewerServer } from '../../viewer/server/server.js';
import { EXIT, UserError } from '../errors.js';
import { storeSpec, withStoreOptions, type StoreArgs } from '../store-args.js';

interface ViewArgs extends StoreArgs { port: number; host: string }

export const command = 'view';
export const describe = 'explore the graph in the browser: starts a local web server and prints its URL';

/** The built page: dist/viewer/public, beside the compiled server. */
export const STATIC_DIR = fileURLToPath(new URL('../../viewer/public/', import.meta.url)).replace(/[\\/]$/, '');

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function builder(y: Argv) {
  return withStoreOptions(y)
    .option('port', { type: 'number', default: 7475, describe: 'port to listen on (0: any free port)' })
    .option('host', { type: 'string', default: '127.0.0.1', describe: 'address to bind; anything but loopback makes the graph reachable from other machines' })
    .example('$0 view --db ./graph.db', 'then open the printed URL')
    .example('$0 view --db ./graph.db --port 8080', '');
}

export async function handler(args: ArgumentsCamelCase<ViewArgs>): Promise<number> {
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new UserError('--port must be a whole number from 0 to 65535');
  if (!existsSync(`${STATIC_DIR}/index.html`)) throw new UserError(`the viewer's page is not built (${STATIC_DIR}/index.html is missing); run npm run build`);
  const host = args.host.replace(/^\[(.*)\]$/, '$1');
  if (!LOOPBACK.has(args.host)) {
    process.stderr.write(`actorgraph: warning: --host ${args.host} lets other machines reach the viewer and read the whole graph; it has no login. Use 127.0.0.1 unless you mean it.\n`);
  }
  const store = await openStore(storeSpec(args), { readOnly: true });
  const viewer = createViewerServer({ store, staticDir: STATIC_DIR });
  try {
    // Read the graph before listening, so a broken store fails here, with its message.
    const data = await viewer.cache.get();
    let url: string;
    try {
      url = await viewer.listen(args.port, host);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UserError(`port ${args.port} is in use; pick another with --port (0 picks a free one)`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`cannot listen on ${args.host}: no such address on this machine`);
      if (code === 'EACCES') throw new UserError(`not allowed to listen on port ${args.port}; use a port above 1023`);
      throw err;
    }
    // Listen for Ctrl-C before printing the URL: whoever reads it may stop us at once.
    const stopped = new Promise<void>((resolve) => {
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    process.stdout.write(`actorgraph viewer: ${url}\n`);
    process.stdout.write(`reading ${store.description}: ${data.snapshot.entities.length} entities, ${data.snapshot.relations.length} relations, ${data.snapshot.articles.length} articles; Ctrl-C to stop\n`);
    await stopped;
    return EXIT.ok;
  } finally {
    await viewer.close();
    await store.close();
  }
}
