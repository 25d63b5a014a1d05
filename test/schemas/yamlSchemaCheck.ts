// Shared by the .podium.yaml and template schema tests: validate YAML text against a schema and
// find the YAML node an Ajv error points at, to compare with where Podium's own parser reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import { newAjv } from './validator.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readJson(file: string): any {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
}

export function compileSchema(file: string): ValidateFunction {
  return newAjv().compile(readJson(file));
}

/** Ajv's errors for YAML text, read as the YAML 1.2 core schema (as Podium and the YAML extension do). */
export function schemaErrors(validate: ValidateFunction, source: string): readonly ErrorObject[] {
  return validate(parseDocument(source).toJS()) ? [] : validate.errors ?? [];
}

/** Where an error points in the YAML text: the offending key for an unknown property, else the value. */
export function errorRange(source: string, error: ErrorObject): [number, number] | undefined {
  const doc = parseDocument(source);
  const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = (path.length ? doc.getIn(path, true) : doc.contents) as YamlNode | undefined;
  const property = (error.params as { additionalProperty?: string }).additionalProperty;
  if (property !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === property);
    const key = pair?.key as YamlNode | undefined;
    return key?.range ? [key.range[0], key.range[1]] : undefined;
  }
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/** Every `description` a schema gives its properties and items, by JSON path; missing ones listed. */
export function undescribed(schema: any, path = '#'): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const missing: string[] = [];
  for (const [name, sub] of Object.entries<any>(schema.properties ?? {})) {
    if (!sub.description) missing.push(`${path}/properties/${name}`);
    missing.push(...undescribed(sub, `${path}/properties/${name}`));
  }
  if (schema.items) {
    if (!schema.items.description && !schema.items.$ref) missing.push(`${path}/items`);
    missing.push(...undescribed(schema.items, `${path}/items`));
  }
  for (const [name, sub] of Object.entries<any>(schema.definitions ?? {})) missing.push(...undescribed(sub, `${path}/definitions/${name}`));
  for (const [i, sub] of (schema.anyOf ?? []).entries()) missing.push(...undescribed(sub, `${path}/anyOf/${i}`));
  return missing;
}
