import type { Language, Translate } from '../../i18n/i18n';
import { regionName } from '../../context/regions';
import type { BreakdownRow, Grouping } from './aggregate';
import { typeLabel } from './labels';
import { plainMoney } from './money';

/**
 * The columns of a breakdown, as text: what the table shows and what the CSV holds, from one
 * definition, so an export is exactly the rows on screen.
 */
export interface TextColumn {
  id: string;
  header: string;
  text: (row: BreakdownRow) => string;
  /** Numbers and money align right. */
  numeric?: boolean;
}

const groupName = (t: Translate, lang: Language, grouping: Grouping, row: BreakdownRow) =>
  grouping === 'type' ? typeLabel(t, row.key) : grouping === 'region' ? regionName(row.key, lang) : row.label;

export function breakdownColumns(grouping: Grouping, t: Translate, lang: Language): TextColumn[] {
  const share = { id: 'share', header: t('cost.col.share'), text: (r: BreakdownRow) => `${(r.share * 100).toFixed(1)}%`, numeric: true };
  const cost = { id: 'cost', header: t('cost.col.cost'), text: (r: BreakdownRow) => plainMoney(r.cost), numeric: true };
  if (grouping !== 'resource') {
    return [
      { id: 'label', header: t(`cost.group.${grouping}`), text: (r) => groupName(t, lang, grouping, r) },
      { id: 'count', header: t('cost.col.count'), text: (r) => String(r.count), numeric: true },
      share,
      cost,
    ];
  }
  return [
    { id: 'label', header: t('cost.col.name'), text: (r) => r.label },
    { id: 'type', header: t('cost.col.type'), text: (r) => typeLabel(t, r.item?.resourceType ?? '') },
    { id: 'region', header: t('cost.col.region'), text: (r) => regionName(r.item?.regionId, lang) },
    { id: 'vdc', header: t('cost.col.vdc'), text: (r) => r.item?.vdcName || '—' },
    { id: 'deleted', header: t('cost.col.deleted'), text: (r) => r.item?.deletedAt || '—' },
    share,
    cost,
  ];
}

/** The CSV rows of a breakdown: the resource's id after its name, so a row can be found again. */
export function breakdownCsvRows(grouping: Grouping, rows: readonly BreakdownRow[], t: Translate, lang: Language) {
  const columns = breakdownColumns(grouping, t, lang);
  const header = columns.flatMap((c) => (c.id === 'label' && grouping === 'resource' ? [c.header, 'ID'] : [c.header]));
  const body = rows.map((r) => columns.flatMap((c) => (c.id === 'label' && grouping === 'resource' ? [c.text(r), r.key] : [c.text(r)])));
  return { header, body };
}
