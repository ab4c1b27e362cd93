/**
 * Hand-made gold for the seed article (corpus/seed-niger-coup.md): for each actor, every sentence
 * (1-based, in article order) that speaks of it by name, title, pronoun or describing noun, and the
 * roles the text gives it. Decided by reading the article, not by running the code:
 *
 *  1 Blinken spoke to Bazoum and former president Issoufou           Blinken, Bazoum, Issoufou
 *  2 "Secretary Blinken underscored…," US State Department said      Blinken, State Department
 *  3 Blinken stressed the importance of his continuing leadership    Blinken; "his … leadership in
 *    in Niamey                                                       Niamey" is Bazoum's (sentence 4
 *                                                                    says it of "President Bazoum")
 *  4 "The Secretary reiterated to President Bazoum …," the statement Blinken (the Secretary), Bazoum,
 *    added                                                           State Department (the statement)
 *  5 He further praised Bazoum’s role                                Blinken (He), Bazoum
 *  6 "…President Bazoum remains in detention…," read the official    Bazoum, State Department
 *    statement
 *  7 The Secretary of State also expressed regret … detaining Bazoum  Blinken, Bazoum
 *  8 "He asked former President Issoufou …," the statement added     Blinken (He), Issoufou, State Dept
 *  9 Abdourahamane Tiani, a Niger general, declared himself …         Tiani
 * 10 The announcement came … the toppling of President Mohamed        Tiani (his announcement), Bazoum
 *    Bazoum’s government
 * 11 Tiani said in the broadcast …, CNN reported                      Tiani, CNN
 * 12 Niger’s former government, he said, …                           Tiani (he)
 * 13 … the Nigerien army command said it was supporting the seizure  (the army only)
 * 14 The military’s statement also warned …, CNN reported            CNN
 * 15 Bazoum was reportedly detained … by his own presidential guard   Bazoum
 * 16 The coup has drawn sharp criticism from world leaders.          nobody of these
 */
export interface GoldActor {
  /** A name to look the actor up by. */
  readonly lookup: string;
  readonly sentences: readonly number[];
  /** Words each expected role must contain, one list per role. */
  readonly roles: readonly (readonly string[])[];
}

export const SEED_GOLD: readonly GoldActor[] = [
  {
    lookup: 'Blinken',
    sentences: [1, 2, 3, 4, 5, 7, 8],
    roles: [['secretary', 'state']],
  },
  {
    lookup: 'Bazoum',
    sentences: [1, 3, 4, 5, 6, 7, 10, 15],
    roles: [
      ['nigerien', 'president'],
      ['elected', 'president'],
    ],
  },
  {
    lookup: 'Issoufou',
    sentences: [1, 8],
    roles: [['former', 'president']],
  },
  {
    lookup: 'Tiani',
    sentences: [9, 10, 11, 12],
    roles: [['general'], ['leader']],
  },
  {
    lookup: 'State Department',
    sentences: [2, 4, 6, 8],
    roles: [],
  },
  {
    lookup: 'CNN',
    sentences: [11, 14],
    roles: [],
  },
];
