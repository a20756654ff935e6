import { phrases } from "./wordSet";

// The structure of a post-mortem written in another language teams often use (Norwegian, Danish, Swedish,
// German, Dutch, French, Spanish, Portuguese): the heading over the follow-ups, the columns of an action
// table and its status words. With these the items are found and their owner, date, ticket and status read;
// the wording rules stay English, so they say nothing about an item's words in another language.

/** "## Aksjonspunkter", "## Maßnahmen", "## Actions correctives", "## Próximos pasos". */
export const OTHER_LANGUAGE_ACTION_HEADINGS = phrases(String.raw`
  aksjonspunkter|aksjoner|tiltak|oppfølgingspunkter|oppfølging|handlingspunkter
  opfølgningspunkter|opfølgning|handlinger
  åtgärder|åtgärdspunkter|uppföljning|uppföljningspunkter
  maßnahmen|massnahmen|aktionspunkte|nächste schritte|folgemaßnahmen|folgemassnahmen
  actiepunten|acties|vervolgacties|vervolgstappen|verbeteracties|maatregelen
  actions correctives|plan d['’]action|prochaines étapes|mesures correctives|actions de suivi
  acciones|acciones correctivas|próximos pasos|plan de acción|medidas correctivas
  ações|ações corretivas|próximos passos|plano de ação|medidas corretivas
`);

/** Action table columns: "| Aksjon | Eier | Referanse |", "| Maßnahme | Verantwortlich | Frist |". */
export const OTHER_LANGUAGE_COLUMNS = {
  text: phrases(String.raw`
    aksjon|aksjoner|tiltak|åtgärd|åtgärder|maßnahme|maßnahmen|massnahme|massnahmen|aufgabe
    actie|acties|actiepunt|maatregel|action corrective|acción|tarea|ação|tarefa
  `),
  owner: phrases(String.raw`
    eier|ansvarlig|ejer|ägare|ansvarig|verantwortlich|verantwortliche|zuständig|eigenaar|verantwoordelijke
    responsable|propriétaire|responsável
  `),
  due: phrases(String.raw`
    frist|tidsfrist|fällig|fälligkeit|termin|uiterlijk|einddatum|échéance|date limite|fecha límite|fecha|prazo
  `),
  tracker: phrases(String.raw`
    referanse|referens|referenz|referentie|référence|referencia|referência|sak|ärende
  `),
  status: phrases(String.raw`tilstand|stand|état|estado|situação`),
};

/** Status words: "Utført", "Erledigt", "Terminé" are done; "Pågår", "In Bearbeitung", "En cours" open. */
export const OTHER_LANGUAGE_DONE_WORDS =
  "utført|gjort|ferdig|fullført|udført|færdig|klart|slutförd|avklarad|erledigt|abgeschlossen|fertig|gedaan|afgerond|terminé|fait|hecho|completado|terminado|concluído|feito";
export const OTHER_LANGUAGE_OPEN_WORDS =
  "pågår|pågående|ikke startet|ikke påbegynt|ej påbörjad|offen|in bearbeitung|nicht begonnen|bezig|open staan|en cours|à faire|pendiente|en progreso|pendente|em andamento";
