import { regularForms } from './conjugate';
import type { LanguageData } from './types';

export const it: LanguageData = {
  code: 'it',
  dashDialogue: true,
  script: 'latin',
  proDrop: true,
  commonWords: 'che della sono gli per nel anche è alla delle degli questo'.split(' '),
  verbs: [
    ...(
      'dice detto dichiara dichiarato spiega spiegato racconta raccontato afferma affermato aggiunge ' +
      'aggiunto sottolinea sottolineato commenta commentato osserva osservato conclude concluso precisa ' +
      'precisato ricorda ricordato ammette ammesso definito definita definisce scrive scritto annuncia annunciato ' +
      'replica replicato avverte ribadisce ribadito avvertito denuncia denunciato attacca attaccato ' +
      'assicura assicurato rivela rivelato confessa confessato incalza insiste insistito chiosa ' +
      'conferma confermato sostiene sostenuto evidenzia evidenziato lamenta lamentato ' +
      'dicono scrivono spiegano affermano sottolineano ' +
      // (The imperfect and the simple past of news copy: "Il New York Times scriveva: «…»", "disse".)
      'diceva scriveva spiegava affermava raccontava sosteneva disse scrisse spiegò affermò raccontò'
    ).split(' '),
    // Every form of the regular verbs ("«…», ha precisato il sindaco", "tuonano i residenti").
    ...regularForms(
      'it',
      'dichiarare spiegare raccontare affermare sottolineare commentare osservare precisare ricordare ' +
        'annunciare replicare denunciare attaccare assicurare rivelare confessare incalzare chiosare ' +
        'confermare evidenziare lamentare rimarcare puntualizzare ironizzare scherzare tuonare accusare ' +
        'criticare segnalare rilevare confidare avvisare esclamare sbottare rassicurare annotare argomentare ' +
        'constatare auspicare specificare domandare raccomandare',
      // (Nouns too: "la denuncia", "l’accusa", "la critica", "la domanda".)
      'denuncia accusa critica specifica domanda',
    ),
    // "«…», fanno sapere dall’azienda": a body lets it be known.
    'fanno sapere',
    'fa sapere',
    'si legge',
    'fa sapere',
    'ha fatto sapere',
  ],
  asWords: ['come'],
  sources: ['secondo', 'nelle parole di', 'nelle parole del', 'nelle parole della'],
  possessives: { suo: null, sua: null, suoi: null, sue: null },
  documents: 'nota comunicato dichiarazione rapporto lettera messaggio'.split(' '),
  // («…», si legge in una nota dell’azienda: "one reads", whose words are the document's issuer's.)
  impersonal: ['si legge'],
  issuedBy: ['di', 'del', 'della', 'dello', 'dei', 'delle', 'dell’', "dell'"],
  openingSources: ['per'],
  roleWords: (
    'ministro ministra premier sindaco sindaca presidente direttore direttrice portavoce segretario segretaria deputato deputata senatore senatrice avvocato avvocata professore professoressa ricercatore ricercatrice responsabile fondatore fondatrice assessore assessora consigliere consigliera titolare infermiera infermiere medico ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'padre madre figlio figlia fratello sorella nonno nonna moglie marito vedova vedovo fidanzato fidanzata amico amica testimone vittima paziente studente studentessa insegnante maestro maestra agricoltore lavoratore lavoratrice dipendente residente abitante autista proprietario proprietaria analista economista esperto esperta specialista attivista rappresentante leader dirigente governatore ambasciatore allenatore allenatrice giocatore giocatrice capitano autore autrice scrittore scrittrice giornalista procuratore magistrato giudice'
  ).split(' '),
  pronouns: ['lui', 'lei', 'loro'],
  masculine: 'lui egli sig. signor signore padre figlio fratello nonno marito vedovo fidanzato'.split(' '),
  feminine: 'lei ella sig.ra signora madre figlia sorella nonna moglie vedova fidanzata'.split(' '),
  orgNouns: (
    'comune ministero governo azienda società gruppo regione sindacato associazione polizia ' +
    'procura distributore agenzia federazione'
  ).split(' '),
  firstPerson: ['io', 'noi', 'mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'ho', 'sono'],
  // (The one addressed between the verb and its subject: «…», ha detto all’Ansa il sindaco.)
  addressees: ['giornalisti', 'cronisti', 'stampa', 'questo giornale', 'questa testata'],
  addresseeLinks: ['a', 'al', 'ai', 'alla', 'agli', 'alle', 'allo', 'all’', "all'"],
  subjectEnds: [
    'in',
    'nella',
    'nel',
    'durante',
    'a',
    'al',
    'alla',
    'dopo',
    'su',
    'sui',
    'sul',
    'sulla',
    'sugli',
    'dal',
    'dalla',
    'dai',
    'ai',
    'alle',
    'agli',
    'nei',
    'negli',
    'nelle',
    'tramite',
  ],
  objectPronouns: ['gli', 'ci', 'lo', 'la', 'le'],
  // (Adverbs too, between a subject and its verb or after the verb: «…», ha aggiunto ieri.)
  auxiliaries: [
    'ha',
    'hanno',
    'aveva',
    'avevano',
    'è',
    'anche',
    'poi',
    'ieri',
    'oggi',
    'inoltre',
    'allora',
    'infine',
    'ancora',
    'già',
    'infatti',
    'invece',
    'però',
    'tuttavia',
    'quindi',
    'comunque',
    'dunque',
    'intanto',
  ],
  comparisons: ['a differenza di', 'al pari di', 'come per'],
  complementizers: ['che'],
  mannerOpeners: ['così', 'con queste parole'],
};
