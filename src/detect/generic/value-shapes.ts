// Shapes of values that are not secrets whatever key they are given: templates and placeholders,
// paths and URLs, ids, versions and dates, password hashes and ciphertext envelopes.
import { isPronounceable, unleet, wordiness } from './value-features.js';

/** <token>, ${VAR}, {{ .Values.x }}, %s, %(name)s, {0}, $VAR, __VAR__, @VAR@, #{x}, [PASSWORD]. */
/** printf's holes (%s, %d, %(name)s, %1$s). */
export const PRINTF_HOLE = /%(?:\([\w.-]+\)|\d+\$)?[sd](?![A-Za-z0-9])/g;

/** Templates (a hole closed by its brace, or cut off after its name): <x>, ${x}, {{x}}, {name} (an interpolated string's hole: C#'s $"…{x}…", f-strings), .NET's composite format holes ({0}, {1:N2}), @X@, __X__, #{x}; printf's holes apart (PRINTF_HOLE). */
// `$map:key/path` (a lookup into a named map, as Cloud Foundation Fabric's context interpolation
// writes `$kms_keys:prod/storage`) is a reference like `$VAR`.
export const isTemplate = (value: string): boolean =>
  /\{[A-Za-z_][\w.]*\}|^<[^<>]*>$|^\[[^\[\]]*\]$|^\([^()]*\)$|\$\{(?:[^{}]*\}|[A-Za-z_][\w.]*$)|\{\{|\}\}|^\{\d*\}$|\{\d{1,2}(?:,-?\d+)?(?::[^{}]{0,20})?\}|^\$[A-Za-z_][\w.]*$|^\$[a-z_][a-z0-9_]*:[\w./@-]+$|^__[A-Z0-9_]+__$|^@[A-Z0-9_]+@$|#\{(?:[^{}]*\}|[A-Za-z_@$:][\w.@:\[\]]*$)|^%[\w.-]+%$/.test(value);

// Words that say a value stands for one: your-api-key, changeme, changethis, <REDACTED>, example_token.
// Short words count as whole words that start the value or follow a separator (your-api-key,
// <your token>, Your$tr0ng, test123), not wherever a symbol happens to fall before them in a random
// value (Qx7!My2…).
const SAYS_PLACEHOLDER =
  /(?:^|[\s_.:<>/-])(?:your|my|insert|enter|put|paste|replace|fill|here|test|demo)(?![a-z])|change[_-]?me|change[_-]?(?:this|it)(?![a-z])|replace[_-]?me|insecure|placeholder|redacted|example|sample|dummy|fake|mock|not[_-]?(?:a[_-]?)?real|todo|fixme|\*\*\*/i;

// A value that names what it is (a password that is the word password, a secret that says secret).
const NAMES_ITSELF = /pass(?:w(?:or)?d|phrase)|secret|token|api[_-]?key|credential/i;

/** The value says what it is (a password that spells password, P@ssw0rd, a secret that says secret). */
export const namesItself = (value: string): boolean => NAMES_ITSELF.test(value) || NAMES_ITSELF.test(unleet(value));

// yourtoken, mypassword, MySecret: a word after it (an uppercase run such as MYX!, or letters no one
// would spell, myvtzwWyuq, are random: one random value in a thousand starts with my).
const OWNED_WORD = /^(?:[Yy]our|[Mm]y)([A-Za-z][a-z]{2,})/;
const isOwnedWord = (value: string): boolean => {
  const word = OWNED_WORD.exec(value)?.[1];
  return word !== undefined && isPronounceable(word.slice(0, 12));
};

/** Part of the value left out: eyJhbGciOi..., ACEG…BDFH (docs shorten what they show; base64 and hex hold no dots). */
// (Not a long generated value that holds three dots among its symbols, a WordPress salt: a part
// shown either side of an elision is short.)
export const isElided = (value: string): boolean => {
  if (value.includes('…')) return true;
  if (/^\.{3}$/.test(value)) return false;
  const parts = value.split(/(?<!\.)\.{3}(?!\.)/);
  return parts.length > 1 && parts.some((part) => part.length <= 16);
};

