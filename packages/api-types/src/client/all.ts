import * as actions from './actions/index';
import type { ActionRef } from './ref';

/**
 * Every action's metadata (for filters that list actions, e.g. the audit log's). A file of its own:
 * whoever imports it carries the whole catalog's metadata, so only such a page should.
 */
export const allActionRefs = (): ActionRef[] => Object.values(actions).flatMap((m) => Object.values(m) as ActionRef[]);
