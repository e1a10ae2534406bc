import type { CompactionPlan } from './compactionPlan';

/**
 * The compaction plan of the node a bundle holds. The build (gulpfile.js) replaces this module in
 * each node's bundle with that node's plan; run from the sources (tests, development) there is
 * none, and the node merges its fields itself.
 */
export const BUILT_COMPACTION_PLAN: CompactionPlan | undefined = undefined;
