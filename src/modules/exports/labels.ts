// The label table lives in src/lib/labels.ts (one table for every enum's Chinese term).
export * from '../../lib/labels.js';
