import { expect } from 'vitest';
import { signIn } from './fake-upstream';

export interface Answer {
  status: number;
  body: any;
}

/** Calls one BFF's API with one person's session cookie (test helper). */
export function asPerson(bffUrl: string, cookie: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(bffUrl + path, {
      method,
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** An admin creates a person; the person signs in. Returns their id and their caller. */
export async function newPerson(bffUrl: string, adminCookie: string, username: string, role: 'viewer' | 'operator' | 'admin') {
  const password = 'Person-Pass-4-Tests!';
  const created = await asPerson(bffUrl, adminCookie)('POST', '/api/users', { username, role, password });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const cookie = await signIn(bffUrl, { username, password });
  return { id: created.body.user.id as string, cookie, password, call: asPerson(bffUrl, cookie) };
}
