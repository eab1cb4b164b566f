// A synthetic course of N modules for measuring how the build grows: the real terms,
// policies and units, the real eleven modules, and copies of them under new ids, all on
// a generated timetable. Written to a temporary folder, never committed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MODULES_PER_DAY = 14;

function withFrontmatter(source, changes) {
  const [, front, ...body] = source.split(/^---$/m);
  let yaml = front;
  for (const [key, value] of Object.entries(changes)) yaml = yaml.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
  return ['', yaml, ...body].join('---');
}

function isoDay(start, offset) {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** @returns {string} the content folder (remove it with fs.rmSync when done) */
export function syntheticCorpus(sourceDir, moduleCount) {
  const dir = mkdtempSync(path.join(tmpdir(), 'handbook-corpus-'));
  cpSync(sourceDir, dir, { recursive: true });
  const modulesDir = path.join(dir, 'modules');
  const real = readdirSync(modulesDir).filter((f) => f.endsWith('.mdx')).sort();
  const ids = real.map((f) => f.slice(0, -4));
  for (let i = real.length; i < moduleCount; i++) {
    const source = readFileSync(path.join(modulesDir, real[i % real.length]), 'utf8');
    const title = /^title: (.*)$/m.exec(source)[1];
    const id = `synthetic-${String(i).padStart(4, '0')}`;
    writeFileSync(path.join(modulesDir, `${id}.mdx`), withFrontmatter(source, { title: `${title}（副本${i}）`, order: 100 + i, aliases: '[]' }));
    ids.push(id);
  }
  const programmePath = path.join(dir, 'programme', 'course.yaml');
  const programme = readFileSync(programmePath, 'utf8');
  const days = [];
  for (let d = 0; d * MODULES_PER_DAY < ids.length; d++) {
    const sessions = ids.slice(d * MODULES_PER_DAY, (d + 1) * MODULES_PER_DAY).map((id) => `      - kind: 专题讲座\n        module: ${id}`);
    days.push(`  - date: ${isoDay('2015-07-27', d)}\n    start: "08:00"\n    sessions:\n${sessions.join('\n')}`);
  }
  writeFileSync(programmePath, programme.replace(/^days:\n[\s\S]*?(?=^\S)/m, `days:\n${days.join('\n')}\n`));
  return dir;
}

export function removeCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
}
