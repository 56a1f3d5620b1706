import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** scripts/check-architecture.mjs, the layer check of `npm run lint` (docs/architecture.md). */
const check = (root?: string) =>
  spawnSync(process.execPath, ['scripts/check-architecture.mjs', ...(root ? ['--root', root] : [])], { encoding: 'utf8' });

/** A copy of src/ to plant a bad import in. */
function copyOfSrc(): string {
  const copy = path.join(mkdtempSync(path.join(tmpdir(), 'sfa-arch-')), 'src');
  cpSync(path.resolve('src'), copy, { recursive: true });
  return copy;
}

describe('architecture check', () => {
  it('passes on the source as it is', () => {
    const result = check();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails on an upward import: a rule importing a reporter', () => {
    const src = copyOfSrc();
    appendFileSync(path.join(src, 'rules', 'severity.ts'), "\nexport { formatText as planted } from '../report/text.js';\n");
    const result = check(src);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('rules/severity (analysis) imports report/text (io): an upward import');
  });

  it('fails when a script reader reaches for the workflow model, even for a type', () => {
    const src = copyOfSrc();
    appendFileSync(path.join(src, 'shell', 'commands.ts'), "\nexport type { Step as Planted } from '../model/types.js';\n");
    const result = check(src);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('shell/commands (scripts) imports model/types (workflow): an upward import');
  });

  it('fails on a cycle, even one made of type-only imports within a layer', () => {
    const src = copyOfSrc();
    appendFileSync(path.join(src, 'rules', 'text.ts'), "\nexport type { Rule as Planted } from './types.js';\n");
    appendFileSync(path.join(src, 'rules', 'types.ts'), "\nexport type { Planted as Back } from './text.js';\n");
    const result = check(src);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/import cycle among: .*rules\/t(ext|ypes)/);
  });

  it('fails on a module that belongs to no layer', () => {
    const src = copyOfSrc();
    appendFileSync(path.join(src, 'stray.ts'), 'export const stray = 1;\n');
    const result = check(src);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('stray: in no layer');
  });
});
