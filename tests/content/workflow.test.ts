import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/model/index.ts';
import { ROOT } from './fixtures.ts';

/** The repository's own CI and editor settings: valid, and doing what CONTRIBUTING.md promises. */

const WORKFLOW = readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('.github/workflows/ci.yml', () => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(WORKFLOW).errors).toEqual([]);
  });

  it('is checked by a validator that does reject a broken workflow', () => {
    const broken = WORKFLOW.replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  const workflow = parse(WORKFLOW) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((s) => s.run?.trim()).filter(Boolean);

  it('runs on pull requests with the full git history', () => {
    expect(workflow.on).toHaveProperty('pull_request');
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('installs, checks, tests and builds as .ci/run does', () => {
    const order = ['npm ci', 'npm run check', 'npm test'].map((command) => runs.indexOf(command));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).toMatch(/"test": "[^"]*npm run build/);
  });

  it('keeps the built site and the PDF as artifacts', () => {
    const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')).map((s) => s.with?.path);
    expect(uploads).toEqual(['dist/', 'dist/handbook.pdf']);
  });
});

describe('editor settings', () => {
  const settings = JSON.parse(readFileSync(path.join(ROOT, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
  const yamlCollections = Object.entries(COLLECTIONS).filter(([, c]) => c.ext === '.yaml');

  it('wire the schema Astro generates for every YAML collection to its files', () => {
    expect(Object.entries(settings['yaml.schemas']).sort()).toEqual(
      yamlCollections.map(([name, c]) => [`.astro/collections/${name}.schema.json`, `src/content/${c.dir}/*.yaml`]).sort(),
    );
  });

  it('point at files that astro sync generates', () => {
    const sync = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['sync'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(sync.status, sync.stdout + sync.stderr).toBe(0);
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(path.join(ROOT, schema)), schema).toBe(true);
  });

  it('recommend the YAML, Astro and MDX extensions', () => {
    const { recommendations } = JSON.parse(readFileSync(path.join(ROOT, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };
    expect(recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode', 'unifiedjs.vscode-mdx']));
  });
});
