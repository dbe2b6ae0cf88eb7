import type { z } from 'zod';

/**
 * An upstream answer checked against its catalog schema without copying it. Zod's parse builds a
 * new object for every loose object and a payload per field (about a third of what a read
 * allocates in the distinct-read benchmark), and the normalizer copies the answer again right
 * after. This walks the freshly parsed JSON once, with zod's semantics, and writes what zod would
 * change (defaults, coerced numbers, transformed values) into it in place: the answer is then
 * copied once, by the normalizer.
 *
 * The walk is generated code per schema (like zod's own JIT: constant property names keep V8's
 * property loads fast). Only the common kinds are walked here: loose objects, arrays, strings,
 * numbers, booleans, literals, enums, optional, nullable, default, and unions whose options change
 * nothing. Anything else (checks, transforms, stripped or strict objects, …) is handed to zod for
 * that value. A value this check refuses is refused: the caller asks zod only for the message.
 * One difference from zod's output: a loose object keeps the upstream's key order (zod puts the
 * schema's keys first), which nothing reads.
 */

/** The answer did not match; a unique value no schema produces. */
export const REFUSED: unique symbol = Symbol('refused');

export type AnswerCheck = (value: unknown) => unknown;

interface Zod {
  def: Record<string, unknown> & { type: string; checks?: unknown[] };
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  values?: Set<unknown>;
  traits: Set<string>;
}
const zodOf = (schema: z.ZodType) => (schema as unknown as { _zod: Zod })._zod;

const made = new WeakMap<z.ZodType, AnswerCheck>();

/** The checker for a schema, made once per schema: the value (changed in place) or REFUSED. */
export function answerCheck(schema: z.ZodType): AnswerCheck {
  let check = made.get(schema);
  if (!check) {
    check = new Generator().function(schema);
    made.set(schema, check);
  }
  return check;
}

/** Zod's check of one value (its output, or REFUSED). */
function byZod(schema: z.ZodType): AnswerCheck {
  return (value) => {
    const r = schema.safeParse(value);
    return r.success ? r.data : REFUSED;
  };
}

/**
 * One property as zod's $ZodObject treats it (handlePropertyResult), for a schema walked by zod:
 * what an absent or failing key means depends on the schema's optin/optout. False: refused.
 */
function property(check: AnswerCheck, input: Record<string, unknown>, key: string, optin: Zod['optin'], optout: Zod['optout']): boolean {
  const present = key in input;
  const optionalOut = optout === 'optional';
  if (!present && optionalOut && optin === 'optional') return true;
  const r = check(input[key]);
  if (r === REFUSED) return optin !== undefined && optionalOut && !present;
  if (!present && optin === undefined) return false;
  if (r === undefined) {
    if (present || (optin === 'defaulted' && !optionalOut)) input[key] = undefined;
  } else if (!present || r !== input[key]) {
    input[key] = r;
  }
  return true;
}

/** Whether a walked check of this kind may change the value (then a union cannot try it and move on). */
type Code = { code: string; pure: boolean };

class Generator {
  /** Values the generated code reads: value sets, zod checks, default getters. */
  private readonly refs: unknown[] = [];
  private vars = 0;

  function(schema: z.ZodType): AnswerCheck {
    const body = this.check(schema, 'v', (x) => `v = ${x};`);
    this.lastPure = body.pure;
    // Source made from the catalog's schemas only (keys quoted with JSON.stringify), never from input.
    const make = new Function('R', 'refs', 'property', `return function answerCheck(v) {\n${body.code}\nreturn v;\n};`) as (
      r: symbol,
      refs: unknown[],
      p: typeof property,
    ) => AnswerCheck;
    return make(REFUSED, this.refs, property);
  }

  private ref(value: unknown): string {
    this.refs.push(value);
    return `refs[${this.refs.length - 1}]`;
  }

  private byZod(schema: z.ZodType, v: string, set: (x: string) => string, pure: boolean): Code {
    const r = `r${this.vars++}`;
    return { pure, code: `{ const ${r} = ${this.ref(byZod(schema))}(${v}); if (${r} === R) return R; if (${r} !== ${v}) ${set(r)} }` };
  }

