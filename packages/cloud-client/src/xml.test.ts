import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, XmlError } from './xml';

describe('parseXml', () => {
  it('reads the document’s DescribeKeyPairs answer: repeated elements become a list', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<DescribeKeyPairsResponse>
    <KeyPairSet>
        <KeyPair>
            <keyId>cb97eb8b-de94-4148-849f-2b931cfce97a</keyId>
            <keyName>testkey</keyName>
            <keyFingerprint>0a:43:d9:7b:17:a1:24:26:9a:0e:ce:dc:f4:0a:03:44</keyFingerprint>
        </KeyPair>
        <KeyPair>
            <keyId>b7bfd341-e6d1-4971-8c45-d3ed6f97a846</keyId>
            <keyName>mackey</keyName>
            <keyFingerprint>18:0e:d1:45:82:54:78:be:60:f1:a6:8f:cf:64:88:1e</keyFingerprint>
        </KeyPair>
    </KeyPairSet>
</DescribeKeyPairsResponse>`;
    expect(parseXml(xml)).toEqual({
      DescribeKeyPairsResponse: {
        KeyPairSet: {
          KeyPair: [
            { keyId: 'cb97eb8b-de94-4148-849f-2b931cfce97a', keyName: 'testkey', keyFingerprint: '0a:43:d9:7b:17:a1:24:26:9a:0e:ce:dc:f4:0a:03:44' },
            { keyId: 'b7bfd341-e6d1-4971-8c45-d3ed6f97a846', keyName: 'mackey', keyFingerprint: '18:0e:d1:45:82:54:78:be:60:f1:a6:8f:cf:64:88:1e' },
          ],
        },
      },
    });
  });

  it('reads a one-item set as one object and every value as a string', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<DescribeInstancesResponse>
    <InstanceSet>
        <Instance>
            <status>ready</status>
            <instanceId>027ff1d8-e3a0-4e2e-a1e1-03d6ee03c353</instanceId>
            <volume>59</volume>
            <ipAddresses>10.168.44.230</ipAddresses>
        </Instance>
        <Total>6</Total>
        <Limit>1</Limit>
        <Offset>2</Offset>
    </InstanceSet>
</DescribeInstancesResponse>`;
    expect(parseXml(xml)).toEqual({
      DescribeInstancesResponse: {
        InstanceSet: {
          Instance: { status: 'ready', instanceId: '027ff1d8-e3a0-4e2e-a1e1-03d6ee03c353', volume: '59', ipAddresses: '10.168.44.230' },
          Total: '6',
          Limit: '1',
          Offset: '2',
        },
      },
    });
  });

  it('reads the error answer, empty and self-closing elements, entities, CDATA, comments and attributes', () => {
    expect(
      parseXml(`<ErrorResponse>
    <Error>
        <message>No enough balance</message>
        <code>406</code>
    </Error>
</ErrorResponse>`),
    ).toEqual({ ErrorResponse: { Error: { message: 'No enough balance', code: '406' } } });
    expect(
      parseXml(
        `\uFEFF<!-- hi --><R a="1>2" b='x'><e/><f></f><g>  </g><t>a &amp; b &lt;c&gt; &#20013;&#x6587; &quot;&apos;</t><c><![CDATA[<not a tag> & co]]></c><!-- x --><?pi?></R>\n`,
      ),
    ).toEqual({ R: { e: '', f: '', g: '', t: 'a & b <c> 中文 "\'', c: '<not a tag> & co' } });
  });

  it('keeps the text of a leaf as it is (spaces inside a value are data)', () => {
    expect(parseXml('<R><name> web 01 </name></R>')).toEqual({ R: { name: ' web 01 ' } });
  });

  it.each([
    ['not XML at all', '{"a":1}', 'not XML'],
    ['an unclosed element', '<R><a>1</a>', 'not closed'],
    ['a mismatched end tag', '<R><a>1</b></R>', '</b> closes <a>'],
    ['a DOCTYPE', '<!DOCTYPE x [<!ENTITY e "boom">]><R>&e;</R>', 'DOCTYPE'],
    ['an unknown entity', '<R>&e;</R>', 'unknown entity'],
    ['a bare ampersand', '<R>a & b</R>', 'must start an entity'],
    ['text beside elements', '<R>x<a>1</a></R>', 'mixes text'],
    ['two roots', '<R/><S/>', 'after the root'],
  ])('refuses %s', (_what, xml, message) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('reads back any tree it is given, written out as XML (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,8}$/);
    // Characters XML allows in text (no C0 controls but tab and newline, no lone surrogates).
    const allowed = (s: string) => [...s].every((c) => { const n = c.codePointAt(0)!; return (n >= 0x20 || n === 9 || n === 10) && (n < 0xd800 || n > 0xdfff) && n !== 0xfffe && n !== 0xffff; });
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '' && allowed(s));
    const leaf = fc.record({ name, text });
    const group = fc.record({ name, items: fc.array(leaf, { minLength: 1, maxLength: 4 }) });
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 4 }), (groups) => {
        const xml = `<Root>${groups.map((g) => `<${g.name}>${g.items.map((i) => `<${i.name}>${escape(i.text)}</${i.name}>`).join('')}</${g.name}>`).join('\n  ')}</Root>`;
        const expected: Record<string, unknown> = {};
        const add = (into: Record<string, unknown>, key: string, value: unknown) => {
          const seen = into[key];
          into[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
        };
        for (const g of groups) {
          const inner: Record<string, unknown> = {};
          for (const i of g.items) add(inner, i.name, i.text);
          add(expected, g.name, inner);
        }
        expect(parseXml(xml)).toEqual({ Root: expected });
      }),
    );
  });
});
