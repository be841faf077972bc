// The series module's public entry: which briefings form a series, its timeline, comparing two
// rounds, and answering questions across rounds.
export { withSeries } from "./answerer.ts";
export {
  type Comparison,
  compare,
  diffPositions,
  evidenceFor,
  type PersonRef,
  type PositionChanges,
  type RoundRef,
  roundRef,
  type StepEvidence,
  unchanged,
} from "./compare.ts";
export { declaredSeries, findAllSeries, normalName, type Series, seriesOf } from "./identify.ts";
export { lookupSeries, type SeriesLookup, seriesNamedIn } from "./lookup.ts";
export { pickRounds, type RoundPair, seriesInScope } from "./pick.ts";
export { answerAcrossRounds } from "./questions.ts";
export {
  backwardBlocks,
  comparisonBlocks,
  comparisonText,
  roundLabel,
  type TextBlock,
} from "./render.ts";
export { type TimelineEntry, timeline } from "./timeline.ts";
