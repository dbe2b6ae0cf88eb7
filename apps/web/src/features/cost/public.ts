// What other modules may use of the cost module (the home overview's spend card): nothing else of its insides.
export { beijingToday, presetRange, sameDaysLastMonth, type DayRange } from './range';
export { billTotal, compare } from './aggregate';
export { formatMoney, formatShare } from './money';
export { Money } from './Money';
export { useRangeBill } from './useBills';
export { useChangeColor } from './useChangeColor';
