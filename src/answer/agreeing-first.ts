import type { RankInput } from '../retrieval/rerank.js';
import type { Stance } from '../retrieval/polarity.js';

/** How a passage stands to each common word asked about. */
export type StancesOf = (text: string, carried: readonly boolean[]) => readonly Stance[];

/** How many of the best-ranked passages are read for what they say of the words asked about. */
const STANCES_READ = 12;

/**
 * A passage saying only the opposite of what is asked moves behind the next passage that says
 * it: "who did Peru invite" is answered by "Peru has invited Russia, China …", not by "Neither
 * the representatives of Maduro, nor those of Guaido have been invited", which ranks higher;
 * "who wasn't invited" the other way round. With no such passage after it, it keeps its place. Pure.
 */
export function agreeingFirst<T extends RankInput>(ranked: readonly T[], stances: StancesOf | null = null): readonly T[] {
  if (stances === null) return ranked;
  // Only the best-ranked are read: far down, a passage's place does not change what is quoted.
  const read = ranked.map((c, i) => (i < STANCES_READ ? stances(c.text, c.support.carried) : []));
  const opposes = (i: number) => read[i]!.some((s) => s === 'opposes');
  // Where each passage goes: its own place, or just behind the first later one that agrees where it opposes.
  const place = ranked.map((_, i) => {
    if (!opposes(i)) return i;
    const opposed = read[i]!.flatMap((s, t) => (s === 'opposes' ? [t] : []));
    const j = read.findIndex((r, k) => k > i && !opposes(k) && opposed.some((t) => r[t] === 'agrees'));
    return j < 0 ? i : j + 0.5 + i / (2 * ranked.length);
  });
  return ranked
    .map((c, i) => ({ c, at: place[i]! }))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.c);
}
