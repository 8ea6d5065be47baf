// What the CLI's start loads: the pre-commit hook runs on every commit, and two costs crept in
// unnoticed before (micromatch, ~14 ms, loaded for one allowlist glob; string-width's
// Intl.Segmenter, ~55 ms, built at import). The real bin/leakgate.js runs under a preload that
// records every require() and every Intl.Segmenter made.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { makeRepo } from '../helpers/git-repo.js';
import { tempDir } from '../helpers/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/leakgate.js', import.meta.url));

const PRELOAD = `
const Module = require('node:module');
const { writeFileSync } = require('node:fs');
const required = new Set();
const load = Module._load;
Module._load = function (request, ...rest) { required.add(request); return load.call(this, request, ...rest); };
let segmenters = 0;
const Segmenter = Intl.Segmenter;
Intl.Segmenter = class extends Segmenter { constructor(...args) { super(...args); segmenters++; } };
process.on('exit', () => writeFileSync(process.env.STARTUP_OUT, JSON.stringify({ required: [...required], segmenters })));
`;

const traced = (args: readonly string[], cwd: string): { code: number | null; required: string[]; segmenters: number } => {
  const dir = tempDir();
  const preload = join(dir, 'preload.cjs');
  const out = join(dir, 'startup.json');
  writeFileSync(preload, PRELOAD);
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd, env: { ...process.env, STARTUP_OUT: out }, encoding: 'utf8' });
  return { code: run.status, ...(JSON.parse(readFileSync(out, 'utf8')) as { required: string[]; segmenters: number }) };
};

describe('what the CLI loads at start', () => {
  it('staged with the built-in rules loads no micromatch and builds no Intl.Segmenter', () => {
    const repo = makeRepo();
    repo.write({ 'app.env': `GITHUB_TOKEN=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    const run = traced(['staged', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.required).not.toContain('micromatch');
    expect(run.segmenters).toBe(0);
  });

  it('the trace sees both when they are needed: help text measures widths, a ** glob needs micromatch', () => {
    const repo = makeRepo();
    expect(traced(['--help'], repo.dir).segmenters).toBeGreaterThan(0);
    repo.write({ '.leakgate.toml': '[[allowlists]]\npaths = ["src/**/*.gen.ts"]\n', 'app.env': `GITHUB_TOKEN=${fakeGithubToken()}\n` });
    repo.git('add', '-A');
    const run = traced(['staged', '--format', 'json'], repo.dir);
    expect(run.code).toBe(1);
    expect(run.required).toContain('micromatch');
  });
});
