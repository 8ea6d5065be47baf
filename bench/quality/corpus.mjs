// Builds the labelled code base: decides which file each secret and decoy goes to, renders every
// file (header, filler, the planted snippets in the file's own syntax) and records, for each planted
// value, the file and line(s) it ended up on.
import { createRandom, ALNUM, B64, HEX, LOWER_ALNUM, DIGITS } from './prng.mjs';
import { GENERATORS, RAW_SECRETS, WORDS, jwt, password } from './secrets.mjs';
import { ASSIGN_DECOYS, RAW_DECOYS } from './decoys.mjs';
import { assign, assignPem, PEM_KINDS, camel, snake, upper } from './render.mjs';
import { filler, jsonKV, tomlKV, iniKV, propsKV } from './filler.mjs';
import {
  bitcoinWif,
  checksumToken,
  ecPkcs8,
  ecSec1,
  ed25519Pkcs8,
  encryptedPkcs1,
  encryptedPkcs8,
  fakeCertificate,
  opensshEd25519,
  pgpPrivateBlock,
  rsaPkcs1,
  rsaPkcs8,
  sha256b64,
  sha512b64,
  sshRsaPublic,
} from './crypto-material.mjs';

// ------------------------------------------------------------------------------------------ slots
// Ordinary files: any secret or decoy may land in them. `decoysOnly` files take only the listed
// decoy categories (a test suite, translations, a stylesheet, a .env.example).
const SLOTS = [
  ['src/services/payments.js', 'js'], ['src/lib/notifications.js', 'js'], ['src/config/index.js', 'js'], ['scripts/seed-data.js', 'js'], ['hardhat.config.js', 'js'], ['src/workers/sync.js', 'js'], ['web/src/api/client.js', 'js'],
  ['src/integrations/openai.ts', 'ts'], ['src/integrations/github.ts', 'ts'], ['src/server/config.ts', 'ts'], ['apps/admin/src/env.ts', 'ts'], ['packages/sdk/src/client.ts', 'ts'],
  ['app/settings.py', 'py'], ['app/integrations/aws.py', 'py'], ['app/tasks/reports.py', 'py'], ['scripts/backfill.py', 'py'], ['services/ml/inference.py', 'py'], ['app/billing/stripe_gateway.py', 'py'],
  ['internal/config/config.go', 'go'], ['cmd/worker/main.go', 'go'], ['internal/notify/slack.go', 'go'], ['pkg/storage/s3.go', 'go'],
  ['src/main/java/com/acme/billing/BillingConfig.java', 'java'], ['src/main/java/com/acme/integrations/PartnerClient.java', 'java'], ['src/main/java/com/acme/search/SearchModule.java', 'java'],
  ['config/initializers/services.rb', 'rb'], ['app/services/payment_gateway.rb', 'rb'], ['lib/tasks/sync.rake', 'rb'],
  ['.github/workflows/deploy.yml', 'ci-yaml'], ['.github/workflows/release.yml', 'ci-yaml'], ['.github/workflows/nightly.yml', 'ci-yaml'], ['.gitlab-ci.yml', 'ci-yaml'], ['.circleci/config.yml', 'ci-yaml'],
  ['config/application.yml', 'yaml'], ['config/services.yml', 'yaml'], ['helm/values-prod.yaml', 'yaml'], ['docker-compose.yml', 'yaml'],
  ['k8s/secrets.yaml', 'k8s'], ['k8s/deployment.yaml', 'k8s'], ['k8s/platform.yaml', 'k8s'],
  ['Dockerfile', 'docker'], ['docker/worker.Dockerfile', 'docker'],
  ['.env', 'env', { sensitive: true }], ['services/api/.env.production', 'env', { sensitive: true }], ['services/web/.env.local', 'env', { sensitive: true }],
  ['config/default.json', 'json'], ['config/production.json', 'json'], ['appsettings.Production.json', 'json'], ['firebase-functions/.runtimeconfig.json', 'json'],
  ['config/app.toml', 'toml'], ['netlify.toml', 'toml'], ['pyproject.toml', 'toml'],
  ['config/app.ini', 'ini'], ['alembic.ini', 'ini'],
  ['src/main/resources/application.properties', 'props'], ['src/main/resources/application-prod.properties', 'props'], ['gradle.properties', 'props'],
  ['scripts/deploy.sh', 'sh'], ['scripts/bootstrap.sh', 'sh'], ['scripts/backup.sh', 'sh'], ['ci/publish.sh', 'sh'],
  ['README.md', 'md'], ['docs/setup.md', 'md'], ['docs/runbooks/incident.md', 'md'], ['docs/integrations.md', 'md'], ['CONTRIBUTING.md', 'md'],
  ['infra/main.tf', 'tf'], ['infra/modules/db/main.tf', 'tf'], ['infra/providers.tf', 'tf'], ['infra/variables.tf', 'tf'],
  // decoy-only files
  ['.env.example', 'env', { decoysOnly: ['placeholder', 'env-reference', 'documented-example', 'code-mention'] }],
  ['tests/test_auth.py', 'py', { decoysOnly: ['test-dummy', 'function-call', 'type-annotation', 'code-mention'] }],
  ['test/auth.test.js', 'js', { decoysOnly: ['test-dummy', 'function-call', 'code-mention', 'documented-example'] }],
  ['internal/auth/auth_test.go', 'go', { decoysOnly: ['test-dummy', 'function-call', 'type-annotation'] }],
  ['locales/en.json', 'json', { decoysOnly: ['i18n', 'long-identifier'] }],
  ['locales/de.json', 'json', { decoysOnly: ['i18n'] }],
  ['src/styles/theme.css', 'css', { decoysOnly: ['css-color'] }],
  ['web/src/theme.ts', 'ts', { decoysOnly: ['css-color', 'base64-image', 'long-identifier'] }],
];

