// Ajv set up the way the tests need it: real checks for the `uri`, `uri-reference` and `date-time`
// formats the SARIF schema uses (Ajv 8 knows none without ajv-formats), and the SARIF schema,
// a draft-04 document, read as draft-07 (see test/schemas/README.md).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const HERE = import.meta.dirname;

/** Characters RFC 3986 allows in a URI reference, with well-formed percent escapes. */
const URI_CHARACTERS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export function isUri(value: string): boolean {
  return URI_CHARACTERS.test(value) && SCHEME.test(value) && URL.canParse(value);
}

export function isUriReference(value: string): boolean {
  if (!URI_CHARACTERS.test(value)) return false;
  // A colon before the first slash makes the first segment a scheme, which must then be valid.
  const colon = value.indexOf(':');
  const slash = value.search(/[/?#]/);
  return colon < 0 || (slash >= 0 && slash < colon) || isUri(value);
}

export function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', isUri);
  ajv.addFormat('uri-reference', isUriReference);
  ajv.addFormat('date-time', (v: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)));
  return ajv;
}

let sarif: ValidateFunction | undefined;

/** Validates a SARIF log against the official SARIF 2.1.0 schema. */
export function sarifValidator(): ValidateFunction {
  if (sarif) return sarif;
  const { $schema: _draft04, id, ...rest } = JSON.parse(readFileSync(join(HERE, 'sarif-schema-2.1.0.json'), 'utf8'));
  return (sarif = newAjv().compile({ $id: id, ...rest }));
}

/** Errors in a form an assertion message can show. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
}
