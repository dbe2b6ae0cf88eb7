import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('北京五')).toBe('北京五');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(12.5)).toBe('12.5');
  });

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', '1.00']])).toBe('\uFEFFa,b\r\nx,1.00\r\n');
  });
});
