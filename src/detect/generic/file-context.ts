// What kind of file a finding sits in, from its path: tests and fixtures, examples and templates,
// documentation, CI definitions, real configuration, or code. It moves a finding's confidence.

export type FileContext = 'test' | 'example' | 'docs' | 'ci' | 'real-config' | 'code';

// .NET names a test project after the project it tests: NzbDrone.Common.Test, Shop.Api.IntegrationTests.
const TEST_DIR = /^(?:tests?|__tests__|spec|specs|fixtures?|__fixtures__|testdata|test[_-]?data|testing|mocks?|__mocks__|e2e|cypress|fakes?|stubs?|testutils?|test[_-]?utils?|test[_-]?kit|test[_-]?support|(?:fs|go|it|ut|py|js|ts|rs)test|test[_-]?(?:server|suite|env|harness|bed|cases?)|unittests?|integration[_-]?tests?|vcr[_-]?cassettes|cassettes|snapshots?|__snapshots__)$|\.(?:Unit|Integration|Functional|Acceptance)?Tests?$|\.Specs?$/i;
// NUnit and xUnit name a test class's file after it: HttpHeaderFixture.cs.
const TEST_FILE = /(?:^|[._-])(?:tests?|spec|specs|fixtures?|mocks?|fake)(?:[._-]|$)|_test\.\w+$|Tests?\.\w+$|Fixtures?\.\w+$|^test_|\.snap$/i;
// Helm's chart-testing (ct) installs a chart once per ci/*-values.yaml file: test inputs.
const CHART_TEST_VALUES = /(?:^|\/)ci\/[\w.-]*values\.ya?ml$/;
const EXAMPLE_DIR = /^(?:examples?|samples?|demos?|templates?|tutorials?|quickstarts?|playground|sandbox|skeleton|boilerplate|starter|getting[_-]?started|labs?|workshops?|exercises?)$/i;
const EXAMPLE_FILE = /(?:^|[._-])(?:example|examples|sample|samples|template|templates|tmpl|tpl|dist|skeleton|stub|demo)(?:[._-]|$)/i;
// A folder of API descriptions (openapi/, swagger/, api-specs/) holds specs and their example fixtures.
const DOCS_DIR = /^(?:[\w-]*[-_.]?docs?(?:[-_.]?(?:src|source|sources|site|content))?|documentation|man|wiki|guides?|website|site|blog|_posts|content|articles?|book|handbook|openapi|swagger|api[-_]?specs?)$/i;
// Translations: UI text about passwords, not passwords.
const LOCALE_DIR = /^(?:_{0,2}locales?|i18n|l10n|translations?|lang|langs|languages?|messages|intl|po|locali[sz]ations?|[\w-]+\.lproj)$/i;
// A catalogue named by its language (nl.json, pt-BR.yml, zh_CN.json): ISO 639-1 codes, leaving out those
// that also name configuration (ca: a certificate authority, id, is, it, no, ms, my).
const LANGUAGE_FILE = /^(?:ar|bg|bn|cs|cy|da|de|el|en|eo|es|et|eu|fa|fi|fr|ga|gd|gl|he|hi|hr|hu|hy|ja|ka|kk|km|kn|ko|lt|lv|mk|ml|mn|mr|nb|ne|nl|nn|pa|pl|pt|ro|ru|si|sk|sl|sq|sr|sv|sw|ta|te|th|tl|tr|uk|ur|uz|vi|zh)(?:[-_][A-Za-z]{2,4})?\.(?:json|ya?ml|properties|toml)$/;
const LOCALE_FILE = /\.(?:po|pot|xliff|xlf|resx|strings)$|^messages[_.-][\w-]+\.(?:properties|json|ya?ml)$/i;

// API references: OpenAPI and Swagger documents describe an API and show example values.
// A manual page (rclone.1, git-log.1; not a rotated log, app.log.1).
const DOCS_FILE = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|ronn|txt|html?|ipynb|texi)$|(?<!\.log)\.[1-9]$|^(?:README|CHANGELOG|CHANGES|HISTORY|CONTRIBUTING|UPGRADING|MIGRATION)(?:\.|$)|^(?:openapi|swagger)(?:[.-][\w.-]+)?\.(?:ya?ml|json)$|\.(?:openapi|swagger)\.(?:ya?ml|json)$/i;
// CI definitions and the configuration of build and test tools (setup.cfg's test databases, phpunit.xml).
const CI_PATH = /(?:^|\/)(?:\.?appveyor\.ya?ml$|setup\.cfg$|pyproject\.toml$|pytest\.ini$|\.coveragerc$|phpunit\.xml(?:\.dist)?$|package\.json$|composer\.json$|Makefile$|\.github\/|\.gitlab-ci|\.gitlab\/|\.circleci\/|\.travis\.yml$|azure-pipelines|\.drone\.yml$|bitbucket-pipelines\.yml$|\.buildkite\/|Jenkinsfile$|\.woodpecker|cloudbuild\.ya?ml$|\.tekton\/|tox\.ini$|noxfile\.py$|\.pre-commit-config\.yaml$)/;
// Helm charts' values files are defaults for others to override: examples of configuration.
const CHART_VALUES = /(?:^|\/)values(?:[.-][\w.-]+)?\.ya?ml$/;

// Configuration a program reads in production, by format or by the names frameworks give it.
const CONFIG_FILE = /\.(?:env|ya?ml|json|toml|ini|cfg|conf|cnf|properties|xml|config|tfvars|hcl|plist)$|(?:^|\/)\.env(?:\.[\w-]+)*$|(?:^|\/)(?:settings|local_settings|production|prod|config|wp-config|secrets|credentials|database|parameters)\.(?:py|php|rb|js|ts)$|(?:^|\/)(?:Dockerfile|docker-compose[\w.-]*|compose[\w.-]*|\.npmrc|\.pypirc|\.netrc|\.pgpass|\.my\.cnf|\.s3cfg|\.git-credentials)$/i;

/** The context of a path (posix, relative): the first that applies of test, example, docs, CI, real configuration, code. */
export const fileContextOf = (path: string): FileContext => {
  const parts = path.split('/');
  const name = parts[parts.length - 1] ?? path;
  const dirs = parts.slice(0, -1);
  if (dirs.some((dir) => TEST_DIR.test(dir)) || TEST_FILE.test(name) || CHART_TEST_VALUES.test(path)) return 'test';
  if (dirs.some((dir) => EXAMPLE_DIR.test(dir)) || EXAMPLE_FILE.test(name) || CHART_VALUES.test(path)) return 'example';
  if (dirs.some((dir) => DOCS_DIR.test(dir) || LOCALE_DIR.test(dir)) || DOCS_FILE.test(name) || LOCALE_FILE.test(name) || LANGUAGE_FILE.test(name)) return 'docs';
  if (CI_PATH.test(path)) return 'ci';
  return CONFIG_FILE.test(path) ? 'real-config' : 'code';
};
