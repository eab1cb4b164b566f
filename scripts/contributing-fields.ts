/**
 * `node scripts/contributing-fields.ts`: rewrites the field tables in CONTRIBUTING.md from
 * the schemas. Run it after changing a schema; tests/content/contributing.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withFieldSection } from '../src/authoring/field-docs.ts';

const file = path.resolve(import.meta.dirname, '../CONTRIBUTING.md');
writeFileSync(file, withFieldSection(readFileSync(file, 'utf8')));
console.log('已更新 CONTRIBUTING.md 的字段表。');
