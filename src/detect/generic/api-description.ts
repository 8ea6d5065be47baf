// An API description (OpenAPI, Swagger, AsyncAPI, JSON Schema) or a piece of a split one: it documents
// an API, and the values it holds are examples by the specifications' own definitions (OpenAPI 3.1:
// the Example Object and a Schema's `example`; JSON Schema 2020-12 section 9.5 `examples`). Large
// specs are split into one file per path, response, schema or code sample, joined by `$ref`, so a
// piece carries no root `openapi:` key: it is known by the objects it is made of.

// The root of a document: `openapi: 3.1.0`, `swagger: "2.0"`, `asyncapi: 2.6.0`, or the same in JSON.
const ROOT = /^(?:openapi|swagger|asyncapi)\s*:|^\s*\{?\s*"(?:openapi|swagger|asyncapi)"\s*:/m;

// A reference to another piece (`$ref: '../models/pool.yml'`, `"$ref": "#/components/schemas/Pool"`).
const REF = /["']?\$ref["']?\s*:/;

// Keys of OpenAPI's objects (Operation, Response, Media Type, Schema) that configuration files do not use together.
const OBJECT_KEYS: readonly RegExp[] = [
  // a Media Type Object's key (`application/json:`, `application/yaml:`, `text/plain:`)
  /^\s*["']?(?:application|text|multipart)\/[\w.+-]+["']?\s*:/m,
  /^\s*["']?operationId["']?\s*:/m,
  /^\s*["']?requestBody["']?\s*:/m,
  /^\s*["']?(?:x-codeSamples|x-code-samples)["']?\s*:/m,
  /^\s*["']?properties["']?\s*:/m,
  /^\s*["']?(?:readOnly|writeOnly|nullable)["']?\s*:/m,
  /^\s*["']?(?:allOf|oneOf|anyOf)["']?\s*:/m,
  /^\s*["']?examples?["']?\s*:/m,
];

// A schema: `type: object` with its `properties`, each described.
const SCHEMA = /^\s*["']?type["']?\s*:\s*["']?object\b/m;
const PROPERTIES = /^\s*["']?properties["']?\s*:/m;
const DESCRIBED = /^\s*["']?(?:description|example)["']?\s*:/m;

// A Redoc code sample (an item of x-codeSamples kept in its own file): `lang`, optional `label`, `source`.
const CODE_SAMPLE = /^lang\s*:.*\n(?:label\s*:.*\n)?source\s*:/m;

/** Whether a YAML or JSON text is an API description or a piece of one. */
export const isApiDescription = (text: string): boolean => {
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (ROOT.test(head.slice(0, 4_096)) || CODE_SAMPLE.test(head.slice(0, 4_096))) return true;
  if (SCHEMA.test(head) && PROPERTIES.test(head) && DESCRIBED.test(head)) return true;
  return REF.test(head) && OBJECT_KEYS.filter((key) => key.test(head)).length >= 2;
};
