import type { LocalizationMap, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/**
 * Command and option names and descriptions in Spanish and Portuguese, as Discord shows them
 * to members whose client is set to es-ES, es-419 or pt-BR. Kept in one table, applied to the
 * definitions when they are registered; a test checks every command and option has an entry.
 */
interface Localized {
  es: string;
  pt: string;
}
interface CommandText {
  name: Localized;
  description: Localized;
  options: Record<string, { name: Localized; description: Localized }>;
}

const l = (es: string, pt: string): Localized => ({ es, pt });

export const COMMAND_TEXT: Record<string, CommandText> = {
  ask: {
    name: l('preguntar', 'perguntar'),
    description: l(
      'Haz una pregunta y recibe citas textuales del corpus de noticias, con sus fuentes.',
      'Faça uma pergunta e receba citações literais do corpus de notícias, com as fontes.',
    ),
    options: {
      question: { name: l('pregunta', 'pergunta'), description: l('¿Qué quieres saber?', 'O que você quer saber?') },
      count: { name: l('cantidad', 'quantidade'), description: l('Cuántos pasajes citar (1-10)', 'Quantos trechos citar (1-10)') },
      public: {
        name: l('público', 'público'),
        description: l(
          'Mostrar la respuesta a todo el canal (por defecto: solo a ti)',
          'Mostrar a resposta a todo o canal (padrão: só para você)',
        ),
      },
    },
  },
  sources: {
    name: l('fuentes', 'fontes'),
    description: l(
      'Lista los artículos que cita el bot, del más antiguo al más reciente.',
      'Lista os artigos que o bot cita, do mais antigo ao mais recente.',
    ),
    options: {},
  },
  digest: {
    name: l('resumen', 'resumo'),
    description: l(
      'Publica en un canal pasajes clave sobre un tema, agrupados por artículo.',
      'Publica num canal trechos-chave sobre um tema, agrupados por artigo.',
    ),
    options: {
      topic: { name: l('tema', 'tema'), description: l('De qué trata el resumen', 'Sobre o que é o resumo') },
      channel: {
        name: l('canal', 'canal'),
        description: l('Dónde publicarlo (por defecto: este canal)', 'Onde publicar (padrão: este canal)'),
      },
      since: {
        name: l('desde', 'desde'),
        description: l(
          'Solo artículos publicados desde esta fecha: AAAA o AAAA-MM-DD',
          'Só artigos publicados a partir desta data: AAAA ou AAAA-MM-DD',
        ),
      },
    },
  },
};

const map = (text: Localized): LocalizationMap => ({ 'es-ES': text.es, 'es-419': text.es, 'pt-BR': text.pt });

/** `definition` with its Spanish and Portuguese names and descriptions (unchanged when the table has none). */
export function localize(definition: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const text = COMMAND_TEXT[definition.name];
  if (!text) return definition;
  return {
    ...definition,
    name_localizations: map(text.name),
    description_localizations: map(text.description),
    options: definition.options?.map((o) => {
      const option = text.options[o.name];
      return option ? { ...o, name_localizations: map(option.name), description_localizations: map(option.description) } : o;
    }),
  };
}
