import type { Answer } from '../search/types';
import type { AnswerView } from './renderAnswer';
import type { Surroundings } from './surroundings';
import { DEFAULT_VIEW_STORE_OPTIONS, ViewStore, type ViewStoreOptions } from './viewStore';

/** What the buttons under one answer need: who asked, the answer (with the passages not shown yet), the view. */
export interface AnswerState {
  readonly askerId: string;
  readonly answer: Answer;
  readonly view: AnswerView;
  /** What Show context reveals around the first passage. */
  readonly topContext: Surroundings | null;
  /** How many more passages one press of More shows. */
  readonly moreStep: number;
}

export type AnswerStoreOptions = ViewStoreOptions;

export const DEFAULT_ANSWER_STORE_OPTIONS: AnswerStoreOptions = DEFAULT_VIEW_STORE_OPTIONS;

/** Recent answers by a short random key, which the buttons' custom ids carry. Bounded in size and age. */
export class AnswerStore extends ViewStore<AnswerState> {}
