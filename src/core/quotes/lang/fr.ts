import { regularForms } from './conjugate';
import type { LanguageData } from './types';

export const fr: LanguageData = {
  code: 'fr',
  script: 'latin',
  commonWords: 'le les et des est une dans pour qui pas du au sur il'.split(' '),
  verbs: (
    'déclare dit affirme explique estime ajoute précise souligne assure indique déclaré affirmé ' +
    'expliqué estimé ajouté précisé souligné assuré indiqué lancé raconte raconté sourit confie confié ' +
    'témoigne rappelle rappelé insiste insisté martèle note noté observe reconnaît reconnu regrette ' +
    'prévient annonce annoncé répond répondu répète commente commenté dénonce dénoncé poursuit ' +
    'poursuivi conclut conclu juge jugé résume avertit averti s’exclame lâche lâché glisse glissé déplore déploré ' +
    // Reflexive verbs after the quote: « … », s’est félicitée la secrétaire générale.
    'félicité félicitée réjoui réjouie indigné indignée martelé tonné rétorqué rétorque plaidé plaide soutenu soutient détaillé détaille relevé relève ironisé ironise nuancé nuance alerté alerte prévenu mentionné mentionne écrit rapporte rapporté ' +
    // (The imperfect of narrative and reported documents: « le rapport affirmait que … ».)
    'disait affirmait expliquait racontait ajoutait assurait soulignait précisait rappelait confiait ' +
    'déclarait insistait répondait estimait'
  )
    .split(' ')
    .concat(['fait valoir'])
    // Every form of the regular verbs (« … », ont dénoncé les syndicats, souffle un proche).
    .concat(
      regularForms(
        'fr',
        'déclarer affirmer expliquer estimer ajouter préciser souligner assurer indiquer lancer raconter ' +
          'confier témoigner insister observer regretter annoncer commenter dénoncer juger résumer lâcher ' +
          'glisser déplorer tonner rétorquer plaider détailler ironiser nuancer alerter mentionner rapporter ' +
          'avouer confirmer signaler évoquer fustiger critiquer pointer souffler tempêter protester interroger ' +
          'demander exhorter',
        // (Nouns too: "la critique", "la pointe", "une tonne", "la tempête", "la demande".)
        'critique pointe tonne tempête demande',
      ),
    ),
  asWords: ['comme'],
  sources: ['selon', 'd’après', "d'après"],
  possessives: { son: null, sa: null, ses: null, leur: null },
  documents: 'communiqué déclaration rapport lettre message courrier'.split(' '),
  issuedBy: ['de', 'du', 'des'],
  openingSources: ['pour'],
  roleWords: (
    'ministre maire président présidente directeur directrice porte-parole secrétaire député députée sénateur sénatrice préfet préfète avocat avocate professeur professeure chercheur chercheuse responsable dirigeant dirigeante fondateur fondatrice commissaire chancelier chancelière juge procureur procureure gouverneur économiste ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'père mère fils fille frère sœur grand-père grand-mère oncle tante épouse époux veuve veuf amie compagnon compagne témoin victime patient patiente étudiant étudiante élève enseignant enseignante médecin infirmier infirmière agriculteur agricultrice salarié salariée ouvrier ouvrière habitant habitante voisin voisine riverain riveraine propriétaire gérant gérante expert experte analyste spécialiste syndicaliste élu élue conseiller conseillère délégué déléguée représentant représentante ambassadeur ambassadrice entraîneur entraîneuse joueur joueuse capitaine auteur autrice écrivain écrivaine journaliste'
  ).split(' '),
  pronouns: ['il', 'elle', 'ils', 'elles'],
  masculine: 'il lui-même m. monsieur père fils frère grand-père oncle époux veuf'.split(' '),
  feminine: 'elle elle-même mme mme. madame mlle mère fille sœur grand-mère tante épouse veuve'.split(' '),
  masculineEndings: 'é eur ier ien'.split(' '),
  feminineEndings: 'ée euse trice ière ienne esse'.split(' '),
  orgNouns: (
    'mairie ministère gouvernement entreprise société groupe préfecture syndicat association ' +
    'police parquet région département commune agence fédération'
  ).split(' '),
  firstPerson: ['je', 'j’', "j'", 'nous', 'mon', 'ma', 'mes', 'moi', 'notre', 'nos'],
  notRoles: ['son'],
  // (The one addressed between the verb and its subject: « … », a déclaré à l’AFP le maire.)
  addressees: ['journalistes', 'presse', 'notre journal', 'notre rédaction'],
  addresseeLinks: ['à', 'au', 'aux', 'à la', 'à l’', "à l'"],
  subjectEnds: ['en', 'dans', 'devant', 'lors', 'à', 'au', 'sur', 'après'],
  objectPronouns: ['lui', 'leur', 'les', 'le', 'la', 'me', 'se'],
  // (Adverbs too, between a subject and its verb or after the verb: « … », a ajouté hier la ministre.)
  auxiliaries: [
    'a',
    'ont',
    'avait',
    'avaient',
    'aurait',
    'ainsi',
    'aussi',
    'ensuite',
    'hier',
    'puis',
    'encore',
    'déjà',
    'également',
    'enfin',
    'pourtant',
    'cependant',
    'toutefois',
    'donc',
    'en effet',
  ],
  comparisons: ['contrairement à', 'à l’instar de', "à l'instar de", 'tout comme', 'comparé à'],
  complementizers: ['que', 'qu’', "qu'"],
  mannerOpeners: ['ainsi', 'c’est ainsi que', "c'est ainsi que", 'en ces termes'],
};
