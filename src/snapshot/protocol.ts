// What the launcher, the background builder and the snapshot script agree on.

/** Marks where replylint's own arguments start in a snapshot process's argv (not an
 * option: Node reads options up to its first other argument). */
export const SNAPSHOT_ARGS_MARK = 'replylint-snapshot-args';
/** The global through which the snapshot hands its already loaded compromise to the CLI. */
export const SNAPSHOT_NLP_GLOBAL = '__replylintSnapshotNlp';
/** REPLYLINT_SNAPSHOT=0 turns the snapshot off (no use, no build). */
export const SNAPSHOT_ENV = 'REPLYLINT_SNAPSHOT';
