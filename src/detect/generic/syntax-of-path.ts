// Which syntax a file is written in, from its name: the language whose string literals are the
// only values that count in code, or the configuration format whose scalars do.

export type Language =
  | 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'groovy' | 'scala' | 'dart' | 'csharp' | 'ruby' | 'php' | 'rust'
  | 'swift' | 'c' | 'shell' | 'powershell' | 'perl' | 'lua' | 'elixir' | 'hcl' | 'sql' | 'graphql';
export type ConfigFormat = 'env' | 'yaml' | 'json' | 'toml' | 'ini' | 'xml' | 'dockerfile' | 'conf';

export type Syntax =
  | { readonly family: 'code'; readonly language: Language }
  | { readonly family: 'config'; readonly format: ConfigFormat }
  | { readonly family: 'markdown' }
  /** Unknown or plain text: a quoted or bare scalar both count. */
  | { readonly family: 'plain' };

const CODE: Readonly<Record<string, Language>> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js', vue: 'js', svelte: 'js', astro: 'js',
  py: 'python', pyw: 'python', pyi: 'python', go: 'go', java: 'java', kt: 'kotlin', kts: 'kotlin', groovy: 'groovy',
  gradle: 'groovy', scala: 'scala', sc: 'scala', dart: 'dart', cs: 'csharp', vb: 'csharp', rb: 'ruby', rake: 'ruby',
  gemspec: 'ruby', erb: 'ruby', php: 'php', phtml: 'php', rs: 'rust', swift: 'swift', c: 'c', h: 'c', cc: 'c', cpp: 'c',
  cxx: 'c', hpp: 'c', hh: 'c', m: 'c', mm: 'c', sh: 'shell', bash: 'shell', zsh: 'shell', 'zsh-theme': 'shell', ksh: 'shell', fish: 'shell',
  ps1: 'powershell', psm1: 'powershell', psd1: 'powershell', pl: 'perl', pm: 'perl', lua: 'lua', ex: 'elixir',
  exs: 'elixir', tf: 'hcl', tfvars: 'hcl', hcl: 'hcl', nomad: 'hcl', sql: 'sql',
  // GraphQL documents and schemas: a value is a quoted string; `apiKey: ObfuscatedString!` gives a field its type.
  graphql: 'graphql', graphqls: 'graphql', gql: 'graphql',
};

const CONFIG: Readonly<Record<string, ConfigFormat>> = {
  env: 'env', yaml: 'yaml', yml: 'yaml', json: 'json', jsonc: 'json', json5: 'json', toml: 'toml', ini: 'ini',
  cfg: 'ini', properties: 'ini', conf: 'conf', cnf: 'ini', config: 'xml', xml: 'xml', plist: 'xml', csproj: 'xml',
  props: 'xml', targets: 'xml', pom: 'xml',
};

const MARKDOWN = new Set(['md', 'markdown', 'mdx', 'rst', 'adoc', 'asciidoc', 'ronn']);

// Names that say their syntax without an extension (or despite one).
const BY_NAME: ReadonlyArray<readonly [RegExp, Syntax]> = [
  [/^\.env(?:\.|$)|\.env$/i, { family: 'config', format: 'env' }],
  [/^(?:Dockerfile|Containerfile)(?:\..*)?$|\.dockerfile$/i, { family: 'config', format: 'dockerfile' }],
  [/^(?:\.bashrc|\.zshrc|\.bash_profile|\.profile|\.zprofile|\.bash_aliases|\.envrc)$/, { family: 'code', language: 'shell' }],
  [/^(?:Jenkinsfile|build\.gradle)$/, { family: 'code', language: 'groovy' }],
  [/^(?:Rakefile|Gemfile|Vagrantfile|Podfile|Fastfile|Brewfile)$/, { family: 'code', language: 'ruby' }],
];

/** The syntax of a file, from its path (posix, relative). */
export const syntaxOfPath = (path: string): Syntax => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  for (const [pattern, syntax] of BY_NAME) if (pattern.test(name)) return syntax;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const language = CODE[extension];
  if (language) return { family: 'code', language };
  const format = CONFIG[extension];
  if (format) return { family: 'config', format };
  if (MARKDOWN.has(extension)) return { family: 'markdown' };
  return { family: 'plain' };
};

// The info string of a fenced code block: ```python, ~~~yaml, ```sh.
const FENCE_LANGUAGES: Readonly<Record<string, Syntax>> = {
  javascript: { family: 'code', language: 'js' }, typescript: { family: 'code', language: 'js' },
  python: { family: 'code', language: 'python' }, golang: { family: 'code', language: 'go' },
  ruby: { family: 'code', language: 'ruby' }, csharp: { family: 'code', language: 'csharp' },
  console: { family: 'code', language: 'shell' }, shell: { family: 'code', language: 'shell' },
  powershell: { family: 'code', language: 'powershell' }, dotenv: { family: 'config', format: 'env' },
};

/** The syntax of a fenced block from its info string; plain text when it names none we read. */
export const syntaxOfFence = (info: string): Syntax => {
  const word = info.trim().split(/[\s{,]/)[0]?.toLowerCase() ?? '';
  if (word === '') return { family: 'plain' };
  const named = FENCE_LANGUAGES[word];
  if (named) return named;
  const syntax = syntaxOfPath(`x.${word}`);
  return syntax.family === 'markdown' ? { family: 'plain' } : syntax;
};

// A script without an extension says its language on its first line (`#!/usr/bin/env bash`,
// `#!/bin/sh`, `#!/usr/bin/python3`): the interpreter the kernel runs it with.
const SHEBANG = /^#![ \t]*(?:\/usr)?(?:\/local)?\/bin\/(?:env[ \t]+(?:-S[ \t]+)?)?([a-z]+)/;
const INTERPRETERS: Readonly<Record<string, Language>> = {
  sh: 'shell', bash: 'shell', zsh: 'shell', dash: 'shell', ksh: 'shell', ash: 'shell',
  python: 'python', ruby: 'ruby', node: 'js', perl: 'perl', pwsh: 'powershell',
};

/** The syntax of a file from its path, or, for a file whose path names none, from its shebang line. */
export const syntaxOfFile = (path: string, text: string, fromStart: boolean): Syntax => {
  const syntax = syntaxOfPath(path);
  if (syntax.family !== 'plain' || !fromStart || !text.startsWith('#!')) return syntax;
  const interpreter = SHEBANG.exec(text.slice(0, 120))?.[1]?.replace(/\d+$/, '');
  const language = interpreter === undefined ? undefined : INTERPRETERS[interpreter];
  return language === undefined ? syntax : { family: 'code', language };
};
