/** Watch the corpus folder; changes are batched (editors write in bursts) and handed on once. */
import { type FSWatcher, watch } from "node:fs";

export function watchFolder(dir: string, onChange: () => void, debounceMs = 300): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (name && !/\.(md|ya?ml)$/.test(String(name))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
