import type { AnswerType } from '../retrieval/answer-type.js';
import type { MeasureKind } from '../retrieval/measure.js';
import type { Language } from '../text/language.js';

/**
 * citebot's own sentences inside an answer (what the corpus lacks), in each language it
 * answers in. Written by hand; names are filled in as the member typed them. Quotes are never
 * translated here: they stay the corpus's English, word for word.
 */
export interface AnswerPhrases {
  /** "A", "A and B", "A, B and C" in the language's own conjunction. */
  and: string;
  or: string;
  noPassage: string;
  /** The question could not be translated: the passages shown only share its names. */
  unread: string;
  /** The question names no person, place or event to look for. */
  noSubject: string;
  /** The passages report it only as planned, possible or asked for, before it happened. */
  onlyPlanned: string;
  /** Asked how things stand now: the newest quoted article's date, which is as far as the corpus can speak. */
  asOf(date: string): string;
  neverMentions(names: string): string;
  /** A common noun with the definite article, as "never mentions" names it ("the pope"). */
  the(noun: string): string;
  /** A common noun with its owner: "Almagro’s report". */
  owned(owner: string, noun: string): string;
  notTogether(names: string): string;
  /** Asked what someone said, and the passages only speak about them. */
  notQuoted(name: string, about?: string, year?: string): string;
  /** Asked who holds a post ("foreign minister") or what a property is ("capital") of someone the corpus mentions, and no passage names it. */
  noHolder(post: string, owner: string, property: boolean, then?: boolean): string;
  /** Asked whether a decisive outcome came about ("convicted"), and no passage reports one. */
  noOutcome(names: string, word: string): string;
  /** Asked the name of someone described ("the make up artist"), and no passage names them. */
  noName(names: string, who: string): string;
  noKind(names: string, kind: AnswerType | MeasureKind): string;
  noneSays(asked: string): string;
  /** Asked which of two things is so: no passage says either. */
  noChoice(names: string, first: string, second: string): string;
  /** How each kind of fact, and each measure, is named in "gives no passage with …". */
  kind: Record<AnswerType | MeasureKind, string>;
  /** How each kind of fact is named in "none of these says …". */
  asked: Record<AnswerType, string>;
}

const EN: AnswerPhrases = {
  and: 'and',
  or: 'or',
  noPassage: 'The corpus has no passage that answers this.',
  unread: 'Without a translation, citebot cannot tell whether any passage answers this: the ones below only share names with it.',
  noSubject: 'The question does not say what it is about: name a person, a place or an event.',
  onlyPlanned: 'The corpus reports this only as planned, possible or asked for, not how it turned out.',
  asOf: (date) => `The newest of these articles is from ${date}: the corpus cannot say how things stand now.`,
  neverMentions: (names) => `The corpus never mentions ${names}.`,
  the: (noun) => `the ${noun}`,
  owned: (owner, noun) => `${owner}’s ${noun}`,
  notTogether: (names) => `No passage in the corpus speaks of ${names} together.`,
  notQuoted: (name, about, year) =>
    `The corpus mentions ${name} but no passage reports what ${name} said${about ? ` about ${about}` : ''}${year ? ` in ${year}` : ''}.`,
  noHolder: (post, owner, _property, then) =>
    `The corpus mentions ${owner} but no passage names ${owner}’s ${post}${then ? ' at the time asked about' : ''}.`,
  noOutcome: (names, word) => `The corpus mentions ${names} but no passage reports the outcome asked about (“${word}”).`,
  noName: (names, who) => `The corpus mentions ${names} but no passage gives the name${/[^s]s$/i.test(who) ? 's' : ''} of ${who}.`,
  noKind: (names, kind) => `The corpus mentions ${names} but gives no passage with ${EN.kind[kind]} for this.`,
  noneSays: (asked) => `None of these passages says ${asked}.`,
  noChoice: (names, first, second) => `The corpus mentions ${names} but no passage says whether ${first} or ${second}.`,
  kind: {
    number: 'a number',
    date: 'a date',
    person: 'a name',
    place: 'a place',
    reason: 'a reason',
    any: 'an answer',
    rate: 'a rate',
    time: 'a time of day',
    length: 'a length',
    money: 'a sum of money',
    amount: 'an amount',
    age: 'an age',
    score: 'a score',
    penalty: 'a sentence or penalty',
  },
  asked: { number: 'how many or how much', date: 'when', person: 'who', place: 'where', reason: 'why', any: 'that' },
};

