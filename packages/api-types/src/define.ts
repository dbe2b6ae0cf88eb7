import { z } from 'zod';

/** Which cloud an action belongs to. */
export type Provider = 'cds' | 'mos';

/**
 * The product an action belongs to: it names the BFF route segment
 * (`/api/actions/:provider/:product/:action`) and, with the action name, identifies
 * an entry uniquely (MySQL and Redis share action names such as CreateDBInstance).
 */
export type Product =
  | 'ccs'
  | 'network'
  | 'billing'
  | 'mysql'
  | 'redis'
  | 'memcached'
  | 'mcs';

/** read: no change; write: changes something; destructive: loses data or a resource. */
export type ActionKind = 'read' | 'write' | 'destructive';

/** Where a TaskId (or several) sits in the raw upstream answer, as a dotted path. */
export type TaskIdPath = 'TaskId' | 'Data.TaskId' | 'Data.TaskIds' | 'Data.Task' | 'TaskIds';

export interface ActionDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  N = unknown,
> {
  provider: Provider;
  product: Product;
  /** The upstream action name exactly as sent on the wire. */
  action: string;
  method: 'GET' | 'POST';
  /** Upstream path, e.g. '/ccs'. MOS uses '/'. */
  path: string;
  /** Parameters the caller gives (the common signing parameters are not part of it). */
  input: I;
  /** Schema of the raw upstream answer; loose, so undocumented extra fields pass. */
  output: O;
  /** Turns a parsed raw answer into the shape the console uses. */
  normalize: (raw: z.output<O>) => N;
  kind: ActionKind;
  /** Where the TaskId is, for actions that start a task to follow with DescribeTask. */
  task?: TaskIdPath;
  /** Actions whose cached answers this action makes stale (same provider). */
  invalidates?: string[];
  summary: { en: string; zh: string };
  /** Decisions taken where the documents contradict themselves. */
  notes?: string;
}

/** Identity-typed helper so each entry keeps its precise input/output types. */
export function defineAction<I extends z.ZodType, O extends z.ZodType, N>(
  def: ActionDef<I, O, N>,
): ActionDef<I, O, N> {
  return def;
}

/** Loose object: documented keys are checked, extra keys from upstream are kept. */
export const loose = <S extends z.ZodRawShape>(shape: S) => z.looseObject(shape);

/** The envelope every CDS answer shares. Code is "Success", "success" or "0000" by product. */
export const cdsEnvelope = {
  Code: z.string(),
  Message: z.string().optional(),
  RequestId: z.string().optional(),
};

/** Default normalizer for answers the console has no special shape for yet. */
export const asIs = <T>(raw: T): T => raw;

/** The answer of a task-starting CDS action: a TaskId at the top level. */
export const cdsTaskAnswer = loose({
  ...cdsEnvelope,
  TaskId: z.union([z.string(), z.number()]).transform(String),
});

/** Numbers arrive as numbers or numeric strings in query strings and some answers. */
export const intLike = z.coerce.number().int();

export const catalogKey = (provider: Provider, product: Product, action: string) =>
  `${provider}/${product}/${action}`;
