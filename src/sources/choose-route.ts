// auto's choice of route for a full history, made while the attribution pass streams: every
// blob's size comes first (one `git cat-file --batch-check`, beside the pass), then each entry is
// tallied as the pass reads it. The blob route is taken as soon as it is certain to win
// (ShapeTally.blobsCertain), so that its scan overlaps the rest of the pass; the diff route only
// once the pass has ended, from the whole estimate. Either way the choice is the one the whole
// estimate makes (sources/history-cost.ts).
import { objectSizes } from './blob-history-source.js';
import { createShapeTally, estimateRoutes, type ShapeTally } from './history-cost.js';
import type { LiveBlobHistory } from './live-blob-history.js';
import type { RawEntry } from './parse-raw-log.js';

export type Route = 'diff' | 'blobs';

export const chooseRoute = (root: string, live: LiveBlobHistory): Promise<Route> =>
  new Promise<Route>((resolve, reject) => {
    let tally: ShapeTally | undefined;
    let early: Array<readonly [RawEntry, boolean]> | undefined = [];
    let chosen = false;
    const choose = (route: Route): void => {
      if (chosen) return;
      chosen = true;
      live.onEntry = undefined;
      early = undefined;
      resolve(route);
    };
    const fail = (error: unknown): void => {
      if (chosen) return;
      chosen = true;
      live.onEntry = undefined;
      reject(error);
    };
    live.onEntry = (entry, newPath) => {
      if (tally === undefined) {
        early?.push([entry, newPath]);
        return;
      }
      tally.entry(entry, newPath);
      if (tally.blobsCertain()) choose('blobs');
    };
    const sizes = objectSizes(root).then(({ sizes: known, objectBytes }) => {
      if (chosen) return;
      const counted = createShapeTally(known, objectBytes);
      for (const [entry, newPath] of early ?? []) counted.entry(entry, newPath);
      early = undefined;
      tally = counted;
      if (counted.blobsCertain()) choose('blobs');
    });
    Promise.all([sizes, live.done]).then(() => choose(estimateRoutes((tally as ShapeTally).shape()).route), fail);
  });
