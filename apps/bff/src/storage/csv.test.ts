import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv';

describe('csv', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say ""hi"""'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@x', `"'@x"`],
    ['\tx', `"'\tx"`],
    ['\r=x', `"'\r=x"`],
    ['a=b', '"a=b"'],
    ['', '""'],
  ])('quotes %j safely', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, nulls, dates and objects, and ends rows with CRLF', () => {
    expect(csvRow([1, null, undefined, new Date('2025-01-01T00:00:00Z'), { a: '=x' }])).toBe(
      '"1","","","2025-01-01T00:00:00.000Z","{""a"":""=x""}"\r\n',
    );
  });
});