// How often a secret is written in each kind of file (where it fits).
const SECRET_KIND_WEIGHTS = [
  ['env', 14], ['yaml', 8], ['ci-yaml', 6], ['k8s', 4], ['json', 8], ['toml', 3], ['ini', 2], ['props', 3],
  ['js', 8], ['ts', 6], ['py', 8], ['go', 4], ['java', 3], ['rb', 3], ['sh', 5], ['md', 6], ['tf', 4], ['docker', 3],
];

// ------------------------------------------------------------------------------------------ labels
const secretLabel = (item) => ({
  type: 'secret',
  family: item.family,
  provider: item.provider,
  kind: item.kind,
  secret: item.secret,
  optional: Boolean(item.optional),
  multiline: Boolean(item.multiline),
});
const decoyLabel = (item) => ({ type: 'decoy', category: item.category, secret: item.value ?? '', multiline: true });

// ------------------------------------------------------------------------------------------ document
class Doc {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.labels = [];
  }
  push(...lines) {
    this.lines.push(...lines);
  }
  /** Append lines; spans are [{ start, end, label }] relative to them. */
  snippet(lines, spans) {
    const base = this.lines.length;
    this.lines.push(...lines);
    for (const span of spans) this.labels.push({ ...span.label, file: this.path, line: base + span.start + 1, endLine: base + span.end + 1 });
  }
  fileLabel(label) {
    this.labels.push({ ...label, file: this.path, line: 0, endLine: 0, fileLevel: true });
  }
}

// ------------------------------------------------------------------------------------------ render
/** The snippet for one planted item in `kind`: { lines, spans }. */
const renderItem = (kind, item, r) => {
  const label = item.type === 'secret' ? secretLabel(item) : decoyLabel(item);
  if (item.pem) {
    const { lines, start, end } = assignPem(kind, item.name, item.pem, r);
    return { lines, spans: [{ start, end, label: { ...label, multiline: true, form: `pem-in-${kind}` } }] };
  }
  if (item.lines) return { lines: item.lines, spans: [{ start: 0, end: item.lines.length - 1, label: { ...label, form: item.type === 'secret' ? item.kind : 'raw' } }] };
  const { lines, at, form } = assign(kind, item.name, item.value, r);
  return { lines, spans: [{ start: at, end: at, label: { ...label, form } }] };
};

const shift = (snip, before, after = []) => ({
  lines: [...before, ...snip.lines, ...after],
  spans: snip.spans.map((s) => ({ ...s, start: s.start + before.length, end: s.end + before.length })),
});

