import { translateOr, type Translate } from '../../i18n/i18n';

/** A resource type as people say it ("vm" → Instances); unknown types as answered. */
export const typeLabel = (t: Translate, type: string) => translateOr(t, `cost.type.${type}`, type || '—');

/** Colours of the chart's series, in the order of the types' cost. */
export const SERIES_COLORS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6', 'lime.7', 'pink.6', 'indigo.6', 'yellow.7'];
