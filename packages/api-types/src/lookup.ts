import { catalog } from './catalog/index';
import { catalogKey, type ActionDef, type Product, type Provider } from './define';

const byKey = new Map<string, ActionDef>(
  catalog.map((a) => [catalogKey(a.provider, a.product, a.action), a]),
);

/** The catalog entry for a route, or undefined when it is not an upstream action we know. */
export function findAction(provider: string, product: string, action: string): ActionDef | undefined {
  return byKey.get(catalogKey(provider as Provider, product as Product, action));
}

export function actionsOf(provider: Provider, product?: Product): ActionDef[] {
  return catalog.filter((a) => a.provider === provider && (!product || a.product === product));
}
