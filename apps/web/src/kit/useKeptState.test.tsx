import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { endSession, SESSION_KEY, startSession, type SessionUser } from '../api/session';
import { useKeptState } from './useKeptState';

const user = (id: string) => ({ id, username: id, displayName: id, role: 'operator', language: 'en', theme: 'light' }) as SessionUser;

/** A create form as the pages write one: a kept form object, a kept field, a password in plain state. */
function Form() {
  const [form, setForm, restored] = useKeptState('form', { name: '', password: '' }, ['password']);
  const [size, setSize] = useKeptState('size', 1);
  const [secret, setSecret] = useState('');
  return (
    <form>
      {restored ? <p>restored</p> : null}
      <input aria-label="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      <input aria-label="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
      <input aria-label="size" value={size} onChange={(e) => setSize(Number(e.target.value))} />
      <input aria-label="secret" value={secret} onChange={(e) => setSecret(e.target.value)} />
    </form>
  );
}

function mount(qc: QueryClient, show: boolean) {
  const ui = (visible: boolean): ReactNode => (
    <QueryClientProvider client={qc}>
      <MemoryRouter initialEntries={['/instances/new?region=CN_Beijing_A']}>{visible ? <Form /> : null}</MemoryRouter>
    </QueryClientProvider>
  );
  const r = render(ui(show));
  return { hide: () => r.rerender(ui(false)), unmount: r.unmount };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const val = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('useKeptState: nothing typed is lost', () => {
  it('keeps what was typed when the session expires under the form, and gives it back after signing in (never the password)', () => {
    const qc = new QueryClient();
    qc.setQueryData(SESSION_KEY, user('u1'));
    const first = mount(qc, true);
    type('name', 'web-07');
    type('password', 'Hunter2-Secret!');
    type('size', '3');
    type('secret', 'also-secret');
    act(() => endSession(qc, 'expired'));
    first.hide(); // the shell leaves for the sign-in page
    first.unmount();
    const stored = JSON.stringify({ ...sessionStorage });
    expect(stored).toContain('web-07');
    expect(stored).not.toContain('Hunter2');
    expect(stored).not.toContain('also-secret');

    startSession(qc, user('u1')); // signed in again, back on the same route
    mount(qc, true);
    expect([val('name'), val('password'), val('size'), val('secret')]).toEqual(['web-07', '', '3', '']);
    expect(screen.getByText('restored')).toBeTruthy();
    type('name', 'web-07b'); // still an ordinary field
    expect(val('name')).toBe('web-07b');
    expect(sessionStorage.length).toBe(0); // given back once
  });

  it('keeps nothing when the person leaves the form or signs out', () => {
    const qc = new QueryClient();
    qc.setQueryData(SESSION_KEY, user('u1'));
    const a = mount(qc, true);
    type('name', 'web-08');
    a.hide();
    a.unmount();
    const b = mount(qc, true);
    type('name', 'web-09');
    act(() => endSession(qc, 'signedOut'));
    b.hide();
    b.unmount();
    expect(sessionStorage.length).toBe(0);
  });

  it("does not give one person's draft to another", () => {
    const qc = new QueryClient();
    qc.setQueryData(SESSION_KEY, user('u1'));
    const a = mount(qc, true);
    type('name', 'web-10');
    act(() => endSession(qc, 'expired'));
    a.hide();
    a.unmount();
    startSession(qc, user('u2'));
    mount(qc, true);
    expect(val('name')).toBe('');
    expect(screen.queryByText('restored')).toBeNull();
  });
});