/** Text that asks to be filled in: your-key, changeme, example_token, xxxx, a value that trails off. */
export const isFillInText = (value: string): boolean =>
  SAYS_PLACEHOLDER.test(value) || isOwnedWord(value) || /x{3,}|X{3,}/.test(value) || /(?:\.\.\.|…)$/.test(value) || /^[.#_=*-]+$/.test(value);

export const isPlaceholderText = (value: string): boolean => isFillInText(value) || namesItself(value);

// Defaults that ship with images and tutorials: the value is a role or product name.
const DEFAULT_WORDS = new Set(['root', 'admin', 'administrator', 'postgres', 'postgresql', 'mysql', 'mariadb', 'redis',
  'mongo', 'mongodb', 'guest', 'user', 'username', 'default', 'pass', 'none', 'null', 'nil', 'undefined', 'true', 'false',
  'required', 'optional', 'string', 'value', 'empty', 'unset', 'disabled', 'enabled', 'rabbitmq', 'elastic', 'kibana',
  'keycloak', 'minio', 'minioadmin', 'docker', 'jenkins', 'wordpress', 'django', 'rails', 'laravel', 'symfony', 'app']);

export const isDefaultWord = (value: string, keyWords: readonly string[]): boolean => {
  const lower = value.toLowerCase();
  return DEFAULT_WORDS.has(lower) || keyWords.includes(lower);
};

/** A segment of a path that names something: lowercase, digits, or mostly words (not base64's case mix). */
const isNamedSegment = (segment: string): boolean => /^[a-z0-9._@~-]*$/.test(segment) || wordiness(segment) >= 0.5;

/**
 * The shape of an expression in any language, for text whose syntax is unknown (docs, plain
 * files): a call or subscript (getenv(X), InitVar[str]), a member of this/self, a $ or @ variable.
 */
export const isCodeShape = (value: string): boolean =>
  /^[A-Za-z_$][\w$.:]*(?:\[[^\]]*\]|\([^)]*\))+[;,]?$/.test(value) || /^(?:this|self)\.[A-Za-z_$]/.test(value) ||
  /^[$@][A-Za-z_{][\w.{}]*$/.test(value) ||
  // a method called on what comes before (`"…?accessToken=".concat(n)` in a bundle), a CSS rule (.signup-confirm{})
  /^\.[A-Za-z_$][\w$]*\(/.test(value) || /^[.#][\w-]+\s*\{[^{}]*\}$/.test(value) ||
  // a member read then an operator: `Key=blockMeta.axisDim+` inside a bundle's eval'd string, `_.credentials===`
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?:[-+*\/%?]|[=!]==?|&&|\|\||[<>]=?)$/.test(value) ||
  // names joined by `=`: a chained assignment in minified code (a.b=a.c=null), a condition (provider=ovh)
  /^[A-Za-z_$][\w$.]*(?:=[A-Za-z_$][\w$.]*)+$/.test(value) ||
  // an expression concatenated into a string: `"access_key": ` + strconv.Quote(x) + `
  /^\+\s*[A-Za-z_$][\w$.]*\(/.test(value) ||
  // a Razor or Blade expression: @Html.Raw(…), @Model.Token
  /^@[A-Za-z_]\w*\.[A-Za-z_]/.test(value) ||
  // a Smithy shape id: smithy.api#httpBearerAuth
  /^[a-z][\w]*(?:\.[a-z][\w]*)+#[A-Za-z]\w*$/.test(value) ||
  // PowerShell's cast of a hash literal: [PSCustomObject]@{, [ordered]@{
  /^\[[A-Za-z][\w.]*\]@\{/.test(value);

/** Validation rules (Laravel, Rails-style): required|confirmed|min:12, Confirmed|Min:8. */
export const isRuleList = (value: string): boolean => /^[A-Za-z_]+(?::[\w,.-]+)?(?:\|[A-Za-z_]+(?::[\w,.-]+)?)+$/.test(value);

/**
 * A page anchor (#add-password, #step-2, #section_3, #resetPassword): words joined by hyphens,
 * underscores or a capital, a number only at a word's end. Not a value that starts with a hash and mixes digits
 * into its letters (#gets0m3): a password that begins with `#`.
 */
const isAnchor = (value: string): boolean => /^#[a-z]+\d*(?:[-_]?[A-Z][a-z]*\d*|[-_][a-z]+\d*|[-_]\d+)*$/.test(value);

/** A file path, a route or an anchor: ./x, ../x, ~/x, /etc/x, C:\x, #anchor, a/b/c.png. */
/** A relative path of three segments or more ending in a file name (Purple/v4/45/50/<uuid>/pr_source.geojson). */
const isRelativeFilePath = (value: string): boolean => /^[\w.-]+(?:\/[\w.-]+){2,}\/[\w-]+\.[a-z0-9]{2,8}$/.test(value);

export const isPath = (value: string): boolean => {
  if (isRelativeFilePath(value)) return true;
  if (/^(?:\.{1,2}|~)?\/[\w.@~-]/.test(value) && !/[+=]/.test(value)) return value.split('/').every(isNamedSegment);
  // a drive (C:\x, C:\\x escaped in a string), or a registry hive as PowerShell names it (HKLM:\SOFTWARE)
  if (/^[A-Za-z]:\\/.test(value) || /^HK(?:LM|CU|CR|U|CC|EY_[A-Z_]+):\\/.test(value) || isAnchor(value)) return true;
  return /^[\w.@-]+(?:\/[\w.@-]+)+\.[A-Za-z][A-Za-z0-9]{0,4}$/.test(value);
};

/** A URL with no password in it (a URL with one is a connection string, read by its own rules). */
export const isUrlWithoutCredentials = (value: string): boolean =>
  /^[a-z][a-z0-9+.-]{1,20}:\/\/[^\s@/]*(?:[/?#]|$)/i.test(value) && !/^[a-z][a-z0-9+.-]*:\/\/[^/\s]*:[^/\s]*@/i.test(value);

/**
 * A regular expression's source: a bracketed class with a range and a quantifier after it
 * (`[a-zA-Z_][a-zA-Z0-9_]*`), or a group construct (`(?:`, `(?<!`, `(?=`): a pattern, not a value.
 */
export const isRegexSource = (value: string): boolean =>
  /\[\^?[^\]\s]*[A-Za-z0-9]-[A-Za-z0-9][^\]\s]*\](?:[*+?]|\{\d)/.test(value) || /\(\?(?:[:=!]|<[=!])/.test(value) ||
  // a class of escapes with a quantifier: [\w\-.]+, [\d\s]{2,}
  /\[\^?(?:[^\]\\\s]|\\.)*\\[wdsWDS](?:[^\]\\\s]|\\.)*\](?:[*+?]|\{\d)/.test(value);

// PowerShell's approved verbs (Get-Verb; Microsoft's "Approved Verbs for PowerShell Commands").
const POWERSHELL_VERBS = new Set(('Add Clear Close Copy Enter Exit Find Format Get Hide Join Lock Move New Open Optimize Pop Push Redo ' +
  'Remove Rename Reset Resize Search Select Set Show Skip Split Step Switch Undo Unlock Watch Connect Disconnect Read Receive Send ' +
  'Write Backup Checkpoint Compare Compress Convert ConvertFrom ConvertTo Dismount Edit Expand Export Group Import Initialize Limit ' +
  'Merge Mount Out Publish Restore Save Sync Unpublish Update Approve Assert Build Complete Confirm Deny Deploy Disable Enable ' +
  'Install Invoke Register Request Restart Resume Start Stop Submit Suspend Uninstall Unregister Wait Debug Measure Ping Repair ' +
  'Resolve Test Trace Block Grant Protect Revoke Unblock Unprotect Use').split(' '));

/** A PowerShell command's name, an approved verb and a noun (Reset-DbaAdmin, Get-AzKeyVaultSecret): a name, not a value. */
export const isPowershellCommandName = (value: string): boolean => {
  const dash = value.indexOf('-');
  return dash > 0 && POWERSHELL_VERBS.has(value.slice(0, dash)) && /^[A-Z][A-Za-z0-9]+$/.test(value.slice(dash + 1));
};

export const isArn = (value: string): boolean => /^arn:aws[\w-]*:/.test(value);

/**
 * A Google Cloud resource name (AIP-122: a collection and an id, pair after pair, from a project,
 * folder or organization): `projects/p/locations/l/keyRings/r/cryptoKeys/k` names a KMS key whose
 * material never leaves KMS, `projects/p/secrets/s` a secret kept in Secret Manager.
 */
export const isCloudResourceName = (value: string): boolean =>
  /^(?:\/\/[\w.-]+\.googleapis\.com\/)?(?:projects|organizations|folders|billingAccounts)\/[\w.:-]+(?:\/[a-z][A-Za-z]+\/[\w.@:-]+)+$/.test(value);
export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

// MongoDB's ObjectId (BSON spec, ObjectId): 12 bytes as 24 hex, the first four a Unix time in
// seconds. From MongoDB's first release (2009) to a year from now.
const OBJECT_ID_FROM = Date.UTC(2009, 0, 1) / 1000;

/** A MongoDB ObjectId: 24 lowercase hex whose first 8 are a creation time since 2009. */
export const isObjectId = (value: string): boolean => {
  if (!/^[0-9a-f]{24}$/.test(value)) return false;
  const seconds = parseInt(value.slice(0, 8), 16);
  return seconds >= OBJECT_ID_FROM && seconds <= Date.now() / 1000 + 365 * 86400;
};
export const isEmail = (value: string): boolean => /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value);
export const isDateOrTime = (value: string): boolean => /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}|$)/.test(value);

/** 1.2.3, v2.0.0-rc1, ==4.16.0, ^1.2, ~> 3.0, >=2: versions and pins. */
export const isVersion = (value: string): boolean => /^(?:[=<>~^!]=?|~>)?\s*v?\d+(?:\.\d+){1,3}(?:[-+.][\w.]+)?$/.test(value);

// A part of a name: a lowercase word (with a number: group1, v2), a number, a capitalised word, an acronym.
const NAME_PART = /^(?:[a-z]+\d*|\d+|[A-Z][a-z]+\d*|[A-Z]{2,6}\d*)$/;

/**
 * Spelled like a word (or a product name: wpgraphql): a vowel when longer than three letters, no
 * five consonants in a row. Loose on purpose: it tells a name's parts from random letters.
 */
export const spelledLikeWord = (part: string): boolean => {
  const lower = part.toLowerCase().replace(/\d+$/, '');
  return (lower.length <= 3 || /[aeiouy]/.test(lower)) && !/[^aeiouy]{5}/.test(lower);
};

/** Dotted, snake, kebab, colon or camel names made of words: markup.heading.1, app:prefs:v1, authSecretRef. */
export const isIdentifierOfWords = (value: string): boolean => {
  // A leading number too: migrations are named by their order (Django's 0006_require_contenttypes_0002).
  // A cache or queue key's prefix ends in its separator (pf:services:reblogs:v1:post:, federation:_v3:).
  if (!/^(?:\d+[._-])?[A-Za-z][A-Za-z0-9]*(?:[._:-]+[A-Za-z0-9]+)*[._:-]*$/.test(value)) return false;
  const parts = value.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s._:-]+/).filter((part) => part !== '');
  return parts.length >= 2 && parts.every((part) => NAME_PART.test(part) && spelledLikeWord(part));
};

