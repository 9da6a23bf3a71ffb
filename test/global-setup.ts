// The CLI tests run bin/replylint.cjs, which loads dist/: bundle the current sources first.
import { buildBundle } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildBundle({ quiet: true });
}
