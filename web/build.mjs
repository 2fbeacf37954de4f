#!/usr/bin/env node
// Copies the sitrep dashboard into OUTDIR: the hand-written page from src/ plus the
// vendored libraries and the world map from node_modules/ (installed by `npm ci`).
//
//   node build.mjs OUTDIR        e.g. node build.mjs ../target/classes/org/sitrep/web
//
// No bundler on purpose: the page loads the libraries' own minified UMD builds, so what
// is served is exactly what npm installed, and the build needs nothing but Node.
// Exit codes follow the house style: 0 done, 2 usage or setup error.

import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalledVersions, fail, parseOutDir } from '../build-support/npm-pins.mjs';

const WEB = dirname(fileURLToPath(import.meta.url));
const SRC = join(WEB, 'src');
const MODULES = join(WEB, 'node_modules');

// The page itself: src/NAME -> OUTDIR/NAME. The script is app.js and the ES modules it
// imports, one file each in src/, so every src/*.js is served next to index.html.
const PAGE_FILES = ['index.html', 'style.css'];

// Vendored files: [package, file inside the package, destination under OUTDIR].
const VENDOR = [
  ['echarts', 'dist/echarts.min.js', 'vendor/echarts.min.js'],
  ['cytoscape', 'dist/cytoscape.min.js', 'vendor/cytoscape.min.js'],
  ['topojson-client', 'dist/topojson-client.min.js', 'vendor/topojson-client.min.js'],
  ['world-atlas', 'countries-110m.json', 'vendor/countries-110m.json'],
];

// Licence texts of everything that ends up in the served files. echarts.min.js bundles
// zrender and tslib helpers, so their licences travel with it.
const LICENSES = [
  ['echarts', 'LICENSE', 'echarts-LICENSE.txt'],
  ['echarts', 'NOTICE', 'echarts-NOTICE.txt'],
  ['echarts', 'licenses/LICENSE-d3', 'echarts-LICENSE-d3.txt'],
  ['zrender', 'LICENSE', 'zrender-LICENSE.txt'],
  ['tslib', 'LICENSE.txt', 'tslib-LICENSE.txt'],
  ['cytoscape', 'LICENSE', 'cytoscape-LICENSE.txt'],
  ['topojson-client', 'LICENSE', 'topojson-client-LICENSE.txt'],
  ['world-atlas', 'LICENSE', 'world-atlas-LICENSE.txt'],
];




/** index.html, style.css and every script in src/; app.js, the entry point, must be one. */
function pageFiles() {
  const scripts = readdirSync(SRC).filter((name) => name.endsWith('.js')).sort();
  if (!scripts.includes('app.js')) {
    fail(`${join(SRC, 'app.js')} is missing: it is the page's entry point`);
  }
  return [...PAGE_FILES, ...scripts];
}

function copy(from, to) {
  if (!existsSync(from)) {
    fail(`missing input ${from}: run npm ci in web/ first`);
  }
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
  return statSync(to).size;
}

function build(outDir) {
  checkInstalledVersions(WEB);
  let bytes = 0;
  let files = 0;
  const add = (from, to) => {
    bytes += copy(from, join(outDir, to));
    files += 1;
  };
  for (const name of pageFiles()) add(join(SRC, name), name);
  for (const [pkg, file, to] of VENDOR) add(join(MODULES, pkg, file), to);
  for (const [pkg, file, to] of LICENSES) add(join(MODULES, pkg, file), join('vendor/licenses', to));
  process.stderr.write(`build.mjs: ${files} files, ${bytes} bytes -> ${outDir}\n`);
}

build(parseOutDir(process.argv.slice(2)));
