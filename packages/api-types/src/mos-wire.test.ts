import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenMosParams, MosWireError, unflattenMosParams } from './mos-wire';

describe('unflattenMosParams', () => {
  it('reads the document’s numbered parameters back into the catalog’s typed input', () => {
    expect(
      unflattenMosParams({
        'InstanceId.1': 'a',
        'InstanceId.2': 'b',
        'Filter.1.Name': 'status',
        'Filter.1.Value.1': 'running',
        'Filter.1.Value.2': 'ready',
        Limit: '10',
      }),
    ).toEqual({ InstanceIds: ['a', 'b'], Filters: [{ Name: 'status', Values: ['running', 'ready'] }], Limit: '10' });
    expect(unflattenMosParams({ InstanceId: 'system', 'Name.1': 'test7d', 'Value.1': '1' })).toEqual({
      InstanceId: 'system',
      Names: ['test7d'],
      Values: ['1'],
    });
  });

  it.each([
    [{ 'Name.2': 'x' }, 'Name.1 is missing'],
    [{ 'Filter.1.Name': 'name', 'Filter.1.Value.2': 'x' }, 'Filter.1.Value.1 is missing'],
    [{ InstanceId: 'a', 'InstanceId.1': 'b' }, 'clashes'],
    [{ 'InstanceId.1': 'b', InstanceId: 'a' }, 'clashes'],
    [{ 'Name.0': 'x' }, 'start at 1'],
    [{ 'Name.01': 'x' }, 'start at 1'],
    [{ '1.Name': 'x' }, 'follow a name'],
  ])('refuses %j', (flat, message) => {
    expect(() => unflattenMosParams(flat)).toThrow(MosWireError);
    expect(() => unflattenMosParams(flat)).toThrow(message);
  });

  it('is the inverse of flattenMosParams (property)', () => {
    const text = fc.string({ maxLength: 8 });
    const nonEmpty = fc.array(text, { minLength: 1, maxLength: 4 });
    // InstanceId (one) and InstanceIds (a list) belong to different actions: never both.
    const input = fc.record(
      {
        InstanceIds: nonEmpty,
        InstanceNames: nonEmpty,
        Filters: fc.array(fc.record({ Name: text, Values: nonEmpty }), { minLength: 1, maxLength: 3 }),
        Names: nonEmpty,
        Limit: fc.integer({ min: 0, max: 1000 }).map(String),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, (x) => {
        expect(unflattenMosParams(flattenMosParams(x))).toEqual(x);
      }),
    );
  });
});
