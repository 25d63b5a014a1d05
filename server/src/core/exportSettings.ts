/**
 * The `export:` key of `.podium.yaml`: Word export settings, the same as `podium.export.*` in VS
 * Code. Their meaning and defaults live with the exporter (server/src/docx/export/options.ts);
 * a test keeps the key lists below equal to its own.
 */
import { isMap, isScalar, type Node as YamlNode } from 'yaml';

export interface ExportSettings {
  readonly layout?: 'official' | 'reading';
  readonly subtitle?: 'auto' | 'always' | 'never';
  readonly fonts?: Readonly<Record<string, string>>;
  readonly sizes?: Readonly<Record<string, number>>;
}

export const EXPORT_FONT_KEYS = ['body', 'kai', 'hei', 'title', 'pageNumber', 'latin', 'english'] as const;
export const EXPORT_SIZE_KEYS = ['body', 'title', 'pageNumber', 'reading', 'english'] as const;
const KEYS = ['layout', 'subtitle', 'fonts', 'sizes'];

type Problem = (n: YamlNode | null | undefined, en: string, zh: string) => void;

/** Reads `export:`; a bad value is reported where it is and left out. */
export function readExportSettings(value: YamlNode | null, problem: Problem): ExportSettings {
  const out: { layout?: ExportSettings['layout']; subtitle?: ExportSettings['subtitle']; fonts?: Record<string, string>; sizes?: Record<string, number> } = {};
  if (!isMap(value)) { problem(value, '"export" is a mapping (layout, subtitle, fonts, sizes).', 'export 应为映射（layout、subtitle、fonts、sizes）。'); return out; }
  for (const pair of value.items) {
    const key = pair.key as YamlNode;
    const v = pair.value as YamlNode | null;
    const name = isScalar(key) ? String(key.value) : '';
    const scalar = isScalar(v) ? v.value : undefined;
    if (!KEYS.includes(name)) problem(key, `Unknown export setting "${name}".`, `未知的导出设置“${name}”。`);
    else if (name === 'layout') {
      if (scalar === 'official' || scalar === 'reading') out.layout = scalar;
      else problem(v ?? key, '"layout" is official or reading.', 'layout 应为 official 或 reading。');
    } else if (name === 'subtitle') {
      if (scalar === 'auto' || scalar === 'always' || scalar === 'never') out.subtitle = scalar;
      else problem(v ?? key, '"subtitle" is auto, always or never.', 'subtitle 应为 auto、always 或 never。');
    } else if (name === 'fonts') {
      out.fonts = readMap(v, key, EXPORT_FONT_KEYS, (x) => (typeof x === 'string' && x.trim() ? x.trim() : undefined), problem, 'a font name', '字体名称');
    } else {
      out.sizes = readMap(v, key, EXPORT_SIZE_KEYS, (x) => (typeof x === 'number' && x >= 5 && x <= 72 ? x : undefined), problem, 'a size in points from 5 to 72', '5 到 72 之间的磅值');
    }
  }
  return out;
}

function readMap<T>(value: YamlNode | null, key: YamlNode, keys: readonly string[], accept: (x: unknown) => T | undefined, problem: Problem, en: string, zh: string): Record<string, T> {
  const out: Record<string, T> = {};
  if (!isMap(value)) { problem(value ?? key, `Expected a mapping of ${keys.join(', ')}.`, `应为 ${keys.join('、')} 的映射。`); return out; }
  for (const pair of value.items) {
    const k = pair.key as YamlNode;
    const name = isScalar(k) ? String(k.value) : '';
    const v = pair.value as YamlNode | null;
    const accepted = isScalar(v) ? accept(v.value) : undefined;
    if (!keys.includes(name)) problem(k, `Unknown key "${name}"; expected one of ${keys.join(', ')}.`, `未知的键“${name}”，应为 ${keys.join('、')} 之一。`);
    else if (accepted === undefined) problem(v ?? k, `"${name}" must be ${en}.`, `${name} 应为${zh}。`);
    else out[name] = accepted;
  }
  return out;
}
