/**
 * Background registration for the in-page subsystem: answers `dataset/get-entity` from the full
 * dataset. The content script bundles only the compact alias index and asks for a full record
 * when a card opens (10ten keeps lookups in the background the same way).
 */
import raw from '../../generated/dataset.json';
import { Dataset } from '../dataset/schema';
import { handle } from './router';
import { DatasetViews } from './dataset-view';

let dataset: Dataset | null = null;
let views: DatasetViews | null = null;

/** The full dataset, parsed on first use: the service worker wakes often and most wakes need none. */
export function getDataset(): Dataset {
  dataset ??= Dataset.parse(raw);
  return dataset;
}

function getViews(): DatasetViews {
  views ??= new DatasetViews(getDataset());
  return views;
}

handle('dataset/get-entity', (req) => {
  const view = getViews().entity(req.id);
  if (!view) throw new Error(`Unknown entity ${req.id}.`);
  return view;
});
