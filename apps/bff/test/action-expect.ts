import { expect } from 'vitest';
import { waitForTask, type Harness } from './harness';

/** Shared steps of the integration suites that call one product's actions through the BFF. */
export function actionSteps(h: () => Harness, product: string) {
  /** A task action: success, one TaskId, followed to FINISH; answers the task (its resource ids). */
  const runTask = async (action: string, body: Record<string, unknown>) => {
    const r = await h().action(product, action, body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.taskIds).toEqual([r.body.data.taskId]);
    const task = await waitForTask(h(), r.body.taskIds[0]);
    expect(task.status).toBe('FINISH');
    return task;
  };
  /** A refusal in the console's error shape; answers it so the message can be checked. */
  const expectError = async (
    action: string,
    body: Record<string, unknown>,
    httpStatus: number,
    code: string,
  ) => {
    const r = await h().action(product, action, body);
    expect(r.status, JSON.stringify(r.body)).toBe(httpStatus);
    expect(r.body).toMatchObject({
      code,
      httpStatus,
      message: expect.any(String),
      requestId: expect.any(String),
    });
    return r.body as { code: string; message: string };
  };
  return { runTask, expectError };
}
