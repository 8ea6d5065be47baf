// A password written beside the parameters of its hash (a salt, the algorithm, scrypt's cost) is that
// hash: an import of users whose passwords are already hashed (Appwrite's "create user with SHA /
// scrypt password", Firebase's auth:import, Django fixtures) passes the digest with its salt and
// settings. A digest opens nothing by itself.

// A key naming a hash's parameter: its salt, algorithm or version, or a cost of its key derivation.
const PARAMETER_KEY = /(?:^|[\s{,(["'$.])["']?\w*(?:salt|hash_?(?:algo\w*|type|method|version|rounds|iterations)|password_?(?:version|algo\w*|cpu|memory|parallel|length|rounds|iterations|hasher))["']?\s*(?:=>|:|=)/i;

// How many lines either side are read: one object literal or block of settings.
const NEAR = 8;

/** Whether a line within NEAR lines of the one starting at `lineStart` sets a hash parameter. */
export const besideHashParameters = (text: string, lineStart: number): boolean => {
  let from = lineStart;
  for (let i = 0; i < NEAR && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = lineStart;
  for (let i = 0; i <= NEAR && to !== -1 && to < text.length; i++) to = text.indexOf('\n', to + 1);
  const lines = text.slice(from, to === -1 ? text.length : to).split('\n');
  return lines.some((line) => line.length < 400 && PARAMETER_KEY.test(line));
};

/** The shapes of a digest as a password field holds it: hex of a hash's length, or base64 of one. */
export const isDigestShape = (value: string): boolean =>
  (/^[0-9a-f]+$/i.test(value) && [32, 40, 56, 64, 96, 128].includes(value.length)) || /^[A-Za-z0-9+/]{22,}={0,2}$/.test(value);
