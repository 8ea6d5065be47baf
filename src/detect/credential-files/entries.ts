// Readers for the syntaxes credential files are written in: key/value lines (INI, conf, YAML,
// TOML, shell rc), JSON string members, XML elements and attributes. Each yields entries with the
// value as written and where it sits, grouped by section (an INI section, a JSON or XML object) so
// a decoder can use a value's neighbours (WinSCP keys a password by its user and host).

export interface Entry {
  /** The key, element or attribute name as written. */
  readonly key: string;
  /** The value, unquoted and unescaped. */
  readonly value: string;
  /** Offsets of the value as written in the text (inside its quotes). */
  readonly start: number;
  readonly end: number;
  /** Entries of one section (INI section, XML element, JSON object line group) share a number. */
  readonly section: number;
  /** Attributes of the XML element (encoding="base64"), when read from XML. */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** Each line of a text with the offset it starts at (the readers' unit: a value's place is in the whole text). */
export const linesOf = function* (text: string): Generator<{ readonly line: string; readonly start: number }> {
  let start = 0;
  for (const line of text.split('\n')) {
    yield { line, start };
    start += line.length + 1;
  }
};

const unquoted = (raw: string, at: number): { value: string; start: number; end: number } => {
  const quote = raw[0];
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    return { value: raw.slice(1, -1), start: at + 1, end: at + raw.length - 1 };
  }
  return { value: raw, start: at, end: at + raw.length };
};

// key = value, key: value, key value (msmtp, netrc-like conf), with optional `export ` / `set `
// before the key; a trailing `;` (irssi) and an unquoted ` #` comment end the value.
const KEY_VALUE = /^([ \t]*(?:export[ \t]+|set[ \t]+)?)(:?[\w.\-/@]+?)([ \t]*[=:][ \t]*|[ \t]+)(.*?)[ \t]*;?[ \t]*\r?$/;

/** Key/value lines; `separator` says which separators the format uses. */
export const readKeyValues = (text: string, separator: RegExp = /[=:]/): Entry[] => {
  const entries: Entry[] = [];
  let section = 0;
  for (const { line, start } of linesOf(text)) {
    const trimmed = line.trim();
    if (/^\[.*\]$/.test(trimmed)) section++;
    if (trimmed === '' || /^[#;!%]|^\/\//.test(trimmed)) continue;
    const m = KEY_VALUE.exec(line);
    if (!m || !separator.test((m[3] as string).trim())) continue;
    let raw = m[4] as string;
    if (!/^["']/.test(raw)) raw = raw.replace(/[ \t]+#.*$/, '');
    if (raw === '') continue;
    const at = start + (m[1] as string).length + (m[2] as string).length + (m[3] as string).length;
    const { value, start: from, end } = unquoted(raw, at);
    entries.push({ key: (m[2] as string).replace(/^:/, ''), value, start: from, end, section });
  }
  return entries;
};

/** `key=value` lines whose key runs to the first `=` (npm's `//registry.example/:_authToken=…`). */
export const readEqualsLines = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const { line, start } of linesOf(text)) {
    const m = /^([ \t]*)([^=#;\s][^=\s]*)([ \t]*=[ \t]*)(.*?)[ \t]*\r?$/.exec(line);
    if (!m || m[4] === '') continue;
    const { value, start: from, end } = unquoted(m[4] as string, start + (m[1] as string).length + (m[2] as string).length + (m[3] as string).length);
    entries.push({ key: m[2] as string, value, start: from, end, section: 0 });
  }
  return entries;
};

/** `key = "value"` anywhere, several on a line (irssi's `{ address = "…"; password = "…"; }`), outside `#` comments. */
export const readQuotedAssignments = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const { line, start } of linesOf(text)) {
    if (/^\s*#/.test(line)) continue;
    for (const m of line.matchAll(/([\w.-]+)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
      const at = start + (m.index as number) + m[0].length - (m[2] as string).length - 1;
      entries.push({ key: m[1] as string, value: m[2] as string, start: at, end: at + (m[2] as string).length, section: 0 });
    }
  }
  return entries;
};

const JSON_MEMBER = /"((?:[^"\\\n]|\\.){1,100})"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;

const unescapeJson = (raw: string): string => {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
};

// A member after `//` on its line (outside strings) is commented out (JSON with comments).
const inLineComment = (text: string, at: number): boolean =>
  text.slice(text.lastIndexOf('\n', at) + 1, at).replace(/"(?:[^"\\\n]|\\.)*"/g, '""').includes('//');

/** String members of JSON (also JSON with comments, as Sublime's sftp-config.json is). */
export const readJsonStrings = (text: string): Entry[] => {
  const entries: Entry[] = [];
  for (const m of text.matchAll(JSON_MEMBER)) {
    if (inLineComment(text, m.index as number)) continue;
    const valueStart = (m.index as number) + m[0].length - (m[2] as string).length - 1;
    entries.push({ key: unescapeJson(m[1] as string), value: unescapeJson(m[2] as string), start: valueStart, end: valueStart + (m[2] as string).length, section: 0 });
  }
  return entries;
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeXml = (raw: string): string =>
  raw.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITIES[name as string] ?? all));

const ELEMENT = /<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g;

const attributesOf = (raw: string, at: number, section: number, into: Entry[]): Record<string, string> => {
  const attributes: Record<string, string> = {};
  for (const a of raw.matchAll(ATTRIBUTE)) {
    const value = (a[2] as string).slice(1, -1);
    const start = at + (a.index as number) + a[0].length - value.length - 1;
    attributes[(a[1] as string).toLowerCase()] = unescapeXml(value);
    into.push({ key: a[1] as string, value: unescapeXml(value), start, end: start + value.length, section });
  }
  return attributes;
};

/**
 * XML: every attribute is an entry, and so is an element holding text only (`<Pass>…</Pass>`),
 * with its attributes beside it. An element named by a `key` or `name` attribute
 * (`<value key="password">…</value>`, MySQL Workbench) takes that name.
 */
export const readXml = (text: string): Entry[] => {
  const entries: Entry[] = [];
  let section = 0;
  for (const m of text.matchAll(ELEMENT)) {
    section++;
    const at = (m.index as number) + 1 + (m[1] as string).length;
    const attributes = attributesOf(m[2] as string, at, section, entries);
    if (m[3] === '/') continue;
    const open = (m.index as number) + m[0].length;
    const close = text.indexOf('<', open);
    if (close === -1 || !text.startsWith(`</${m[1] as string}`, close)) continue;
    const raw = text.slice(open, close);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value === '') continue;
    const key = attributes['key'] ?? attributes['name'] ?? (m[1] as string);
    entries.push({ key, value: unescapeXml(value), start: open + lead, end: open + lead + value.length, section, attributes });
  }
  return entries;
};

/**
 * .NET-style settings elements, `<add key="Name" value="…" />` (NuGet.Config's
 * packageSourceCredentials, appSettings): one entry per element, named by its key, at its value.
 */
export const readAddElements = (text: string): Entry[] => {
  const bySection = new Map<number, Entry[]>();
  for (const entry of readXml(text)) bySection.set(entry.section, [...(bySection.get(entry.section) ?? []), entry]);
  const entries: Entry[] = [];
  for (const [section, attributes] of bySection) {
    const key = attributes.find((a) => a.key.toLowerCase() === 'key');
    const value = attributes.find((a) => a.key.toLowerCase() === 'value');
    if (key && value) entries.push({ key: key.value, value: value.value, start: value.start, end: value.end, section });
  }
  return entries;
};
