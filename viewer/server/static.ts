// The page's files, served from the built bundle folder: known content types only, no directory
// listing, nothing outside the folder (encoded "..", backslashes and NUL are refused).
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { HttpError } from './http-error.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names inside root, or an HttpError. */
export function resolveStatic(root: string, urlPath: string): string {
  let decoded: string;
  try { decoded = decodeURIComponent(urlPath); } catch { throw new HttpError(400, 'malformed URL encoding'); }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new HttpError(400, 'bad path');
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) throw new HttpError(403, 'path outside the viewer');
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) throw new HttpError(403, 'path outside the viewer');
  // Dot files are never part of the bundle.
  if (segments.some((s) => s.startsWith('.'))) throw new HttpError(404, 'not found');
  return file;
}

export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const file = resolveStatic(root, urlPath);
  const type = TYPES[path.extname(file).toLowerCase()];
  let stat;
  try { stat = await fs.stat(file); } catch { throw new HttpError(404, 'not found'); }
  if (!stat.isFile() || !type) throw new HttpError(404, 'not found');
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': stat.size,
    'Cache-Control': path.extname(file) === '.html' ? 'no-cache' : 'public, max-age=300',
  });
  if (req.method === 'HEAD') { res.end(); return; }
  await new Promise<void>((resolve, reject) => {
    const stream = createReadStream(file);
    stream.on('error', reject);
    res.on('close', resolve);
    stream.pipe(res);
  });
}
