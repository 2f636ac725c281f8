import type { LanguageData } from './types';

/**
 * Czech: quotes in „…“, the verb before or after its subject („…,“ řekl Novák / uvedla mluvčí
 * policie Jana Malá), names inflected after "podle" (podle ministra Petra Nového → Petr Nový).
 */
export const cs: LanguageData = {
  code: 'cs',
  script: 'latin',
  proDrop: true,
  commonWords: 'že není jako také jsou byl který která které už podle jeho'.split(' '),
  verbs: [
    ...(
      'řekl řekla řekli říká říkal říkala říkají uvedl uvedla uvedli uvádí dodal dodala dodali dodává ' +
      'sdělil sdělila sdělili sděluje prohlásil prohlásila prohlásili prohlašuje vysvětlil vysvětlila ' +
      'vysvětluje upozornil upozornila upozornili upozorňuje zdůraznil zdůraznila zdůrazňuje napsal ' +
      'napsala napsali píše poznamenal poznamenala podotkl podotkla míní tvrdí tvrdil tvrdila odpověděl ' +
      'odpověděla odpovídá konstatoval konstatovala potvrdil potvrdila potvrdili oznámil oznámila oznámili ' +
      'doplnil doplnila doplňuje varoval varovala varuje připomněl připomněla připomíná přiznal přiznala ' +
      'přiznává prozradil prozradila komentoval komentovala okomentoval okomentovala vzkázal vzkázala ' +
      'ujistil ujistila slíbil slíbila zopakoval zopakovala naznačil naznačila popsal popsala popisuje ' +
      'líčí vypráví vyprávěl vyprávěla hodnotí zhodnotil zhodnotila'
    ).split(' '),
    'zeptal se',
    'zeptala se',
    'svěřil se',
    'svěřila se',
    'nechal se slyšet',
    'nechala se slyšet',
    // Reflexive verbs of saying: "stěžuje si obyvatelka …" (complains), "myslí si" (thinks).
    ...'stěžuje stěžoval stěžovala myslí pochvaluje pochvaloval pochvalovala povzdechl povzdechla posteskl posteskla'
      .split(' ')
      .map((verb) => `${verb} si`),
  ],
  asWords: ['jak'],
  addressees: 'novinářům redaktorovi nám mi mu jí jim'.split(' '),
  sources: ['podle'],
  genitiveSources: ['podle'],
  // Surnames first (Nového → Nový, Novákové → Nováková), then the rest (Jany → Jana, Petra → Petr).
  genitiveEndings: [
    ['ého', 'ý'],
    ['ové', 'ová'],
    ['y', 'a'],
    ['a', ''],
  ],
  genitivePlaceEndings: ['y', 'i', 'u', 'ů'],
  roleWords: (
    'prezident prezidentka premiér premiérka ministr ministryně starosta starostka primátor primátorka ' +
    'hejtman hejtmanka mluvčí ředitel ředitelka předseda předsedkyně poslanec poslankyně senátor ' +
    'senátorka profesor profesorka expert expertka ekonom ekonomka analytik analytička právník ' +
    'právnička advokát advokátka zakladatel zakladatelka šéf šéfka soudce soudkyně lékař lékařka ' +
    'trenér trenérka velvyslanec náměstek náměstkyně místopředseda místopředsedkyně guvernér' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'otec matka syn dcera bratr sestra dědeček babička strýc teta manželka manžel vdova vdovec přítel přítelkyně kamarád kamarádka svědek svědkyně oběť pacient pacientka student studentka učitel učitelka zemědělec dělník zaměstnanec zaměstnankyně obyvatel obyvatelka řidič řidička majitel majitelka specialista specialistka aktivista aktivistka zástupce zástupkyně lídr kapitán autor autorka spisovatel spisovatelka novinář novinářka žalobce'
  ).split(' '),
  pronouns: ['on', 'ona', 'oni'],
  masculine: 'on jeho něj pan otec syn bratr dědeček strýc manžel vdovec'.split(' '),
  feminine: 'ona její ní paní matka dcera sestra babička teta manželka vdova'.split(' '),
  orgNouns: 'společnost firma vláda ministerstvo úřad policie radnice nemocnice banka univerzita'.split(' '),
  firstPerson: ['já', 'my', 'můj', 'moje', 'náš', 'naše', 'mě', 'mi', 'nám', 'nás'],
  // Novákovi, Novákem, Nováka → Novák; Novákové, Novákovou → Nováková.
  caseEndings: 'ovi em ého ému ém é ou a y'.split(' '),
  nominativeEndings: ['á', 'a'],
  subjectEnds: ['v', 've', 'na', 'při', 'během', 'po', 'pro', 'z', 'ze'],
  complementizers: ['že'],
};
