import type { ProductModule } from '../context/module';
import { TaskProvider } from '../tasks/TaskProvider';
import { AppLayout } from './AppLayout';
// Fetched with the shell, not after it: every cloud page sits behind the account gate (compose.tsx).
import './AccountGate';

/**
 * The signed-in console: the task tracker and the shell around the modules' pages. One chunk,
 * loaded after sign-in, so the sign-in page carries neither (nor their notices and menus).
 */
export function SignedIn({ modules }: { modules: readonly ProductModule[] }) {
  return (
    <TaskProvider>
      <AppLayout modules={modules} />
    </TaskProvider>
  );
}
