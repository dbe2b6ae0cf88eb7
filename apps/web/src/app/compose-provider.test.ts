import { IconServer } from '@tabler/icons-react';
import { describe, expect, it } from 'vitest';
import { defineModule, type ProductModule } from '../context/module';
import { composeNav, providerHome } from './compose';

const mod = (id: string, provider?: 'cds' | 'mos'): ProductModule =>
  defineModule({
    id,
    provider,
    nav: [{ to: `/${id}`, label: { en: id, zh: id }, icon: IconServer, group: 'compute' }],
    routes: [],
    permissions: { minRole: 'viewer', actions: [] },
  });
const modules = [mod('instances', 'cds'), mod('mos', 'mos'), mod('profile')];

describe('the navigation follows the picked account’s cloud', () => {
  const paths = (provider?: 'cds' | 'mos') => composeNav(modules, 'viewer', provider).flatMap((s) => s.items.map((i) => i.to));
  it('shows one cloud’s products and the console’s own, or everything when no account is picked', () => {
    expect(paths('cds')).toEqual(['/instances', '/profile']);
    expect(paths('mos')).toEqual(['/mos', '/profile']);
    expect(paths()).toEqual(['/instances', '/mos', '/profile']);
  });
  it('opens a cloud at its first product', () => {
    expect(providerHome(modules, 'mos')).toBe('/mos');
    expect(providerHome([mod('profile')], 'mos')).toBeUndefined();
  });
});