const ES: AnswerPhrases = {
  and: 'y',
  or: 'ni',
  noPassage: 'El corpus no tiene ningún pasaje que responda a esto.',
  unread: 'Sin traducción, citebot no puede saber si algún pasaje responde a esto: los de abajo solo comparten nombres con la pregunta.',
  noSubject: 'La pregunta no dice de qué trata: nombra a una persona, un lugar o un hecho.',
  onlyPlanned: 'El corpus solo lo presenta como algo previsto, posible o pedido, no cuenta cómo resultó.',
  asOf: (date) => `El más reciente de estos artículos es de ${date}: el corpus no puede decir cómo están las cosas ahora.`,
  neverMentions: (names) => `El corpus nunca menciona a ${names}.`,
  the: (noun) => `«${noun}»`,
  owned: (owner, noun) => `«${noun}» de ${owner}`,
  notTogether: (names) => `Ningún pasaje del corpus habla a la vez de ${names}.`,
  notQuoted: (name, about, year) =>
    `El corpus menciona a ${name}, pero ningún pasaje recoge lo que dijo${about ? ` sobre ${about}` : ''}${year ? ` en ${year}` : ''}.`,
  noHolder: (_post, owner, property, then) =>
    `El corpus menciona a ${owner}, pero ningún pasaje ${property ? 'da ese dato' : `dice quién ${then ? 'ocupaba ese cargo en ese momento' : 'ocupa ese cargo'}`}.`,
  noOutcome: (names) => `El corpus menciona a ${names}, pero ningún pasaje cuenta cómo terminó.`,
  noName: (names) => `El corpus menciona a ${names}, pero ningún pasaje da el nombre por el que se pregunta.`,
  noKind: (names, kind) => `El corpus menciona a ${names}, pero ningún pasaje da ${ES.kind[kind]} sobre esto.`,
  noneSays: (asked) => `Ninguno de estos pasajes dice ${asked}.`,
  noChoice: (names, first, second) => `El corpus menciona a ${names}, pero ningún pasaje dice si ${first} o ${second}.`,
  kind: {
    number: 'una cifra',
    date: 'una fecha',
    person: 'un nombre',
    place: 'un lugar',
    reason: 'un motivo',
    any: 'una respuesta',
    rate: 'una tasa',
    time: 'una hora',
    length: 'una duración o distancia',
    money: 'una suma de dinero',
    amount: 'una cantidad',
    age: 'una edad',
    score: 'un marcador',
    penalty: 'una condena o sanción',
  },
  asked: { number: 'cuántos o cuánto', date: 'cuándo', person: 'quién', place: 'dónde', reason: 'por qué', any: 'eso' },
};

const PT: AnswerPhrases = {
  and: 'e',
  or: 'nem',
  noPassage: 'O corpus não tem nenhum trecho que responda a isso.',
  unread: 'Sem tradução, o citebot não pode saber se algum trecho responde a isso: os de baixo só compartilham nomes com a pergunta.',
  noSubject: 'A pergunta não diz do que se trata: cite uma pessoa, um lugar ou um acontecimento.',
  onlyPlanned: 'O corpus só o apresenta como algo previsto, possível ou pedido, não conta como terminou.',
  asOf: (date) => `O mais recente destes artigos é de ${date}: o corpus não pode dizer como estão as coisas agora.`,
  neverMentions: (names) => `O corpus nunca menciona ${names}.`,
  the: (noun) => `«${noun}»`,
  owned: (owner, noun) => `«${noun}» de ${owner}`,
  notTogether: (names) => `Nenhum trecho do corpus fala de ${names} ao mesmo tempo.`,
  notQuoted: (name, about, year) =>
    `O corpus menciona ${name}, mas nenhum trecho relata o que disse${about ? ` sobre ${about}` : ''}${year ? ` em ${year}` : ''}.`,
  noHolder: (_post, owner, property, then) =>
    `O corpus menciona ${owner}, mas nenhum trecho ${property ? 'traz esse dado' : `diz quem ${then ? 'ocupava esse cargo naquele momento' : 'ocupa esse cargo'}`}.`,
  noOutcome: (names) => `O corpus menciona ${names}, mas nenhum trecho conta como terminou.`,
  noName: (names) => `O corpus menciona ${names}, mas nenhum trecho dá o nome perguntado.`,
  noKind: (names, kind) => `O corpus menciona ${names}, mas nenhum trecho traz ${PT.kind[kind]} sobre isso.`,
  noneSays: (asked) => `Nenhum destes trechos diz ${asked}.`,
  noChoice: (names, first, second) => `O corpus menciona ${names}, mas nenhum trecho diz se ${first} ou ${second}.`,
  kind: {
    number: 'um número',
    date: 'uma data',
    person: 'um nome',
    place: 'um lugar',
    reason: 'um motivo',
    any: 'uma resposta',
    rate: 'uma taxa',
    time: 'um horário',
    length: 'uma duração ou distância',
    money: 'uma quantia em dinheiro',
    amount: 'uma quantidade',
    age: 'uma idade',
    score: 'um placar',
    penalty: 'uma pena ou punição',
  },
  asked: { number: 'quantos ou quanto', date: 'quando', person: 'quem', place: 'onde', reason: 'por quê', any: 'isso' },
};

const PHRASES: Record<Language, AnswerPhrases> = { en: EN, es: ES, pt: PT };

/** The answer sentences of `language`. */
export function phrasesFor(language: Language = 'en'): AnswerPhrases {
  return PHRASES[language];
}
