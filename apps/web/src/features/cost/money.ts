import type { Language } from '../../i18n/i18n';

/**
 * Money as the bills carry it. The documents name no currency; Capital Online bills its
 * accounts in CNY, so amounts are shown as CNY with two decimals in the reader's language.
 */
export const CURRENCY = 'CNY';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: number, language: Language): string {
  let f = formatters.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { style: 'currency', currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 2 });
    formatters.set(language, f);
  }
  return f.format(value);
}

/** A unit price: currency and as many decimals as it has (per-minute prices run to eight). */
export function formatUnitPrice(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: CURRENCY, minimumFractionDigits: 2, maximumFractionDigits: 8 }).format(value);
}

/** The amount as a plain two-decimal number (CSV cells). */
export const plainMoney = (value: number) => value.toFixed(2);

export function formatShare(ratio: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}
