// Validates SARIF against the official 2.1.0 JSON schema (shipped by @microsoft/jest-sarif).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// A CommonJS module whose export is the class itself.
type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
const Ajv = require('ajv-draft-04') as new (options: Record<string, unknown>) => { compile: (schema: object) => Validate };
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
delete schema['id'];
// The schema holds a pattern that is invalid with the u flag (a stray "]"): compile patterns without it.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
const validate = ajv.compile(schema);

/** The schema's errors for a SARIF document ([] when valid). */
export const sarifErrors = (document: unknown): string[] =>
  validate(document) ? [] : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message ?? ''}`);
