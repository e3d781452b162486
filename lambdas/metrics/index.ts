// Daily metrics from DynamoDB counters (issue 6, data side): counting (plan, decisions), reading
// (query, access), export (csv) and the HTTP-agnostic API. See README.md in this folder.
export * from './access';
export * from './api';
export * from './csv';
export * from './decisions';
export * from './dynamo-counters';
export * from './plan';
export * from './ports';
export * from './query';
