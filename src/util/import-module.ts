// import() of user code (JavaScript configs, plugins). A process started from the
// startup snapshot (src/snapshot/) runs code compiled while the snapshot was built, which
// has no module loader of its own: there, the snapshot installs an importer that goes
// through Node's default loader instead.

export type Importer = (specifier: string) => Promise<Record<string, unknown>>;

let importer: Importer = (specifier) => import(specifier);

/** Imports an ES module or CommonJS file by URL or package specifier. */
export function importModule(specifier: string): Promise<Record<string, unknown>> {
  return importer(specifier);
}

/** Replaces how modules are imported (for the startup snapshot only). */
export function useImporter(next: Importer): void {
  importer = next;
}
