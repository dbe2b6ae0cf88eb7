import { IconServer } from '@tabler/icons-react';
import { describe, expect, it, vi } from 'vitest';
import { defineModule } from '../context/module';
import { HOME, preloadSignedIn } from './preload';

vi.mock('./SignedIn', () => ({ SignedIn: () => null }));
// Counted when first imported (the factory runs then).
const gateLoaded = vi.hoisted(() => vi.fn());
vi.mock('./AccountGate', () => {
  gateLoaded();
  return { AccountGate: () => null };
});

function fakeModule(id: string, provider?: 'cds') {
  const list = vi.fn(() => Promise.resolve(() => null));
  const detail = vi.fn(() => Promise.resolve(() => null));
  const create = vi.fn(() => Promise.resolve(() => null));
  const messages = vi.fn(() => Promise.resolve());
  const mod = defineModule({
    id,
    nav: [{ to: `/${id}`, label: { en: id, zh: id }, icon: IconServer, group: 'compute' }],
    routes: [
      { path: id, load: list },
      { path: `${id}/new`, load: create },
      { path: `${id}/:id`, load: detail },
    ],
    messages,
    permissions: { minRole: 'viewer', actions: [] },
    ...(provider ? { provider } : {}),
  });
  return { mod, list, detail, create, messages };
}

describe('preloadSignedIn', () => {
  it('starts the page the address opens, with its module’s messages, and no other page', () => {
    const a = fakeModule('things');
    const b = fakeModule('others');
    preloadSignedIn([a.mod, b.mod], '/things/new');
    expect(a.create).toHaveBeenCalledOnce();
    expect(a.messages).toHaveBeenCalledOnce();
    expect([a.list, a.detail, b.list, b.detail, b.create, b.messages].every((f) => f.mock.calls.length === 0)).toBe(true);
    preloadSignedIn([a.mod, b.mod], '/others/x-123');
    expect(b.detail).toHaveBeenCalledOnce();
  });

  it('reads "/" as the home screen, and loads nothing for the sign-in and setup pages or unknown paths', () => {
    const home = fakeModule(HOME.slice(1));
    preloadSignedIn([home.mod], '/login');
    preloadSignedIn([home.mod], '/setup');
    preloadSignedIn([home.mod], '/nowhere/at/all');
    expect(home.list.mock.calls.length + home.messages.mock.calls.length).toBe(0);
    preloadSignedIn([home.mod], '/');
    expect(home.list).toHaveBeenCalledOnce();
  });

  it('starts the account gate with a cloud page (it comes between the shell and the page)', async () => {
    const own = fakeModule('mine');
    preloadSignedIn([own.mod], '/mine');
    await new Promise((r) => setTimeout(r, 20));
    expect(gateLoaded).not.toHaveBeenCalled();
    const cloud = fakeModule('servers', 'cds');
    preloadSignedIn([cloud.mod], '/servers');
    await vi.waitFor(() => expect(gateLoaded).toHaveBeenCalledOnce());
  });
});
