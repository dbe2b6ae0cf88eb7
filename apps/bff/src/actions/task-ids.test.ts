import { describe, expect, it } from 'vitest';
import { extractTaskIds } from './task-ids';

describe('extractTaskIds', () => {
  it('reads a top-level TaskId', () => {
    expect(extractTaskIds('TaskId', { Code: 'Success', TaskId: 'abc' })).toEqual(['abc']);
  });
  it('reads Memcached-style numeric ids inside Data, one or several', () => {
    expect(extractTaskIds('Data.TaskId', { Data: { TaskId: 42 } })).toEqual(['42']);
    expect(extractTaskIds('Data.TaskIds', { Data: { TaskIds: [1, 2] } })).toEqual(['1', '2']);
  });
  it('finds nothing where the path is absent or empty', () => {
    expect(extractTaskIds(undefined, { TaskId: 'x' })).toEqual([]);
    expect(extractTaskIds('TaskId', { TaskId: '' })).toEqual([]);
    expect(extractTaskIds('Data.TaskId', { Data: null })).toEqual([]);
  });
  it('takes TaskId "0" (a change of charge type waiting on an order) as no task', () => {
    expect(extractTaskIds('TaskId', { Code: 'Success', TaskId: '0', Data: { order_audit: 1 } })).toEqual([]);
    expect(extractTaskIds('Data.TaskIds', { Data: { TaskIds: [0, 7] } })).toEqual(['7']);
  });
});