  /** Code that checks the value in variable `v`, returns R when refused, and runs `set` with a changed value. */
  private check(schema: z.ZodType, v: string, set: (x: string) => string): Code {
    const zod = zodOf(schema);
    const def = zod.def;
    const keys = Object.keys(def);
    const plain = (...allowed: string[]) => keys.every((k) => k === 'type' || allowed.includes(k) || (k === 'checks' && !def.checks?.length));
    switch (def.type) {
      case 'string':
      case 'boolean':
        if (!plain()) return this.byZod(schema, v, set, !def.coerce);
        return { pure: true, code: `if (typeof ${v} !== '${def.type}') return R;` };
      case 'number':
        if (!plain('coerce')) return this.byZod(schema, v, set, !def.coerce);
        if (!def.coerce) return { pure: true, code: `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) return R;` };
        return {
          pure: false,
          code: `if (typeof ${v} !== 'number') { const n = Number(${v}); if (!Number.isFinite(n)) return R; ${set('n')} } else if (!Number.isFinite(${v})) return R;`,
        };
      case 'unknown':
      case 'any':
        return { pure: true, code: '' };
      case 'literal':
      case 'enum':
        if (!zod.values || !plain('values', 'entries')) return this.byZod(schema, v, set, true);
        return { pure: true, code: `if (!${this.ref(zod.values)}.has(${v})) return R;` };
      case 'nullable': {
        if (!plain('innerType')) return this.byZod(schema, v, set, false);
        const inner = this.check(def.innerType as z.ZodType, v, set);
        return { pure: inner.pure, code: `if (${v} !== null) { ${inner.code} }` };
      }
      case 'optional': {
        const innerSchema = def.innerType as z.ZodType;
        // Absent input reaches a defaulted inner schema ($ZodOptional): that rare case is zod's.
        if (!plain('innerType') || zod.traits.has('$ZodExactOptional') || zodOf(innerSchema).optin === 'defaulted') return this.byZod(schema, v, set, false);
        const inner = this.check(innerSchema, v, set);
        return { pure: inner.pure, code: `if (${v} !== undefined) { ${inner.code} }` };
      }
      case 'default': {
        const innerSchema = def.innerType as z.ZodType;
        // An inner schema that may answer undefined (optional, zod's own) makes the default apply after it: zod's case.
        const innerType = zodOf(innerSchema).def.type;
        if (!plain('innerType', 'defaultValue') || !['string', 'boolean', 'number', 'literal', 'enum', 'array', 'object'].includes(innerType)) {
          return this.byZod(schema, v, set, false);
        }
        const inner = this.check(innerSchema, v, set);
        // The getter gives each parse its own copy of an object default, as zod does.
        const getDefault = this.ref(() => def.defaultValue);
        return { pure: false, code: `if (${v} === undefined) { ${set(`${getDefault}()`)} } else { ${inner.code} }` };
      }
      case 'array': {
        if (!plain('element')) return this.byZod(schema, v, set, false);
        const i = `i${this.vars++}`;
        const e = `e${this.vars++}`;
        const element = this.check(def.element as z.ZodType, e, (x) => `${v}[${i}] = ${x};`);
        return {
          pure: element.pure,
          code: `if (!Array.isArray(${v})) return R; for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { const ${e} = ${v}[${i}]; ${element.code} }`,
        };
      }
      case 'union': {
        if (!plain('options')) return this.byZod(schema, v, set, false);
        const options = def.options as z.ZodType[];
        const checks = options.map((o) => ({ o, g: new Generator() })).map(({ o, g }) => ({ fn: g.function(o), pure: g.lastPure }));
        // Trying an option that changes its input, then another, would hand the second a changed value.
        if (!checks.every((c) => c.pure)) return this.byZod(schema, v, set, false);
        const tries = checks.map((c) => `${this.ref(c.fn)}(${v}) === R`).join(' && ');
        return { pure: true, code: `if (${tries}) return R;` };
      }
      case 'object':
        return this.looseObject(schema, zod, v, set);
      default:
        return this.byZod(schema, v, set, false);
    }
  }

  /** Set by function(): whether the schema just generated never changes its input. */
  lastPure = false;

  private looseObject(schema: z.ZodType, zod: Zod, v: string, set: (x: string) => string): Code {
    const def = zod.def as Zod['def'] & { shape: Record<string, z.ZodType>; catchall?: z.ZodType };
    const loose = def.catchall !== undefined && zodOf(def.catchall).def.type === 'unknown';
    const plain = Object.keys(def).every((k) => ['type', 'shape', 'catchall'].includes(k) || (k === 'checks' && !def.checks?.length));
    if (!loose || !plain || Object.getOwnPropertySymbols(def.shape).length) return this.byZod(schema, v, set, false);
    let pure = true;
    const fields = Object.entries(def.shape).map(([key, field]) => {
      const k = JSON.stringify(key);
      const f = zodOf(field);
      const x = `x${this.vars++}`;
      const type = f.def.type;
      const walked = (code: Code) => {
        pure &&= code.pure;
        return code.code;
      };
      if ((type === 'optional' || type === 'unknown' || type === 'any') && f.optin === 'optional' && f.optout === 'optional') {
        // Absent: nothing; present: checked.
        const inner = this.check(field, x, (y) => `${v}[${k}] = ${y};`);
        if (inner.code === '') return '';
        return `if (${k} in ${v}) { const ${x} = ${v}[${k}]; ${walked(inner)} }`;
      }
      if (type === 'default' && f.optin === 'defaulted' && f.optout === undefined) {
        pure = false;
        const inner = this.check(field, x, (y) => `${v}[${k}] = ${y};`);
        return `{ const ${x} = ${v}[${k}]; ${inner.code} }`;
      }
      if (f.optin === undefined && ['string', 'boolean', 'number', 'literal', 'enum', 'nullable', 'array', 'object', 'union'].includes(type)) {
        // Required: absent is refused whatever the schema says of undefined.
        return `if (!(${k} in ${v})) return R; { const ${x} = ${v}[${k}]; ${walked(this.check(field, x, (y) => `${v}[${k}] = ${y};`))} }`;
      }
      pure = false;
      return `if (!property(${this.ref(byZod(field))}, ${v}, ${k}, ${JSON.stringify(f.optin)}, ${JSON.stringify(f.optout)})) return R;`;
    });
    // An own "__proto__" key (JSON.parse makes one) is dropped from zod's copy: zod decides then.
    const whole = this.ref(byZod(schema));
    const r = `r${this.vars++}`;
    return {
      pure,
      code:
        `if (typeof ${v} !== 'object' || ${v} === null || Array.isArray(${v})) return R;\n` +
        `if (Object.hasOwn(${v}, '__proto__')) { const ${r} = ${whole}(${v}); if (${r} === R) return R; ${set(r)} } else {\n${fields.join('\n')}\n}`,
    };
  }
}
