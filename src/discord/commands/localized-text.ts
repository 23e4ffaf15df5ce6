/**
 * Command and option names and descriptions in Spanish and Portuguese, as Discord shows them
 * to members whose client is set to es-ES, es-419 or pt-BR. Kept in one table, applied to the
 * definitions when they are registered; a test checks every command and option has an entry.
 */
export interface Localized {
  es: string;
  pt: string;
}
export interface OptionText {
  name: Localized;
  description: Localized;
  /** A subcommand's own options. */
  options?: Record<string, OptionText>;
}
export interface CommandText extends OptionText {
  options: Record<string, OptionText>;
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
      translate: {
        name: l('traducir', 'traduzir'),
        description: l(
          'Si preguntas en español o portugués: añade una traducción automática bajo cada cita',
          'Se perguntar em português ou espanhol: adiciona uma tradução automática sob cada citação',
        ),
      },
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
  gaps: {
    name: l('vacíos', 'lacunas'),
    description: l(
      'Las preguntas que el bot no pudo responder, las más repetidas primero: lo que le falta al corpus.',
      'As perguntas que o bot não soube responder, as mais repetidas primeiro: o que falta no corpus.',
    ),
    options: {
      days: {
        name: l('días', 'dias'),
        description: l('Cuántos días atrás mirar (por defecto 30)', 'Quantos dias olhar para trás (padrão 30)'),
      },
    },
  },
  settings: {
    name: l('ajustes', 'configurações'),
    description: l('Dónde y cada cuánto responde el bot en este servidor.', 'Onde e com que frequência o bot responde neste servidor.'),
    options: {
      show: { name: l('ver', 'ver'), description: l('Muestra los ajustes de este servidor.', 'Mostra as configurações deste servidor.') },
      'answer-in': {
        name: l('responder-en', 'responder-em'),
        description: l(
          'Responder menciones en este canal (si hay alguno, solo en los de la lista).',
          'Responder menções neste canal (se houver algum, só nos da lista).',
        ),
        options: { channel: { name: l('canal', 'canal'), description: l('El canal', 'O canal') } },
      },
      'stop-answering-in': {
        name: l('dejar-de-responder-en', 'parar-de-responder-em'),
        description: l(
          'Quita un canal de la lista (una lista vacía significa todos).',
          'Tira um canal da lista (uma lista vazia significa todos).',
        ),
        options: { channel: { name: l('canal', 'canal'), description: l('El canal', 'O canal') } },
      },
      'help-channel': {
        name: l('canal-de-ayuda', 'canal-de-ajuda'),
        description: l(
          'Responder sin mención cada publicación nueva de este canal o foro; vacío para desactivarlo.',
          'Responder sem menção cada nova postagem deste canal ou fórum; vazio para desativar.',
        ),
        options: { channel: { name: l('canal', 'canal'), description: l('El canal o foro de ayuda', 'O canal ou fórum de ajuda') } },
      },
      cooldown: {
        name: l('espera', 'espera'),
        description: l(
          'Segundos que espera un miembro entre dos preguntas aquí.',
          'Segundos que um membro espera entre duas perguntas aqui.',
        ),
        options: {
          seconds: {
            name: l('segundos', 'segundos'),
            description: l('0-3600; vacío para el valor por defecto', '0-3600; vazio para o padrão'),
          },
        },
      },
    },
  },
  corpus: {
    name: l('corpus', 'corpus'),
    description: l('Añade un artículo al corpus o quita uno.', 'Adiciona um artigo ao corpus ou remove um.'),
    options: {
      add: {
        name: l('añadir', 'adicionar'),
        description: l(
          'Añade un artículo desde un archivo: .md/.txt (con front matter), .html o .jsonl.',
          'Adiciona um artigo de um arquivo: .md/.txt (com front matter), .html ou .jsonl.',
        ),
        options: {
          file: { name: l('archivo', 'arquivo'), description: l('El archivo del artículo', 'O arquivo do artigo') },
          title: { name: l('título', 'título'), description: l('Titular (por defecto: el del archivo)', 'Título (padrão: o do arquivo)') },
          outlet: { name: l('medio', 'veículo'), description: l('Quién lo publicó', 'Quem publicou') },
          date: {
            name: l('fecha', 'data'),
            description: l('Publicado: AAAA, AAAA-MM o AAAA-MM-DD', 'Publicado: AAAA, AAAA-MM ou AAAA-MM-DD'),
          },
          link: { name: l('enlace', 'link'), description: l('Enlace al artículo (http o https)', 'Link do artigo (http ou https)') },
        },
      },
      remove: {
        name: l('quitar', 'remover'),
        description: l('Quita un artículo del corpus.', 'Remove um artigo do corpus.'),
        options: { article: { name: l('artículo', 'artigo'), description: l('El artículo', 'O artigo') } },
      },
    },
  },
};
