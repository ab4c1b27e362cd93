import type { Library } from './library';

/**
 * The one reference to the Library in service. Loading (and, later, reloading) builds a complete
 * Library beside it and swaps this reference; readers take `current()` once per request and keep
 * that snapshot, so a swap never changes a library under a request.
 */
export interface LibraryHolder {
  /** The library in service, or null while the first one is still loading. */
  current(): Library | null;
  /** Puts `next` in service; returns the one it replaces. */
  swap(next: Library): Library | null;
}

export function createLibraryHolder(initial: Library | null = null): LibraryHolder {
  let inService = initial;
  return {
    current: () => inService,
    swap(next) {
      const previous = inService;
      inService = next;
      return previous;
    },
  };
}
