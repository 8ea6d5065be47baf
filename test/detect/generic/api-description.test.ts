import { describe, expect, it } from 'vitest';
import { isApiDescription } from '../../../src/detect/generic/api-description.js';

describe('isApiDescription', () => {
  it.each([
    ['an OpenAPI root', 'openapi: 3.1.0\ninfo:\n  title: Pets\n'],
    ['a Swagger root in JSON', '{\n  "swagger": "2.0",\n  "info": {}\n}\n'],
    ['a response piece of a split spec', "description: A pool.\ncontent:\n  application/json:\n    schema:\n      $ref: '../models/pool.yml'\n    example:\n      pool:\n        user: admin\n"],
    ['a schema piece', 'type: object\nproperties:\n  uri:\n    type: string\n    description: A connection string.\n    readOnly: true\n'],
    ['a code sample of x-codeSamples', 'lang: cURL\nsource: |-\n  curl -X PUT https://api.example.test/v2/pools\n'],
  ])('%s is one', (_name, text) => {
    expect(isApiDescription(text)).toBe(true);
  });

  it.each([
    ['a Compose file', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: x\n'],
    ['a Kubernetes Secret', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: x\n'],
    ['a CI workflow', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n'],
    ['an app config with one $ref-like key', '{ "$ref": "base.json", "db": { "password": "x" } }\n'],
  ])('%s is not', (_name, text) => {
    expect(isApiDescription(text)).toBe(false);
  });
});
