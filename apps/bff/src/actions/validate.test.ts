import { cdsCcs, cdsCcsCommon } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../http/api-error';
import { parseOutput, validateInput } from './validate';

const fail = (fn: () => unknown): HttpError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof HttpError) return e;
    throw e;
  }
  throw new Error('expected an HttpError');
};

describe('validateInput', () => {
  it('accepts a valid body and coerces numbers', () => {
    expect(validateInput(cdsCcs.DescribeInstances, { PageNumber: '2', PageSize: 20 })).toEqual({ PageNumber: 2, PageSize: 20 });
  });
  it('lists every problem, unknown fields included', () => {
    const e = fail(() => validateInput(cdsCcs.CreateInstance, { RegionId: 'CN_Beijing_A', VdcId: 'v', Password: 'Str0ng!Pass', Cpu: 3, Typo: 1 }));
    expect(e.httpStatus).toBe(400);
    expect(e.extra.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['Cpu', '(body)']));
    expect(e.message).toMatch(/Unknown field\(s\): Typo/);
  });
  it('refuses a body that is not an object', () => {
    expect(fail(() => validateInput(cdsCcs.DeleteInstance, ['a'])).code).toBe('ValidationError');
  });
});

describe('parseOutput', () => {
  it('normalizes a documented answer', () => {
    const out = parseOutput(cdsCcsCommon.DescribeTask, {
      Code: 'Success',
      TaskId: 190982,
      Data: { Status: 'finish', ResourceId: 'r1' },
    });
    expect(out).toEqual({ taskId: '190982', status: 'FINISH', resourceIds: ['r1'], taskType: undefined, message: undefined });
  });
  it('refuses an answer in the wrong shape with UpstreamMalformed', () => {
    const e = fail(() => parseOutput(cdsCcsCommon.DescribeTask, { Code: 'Success', Data: { Status: 'EXPLODED' } }, 'up-1'));
    expect(e).toMatchObject({ code: 'UpstreamMalformed', httpStatus: 502 });
    expect(e.extra.upstream?.requestId).toBe('up-1');
  });
  it('checks an answer it owns in place, to the same normalized result', () => {
    const answer = {
      Code: 'Success',
      Data: { Instances: [{ InstanceId: 'i-1', InstanceStatus: 'running', Disks: { DataDisks: [{ Size: '20' }] } }], PageCount: '2' },
    };
    const copy = structuredClone(answer);
    expect(parseOutput(cdsCcs.DescribeInstances, answer, 'up-1', true)).toStrictEqual(parseOutput(cdsCcs.DescribeInstances, copy, 'up-1'));
    // Zod's defaults and coercions were written into the answer itself: no copy was made.
    expect(answer.Data).toMatchObject({ PageCount: 2, PageNumber: 1, Instances: [{ InstanceName: '', Disks: { DataDisks: [{ Size: 20 }] } }] });
  });
  it('refuses an owned answer in the wrong shape with zod\'s account of it', () => {
    const e = fail(() => parseOutput(cdsCcs.DescribeInstances, { Code: 'Success', Data: { Instances: [{ InstanceId: 7 }] } }, 'up-2', true));
    expect(e).toMatchObject({ code: 'UpstreamMalformed', httpStatus: 502 });
    expect(e.message).toMatch(/Data\.Instances\.0\.InstanceId/);
  });
});
