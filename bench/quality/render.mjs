// How a `NAME = value` pair is written in each kind of file. Every renderer returns the lines of a
// small snippet and the index of the line that holds the value.

export const words = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .split(/[_.\-\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

export const upper = (name) => words(name).join('_').toUpperCase();
export const snake = (name) => words(name).join('_');
export const kebab = (name) => words(name).join('-');
export const dotted = (name) => words(name).join('.');
export const camel = (name) => words(name).map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
export const pascal = (name) => words(name).map((w) => w[0].toUpperCase() + w.slice(1)).join('');

const needsQuotes = (v) => /[\s#;&|<>()$`'"\\{}*!?^%@:,[\]=+]/.test(v);
const yamlValue = (v, r) => (needsQuotes(v) || r.chance(0.5) ? JSON.stringify(v) : v);
const envValue = (v, r) => (needsQuotes(v) ? `"${v}"` : r.chance(0.3) ? `"${v}"` : v);
const single = (v) => `'${v}'`;
const dq = (v) => JSON.stringify(v);

/** One of the ways to write name = value in `kind`: { lines, at, form } (at = index of the value's line). */
export const assign = (kind, name, value, r) => {
  const one = (line, form) => ({ lines: [line], at: 0, form });
  switch (kind) {
    case 'env':
      return one(`${upper(name)}=${envValue(value, r)}`, 'dotenv');
    case 'sh':
      return r.pick([
        () => one(`export ${upper(name)}=${value.includes("'") ? dq(value) : single(value)}`, 'export'),
        () => one(`export ${upper(name)}="${value.replace(/[$`"\\]/g, '\\$&')}"`, 'export'),
        () => one(`${upper(name)}='${value}'`, 'shell-var'),
      ])();
    case 'docker': {
      const op = r.pick(['ENV', 'ENV', 'ARG']);
      return one(`${op} ${upper(name)}=${needsQuotes(value) ? dq(value) : value}`, op);
    }
    case 'ci-yaml':
      return one(`      ${upper(name)}: ${yamlValue(value, r)}`, 'ci-env');
    case 'yaml':
      return one(`  ${snake(name)}: ${yamlValue(value, r)}`, 'yaml');
    case 'k8s':
      return one(`  ${r.chance(0.5) ? kebab(name) : snake(name)}: ${dq(value)}`, 'stringData');
    case 'json':
      return one(`"${camel(name)}": ${dq(value)}`, 'json');
    case 'toml':
      return one(`${snake(name)} = ${dq(value)}`, 'toml');
    case 'ini':
      return one(`${snake(name)} = ${value}`, 'ini');
    case 'props':
      return one(`${dotted(name)}=${value}`, 'properties');
    case 'js':
    case 'ts':
      return r.pick([
        () => one(`const ${camel(name)} = ${r.pick([single, dq])(value)};`, 'const'),
        () => one(`export const ${upper(name)} = ${r.pick([single, dq, (v) => `\`${v}\``])(value)};`, 'export-const'),
        () => ({ lines: [`export const ${camel(name)}Settings = {`, `  ${camel(name)}: ${dq(value)},`, `  timeoutMs: ${r.pick([3000, 5000, 10000])},`, '};'], at: 1, form: 'object-property' }),
      ])();
    case 'py':
      return r.pick([
        () => one(`${upper(name)} = ${r.pick([single, dq])(value)}`, 'assign'),
        () => one(`${snake(name)} = os.environ.get("${upper(name)}", "${value}")`, 'getenv-default'),
        () => ({ lines: ['SETTINGS = {', `    "${snake(name)}": "${value}",`, `    "retries": ${r.int(2, 5)},`, '}'], at: 1, form: 'dict' }),
      ])();
    case 'go':
      return r.pick([
        () => one(`const ${camel(name)} = "${value}"`, 'const'),
        () => one(`var ${camel(name)} = "${value}"`, 'var'),
        () => ({ lines: ['var defaultConfig = Config{', `\t${pascal(name)}: "${value}",`, `\tTimeout:  ${r.int(5, 30)} * time.Second,`, '}'], at: 1, form: 'struct-literal' }),
      ])();
    case 'java':
      return r.pick([
        () => one(`    private static final String ${upper(name)} = "${value}";`, 'static-final'),
        () => ({ lines: ['    static Properties defaults() {', '        Properties props = new Properties();', `        props.setProperty("${dotted(name)}", "${value}");`, '        return props;', '    }'], at: 2, form: 'setProperty' }),
      ])();
    case 'rb':
      return r.pick([
        () => one(`${upper(name)} = '${value}'.freeze`, 'constant.freeze'),
        () => ({ lines: ['Rails.application.configure do', `  config.${snake(name)} = "${value}"`, 'end'], at: 1, form: 'rails-config' }),
        () => one(`${snake(name)} = ENV.fetch("${upper(name)}", "${value}")`, 'ENV.fetch-default'),
      ])();
    case 'md':
      return r.pick([
        () => one(`**${upper(name)}**: \`${value}\``, 'bold-code'),
        () => one(`- \`${upper(name)}=${value}\``, 'list-code'),
        () => one(`| ${upper(name)} | \`${value}\` | required |`, 'table-row'),
        () => ({ lines: ['```bash', `export ${upper(name)}="${value}"`, '```'], at: 1, form: 'code-fence' }),
      ])();
    case 'tf':
      return r.pick([
        () => ({ lines: ['locals {', `  ${snake(name)} = "${value}"`, '}'], at: 1, form: 'locals' }),
        () => ({ lines: [`resource "kubernetes_secret" "${kebab(name)}" {`, '  metadata {', `    name = "${kebab(name)}"`, '  }', '  data = {', `    ${snake(name)} = "${value}"`, '  }', '}'], at: 5, form: 'resource-data' }),
      ])();
    case 'css':
      return one(`  --${kebab(name)}: ${value};`, 'css-var');
    default:
      throw new Error(`no renderer for ${kind}`);
  }
};

/** A multi-line PEM value in `kind`: { lines, start, end } (the BEGIN and END lines). */
export const assignPem = (kind, name, pem, r) => {
  const pemLines = pem.trimEnd().split('\n');
  const esc = pem.replace(/\n/g, '\\n');
  const block = (before, body, after) => ({ lines: [...before, ...body, ...after], start: before.length, end: before.length + body.length - 1 });
  switch (kind) {
    case 'pem':
      return block([], pemLines, []);
    case 'yaml':
    case 'k8s':
      return block([`  ${snake(name)}: |`], pemLines.map((l) => `    ${l}`), []);
    case 'ci-yaml':
      return block([`      ${upper(name)}: |`], pemLines.map((l) => `        ${l}`), []);
    case 'tf':
      return block([`resource "tls_locally_signed_cert" "${kebab(name)}" {`, '  ca_private_key_pem = <<-EOT'], pemLines.map((l) => `    ${l}`), ['  EOT', '}']);
    case 'js':
    case 'ts':
      return block([`const ${camel(name)} = \``], pemLines, ['`;']);
    case 'py':
      return block([`${upper(name)} = """`], pemLines, ['"""']);
    case 'rb':
      return block([`${upper(name)} = <<~PEM`], pemLines.map((l) => `  ${l}`), ['PEM']);
    case 'go':
      return block([`const ${camel(name)} = \``], pemLines, ['`']);
    case 'json':
      return { lines: [`"${camel(name)}": ${JSON.stringify(pem)}`], start: 0, end: 0 };
    case 'env':
      return { lines: [`${upper(name)}="${esc}"`], start: 0, end: 0 };
    case 'sh':
      return block([`cat > /tmp/${kebab(name)}.pem <<'EOF'`], pemLines, ['EOF']);
    case 'md':
      return block(['```'], pemLines, ['```']);
    default:
      throw new Error(`no PEM renderer for ${kind}`);
  }
};

export const PEM_KINDS = ['pem', 'yaml', 'k8s', 'ci-yaml', 'tf', 'js', 'ts', 'py', 'rb', 'go', 'json', 'env', 'sh', 'md'];
