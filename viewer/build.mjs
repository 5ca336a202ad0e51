// Builds the viewer's page into dist/viewer/public: type-checks viewer/app (its own tsconfig,
// with the DOM), bundles it with esbuild (sigma, graphology and the layout worker included; no
// CDN), and copies index.html and style.css. Run by `npm run build` after tsc.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(root, 'viewer', 'app');
const out = path.join(root, 'dist', 'viewer', 'public');
const watch = process.argv.includes('--watch');

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const check = spawnSync(process.execPath, [tsc, '-p', path.join(app, 'tsconfig.json')], { stdio: 'inherit' });
if (check.status !== 0) {
  process.stderr.write('viewer/build.mjs: the viewer app has type errors\n');
  process.exit(check.status ?? 1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
copyFileSync(path.join(app, 'index.html'), path.join(out, 'index.html'));
copyFileSync(path.join(app, 'style.css'), path.join(out, 'style.css'));

const options = {
  entryPoints: [path.join(app, 'main.ts')],
  outfile: path.join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  process.stdout.write(`viewer/build.mjs: watching viewer/app, writing ${path.relative(root, out)}\n`);
} else {
  const result = await esbuild.build({ ...options, metafile: true });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
  process.stdout.write(`viewer: built ${path.relative(root, out)} (${Math.round(bytes / 1024)} KB with source map)\n`);
}
