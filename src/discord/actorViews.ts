import type { ActorListing } from '../actors';
import type { ActorDossier } from './renderActor';
import { ViewStore } from './viewStore';

/** What the buttons under an `/actor` summary or an `/actors` list need: who asked, the data, the page. */
export type ActorViewState =
  | {
      readonly kind: 'summary';
      readonly askerId: string;
      readonly dossier: ActorDossier;
      readonly page: number;
    }
  | {
      readonly kind: 'list';
      readonly askerId: string;
      /** Shared by every list of one Library (see `listingOf`), so remembering one costs little. */
      readonly listing: readonly ActorListing[];
      readonly page: number;
    };

/** Recent `/actor` and `/actors` replies by a short random key, which their buttons' custom ids carry. */
export class ActorViewStore extends ViewStore<ActorViewState> {}
