import { describe, expect, it } from 'vitest';
import { firstDataElement } from './first-data';

describe('firstDataElement', () => {
  it('writes JSON that no value can end early, and that reads back the same', () => {
    const data = { user: { name: '</script><!--' }, accounts: [{ name: 'a\u2028b<c' }] };
    const element = firstDataElement(data);
    const body = /^<script type="application\/json" id="console-first-data">(.*)<\/script>$/s.exec(element)?.[1];
    expect(body).toBeDefined();
    expect(body).not.toMatch(/[<\u2028\u2029]/);
    expect(JSON.parse(body!)).toEqual(data);
  });
});
