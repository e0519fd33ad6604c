/** A two-sided interval estimate, `lower ≤ upper`, for a proportion always within [0, 1]. */
export interface Interval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
}
