/**
 * A word's other English spellings, British and American: "recognised" / "recognized",
 * "organisation" / "organization", "labour" / "labor", "centre" / "center", "defence" /
 * "defense", "dialogue" / "dialog", "travelled" / "traveled", "programme" / "program",
 * "analyse" / "analyze". A member writes one; a corpus may write the other (the BBC writes
 * British, most other outlets American). Candidates only: the caller keeps the ones its corpus
 * writes. Pure.
 */
export function spellingVariants(word: string): string[] {
  const w = word.toLowerCase();
  const out = new Set<string>();
  const swap = (pattern: RegExp, to: string) => {
    if (pattern.test(w)) out.add(w.replace(pattern, to));
  };
  // -ise / -ize and their forms: recognised, organisation, realising.
  swap(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
  swap(/iz(e|ed|es|ing|ation|ations|er|ers)$/, 'is$1');
  swap(/ys(e|ed|es|ing)$/, 'yz$1');
  swap(/yz(e|ed|es|ing)$/, 'ys$1');
  // -our / -or: labour, favourite, honourable.
  swap(/our(s|ed|ing|able|ably|ite|ites|ful)?$/, 'or$1');
  swap(/([^aeiou])or(s|ed|ing|able|ably|ite|ites|ful)?$/, '$1our$2');
  // -re / -er: centre, theatres.
  swap(/([^aeiou])re(s|d)?$/, '$1er$2');
  swap(/([^aeiou])er(s|ed)?$/, '$1re$2');
  // -ence / -ense: defence, licence, offences.
  swap(/ence(s)?$/, 'ense$1');
  swap(/ense(s)?$/, 'ence$1');
  // -ogue / -og: dialogue, catalogues.
  swap(/ogue(s)?$/, 'og$1');
  swap(/og(s)?$/, 'ogue$1');
  // A doubled l before an ending: travelled, cancelling, counsellor.
  swap(/([aeiou])ll(ed|ing|er|ers|or|ors)$/, '$1l$2');
  swap(/([aeiou])l(ed|ing|er|ers|or|ors)$/, '$1ll$2');
  // -mme / -m: programme.
  swap(/mme(s)?$/, 'm$1');
  swap(/([^m])m(s)?$/, '$1mme$2');
  out.delete(w);
  return [...out];
}
