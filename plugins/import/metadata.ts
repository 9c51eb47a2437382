/** Frontmatter metadata from the detected structure. */
import type { ReportStructure } from './structure.ts';

export interface Named { zh: string; en: string | null }
export interface Region { province?: Named; city?: Named; district?: Named }

export interface ReportMetadata {
  report: string;
  language: 'zh-Hans';
  title: string;
  headline?: string;
  preamble?: string[];
  region: Region;
  year?: number;
  meeting?: string;
  delivered?: string;
  speaker?: { name: string; role: string };
  status: 'draft' | 'final' | 'corrected';
  source: { file: string; sha256: string; url?: string };
}

/** Known English names of regions (extend as reports arrive). */
export const KNOWN_REGIONS: Readonly<Record<string, string>> = {
  江苏省: 'Jiangsu Province', 浙江省: 'Zhejiang Province', 广东省: 'Guangdong Province',
  北京市: 'Beijing', 上海市: 'Shanghai', 天津市: 'Tianjin', 重庆市: 'Chongqing',
  常州市: 'Changzhou', 南京市: 'Nanjing', 苏州市: 'Suzhou', 无锡市: 'Wuxi',
  天宁区: 'Tianning District', 金坛区: 'Jintan District', 武进区: 'Wujin District', 钟楼区: 'Zhonglou District',
  新北区: 'Xinbei District', 渝中区: 'Yuzhong District',
};

export interface MetadataOptions {
  id?: string | undefined;
  sha256: string;
  sourceFile?: string | undefined;
  sourceUrl?: string | undefined;
  status?: 'draft' | 'final' | 'corrected' | undefined;
  /** explicit English names (e.g. pinyin) for regions not in KNOWN_REGIONS */
  regionEn?: Record<string, string> | undefined;
}

export function parseRegion(...texts: string[]): Region {
  const region: Region = {};
  for (const raw of texts) {
    const t = raw.replace(/\d+年/g, ' ').replace(/[（）()]/g, ' ');
    for (const word of t.split(/[\s、，]+/)) {
      if (!region.province) { const p = /([\u3400-\u9fff]{2,3}省)/.exec(word); if (p) region.province = { zh: p[1]!, en: null }; }
      const m = /([\u3400-\u9fff]{2,3}?市)([\u3400-\u9fff]{2,3}?[区县])/.exec(word);
      if (m && !region.city) { region.city = { zh: m[1]!, en: null }; region.district = { zh: m[2]!, en: null }; }

    }
  }
  if (!region.city) {
    for (const raw of texts) {
      for (const word of raw.replace(/\d+年/g, ' ').replace(/[（）()]/g, ' ').split(/[\s、，]+/)) {
        const c = /^([\u3400-\u9fff]{2}市)/.exec(word);
        if (c && !region.city) region.city = { zh: c[1]!, en: null };
      }
    }
  }
  return region;
}

function nameEn(zh: string, opts: MetadataOptions): string | null {
  return opts.regionEn?.[zh] ?? KNOWN_REGIONS[zh] ?? null;
}

export function buildMetadata(s: ReportStructure, opts: MetadataOptions): { meta: ReportMetadata; warnings: string[] } {
  const warnings: string[] = [];
  const meetingText = s.meeting?.text ?? '';
  const date = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(meetingText);
  // ——<date>在<meeting>上 gives the meeting name; any other meeting line is kept whole, never dropped (fuzzing).
  const meeting = /^——\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*在(.+?会议)上?$/.exec(meetingText)?.[1] ?? (meetingText.replace(/^——\s*/, '').trim() || undefined);
  const region = parseRegion(...s.headline, s.title?.text ?? '', meetingText, s.speaker?.role ?? '');
  for (const k of ['province', 'city', 'district'] as const) {
    const r = region[k];
    if (r) { r.en = nameEn(r.zh, opts); if (!r.en) warnings.push(`no English name for ${r.zh}: pass --region-en ${r.zh}=<name>`); }
  }
  const yearText = /(\d{4})年/.exec([s.title?.text ?? '', ...s.headline].join(' '))?.[1];
  const year = date ? Number(date[1]) : yearText ? Number(yearText) : undefined;
  const slug = (n?: Named): string | undefined => n?.en?.split(/\s+/)[0]?.toLowerCase();
  const id = opts.id ?? [year, slug(region.city), slug(region.district)].filter(Boolean).join('-');
  const meta: ReportMetadata = {
    report: id,
    language: 'zh-Hans',
    title: s.title?.text ?? '',
    ...(s.headline.length ? { headline: s.headline.join(' ') } : {}),
    ...(s.preamble.length ? { preamble: s.preamble } : {}),
    region,
    ...(year !== undefined ? { year } : {}),
    ...(meeting ? { meeting } : {}),
    ...(date ? { delivered: `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` } : {}),
    ...(s.speaker ? { speaker: { name: s.speaker.name, role: s.speaker.role } } : {}),
    status: opts.status ?? 'final',
    source: { file: opts.sourceFile ?? 'source.raw.txt', sha256: opts.sha256, ...(opts.sourceUrl ? { url: opts.sourceUrl } : {}) },
  };
  if (!s.title) warnings.push('no title line detected');
  return { meta, warnings };
}