/** Raw decoy lines that are statements or members get a plausible enclosing block. */
const wrapRaw = (kind, snip) => {
  const first = snip.lines[0];
  const last = snip.lines[snip.lines.length - 1];
  const opens = /\{\s*$/.test(last);
  switch (kind) {
    case 'js':
      if (/^ {2}\S/.test(first)) return /:\s/.test(first) && /,$/.test(first) ? shift(snip, ['export const clientOptions = {'], ['};']) : shift(snip, ['export function configure() {'], ['}']);
      if (/^if \(/.test(first)) return shift(snip, ['export function checkPasswords(password, confirmPassword) {'], ['}']);
      return snip;
    case 'ts':
      if (/^ {2}\S/.test(first)) return shift(snip, ['export interface ServiceCredentials {'], ['}']);
      return snip;
    case 'py':
      if (/^ {4}\S/.test(first)) return shift(snip, ['class ServiceSettings(BaseSettings):'], /:$/.test(last) ? ['        raise NotImplementedError'] : []);
      if (/:$/.test(last)) return shift(snip, [], ['    raise ValueError("passwords do not match")']);
      return snip;
    case 'go':
      if (/^\t/.test(first)) {
        if (/`/.test(first)) return shift(snip, ['type ServiceConfig struct {'], ['}']);
        return shift(snip, ['func init() {'], opens ? ['\t\treturn', '\t}', '}'] : ['}']);
      }
      if (opens) return shift(snip, [], ['\treturn nil, errors.New("not implemented")', '}']);
      return snip;
    case 'java':
      if (/^ {8}\S/.test(first)) return shift(snip, ['    void configure() {'], opens ? ['            throw new IllegalArgumentException("passwords differ");', '        }', '    }'] : ['    }']);
      if (/^ {4}@Value/.test(first)) return shift(snip, [], ['    private String stripeSecretKey;']);
      return snip;
    case 'rb':
      if (/^ {2}\S/.test(first)) return /,$/.test(first) ? shift(snip, ['DATABASE_CONFIG = {'], ['}.freeze']) : shift(snip, ['class Account < ApplicationRecord'], ['end']);
      return snip;
    case 'tf':
      if (/^ {2}\S/.test(first)) return shift(snip, ['resource "aws_db_instance" "main" {', '  engine         = "postgres"', '  instance_class = "db.t3.medium"'], ['}']);
      return snip;
    case 'docker':
    case 'env':
    case 'sh':
    case 'md':
    case 'props':
    case 'ini':
    case 'toml':
    default:
      return snip;
  }
};

// ------------------------------------------------------------------------------------------ builders
const HEADERS = {
  js: () => ["'use strict';", '', "import http from './http.js';", "import { logger } from './logger.js';", '', "const BASE_URL = 'https://api.acme-corp.io/v2';", ''],
  ts: () => ["import type { Request, Response } from 'express';", "import { z } from 'zod';", "import { client } from '../http';", ''],
  py: () => ['"""Service configuration and helpers."""', 'import logging', 'import os', 'from dataclasses import dataclass', '', 'import requests', '', 'logger = logging.getLogger(__name__)', '', ''],
  go: (path) => [`package ${path.split('/').slice(-2, -1)[0] ?? 'main'}`, '', 'import (', '\t"context"', '\t"encoding/json"', '\t"fmt"', '\t"net/http"', '\t"os"', '\t"time"', ')', ''],
  java: (path) => [`package ${path.replace(/^src\/main\/java\//, '').split('/').slice(0, -1).join('.')};`, '', 'import java.util.List;', 'import java.util.Optional;', 'import java.util.Properties;', 'import java.util.stream.Collectors;', '', `public class ${path.split('/').pop().replace('.java', '')} {`, '', '    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("app");', ''],
  rb: () => ['# frozen_string_literal: true', '', "require 'net/http'", "require 'json'", ''],
  sh: () => ['#!/usr/bin/env bash', 'set -euo pipefail', '', 'cd "$(dirname "$0")/.."', ''],
  md: (path) => [`# ${path.includes('runbook') ? 'Incident runbook' : path.includes('integrations') ? 'Third-party integrations' : path.includes('setup') ? 'Local setup' : path === 'CONTRIBUTING.md' ? 'Contributing' : 'Acme Platform'}`, '', 'This document is maintained by the platform team. Ask in #platform if something is out of date.', ''],
  docker: () => ['# syntax=docker/dockerfile:1.7', 'FROM node:20-bookworm-slim AS base', ''],
  tf: () => ['terraform {', '  required_version = ">= 1.6"', '  required_providers {', '    aws = {', '      source  = "hashicorp/aws"', '      version = "~> 5.40"', '    }', '  }', '}', ''],
  env: (path) => [`# ${path} (loaded by dotenv)`, ''],
  props: () => ['# Spring Boot configuration', 'spring.application.name=acme-billing', ''],
  css: () => [':root {'],
};
const FOOTERS = {
  java: () => ['}'],
  docker: () => ['', 'CMD ["node", "dist/server.js"]'],
  css: () => ['}'],
};

/** Files written line by line: code, shell, Markdown, Dockerfiles, Terraform, .env, properties, CSS. */
const buildFlat = (doc, kind, items, r) => {
  doc.push(...(HEADERS[kind]?.(doc.path) ?? []));
  const gap = { env: [0, 3], props: [0, 3], css: [0, 0], docker: [1, 4], md: [2, 8] }[kind] ?? [3, 22];
  for (const item of items) {
    if (kind !== 'css') doc.push(...filler(kind, r, gap[0], gap[1]));
    let snip = renderItem(kind, item, r);
    if (item.lines) snip = wrapRaw(kind, snip);
    doc.snippet(snip.lines, snip.spans);
    if (kind === 'md' && item.type === 'secret' && r.chance(0.5)) doc.push('');
  }
  if (kind !== 'css') doc.push(...filler(kind, r, gap[0], gap[1]));
  doc.push(...(FOOTERS[kind]?.() ?? []));
};

const SECTIONS = ['database', 'cache', 'mail', 'payments', 'storage', 'auth', 'monitoring', 'search', 'queue', 'integrations', 'features', 'server'];

/** YAML application config: top-level sections with indented keys. */
const buildYaml = (doc, items, r) => {
  const compose = doc.path.includes('docker-compose');
  if (compose) doc.push("version: '3.9'", 'services:');
  let n = 0;
  for (const chunk of chunks(items, r, 2, 5)) {
    if (compose) {
      doc.push(`  ${r.pick(['api', 'worker', 'web', 'scheduler'])}-${n++}:`, `    image: ghcr.io/acme-corp/${r.pick(['api', 'worker'])}:${r.int(1, 9)}.${r.int(0, 20)}.0`, '    environment:');
    } else {
      doc.push(`${SECTIONS[n++ % SECTIONS.length]}:`);
    }
    const ind = compose ? '      ' : '';
    for (const item of chunk) {
      doc.push(...filler('yaml', r, 0, 3).map((l) => ind + l));
      const snip = renderItem('yaml', item, r);
      doc.snippet(snip.lines.map((l) => ind + l), snip.spans);
    }
    doc.push(...filler('yaml', r, 1, 3).map((l) => ind + l));
    if (!compose) doc.push('');
  }
};

/** A CI workflow (GitHub Actions, GitLab CI or CircleCI): jobs whose env blocks hold the values. */
const buildCi = (doc, items, r) => {
  const flavour = doc.path.includes('gitlab') ? 'gitlab' : doc.path.includes('circleci') ? 'circle' : 'github';
  if (flavour === 'github') doc.push(`name: ${doc.path.split('/').pop().replace('.yml', '')}`, '', 'on:', '  push:', '    branches: [main]', '  workflow_dispatch:', '', 'jobs:');
  if (flavour === 'gitlab') doc.push('stages: [build, test, deploy]', '', 'default:', '  image: node:20', '');
  if (flavour === 'circle') doc.push('version: 2.1', '', 'jobs:');
  let n = 0;
  for (const chunk of chunks(items, r, 2, 5)) {
    const job = `${r.pick(['build', 'test', 'deploy', 'publish', 'e2e', 'migrate'])}-${++n}`;
    if (flavour === 'github') doc.push(`  ${job}:`, '    runs-on: ubuntu-latest', '    env:');
    if (flavour === 'gitlab') doc.push(`${job}:`, `  stage: ${r.pick(['build', 'test', 'deploy'])}`, '  variables:');
    if (flavour === 'circle') doc.push(`  ${job}:`, '    docker:', '      - image: cimg/node:20.11', '    environment:');
    for (const item of chunk) {
      if (r.chance(0.4)) doc.push(`      ${r.pick(['NODE_ENV: production', 'CI: "true"', 'FORCE_COLOR: "1"', 'AWS_REGION: us-east-1'])}`);
      const snip = renderItem('ci-yaml', item, r);
      doc.snippet(snip.lines, snip.spans);
    }
    if (flavour === 'github') doc.push('    steps:', '      - uses: actions/checkout@v4', ...filler('ci-yaml', r, 2, 6), '');
    if (flavour === 'gitlab') doc.push('  script:', '    - npm ci', `    - npm run ${r.pick(['build', 'test', 'deploy'])}`, '');
    if (flavour === 'circle') doc.push('    steps:', '      - checkout', '      - run: npm ci && npm test', '');
  }
};

/** Kubernetes manifests: Secrets and ConfigMaps (values) and Deployments (env references). */
const buildK8s = (doc, items, r) => {
  const deploymentItems = items.filter((i) => i.lines && /^ {8}/.test(i.lines[0]));
  const others = items.filter((i) => !deploymentItems.includes(i));
  let n = 0;
  for (const chunk of chunks(others, r, 2, 5)) {
    const isSecret = chunk.some((i) => i.type === 'secret') || r.chance(0.5);
    if (n++) doc.push('---');
    doc.push('apiVersion: v1', `kind: ${isSecret ? 'Secret' : 'ConfigMap'}`, 'metadata:', `  name: ${r.pick(['api', 'worker', 'billing', 'gateway'])}-${isSecret ? 'secrets' : 'config'}-${n}`, '  namespace: production', ...(isSecret ? ['type: Opaque', 'stringData:'] : ['data:']));
    for (const item of chunk) {
      if (r.chance(0.3)) doc.push(`  ${r.pick(['LOG_LEVEL: "info"', 'REGION: "eu-west-1"', 'FEATURE_FLAGS: "checkout-v2"'])}`);
      const snip = renderItem('k8s', item, r);
      doc.snippet(snip.lines, snip.spans);
    }
  }
  if (deploymentItems.length) {
    if (n) doc.push('---');
    doc.push('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', '  namespace: production', 'spec:', '  replicas: 3', '  template:', '    spec:', '      containers:', '      - name: api', '        image: ghcr.io/acme-corp/api:2.14.1', '        env:');
    for (const item of deploymentItems) {
      doc.push('        - name: LOG_LEVEL', '          value: info');
      const snip = renderItem('k8s', item, r);
      doc.snippet(snip.lines, snip.spans);
    }
  }
};

/** JSON config: an object of sections; each planted value is one "key": value line. */
const buildJson = (doc, items, r) => {
  const sections = chunks(items, r, 2, 6).map((chunk, i) => {
    const entries = [];
    for (const item of chunk) {
      for (let k = r.int(0, 2); k > 0; k--) entries.push({ lines: [jsonKV(r)], spans: [] });
      entries.push(renderItem('json', item, r));
    }
    entries.push({ lines: [jsonKV(r)], spans: [] });
    return { name: SECTIONS[i % SECTIONS.length], entries };
  });
  doc.push('{');
  sections.forEach((section, si) => {
    doc.push(`  "${section.name}": {`);
    section.entries.forEach((entry, ei) => {
      const comma = ei < section.entries.length - 1 ? ',' : '';
      const lines = entry.lines.map((l, li) => `    ${l}${li === entry.lines.length - 1 ? comma : ''}`);
      doc.snippet(lines, entry.spans);
    });
    doc.push(`  }${si < sections.length - 1 ? ',' : ''}`);
  });
  doc.push('}');
};

/** TOML / INI: [sections] of key = value lines. */
const buildSections = (doc, kind, items, r) => {
  const kv = kind === 'toml' ? tomlKV : iniKV;
  let n = 0;
  for (const chunk of chunks(items, r, 2, 5)) {
    doc.push(`[${SECTIONS[n++ % SECTIONS.length]}]`);
    for (const item of chunk) {
      for (let k = r.int(0, 2); k > 0; k--) doc.push(kv(r));
      const snip = renderItem(kind, item, r);
      doc.snippet(snip.lines, snip.spans);
    }
    doc.push(kv(r), '');
  }
};

const chunks = (items, r, min, max) => {
  const out = [];
  for (let i = 0; i < items.length; ) {
    const size = r.int(min, max);
    out.push(items.slice(i, i + size));
    i += size;
  }
  return out.length ? out : [[]];
};

const buildFile = (path, kind, items, r) => {
  const doc = new Doc(path);
  if (kind === 'yaml') buildYaml(doc, items, r);
  else if (kind === 'ci-yaml') buildCi(doc, items, r);
  else if (kind === 'k8s') buildK8s(doc, items, r);
  else if (kind === 'json') buildJson(doc, items, r);
  else if (kind === 'toml' || kind === 'ini') buildSections(doc, kind, items, r);
  else buildFlat(doc, kind, items, r);
  return doc;
};

// ------------------------------------------------------------------------------------------ special files
const SENSITIVE = (provider) => ({ type: 'secret', family: 'sensitive-file', provider, kind: 'file', secret: '' });

const specialFiles = (r) => {
  const docs = [];
  const pemDoc = (path, pem, label, sensitive) => {
    const doc = new Doc(path);
    const lines = pem.trimEnd().split('\n');
    doc.snippet(lines, [{ start: 0, end: lines.length - 1, label: { ...label, multiline: true, secret: pem } }]);
    if (sensitive) doc.fileLabel(SENSITIVE(sensitive));
    docs.push(doc);
    return doc;
  };
  const pk = (provider, kind) => ({ type: 'secret', family: 'private-key', provider, kind });

  pemDoc('deploy/id_rsa', rsaPkcs1(2048, 1).privateKey, pk('rsa', 'pkcs1-2048'), 'ssh-private-key-file');
  pemDoc('.ssh/id_ed25519', opensshEd25519(r, 'deploy@acme-ci', 0).privateKey, pk('openssh', 'ed25519'), 'ssh-private-key-file');
  pemDoc('certs/server.key', ecSec1('prime256v1', 1).privateKey, pk('ec', 'sec1-p256'), 'key-file');
  pemDoc('keys/signing.enc.pem', encryptedPkcs8('correct horse battery staple').privateKey, pk('rsa', 'encrypted-pkcs8'));
  pemDoc('keys/legacy-signing.pem', encryptedPkcs1('kettle-orbit-41').privateKey, pk('rsa', 'encrypted-pkcs1-proc-type'));
  const pgp = new Doc('keys/release-signing.asc');
  const pgpLines = pgpPrivateBlock(r).trimEnd().split('\n');
  pgp.push('# Release signing key (exported with gpg --armor --export-secret-keys)');
  pgp.snippet(pgpLines, [{ start: 0, end: pgpLines.length - 1, label: { ...pk('pgp', 'private-key-block'), multiline: true } }]);
  docs.push(pgp);

  // Public halves and certificates: decoys in files with key-ish names.
  const pub = new Doc('deploy/id_rsa.pub');
  pub.snippet([sshRsaPublic('deploy@acme-ci', 1)], [{ start: 0, end: 0, label: { type: 'decoy', category: 'public-key' } }]);
  pub.fileLabel({ type: 'decoy', category: 'sensitive-file-lookalike' });
  docs.push(pub);
  const ca = new Doc('certs/ca.pem');
  const caLines = fakeCertificate(r).trimEnd().split('\n');
  ca.snippet(caLines, [{ start: 0, end: caLines.length - 1, label: { type: 'decoy', category: 'certificate' } }]);
  ca.fileLabel({ type: 'decoy', category: 'sensitive-file-lookalike' });
  docs.push(ca);
  const jwks = new Doc('public/.well-known/jwks.json');
  const jwk = { kty: 'RSA', use: 'sig', alg: 'RS256', kid: r.str(ALNUM, 16), n: r.bytes(256).toString('base64url'), e: 'AQAB' };
  jwks.push('{', '  "keys": [', '    {');
  const jwkLines = Object.entries(jwk).map(([k, v], i, all) => `      "${k}": ${JSON.stringify(v)}${i < all.length - 1 ? ',' : ''}`);
  jwks.snippet(jwkLines, [{ start: 0, end: jwkLines.length - 1, label: { type: 'decoy', category: 'public-key' } }]);
  jwks.push('    }', '  ]', '}');
  docs.push(jwks);

  // ~/.aws/credentials committed by mistake.
  const aws = new Doc('ops/aws/credentials');
  for (const profile of ['default', 'prod-deploy']) {
    const id = `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const secret = r.str(B64, 40);
    aws.push(`[${profile}]`);
    aws.snippet([`aws_access_key_id = ${id}`, `aws_secret_access_key = ${secret}`], [
      { start: 0, end: 0, label: { type: 'secret', family: 'cloud', provider: 'aws', kind: 'access-key-id', secret: id } },
      { start: 1, end: 1, label: { type: 'secret', family: 'cloud', provider: 'aws', kind: 'secret-access-key', secret } },
    ]);
    aws.push('region = us-east-1', '');
  }
  aws.fileLabel(SENSITIVE('aws-credentials-file'));
  docs.push(aws);

  // .git-credentials
  const gitc = new Doc('.git-credentials');
  const ghp = checksumToken(r, 'ghp');
  const gitPass = r.str(ALNUM, 24);
  gitc.snippet([`https://jdoe:${ghp}@github.com`, `https://jdoe:${gitPass}@bitbucket.org`], [
    { start: 0, end: 0, label: { type: 'secret', family: 'vcs', provider: 'github', kind: 'ghp', secret: ghp } },
    { start: 1, end: 1, label: { type: 'secret', family: 'url-credential', provider: 'git-credentials', kind: 'basic-auth-url', secret: gitPass } },
  ]);
  gitc.fileLabel(SENSITIVE('git-credentials-file'));
  docs.push(gitc);

  // .npmrc with two registries
  const npmrc = new Doc('.npmrc');
  const npmTok = checksumToken(r, 'npm');
  const ghPkg = checksumToken(r, 'ghp');
  const legacyNpm = r.uuid();
  npmrc.push('@acme:registry=https://npm.pkg.github.com', 'save-exact=true');
  npmrc.snippet([`//registry.npmjs.org/:_authToken=${npmTok}`, `//npm.pkg.github.com/:_authToken=${ghPkg}`, `//npm.internal.acme-corp.io/:_authToken=${legacyNpm}`], [
    { start: 0, end: 0, label: { type: 'secret', family: 'registry', provider: 'npm', kind: 'npmrc-token', secret: npmTok } },
    { start: 1, end: 1, label: { type: 'secret', family: 'vcs', provider: 'github', kind: 'ghp', secret: ghPkg } },
    { start: 2, end: 2, label: { type: 'secret', family: 'registry', provider: 'npm', kind: 'npmrc-legacy-uuid-token', secret: legacyNpm } },
  ]);
  npmrc.push('always-auth=true');
  docs.push(npmrc);

  // .pypirc
  const pypirc = new Doc('.pypirc');
  const pypiTok = `pypi-AgEIcHlwaS5vcmc${r.str(`${ALNUM}-_`, 150)}`;
  pypirc.push('[distutils]', 'index-servers =', '    pypi', '', '[pypi]', 'username = __token__');
  pypirc.snippet([`password = ${pypiTok}`], [{ start: 0, end: 0, label: { type: 'secret', family: 'registry', provider: 'pypi', kind: 'pypirc-token', secret: pypiTok } }]);
  docs.push(pypirc);

  // Docker registry auth (base64 of user:password).
  const docker = new Doc('.docker/config.json');
  const auth = Buffer.from(`ci-deployer:${password(r)}`).toString('base64');
  docker.push('{', '  "auths": {', '    "registry.acme-corp.io": {');
  docker.snippet([`      "auth": "${auth}"`], [{ start: 0, end: 0, label: { type: 'secret', family: 'registry', provider: 'docker', kind: 'config-auth', secret: auth } }]);
  docker.push('    },', '    "https://index.docker.io/v1/": {}', '  },', '  "credsStore": "desktop"', '}');
  docs.push(docker);

  // GCP service account key file.
  const gcp = new Doc('config/gcp-service-account.json');
  const gcpKey = rsaPkcs8(2048, 1).privateKey;
  const projectId = `acme-prod-${r.int(100000, 999999)}`;
  gcp.push('{', '  "type": "service_account",', `  "project_id": "${projectId}",`);
  // The key file is the secret: a finding on its private_key_id line (gcp.toml flags the file there)
  // or on its private_key line both count for it.
  gcp.snippet([`  "private_key_id": "${r.str(HEX, 40)}",`, `  "private_key": ${JSON.stringify(gcpKey)},`], [{ start: 0, end: 1, label: { type: 'secret', family: 'cloud', provider: 'gcp', kind: 'service-account-key', secret: gcpKey, multiline: true } }]);
  gcp.push(`  "client_email": "deployer@${projectId}.iam.gserviceaccount.com",`, `  "client_id": "${r.str(DIGITS, 21)}",`, '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '  "token_uri": "https://oauth2.googleapis.com/token",', '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",', `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40${projectId}.iam.gserviceaccount.com",`, '  "universe_domain": "googleapis.com"', '}');
  docs.push(gcp);

  // Coinbase CDP key file: key name + EC private key.
  const cdp = new Doc('config/cdp_api_key.json');
  const cdpName = `organizations/${r.uuid()}/apiKeys/${r.uuid()}`;
  const cdpKey = ecSec1('prime256v1', 2).privateKey;
  cdp.push('{');
  cdp.snippet([`   "name": "${cdpName}",`, `   "privateKey": ${JSON.stringify(cdpKey)}`], [
    { start: 0, end: 0, label: { type: 'secret', family: 'crypto', provider: 'coinbase', kind: 'cdp-key-name', secret: cdpName, optional: true } },
    { start: 1, end: 1, label: { type: 'secret', family: 'crypto', provider: 'coinbase', kind: 'cdp-private-key', secret: cdpKey, multiline: true } },
  ]);
  cdp.push('}');
  docs.push(cdp);

  // kubeconfig: CA data (decoy), client key data (a base64 private key) and a service-account JWT.
  const kube = new Doc('deploy/kubeconfig.yaml');
  const clientKey = Buffer.from(ecSec1('prime256v1', 3).privateKey).toString('base64');
  const saToken = jwt(r, 'rs');
  kube.push('apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:');
  kube.snippet([`    certificate-authority-data: ${Buffer.from(fakeCertificate(r)).toString('base64')}`], [{ start: 0, end: 0, label: { type: 'decoy', category: 'certificate' } }]);
  kube.push('    server: https://k8s-prod.acme-corp.io:6443', '  name: prod', 'contexts:', '- context:', '    cluster: prod', '    user: deployer', '  name: prod', 'current-context: prod', 'users:', '- name: deployer', '  user:');
  kube.snippet([`    client-certificate-data: ${Buffer.from(fakeCertificate(r)).toString('base64')}`], [{ start: 0, end: 0, label: { type: 'decoy', category: 'certificate' } }]);
  kube.snippet([`    client-key-data: ${clientKey}`], [{ start: 0, end: 0, label: { type: 'secret', family: 'private-key', provider: 'kubeconfig', kind: 'client-key-data-base64', secret: clientKey } }]);
  kube.push('- name: ci-bot', '  user:');
  kube.snippet([`    token: ${saToken}`], [{ start: 0, end: 0, label: { type: 'secret', family: 'jwt', provider: 'kubernetes', kind: 'service-account-token', secret: saToken } }]);
  kube.fileLabel({ ...SENSITIVE('kubeconfig'), optional: true });
  docs.push(kube);

  // Lock and sum files: integrity hashes everywhere (decoys).
  const lock = new Doc('package-lock.json');
  lock.push('{', '  "name": "acme-platform",', '  "version": "2.14.1",', '  "lockfileVersion": 3,', '  "requires": true,', '  "packages": {');
  const pkgs = ['express', 'zod', 'pino', 'undici', 'dotenv', 'jsonwebtoken', 'bcryptjs', 'ioredis', 'pg', 'stripe', '@slack/web-api', 'openai', 'yaml', 'commander', 'lodash', 'date-fns', 'uuid', 'semver', 'chalk', 'ws'];
  pkgs.forEach((name, i) => {
    const ver = `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 12)}`;
    lock.push(`    "node_modules/${name}": {`, `      "version": "${ver}",`, `      "resolved": "https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${ver}.tgz",`);
    lock.snippet([`      "integrity": "sha512-${sha512b64(`${name}@${ver}`)}",`], [{ start: 0, end: 0, label: { type: 'decoy', category: 'integrity' } }]);
    lock.push('      "license": "MIT"', `    }${i < pkgs.length - 1 ? ',' : ''}`);
  });
  lock.push('  }', '}');
  docs.push(lock);

  const sum = new Doc('go.sum');
  for (const mod of ['github.com/aws/aws-sdk-go-v2 v1.30.3', 'github.com/go-chi/chi/v5 v5.1.0', 'github.com/jackc/pgx/v5 v5.6.0', 'github.com/redis/go-redis/v9 v9.6.1', 'github.com/slack-go/slack v0.13.1', 'golang.org/x/crypto v0.25.0', 'golang.org/x/oauth2 v0.21.0', 'google.golang.org/grpc v1.65.0']) {
    sum.snippet([`${mod} h1:${sha256b64(mod)}`, `${mod}/go.mod h1:${sha256b64(`${mod}/go.mod`)}`], [
      { start: 0, end: 0, label: { type: 'decoy', category: 'integrity' } },
      { start: 1, end: 1, label: { type: 'decoy', category: 'integrity' } },
    ]);
  }
  docs.push(sum);

  return docs;
};

// PEM secrets written inside ordinary files (YAML block scalars, template literals, heredocs...).
const embeddedPems = (r) => [
  { kind: 'k8s', name: 'tls.key', pem: rsaPkcs1(1024, 0).privateKey, provider: 'rsa', pkind: 'pkcs1-1024' },
  { kind: 'js', name: 'JWT_SIGNING_KEY', pem: rsaPkcs8(2048, 0).privateKey, provider: 'rsa', pkind: 'pkcs8-2048' },
  { kind: 'py', name: 'APNS_AUTH_KEY', pem: ecPkcs8('prime256v1', 0).privateKey, provider: 'ec', pkind: 'pkcs8-p256' },
  { kind: 'go', name: 'SIGNER_KEY', pem: ed25519Pkcs8(1).privateKey, provider: 'ed25519', pkind: 'pkcs8' },
  { kind: 'ci-yaml', name: 'SSH_PRIVATE_KEY', pem: opensshEd25519(r, 'github-actions@acme', 2).privateKey, provider: 'openssh', pkind: 'ed25519' },
  { kind: 'json', name: 'PRIVATE_KEY', pem: rsaPkcs1(2048, 2).privateKey, provider: 'rsa', pkind: 'pkcs1-2048-json-escaped' },
  { kind: 'tf', name: 'ca_key', pem: ecSec1('secp384r1', 0).privateKey, provider: 'ec', pkind: 'sec1-p384' },
  { kind: 'env', name: 'GITHUB_APP_PRIVATE_KEY', pem: rsaPkcs1(2048, 3).privateKey, provider: 'rsa', pkind: 'pkcs1-2048-env-escaped' },
  { kind: 'rb', name: 'SAML_PRIVATE_KEY', pem: rsaPkcs8(2048, 2).privateKey, provider: 'rsa', pkind: 'pkcs8-heredoc' },
  { kind: 'md', name: 'key', pem: ecSec1('prime256v1', 4).privateKey, provider: 'ec', pkind: 'sec1-in-docs' },
];

// ------------------------------------------------------------------------------------------ corpus
export const buildCorpus = (seed) => {
  const r = createRandom(seed);
  const slots = SLOTS.map(([path, kind, opts = {}]) => ({ path, kind, ...opts, items: [] }));
  const byKind = (kind, forDecoy, category) =>
    slots.filter((s) => s.kind === kind && (forDecoy ? !s.decoysOnly || s.decoysOnly.includes(category) : !s.decoysOnly));
  const leastFilled = (list) => list.reduce((a, b) => (b.items.length < a.items.length || (b.items.length === a.items.length && r.chance(0.5)) ? b : a));

  // Secrets from the generators.
  const secrets = [];
  for (const gen of GENERATORS) {
    for (let i = 0; i < gen.count; i++) {
      const made = gen.make(r);
      const value = typeof made === 'string' ? made : made.value;
      const secret = typeof made === 'string' ? made : made.secret;
      secrets.push({ type: 'secret', family: gen.family, provider: gen.provider, kind: gen.kind, name: gen.names[i % gen.names.length], value, secret, optional: gen.optional });
    }
  }
  // Razorpay key ids are published in checkout pages: planted, but neither required nor an error.
  secrets.push({ type: 'secret', family: 'payment', provider: 'razorpay', kind: 'key-id', name: 'RAZORPAY_KEY_ID', value: `rzp_live_${r.str(ALNUM, 14)}`, optional: true });
  secrets[secrets.length - 1].secret = secrets[secrets.length - 1].value;

  for (const item of r.shuffle(secrets)) {
    const kind = r.weighted(SECRET_KIND_WEIGHTS);
    leastFilled(byKind(kind, false)).items.push(item);
  }
  for (const gen of RAW_SECRETS) {
    for (let i = 0; i < gen.count; i++) {
      const { secret, render } = gen.make(r);
      const kind = r.pick(Object.keys(render));
      leastFilled(byKind(kind, false)).items.push({ type: 'secret', family: gen.family, provider: gen.provider, kind: gen.kind, secret, lines: render[kind] });
    }
  }
  for (const pem of embeddedPems(r)) {
    const item = { type: 'secret', family: 'private-key', provider: pem.provider, kind: pem.pkind, name: pem.name, pem: pem.pem, secret: pem.pem, multiline: true };
    leastFilled(byKind(pem.kind, false)).items.push(item);
  }

  // Decoys.
  const kinds = [...new Set(slots.map((s) => s.kind))];
  for (const gen of ASSIGN_DECOYS) {
    for (let i = 0; i < gen.count; i++) {
      const { name, value } = gen.make(r);
      const targets = slots.filter((s) => (s.decoysOnly ? s.decoysOnly.includes(gen.category) : true) && (s.kind !== 'css' || gen.category === 'css-color'));
      // Decoy-only files are small: fill them first for their own categories.
      const own = targets.filter((s) => s.decoysOnly);
      const slot = own.length && r.chance(0.6) ? leastFilled(own) : leastFilled(r.shuffle(targets).slice(0, 6));
      slot.items.push({ type: 'decoy', category: gen.category, name, value });
    }
  }
  for (const gen of RAW_DECOYS) {
    for (let i = 0; i < gen.count; i++) {
      for (let attempt = 0; attempt < 30; attempt++) {
        const kind = r.pick(kinds);
        const candidates = slots.filter((s) => s.kind === kind && (!s.decoysOnly || s.decoysOnly.includes(gen.category)));
        if (!candidates.length) continue;
        const lines = gen.raw(kind, r);
        if (!lines) continue;
        leastFilled(candidates).items.push({ type: 'decoy', category: gen.category, lines, value: lines.join('\n') });
        break;
      }
    }
  }

  const docs = [];
  for (const slot of slots) {
    const doc = buildFile(slot.path, slot.kind, r.shuffle(slot.items), r);
    if (slot.sensitive) doc.fileLabel(SENSITIVE('dotenv-file'));
    if (slot.path === '.env.example') doc.fileLabel({ type: 'decoy', category: 'sensitive-file-lookalike' });
    docs.push(doc);
  }
  docs.push(...specialFiles(r));

  const files = docs.map((d) => ({ path: d.path, content: `${d.lines.join('\n')}\n` }));
  const labels = docs.flatMap((d) => d.labels);
  return { files, labels };
};
