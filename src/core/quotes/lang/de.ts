import type { LanguageData } from './types';

export const de: LanguageData = {
  code: 'de',
  script: 'latin',
  commonWords: 'der die und das ist nicht mit sich auf dem den ein eine auch'.split(' '),
  verbs: [
    ...(
      'sagte sagt sagten sagen fügte erklärte erklärt erklärten betonte betont meinte meint warnte ' +
      'warnt kritisierte kritisiert schreibt schrieb ergänzte ergänzt berichtete berichtet forderte ' +
      'fordert versicherte versichert bestätigte bestätigt beklagte beklagt fragte fragt antwortete ' +
      'antwortet räumte räumt kündigte verwies verweist mahnte mahnt sprach spricht erzählt erzählte unterstrich unterstreicht resümiert resümierte bilanziert bilanzierte lästerte lästert spottete spottet scherzte scherzt witzelte witzelt jubelte jubelt beschreibt beschrieb ' +
      'notierte notiert spöttelte spöttelt kommentierte kommentiert twitterte twittert postete postet ätzte ätzt ' +
      'sinnierte sinniert konterte kontert entgegnete entgegnet erwiderte erwidert'
    ).split(' '),
    'heißt es',
    'hieß es',
    // ("„…“, freut sich die Prokuristin": a reflexive verb of feeling reports speech in German.)
    'freut sich',
    'freute sich',
    'ärgert sich',
    'ärgerte sich',
    'teilte mit',
  ],
  splitVerbs: [
    ['teilte', 'mit'],
    ['teilt', 'mit'],
    ['wies', 'hin'],
    ['weist', 'hin'],
    ['räumte', 'ein'],
    ['räumt', 'ein'],
    ['fügte', 'hinzu'],
    ['fügt', 'hinzu'],
    // (Admitting, stating, stressing, making clear, announcing: "gab der Sprecher zu", "stellte sie klar".)
    ['gab', 'zu'],
    ['gibt', 'zu'],
    ['gab', 'an'],
    ['gibt', 'an'],
    ['hob', 'hervor'],
    ['hebt', 'hervor'],
    ['stellte', 'klar'],
    ['stellt', 'klar'],
    ['merkte', 'an'],
    ['merkt', 'an'],
    ['gab', 'bekannt'],
    ['gibt', 'bekannt'],
    ['machte', 'deutlich'],
    ['macht', 'deutlich'],
    ['schränkte', 'ein'],
    ['schränkt', 'ein'],
  ],
  // Words of thought or memory that report speech only right after the quote („…“, findet sie).
  leadVerbs: ['findet', 'fand', 'hofft', 'hoffte', 'erinnert', 'erinnerte'],
  leadsBefore: ['findet', 'fand'],
  // (With the conjunctions that put the verb last: "Auch wenn der Coach der Franzosen sagt: „…“".
  // Not "als" or "während", prepositions too: "Als Kanzler sagte Scholz", "Während der Sitzung sagte …".)
  asWords: ['wie', 'wenn', 'weil', 'nachdem', 'obwohl', 'bevor', 'sobald'],
  // (A source's genitive after "nach": "Nach Einschätzung des US-Militärs", "nach Angaben der Polizei".)
  sources: [
    'laut',
    'zufolge',
    'nach Angaben',
    'nach Einschätzung',
    'nach Ansicht',
    'nach Auffassung',
    'nach Darstellung',
    'nach Worten',
  ],
  // (", so Yakin,": only as a clause of its own after a comma; "So tituliert bekamen Käufer …" opens a sentence.)
  clauseSources: ['so'],
  possessives: { sein: null, seine: null, seiner: null, ihr: null, ihre: null, ihrer: null },
  impersonal: ['heißt es', 'hieß es'],
  impersonalFrom: ['von', 'vom', 'aus', 'seitens', 'bei', 'beim'],
  documents:
    'mitteilung pressemitteilung erklärung stellungnahme bericht schreiben statement studie umfrage'.split(
      ' ',
    ),
  issuedBy: ['des', 'der', 'vom', 'von'],
  compoundRoles: true,
  verbSecond: true,
  reflexives: ['sich'],
  subjectPronouns: ['er'],
  articlePrepositions: [
    'im',
    'am',
    'beim',
    'vom',
    'zum',
    'zur',
    'ins',
    'ans',
    'aufs',
    'durchs',
    'fürs',
    'ums',
  ],
  roleWords: (
    'bürgermeister bürgermeisterin minister ministerin sprecher sprecherin chef chefin vorsitzender vorsitzende ' +
    'direktor direktorin präsident präsidentin geschäftsführer geschäftsführerin leiter leiterin experte expertin ' +
    'professor professorin kanzler kanzlerin abgeordneter abgeordnete anwohner rentner lehrer schüler nachbar ' +
    'landwirt arzt ärztin polizist polizistin student studentin beauftragte beauftragter philosoph publizist ' +
    'linguist trainer trainerin spieler spielerin pfarrer pfarrerin sänger sängerin autor autorin profi kapitän ' +
    // (Met before names on news pages: "AfD-Spitzenkandidat", "SWR-Landeskorrespondent", "Tournee-Sieger".)
    'kandidat kandidatin korrespondent korrespondentin kenner kennerin sieger siegerin bischof bischöfin ' +
    'schriftsteller schriftstellerin soldat soldatin coach promoter gründer gründerin mitgründer mitgründerin ' +
    'dissident dissidentin anführer anführerin botschafter botschafterin kommissar kommissarin kontrolleur ' +
    'kontrolleurin ' +
    // (Who someone is to another, before the name: "sein ursprünglicher Gegner Joe Biden".)
    'gegner gegnerin rivale rivalin herausforderer herausforderin kontrahent kontrahentin ' +
    'nachfolger nachfolgerin vorgänger vorgängerin ' +
    // (Family, witnesses and the people a story meets, before or as a name: "der Vater des Opfers".)
    'vater mutter sohn tochter bruder schwester großvater großmutter onkel tante ehefrau ehemann witwe witwer freund freundin zeuge zeugin patient patientin krankenschwester pfleger pflegerin arbeiter arbeiterin mitarbeiter mitarbeiterin angestellter angestellte bewohner bewohnerin anwohnerin einwohner einwohnerin besitzer besitzerin inhaber inhaberin analyst analystin ökonom ökonomin aktivist aktivistin vertreter vertreterin journalist journalistin staatsanwalt staatsanwältin'
  ).split(' '),
  // (Feminine forms of professions: Leiterin, Doktorandin, Praktikantin, Journalistin, Direktorin;
  // compounds of a field and a role: Parteienrechtler, Klimawissenschaftler, Bundestagsabgeordnete,
  // Finanzexperte, Unternehmensberater, AfD-Mitglied, Wirtschaftsjournalist, Strafanwalt.)
  roleEndings: [
    'erin',
    'andin',
    'antin',
    'entin',
    'istin',
    'orin',
    'rechtler',
    'wissenschaftler',
    'abgeordneter',
    'abgeordnete',
    'experte',
    'berater',
    'mitglied',
    'journalist',
    'ökonom',
    'anwalt',
    // (Generalsekretär, Staatssekretärin.)
    'sekretär',
    'sekretärin',
    'experten',
    'anwältin',
    // (Declined: "mit dem Essener AfD-Vorsitzenden Günter Weiß".)
    'vorsitzenden',
    'abgeordneten',
    // (Europameister, Stadträtin: only as the end of a compound; "Meister" alone is a surname.)
    'meister',
    'meisterin',
    'rätin',
    // (Staatsrat, Stadtrat: a council's member; "Rat" alone is left to the name finder.)
    'rat',
    // (Kriminologin, Soziologe.)
    'loge',
    'login',
    // (Vorstandsvorsitzende, Deutschbanker, Chefkontrolleur, Ernährungsmediziner, UN-Sonderbotschafter.)
    'vorsitzende',
    'vorsitzender',
    'banker',
    'kontrolleur',
    'mediziner',
    'medizinerin',
    'botschafter',
    'botschafterin',
    // (Drusenführer, Oppositionsführerin, Luftwaffengeneral: "Führer" and "General" alone are left as they are.)
    'führer',
    'führerin',
    'general',
  ],
  // Given names that end like a feminine role ("Konstantin Veit" is no Konstant-in).
  notRoles: 'konstantin valentin florentin quentin augustin kristin christin'.split(' '),
  pronouns: ['er', 'sie'],
  timePhrases: ['Anfang', 'Mitte', 'Ende'].flatMap((part) =>
    'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'
      .split(' ')
      .map((month) => `${part} ${month}`),
  ),
  frontedAdverbs: (
    'dann danach daraufhin demnach später jetzt nun heute gestern damals außerdem zudem trotzdem ' +
    'deshalb deswegen darum daher dazu dabei dort hier zuvor zuletzt anschließend schließlich ' +
    'inzwischen mittlerweile seitdem allerdings jedoch immerhin ebenfalls weiter zunächst vorher ' +
    'nachher morgen bisher auch so ferner überdies erneut abschließend zugleich gleichzeitig dennoch ' +
    'indes indessen ebenso hingegen dagegen stattdessen doch aber bald'
  ).split(' '),
  // ("gibt Präsidentin Annekathrin Preidel den Ton vor": an article, never a name's particle here.)
  nameBreaks: ['den', 'dem', 'das'],
  // ("von" opens names: "Von der Leyen sagte".)
  frontedOpeners: (
    'an am auf aus bei beim durch für gegen gegenüber hinter im in mit nach neben ohne seit trotz über ' +
    'um unter vor während wegen zu zum zur zwischen angesichts ' +
    'als wenn weil nachdem obwohl bevor sobald dass ob warum weshalb wieso weswegen wo woraufhin wobei worauf'
  ).split(' '),
  notNameStarts: (
    'der die das dem den des ein eine einer einem einen eines sein seine seiner seinem seinen ihr ihre ' +
    'ihrer ihrem ihren mein meine unser unsere dein deine euer eure diese dieser dieses diesem diesen ' +
    'jene jener alle viele einige manche keine kein jeder jede jedes beide ' +
    // (Relative and interrogative: "aus welcher er auswählen sollte" — "er" is the clause's own.)
    'welcher welche welches welchem welchen ' +
    // (Conjunctions of a pair and a focusing adverb: "Weder Prüß noch andere", "Insbesondere Südostasien".)
    'weder entweder sowohl insbesondere ' +
    // ("Als Generalsekretär übernehme er …": "as", opening a role that is no one's name.)
    'als ' +
    // (A time of the month: "Anfang März", "Mitte Juni".)
    'anfang mitte ' +
    // ("Vom Hersteller hieß es": no name opens with "Vom" — its particle follows a given name, "Karl
    // vom Stein" — while one may open with "Von", "Von der Leyen".)
    'vom ' +
    // (A question word or pronominal adverb opening a clause: "Wovor Vintz vor allem warnt: „…“".)
    'was wer wen wem wessen wie wo wovor wofür worüber womit wozu woran woraus wodurch worin warum weshalb wieso ' +
    // (Numbers open a noun phrase too: "Zwei Kilometer weiter".)
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend'
  ).split(' '),
  masculine:
    'er ihn ihm seine seinem seinen seiner herr vater sohn bruder großvater onkel ehemann witwer mann junge'.split(
      ' ',
    ),
  feminine: 'frau mutter tochter schwester großmutter tante ehefrau witwe mädchen'.split(' '),
  // ("Die Interviewerin Roni Aviram", "Ministerin", "Präsidentin": a woman's role noun by its ending.)
  feminineEndings: 'erin entin antin orin istin eurin ärin ztin ltin'.split(' '),
  orgNouns: (
    'stadt gemeinde regierung ministerium behörde unternehmen konzern firma verband polizei ' +
    'gewerkschaft partei bahn verwaltung senat landkreis kreis amt stiftung universität gesellschaft ' +
    'kommission hochschule staatsanwaltschaft zeitung zentrale institut agentur verein klinikum organisation ' +
    // ("erklärte das Gericht", "teilte die Klinik mit": courts, houses and makers speak as bodies too.)
    'gericht gerichtshof klinik krankenhaus schule bank sender mannschaft armee feuerwehr botschaft kirche ' +
    'museum theater fraktion vorstand koalition bündnis initiative verlag hersteller betreiber veranstalter'
  ).split(' '),
  firstPerson: ['ich', 'wir', 'mein', 'meine', 'unser', 'unsere', 'mir', 'mich', 'uns'],
  // ("sagte der Minister dem Sender", "beschreibt Cai den Ansatz": an object's article ends the subject.)
  subjectEnds: [
    'bei',
    'im',
    'in',
    'am',
    'auf',
    'über',
    'gegenüber',
    'vor',
    'nach',
    'dem',
    'den',
    'einem',
    'einen',
  ],
  // (Adverbs too, before a verb or round its subject: "sagte jetzt allerdings eine Sprecherin", "so
  // die Sprecherin weiter", "sagte Müller abschließend".)
  auxiliaries: (
    'hat hatte hatten haben wird wurde wurden werden ist war sind waren auch noch jetzt nun allerdings jedoch zudem außerdem dann später bereits schon ' +
    'damals gestern heute ebenfalls weiter abschließend zuletzt kürzlich daraufhin erneut nochmals ' +
    // (Separable particles closing a clause: "fährt Jesus fort", "fügte der Minister hinzu".)
    'fort hinzu zurück'
  ).split(' '),
  comparisons: ['ähnlich wie', 'genau wie', 'ebenso wie', 'anders als', 'im Gegensatz zu', 'im Vergleich zu'],
  complementizers: ['dass'],
};
