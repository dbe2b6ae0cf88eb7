import { taskKey } from './task-key';
import type { TaskGroup, TrackedTask } from './tracked';

export { sessionStore } from '../kit/drafts';

/** What the tracker keeps in sessionStorage: whose tasks they are, the tasks and their groups. */
export interface SavedTasks {
  owner?: string;
  tasks: TrackedTask[];
  groups: TaskGroup[];
}

export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const TASKS_STORAGE_KEY = 'console.tasks.v1';
/** The most tasks kept: the oldest settled ones go first, so a long session cannot fill the storage. */
export const MAX_KEPT = 300;

const STATUSES = new Set(['NEW', 'DOING', 'FINISH', 'ERROR']);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// The storage is an edge like any other (another version of the console may have written it):
// each entry is checked by hand (the shell's chunk carries no zod) and a bad one is dropped.
function isTask(v: unknown): v is TrackedTask {
  return (
    isObj(v) &&
    isStr(v.taskId) &&
    isStr(v.label) &&
    isStr(v.provider) &&
    isStr(v.account) &&
    STATUSES.has(v.status as string) &&
    Array.isArray(v.invalidates) &&
    v.invalidates.every(isStr) &&
    isNum(v.startedAt) &&
    isNum(v.updatedAt) &&
    typeof v.polled === 'boolean'
  );
}

function isGroup(v: unknown): v is TaskGroup {
  return isObj(v) && isStr(v.id) && isStr(v.label) && isNum(v.total) && isNum(v.startedAt) && Array.isArray(v.items) && v.items.every(isStr);
}

/** Reads the saved tasks; anything unreadable counts as nothing saved. */
export function loadTasks(store: KeyValueStore | undefined): SavedTasks {
  try {
    const raw = store?.getItem(TASKS_STORAGE_KEY);
    if (!raw) return { tasks: [], groups: [] };
    const parsed: unknown = JSON.parse(raw);
    if (!isObj(parsed)) return { tasks: [], groups: [] };
    const tasks = Array.isArray(parsed.tasks) ? parsed.tasks.filter(isTask) : [];
    const groups = Array.isArray(parsed.groups) ? parsed.groups.filter(isGroup) : [];
    // A poll that was on its way when the page went: its error is stale, the next poll says.
    return { owner: isStr(parsed.owner) ? parsed.owner : undefined, tasks: tasks.map((t) => ({ ...t, pollError: undefined })), groups };
  } catch {
    return { tasks: [], groups: [] };
  }
}

/** Writes them (storage full or blocked: the tasks still live in memory). */
export function saveTasks(store: KeyValueStore | undefined, saved: SavedTasks) {
  try {
    if (!store) return;
    if (!saved.owner && saved.tasks.length === 0) store.removeItem(TASKS_STORAGE_KEY);
    else store.setItem(TASKS_STORAGE_KEY, JSON.stringify(saved));
  } catch {
    // Nothing to do: persistence is a convenience for reloads.
  }
}

/** Keeps at most `max` tasks: running ones always, then the newest settled ones. */
export function trimTasks(tasks: readonly TrackedTask[], max = MAX_KEPT, settled: (t: TrackedTask) => boolean): TrackedTask[] {
  if (tasks.length <= max) return [...tasks];
  const drop = new Set(
    tasks
      .filter(settled)
      .sort((a, b) => a.updatedAt - b.updatedAt)
      .slice(0, tasks.length - max)
      .map(taskKey),
  );
  return tasks.filter((t) => !drop.has(taskKey(t)));
}