/**
 * A JWT (RFC 7519, in JWS compact form, RFC 7515 section 7.1) with no real signature: an empty,
 * one-character or few-character third part, or an empty header (`.eyJ…payload….`: nothing says how it
 * would be signed). Such a token proves nothing (an HMAC-SHA256 signature alone is 43 characters):
 * tests use them to check that malformed tokens are refused.
 */
export const isUnsignedJwt = (value: string): boolean =>
  /^eyJ[\w-]{8,}\.[\w-]*\.[\w-]{0,15}$/.test(value) || isJoseHeaderAlone(value) || isTwoPartJws(value) || /^\.eyJ[\w-]{8,}\.[\w-]{0,15}$/.test(value);

/**
 * Two parts, both base64url of JSON (a header and a payload in any encoding of them: `["HS256"]` is
 * WyJIUzI1NiJd, `{}` e30), no signature: a malformed token, as the tests of a JWT library build them.
 */
const isTwoPartJws = (value: string): boolean => {
  const parts = /^([\w-]{4,200})\.([\w-]{2,400})$/.exec(value);
  return parts !== null && isBase64Json(parts[1] as string) && isBase64Json(parts[2] as string);
};

const isBase64Json = (part: string): boolean => /^\s*[[{]\s*["\]}]/.test(Buffer.from(part, 'base64url').toString('latin1'));

/**
 * An SSH public key's blob (RFC 4253 section 6.6: the length-prefixed algorithm name first, so
 * ssh-rsa and ssh-dss are AAAAB3NzaC1…, ssh-ed25519 AAAAC3NzaC1…, ecdsa-sha2-* AAAAE2VjZHNh…, the
 * sk-… security-key types AAAAGnNrLXNzaC1… and AAAAInNrLWVjZHNh…): public.
 */
/**
 * A minisign public key (its format: base64 of "Ed", an 8-byte key id and a 32-byte Ed25519 key,
 * 56 characters starting RW); a secret key is longer and encrypted. dnscrypt-proxy's minisign_key.
 */
export const isMinisignPublicKey = (value: string): boolean => /^RW[A-Za-z0-9+/]{54}$/.test(value);

/**
 * An id made of ids: RFC 4122 UUIDs joined by words and host names with `.` or `-` (MSAL's cache
 * keys, `<uuid>.<uuid>-login.microsoftonline.com`, `accesstoken-<uuid>-<uuid>-https://…`). Not a short prefix before
 * one UUID: that is a key's format (Loco's `lo-<uuid>` API keys).
 */
export const isUuidComposite = (value: string): boolean => {
  const rest = value.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '');
  return rest !== value && /^[a-z0-9_.:/-]*$/.test(rest) && /[a-z]{5}/.test(rest);
};

/** An AWS Signature V4 credential scope: `<key id>/<yyyymmdd>/<region>/<service>/aws4_request`, an id. */
export const isSigV4Scope = (value: string): boolean => /\/\d{8}\/[a-z0-9-]+\/[a-z0-9-]+\/aws4_request$/.test(value);

/**
 * A public key written with its type (Tailscale's key text form: `nodekey:`, `mkey:`, `discokey:` and
 * 64 hex digits; its private keys are `privkey:`), or an OpenSSH key fingerprint (`SHA256:` and 43
 * base64 characters, a hash of a public key).
 */
export const isTypedPublicKey = (value: string): boolean =>
  /^(?:nodekey|mkey|discokey):[0-9a-f]{64}$/.test(value) || /(?:^|[-:])SHA256:[A-Za-z0-9+/]{43}=?$/.test(value);

/** A Kubernetes qualified name: a DNS subdomain, a slash, a name (acme.cert-manager.io/http01-edit-in-place). */
export const isQualifiedName = (value: string): boolean => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[A-Za-z0-9][\w.-]*$/.test(value);

export const isSshPublicKeyBlob = (value: string): boolean => /^AAAA(?:[BC]3NzaC1|E2VjZHNh|GnNrLXNzaC1|InNrLWVjZHNh)/.test(value);

/** The first part of a JWT alone (base64url of `{"alg":…`, cut short or not): a header, no token. */
const isJoseHeaderAlone = (value: string): boolean =>
  /^eyJ[\w-]{8,200}$/.test(value) && /^\{\s*"(?:alg|typ|kid|enc)"/.test(Buffer.from(value, 'base64url').toString('latin1'));

/** Password hashes: crypt(3) and PHC ($2y$, $6$, $apr1$, $argon2id$), Django's, LDAP's {SSHA}, MySQL's *HEX, SRI. */
export const isPasswordHash = (escaped: string): boolean => {
  // Docker Compose writes a literal $ as $$: $$argon2id$$v=19$$… is the hash $argon2id$v=19$….
  const value = escaped.replace(/\$\$/g, '$');
  return /^(?:[\w.-]{1,64}:)?\$(?:1|2[abxy]?|5|6|7|y|gy|apr1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|bcrypt(?:-sha256)?|sha\d+|md5)\$/.test(value) ||
  /^(?:pbkdf2_sha(?:1|256)|argon2|bcrypt(?:_sha256)?|scrypt|md5|sha1|unsalted_md5|unsalted_sha1|crypt)\$/.test(value) ||
  /^(?:[\w.-]{1,64}:)?\{(?:s?sha(?:256|384|512)?|s?md5|crypt|pbkdf2[\w-]*|bcrypt|argon2\w*)\}/i.test(value) ||
  // Spring Security's DelegatingPasswordEncoder: {id} and the encoding ({pbkdf2@SpringSecurity_v5_8}…,
  // {SHA-256}{salt}…); not {noop}, which stores the password itself
  /^\{(?:bcrypt|pbkdf2|scrypt|argon2|sha256|SHA-1|SHA-256|MD4|MD5|ldap)(?:@[\w.]+)?\}/.test(value) ||
  /^\*[0-9A-F]{40}$/.test(value) ||
  /^(?:sha(?:1|256|384|512)|md5)[-:]/i.test(value) ||
  // PostgreSQL's stored passwords (pg_authid.rolpassword): md5 + 32 hex, SCRAM-SHA-256$iterations:salt$key:key.
  /^md5[0-9a-f]{32}$|^SCRAM-SHA-256\$\d+:/.test(value);
};

/**
 * Encrypted values: SOPS, Ansible Vault, Jasypt ENC(…), Spring's {cipher}, Vault transit, ejson,
 * sealed secrets, PGP, Codecov's `secret:` values (base64 ciphertext only Codecov decrypts), and an
 * app's versioned envelope (Harbor's `<enc-v1>` then base64: a tag that names the scheme, ciphertext
 * after it).
 */
export const isCiphertext = (value: string): boolean =>
  /^ENC\[(?:AES256_GCM|PGP|KMS)|^\$ANSIBLE_VAULT;|^!vault|^ENC\(.*\)$|^\{cipher\}|^vault:v\d+:|^EJ\[\d:|^-----BEGIN PGP MESSAGE|^AgB[A-Za-z0-9+/]{100,}/.test(value) ||
  /^<(?:enc|encrypted|cipher)(?:[-_.]?v?\d+)?>[A-Za-z0-9+/_-]{16,}={0,2}$/i.test(value) ||
  /^secret:[A-Za-z0-9+/]{20,}={0,2}$/.test(value);

/**
 * An elliptic-curve public key or an Ethereum address in `0x` hex: a SEC1 public key on secp256k1 is
 * 33 bytes starting 02 or 03 (compressed) or 65 starting 04; an address is the last 20 bytes of a
 * public key's hash. A private key on the curve is exactly 32 bytes (64 hex digits), none of these.
 */
export const isCurvePublicValue = (value: string): boolean =>
  /^0x(?:[0-9a-fA-F]{40}|0[23][0-9a-fA-F]{64}|04[0-9a-fA-F]{128})$/.test(value);

/** A terminal control sequence written with escapes (`\x1b[31m`, `\033]0;title\x07`, `\e[0m`): output for a terminal. */
export const isTerminalEscape = (value: string): boolean => /(?:\\x1[bB]|\\033|\\e|\\u001[bB])[[\]]/.test(value);

/**
 * A value that opens with a word saying it is for tests (`Testing…`, `TestSecret…`, `dummy_…`,
 * `fake-…`, `Mock…`), the word ending at a capital, a digit or a separator: a fixture named as one. A
 * generated value opens with those four letters one time in ~10^7. (Not lower-case `test_`: Mollie,
 * Lob and others issue test-mode keys so prefixed, credentials of their own.)
 */
export const opensWithTestWord = (value: string): boolean =>
  /^(?:Test(?:ing)?|TEST(?:ING)?|[Dd]ummy|DUMMY|[Ff]ake|FAKE|[Mm]ock|MOCK)(?:[A-Z0-9_.-])/.test(value);
