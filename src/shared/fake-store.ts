import type { SettingsStore, StoredSettings } from './settings';

/**
 * An in-memory `SettingsStore` that behaves like storage.sync: values are
 * copied in and out (structured clone), and every write notifies all watchers,
 * including the writer, as `storage.onChanged` does.
 */
export class MemorySettingsStore implements SettingsStore {
  private value: unknown;
  private readonly listeners = new Set<(stored: unknown) => void>();

  constructor(initial?: unknown) {
    this.value = initial === undefined ? undefined : structuredClone(initial);
  }

  async read(): Promise<unknown> {
    return this.value === undefined ? undefined : structuredClone(this.value);
  }

  async write(value: StoredSettings): Promise<void> {
    this.value = structuredClone(value);
    for (const listener of [...this.listeners]) listener(structuredClone(value));
  }

  watch(listener: (stored: unknown) => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  get watcherCount(): number {
    return this.listeners.size;
  }
}
