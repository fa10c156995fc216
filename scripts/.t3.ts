import { readFileSync } from 'node:fs';
import { createMatcher } from '../lib/match/matcher';
const idx = JSON.parse(readFileSync('generated/alias-index.json', 'utf8'));
const t = performance.now();
createMatcher(idx);
console.log(performance.now() - t);
