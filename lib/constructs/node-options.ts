// Node flags of the deployed functions, shared with the benchmark so it measures memory as deployed.

/** Every function: stack traces that point at the TypeScript source. */
export const NODE_OPTIONS = '--enable-source-maps';

/**
 * The filter parses whole messages: a smaller young generation (4 MB semi-spaces instead of V8's
 * default 16 MB) keeps the peak for a 25 MB message near 95 MB instead of ~100 MB, at a few percent of
 * throughput on small mail (npm run bench, README "Benchmark").
 */
export const FILTER_NODE_OPTIONS = `${NODE_OPTIONS} --max-semi-space-size=4`;
