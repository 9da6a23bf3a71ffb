/** A file that cannot be read as its format says (malformed JSON/YAML…), with where. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}
