/** The commented .leakgate.toml that `leakgate init` writes. */
export const STARTER_CONFIG = `#:schema ./node_modules/leakgate/schema/leakgate.schema.json
# leakgate configuration. Reference: https://www.npmjs.com/package/leakgate
# The line above lets editors with a TOML language server (taplo, Even Better TOML) check this file.
# The built-in rules stay on; add what your repository needs below.

[extend]
useDefault = true
# disabledRules = ["generic-password-assignment"]

# Paths, values or commits that must never be reported. Keep allowlists narrow:
# a broad one hides real secrets.
# [[allowlists]]
# description = "test fixtures with invented credentials"
# paths = ["test/fixtures/**"]
# regexes = ['''^dummy_''']
# stopwords = ["localhost"]

# A rule of your own (examples must be found, negatives must not: \`leakgate rules check .leakgate.toml\`).
# [[rules]]
# id = "acme-api-key"
# description = "ACME internal API key"
# regex = '''\\b(acme_[0-9a-zA-Z]{32})\\b'''
# secretGroup = 1
# keywords = ["acme_"]
# severity = "high"
`;
