import { CDS_REGIONS } from '@console/api-types/client';
import type { Language } from '../i18n/i18n';

/** A region's display name in the current language; unknown ids are shown as they are. */
export function regionName(id: string | undefined, lang: Language): string {
  if (!id) return '—';
  const r = CDS_REGIONS.find((x) => x.id === id);
  return r ? (lang === 'zh-CN' ? r.zh : r.en) : id;
}

export const regionOptions = (lang: Language) =>
  CDS_REGIONS.map((r) => ({ value: r.id, label: lang === 'zh-CN' ? r.zh : r.en }));
