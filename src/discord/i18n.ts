import type { Untranslated } from '../answer/types.js';
import type { Language } from '../text/language.js';

/**
 * The bot's own sentences around answers, in each language it answers in. The language is the
 * question's (detected, with the member's client locale as a hint); before a question is read
 * (a cooldown, a refused option) it is the member's locale. Quotes are never translated here.
 */
export interface BotStrings {
  question: string;
  readAs: string;
  quotedBelow: string;
  relatedBelow: string;
  /** Over the passages shown for a question that could not be translated: they share its names, nothing more is judged. */
  sharingNames: string;
  relatedLabel: string;
  alsoCovers(topics: string): string;
  /** Why a question in another language was searched as typed. */
  untranslated(reason: string): string;
  reasons: Record<Untranslated['reason'], string>;
  machineTranslation: string;
  cooldown(seconds: number): string;
  noPermission: string;
  bug(reference: string): string;
  unknownCommand: string;
  askAfterMention(mention: string): string;
  /** Where the bot answers in this server, told once to a member who asked elsewhere. */
  answersIn(places: string, server: string): string;
}

const EN: BotStrings = {
  question: 'Question',
  readAs: 'Read as',
  quotedBelow: 'What the corpus says, quoted word for word:',
  relatedBelow: 'Related passages, which do not answer the question:',
  sharingNames: 'Passages that share names with the question:',
  relatedLabel: 'related: ',
  alsoCovers: (topics) => `It does cover: ${topics}.`,
  untranslated: (reason) => `${reason}, so I searched the question as written; the articles are in English.`,
  reasons: { 'no-engine': 'This server has no translation installed', failed: 'Translation failed just now' },
  machineTranslation: 'Machine translation, not the quote',
  cooldown: (s) => `Easy there, you can ask again in ${s} second${s === 1 ? '' : 's'}.`,
  noPermission: "I don't have permission to do that in this channel (I need to view it, send messages and create threads).",
  bug: (ref) => `Something went wrong on my side and it has been logged (reference \`${ref}\`). Please try again.`,
  unknownCommand: 'I no longer know this command.',
  askAfterMention: (m) => `Ask me something after the mention, for example: ${m} What did Mexico say at the OAS?`,
  answersIn: (places, server) => `I answer questions in ${places} on ${server}. Ask me there, and I'll quote the corpus for you.`,
};

const ES: BotStrings = {
  question: 'Pregunta',
  readAs: 'Leída como',
  quotedBelow: 'Lo que dice el corpus, citado palabra por palabra (en inglés, su idioma original):',
  relatedBelow: 'Pasajes relacionados, que no responden a la pregunta:',
  sharingNames: 'Pasajes que comparten nombres con la pregunta:',
  relatedLabel: 'relacionado: ',
  alsoCovers: (topics) => `Sí trata de: ${topics}.`,
  untranslated: (reason) => `${reason}, así que busqué la pregunta tal cual; los artículos están en inglés.`,
  reasons: { 'no-engine': 'Este servidor no tiene instalada ninguna traducción', failed: 'La traducción falló esta vez' },
  machineTranslation: 'Traducción automática, no es la cita',
  cooldown: (s) => `Con calma: podrás volver a preguntar en ${s} segundo${s === 1 ? '' : 's'}.`,
  noPermission: 'No tengo permiso para hacer eso en este canal (necesito verlo, enviar mensajes y crear hilos).',
  bug: (ref) => `Algo falló de mi lado y quedó registrado (referencia \`${ref}\`). Vuelve a intentarlo.`,
  unknownCommand: 'Ya no conozco este comando.',
  askAfterMention: (m) => `Pregúntame algo después de la mención, por ejemplo: ${m} ¿Qué dijo México en la OEA?`,
  answersIn: (places, server) => `En ${server} respondo preguntas en ${places}. Pregúntame allí y te citaré el corpus.`,
};

const PT: BotStrings = {
  question: 'Pergunta',
  readAs: 'Lida como',
  quotedBelow: 'O que o corpus diz, citado palavra por palavra (em inglês, a língua original):',
  relatedBelow: 'Trechos relacionados, que não respondem à pergunta:',
  sharingNames: 'Trechos que compartilham nomes com a pergunta:',
  relatedLabel: 'relacionado: ',
  alsoCovers: (topics) => `O corpus trata de: ${topics}.`,
  untranslated: (reason) => `${reason}, então busquei a pergunta como foi escrita; os artigos estão em inglês.`,
  reasons: { 'no-engine': 'Este servidor não tem tradução instalada', failed: 'A tradução falhou desta vez' },
  machineTranslation: 'Tradução automática, não é a citação',
  cooldown: (s) => `Calma: você poderá perguntar de novo em ${s} segundo${s === 1 ? '' : 's'}.`,
  noPermission: 'Não tenho permissão para fazer isso neste canal (preciso vê-lo, enviar mensagens e criar tópicos).',
  bug: (ref) => `Algo deu errado do meu lado e foi registrado (referência \`${ref}\`). Tente de novo.`,
  unknownCommand: 'Não conheço mais este comando.',
  askAfterMention: (m) => `Pergunte algo depois da menção, por exemplo: ${m} O que o México disse na OEA?`,
  answersIn: (places, server) => `Em ${server} eu respondo perguntas em ${places}. Pergunte lá e eu cito o corpus para você.`,
};

const STRINGS: Record<Language, BotStrings> = { en: EN, es: ES, pt: PT };

/** The bot's sentences in `language` (English by default). */
export function stringsFor(language: Language | null | undefined): BotStrings {
  return STRINGS[language ?? 'en'];
}
