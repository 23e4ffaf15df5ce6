/**
 * A worker that dies mid-batch: claims one batch of passages for embedding through the real
 * claim query, prints "claimed N" and then waits, never writing vectors back, until it is killed.
 * Usage: claim-and-stall.ts <database url> <batch size> <claim ms>
 */
import { claimBatch } from '../../src/index/postgres/claims.js';
import { openDatabase } from '../../src/index/postgres/database.js';

const [url, size, claimMs] = process.argv.slice(2);
if (!url || !size || !claimMs) throw new Error('usage: claim-and-stall.ts <database url> <batch size> <claim ms>');
const db = openDatabase(url, { max: 1 });
const batch = await claimBatch(db, Number(size), Number(claimMs));
process.stdout.write(`claimed ${batch.length}\n`);
setInterval(() => {}, 1_000);
