/** What a writer or an office can choose about an exported Word document, with the defaults. */

export type ExportLayout = 'official' | 'reading';

/** Font names as Chinese offices have them installed; offices without `_GB2312` fonts set 仿宋 / 楷体. */
export interface ExportFonts {
  /** Body text and `1.` / `（1）` headings (GB/T 9704-2012 5.2.2 and 7.3.3: 3号仿宋). */
  readonly body: string;
  /** `（一）` headings, speaker and date (楷体). */
  readonly kai: string;
  /** `一、` headings (黑体). */
  readonly hei: string;
  /** The title (GB/T 9704-2012 7.3.1: 2号小标宋). */
  readonly title: string;
  /** Page numbers (GB/T 9704-2012 7.5: 4号半角宋体阿拉伯数字). */
  readonly pageNumber: string;
  /** Latin letters and digits in Chinese text. */
  readonly latin: string;
  /** Every run of an English speech. */
  readonly english: string;
}

/** Sizes in points. */
export interface ExportSizes {
  /** 3号 = 16 pt. */
  readonly body: number;
  /** 2号 = 22 pt. */
  readonly title: number;
  /** 4号 = 14 pt. */
  readonly pageNumber: number;
  /** The reading copy's body: 小二 = 18 pt. */
  readonly reading: number;
  /** An English speech's body (official layout; the reading layout adds 2 pt). */
  readonly english: number;
}

/** `auto`: the occasion becomes a subtitle `——在…上的讲话` unless the title already is one. */
export type SubtitleSetting = 'auto' | 'always' | 'never';

export interface ExportOptions {
  /** Default `official`. */
  readonly layout?: ExportLayout;
  readonly fonts?: Partial<ExportFonts>;
  readonly sizes?: Partial<ExportSizes>;
  readonly subtitle?: SubtitleSetting;
}

export interface ResolvedOptions {
  readonly layout: ExportLayout;
  readonly fonts: ExportFonts;
  readonly sizes: ExportSizes;
  readonly subtitle: SubtitleSetting;
}

export const DEFAULT_FONTS: ExportFonts = {
  body: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', title: '方正小标宋简体', pageNumber: '宋体',
  latin: 'Times New Roman', english: 'Times New Roman',
};

export const DEFAULT_SIZES: ExportSizes = { body: 16, title: 22, pageNumber: 14, reading: 18, english: 12 };

const MIN_SIZE = 5;
const MAX_SIZE = 72;

/** Fills in defaults; a blank font name or an unusable size falls back to the default. */
export function resolveOptions(options: ExportOptions): ResolvedOptions {
  const fonts = { ...DEFAULT_FONTS };
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof ExportFonts)[]) {
    const value = options.fonts?.[key];
    if (typeof value === 'string' && value.trim()) fonts[key] = value.trim();
  }
  const sizes = { ...DEFAULT_SIZES };
  for (const key of Object.keys(DEFAULT_SIZES) as (keyof ExportSizes)[]) {
    const value = options.sizes?.[key];
    // Word stores sizes in half points.
    if (typeof value === 'number' && value >= MIN_SIZE && value <= MAX_SIZE) sizes[key] = Math.round(value * 2) / 2;
  }
  const layout = options.layout === 'reading' ? 'reading' : 'official';
  const subtitle = options.subtitle === 'always' || options.subtitle === 'never' ? options.subtitle : 'auto';
  return { layout, fonts, sizes, subtitle };
}

/** Settings from one source (VS Code's `podium.export`, `.podium.yaml`'s `export:`), all optional. */
export interface ExportSettingsLayer {
  readonly layout?: string;
  readonly subtitle?: string;
  readonly fonts?: Readonly<Record<string, unknown>>;
  readonly sizes?: Readonly<Record<string, unknown>>;
}

/** Later layers win, key by key; `resolveOptions` then drops what is unusable. */
export function mergeExportSettings(...layers: readonly (ExportSettingsLayer | undefined)[]): ExportOptions {
  let layout: ExportLayout = 'official';
  let subtitle: SubtitleSetting = 'auto';
  const fonts: Record<string, unknown> = {};
  const sizes: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.layout === 'official' || layer.layout === 'reading') layout = layer.layout;
    if (layer.subtitle === 'auto' || layer.subtitle === 'always' || layer.subtitle === 'never') subtitle = layer.subtitle;
    Object.assign(fonts, layer.fonts);
    Object.assign(sizes, layer.sizes);
  }
  return { layout, subtitle, fonts: fonts as Partial<ExportFonts>, sizes: sizes as Partial<ExportSizes> };
}
