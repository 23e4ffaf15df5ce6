/**
 * Closed-class words of Spanish and Portuguese (articles, prepositions and their contractions,
 * pronouns, conjunctions, common auxiliaries). A question's word that an English corpus also
 * uses as a name ("La" in "La Paz", "Do" in a title) is kept from translation only when it is
 * not one of these. General grammar, never a word of a particular corpus.
 */
import type { ForeignLanguage } from './language.js';

const ES = `a al ante bajo con contra de del desde durante e el ella ellas ellos en entre es esa esas ese eso esos esta estas este esto estos
fue fueron ha han hay hasta la las le les lo los me mi mis muy ni no nos o os para pero por que qué se ser si sí sin sobre son su sus
tan también te tras tu tus u un una unas uno unos y ya yo cual cuál como cómo cuando cuándo donde dónde quien quién quienes quiénes
cuanto cuánto cuantos cuántos cuanta cuánta cuantas cuántas mas más menos algo alguien nada nadie todo todos toda todas otro otra otros otras`;

const PT = `a à ao aos as às com como contra da das de do dos e é ela elas ele eles em entre era essa essas esse esses esta está estas este
estes eu foi foram há isso isto já la lá lhe lhes mais mas me meu minha muito na nas nem no nos o os ou para pela pelas pelo pelos por
quais qual quando que quê quem se sem ser seu seus sim só sobre sua suas também te tem têm teu tua um uma umas uns você vocês onde
quanto quantos quanta quantas algo alguém nada ninguém todo todos toda todas outro outra outros outras num numa`;

const WORDS: Record<ForeignLanguage, ReadonlySet<string>> = {
  es: new Set(ES.split(/\s+/)),
  pt: new Set(PT.split(/\s+/)),
};

/** True when `word` (any case) is a closed-class word of `language`. */
export function isFunctionWord(word: string, language: ForeignLanguage): boolean {
  return WORDS[language].has(word.toLowerCase());
}

/**
 * Acronyms of international bodies as Spanish and Portuguese write them, with the English
 * acronym. Applied only where the corpus itself uses the English one.
 */
export const FOREIGN_ACRONYMS: Readonly<Record<string, string>> = {
  OEA: 'OAS',
  ONU: 'UN',
  'EE. UU.': 'US',
  'EE.UU.': 'US',
  EEUU: 'US',
  EUA: 'US',
  UE: 'EU',
  OTAN: 'NATO',
  FMI: 'IMF',
  OMS: 'WHO',
  OPEP: 'OPEC',
  BID: 'IDB',
  CIDH: 'IACHR',
  ACNUR: 'UNHCR',
  OIM: 'IOM',
  OMC: 'WTO',
  CPI: 'ICC',
  TPI: 'ICC',
  MERCOSUL: 'Mercosur',
  PIB: 'GDP',
};
