import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../db/settings';
import type { Workspace } from '../db/workspace';
import { workspaceStore } from './workspaceStore';

/** The workspace's settings (live: an administrator's change applies at once); undefined while loading. */
export function useSettings(workspace: Workspace): Settings | undefined {
  return useLiveQuery(() => workspaceStore(workspace).settings.read(), [workspace]);
}
