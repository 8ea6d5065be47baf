// A key named after a thing (ratingKey, userKey) holds a secret only when the value is generated for
// it; a MongoDB ObjectId is generated for a record (a creation time, then random bytes and a counter).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { createDetector } from '../../../src/detect/detector.js';
import { isObjectId } from '../../../src/detect/generic/value-shapes.js';
import { randomFrom } from '../../helpers/fake-secrets.js';
import { tempDir } from '../../helpers/temp-dir.js';

const HEX = '0123456789abcdef';
// An ObjectId made now: its first four bytes are the time in seconds.
const objectId = (): string => `${Math.floor(Date.now() / 1000).toString(16).padStart(8, '0')}${randomFrom(HEX, 16)}`;

describe('record ids under a key named after a thing', () => {
  const config = loadConfig(tempDir(), undefined);
  const detector = createDetector(config.rules, config.allowlists, { includeInvalid: false });
  const secrets = (path: string, text: string): string[] => detector.detect({ path, text, startLine: 1 }).findings.map((f) => f.secret);

  it('reads an ObjectId by its timestamp', () => {
    expect(isObjectId(objectId())).toBe(true);
    expect(isObjectId(`ff${randomFrom(HEX, 22)}`)).toBe(false);
    expect(isObjectId(`00${randomFrom(HEX, 22)}`)).toBe(false);
    expect(isObjectId(objectId().toUpperCase())).toBe(false);
  });

  it('drops an ObjectId under ratingKey, keeps a random key there, and keeps an ObjectId-shaped value under a secret word', () => {
    const id = objectId();
    expect(secrets('fixtures/watchlist.json', `{ "ratingKey": "${id}", "title": "Nope" }\n`)).toEqual([]);
    const random = `${randomFrom('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 20)}${randomFrom('23456789', 4)}`;
    expect(secrets('src/config.json', `{ "mapboxKey": "${random}" }\n`)).toEqual([random]);
    expect(secrets('src/config.json', `{ "api_secret": "${id}" }\n`)).toEqual([id]);
  });
});
