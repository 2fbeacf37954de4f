// What web/build.mjs and geo/build.mjs share: one-line failures, the OUTDIR argument, and the
// check that node_modules holds exactly the versions package.json pins.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export function fail(message) {
  process.stderr.write(`build.mjs: ${message}\n`);
  process.exit(2);
}

export function parseOutDir(argv) {
  if (argv.length !== 1 || argv[0].startsWith('-')) {
    fail('usage: node build.mjs OUTDIR');
  }
  return resolve(argv[0]);
}

// A stale or hand-edited node_modules would silently build from other versions than the ones
// package.json pins, so check each installed version against its pin.
export function checkInstalledVersions(folder) {
  const modules = join(folder, 'node_modules');
  const again = `run npm ci in ${basename(folder)}/ first`;
  if (!existsSync(modules)) {
    fail(`${modules} is missing: ${again}`);
  }
  const pins = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).dependencies;
  for (const [name, pinned] of Object.entries(pins)) {
    const manifest = join(modules, name, 'package.json');
    if (!existsSync(manifest)) {
      fail(`${name} is not installed in ${modules}: ${again}`);
    }
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (installed !== pinned) {
      fail(`${name} ${installed} is installed but package.json pins ${pinned}: ${again}`);
    }
  }
}
