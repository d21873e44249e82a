import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** After this long a temporary file is stale even if its pid is alive again (reused by another process). */
const STALE_AFTER_MS = 10 * 60 * 1000;

/** Dot-files ending in .tmp with the writer's pid: `.dossier-cache.json.PID.tmp`, `.ingest-PID-HEX.tmp`, `.dossier-secret.PID.HEX.tmp`. */
const TEMP_NAME = /^\..*?[.-](\d+)(?:[.-][0-9a-f]{4,})?\.tmp$/;

/** Whether a process with this id runs (a pid we may not signal still runs). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a process killed mid-write (kill -9, power loss) left in the data folder: those
 * whose writer is gone, or that are older than any write takes. A folder we cannot write is left alone.
 */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined) continue;
    const path = join(dir, name);
    try {
      if (!processAlive(Number(pid)) || Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
    } catch {
      // gone already, or not ours to remove
    }
  }
}
