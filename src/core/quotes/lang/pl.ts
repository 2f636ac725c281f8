import type { LanguageData } from './types';

export const pl: LanguageData = {
  code: 'pl',
  dashDialogue: true,
  script: 'latin',
  proDrop: true,
  commonWords: 'się nie jest że ale przez był tylko już może oraz jego'.split(' '),
  verbs: [
    ...(
      'powiedział powiedziała powiedzieli mówi mówił mówiła podkreśla podkreślił podkreśliła dodaje ' +
      'dodał dodała twierdzi twierdził twierdziła ocenia ocenił oceniła zaznacza zaznaczył zaznaczyła ' +
      'wyjaśnia wyjaśnił wyjaśniła przyznaje przyznał przyznała informuje poinformował poinformowała ' +
      'napisał napisała pisze stwierdził stwierdziła zapewnia zapewnił zapewniła uważa przekonuje ' +
      'podała podał tłumaczy tłumaczył tłumaczyła pyta zapytał zapytała odpowiada odpowiedział odpowiedziała zapowiedział zapowiedziała zapowiada oświadczył oświadczyła komentuje skomentował skomentowała zauważa zauważył zauważyła przypomina przypomniał przypomniała ostrzega ostrzegł ostrzegła opowiada opowiadał opowiadała przekonywał przekonywała wskazuje wskazał wskazała apeluje apelował apelowała ' +
      'zakończył zakończyła podsumował podsumowała'
    ).split(' '),
    'zwraca uwagę',
  ],
  asWords: ['jak'],
  addressees: 'dziennikarzom reporterom nam mi mu jej im'.split(' '),
  sources: ['według'],
  genitivePlaceEndings: ['y', 'i', 'ów', 'ich'],
  genitiveSources: ['według'],
  // Surnames first (Wolańskiego → Wolański, Kowalskiej → Kowalska), then first names (Michała →
  // Michał, Anny → Anna, Marii → Maria).
  genitiveEndings: [
    ['skiego', 'ski'],
    ['ckiego', 'cki'],
    ['dzkiego', 'dzki'],
    ['skiej', 'ska'],
    ['ckiej', 'cka'],
    ['ii', 'ia'],
    ['y', 'a'],
    ['a', ''],
  ],
  roleWords: (
    'prezes prezydent minister burmistrz rzecznik rzeczniczka dyrektor dyrektorka przewodniczący przewodnicząca poseł posłanka senator profesor ekspert ekonomista prawnik adwokat założyciel ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'ojciec matka syn córka siostra dziadek babcia wujek ciocia żona mąż wdowa wdowiec przyjaciel przyjaciółka świadek ofiara pacjent pacjentka student studentka nauczyciel nauczycielka lekarz lekarka pielęgniarka rolnik pracownik pracownica mieszkaniec mieszkanka kierowca właściciel właścicielka analityk analityczka specjalista specjalistka aktywista aktywistka przedstawiciel przedstawicielka lider liderka gubernator ambasador trener trenerka zawodnik zawodniczka kapitan autor autorka pisarz pisarka dziennikarz dziennikarka sędzia prokurator wójt wojewoda marszałek'
  ).split(' '),
  pronouns: ['on', 'ona', 'oni'],
  masculine: 'on jego niego pan ojciec syn brat dziadek wujek mąż wdowiec'.split(' '),
  feminine: 'ona jej niej pani matka córka siostra babcia ciocia żona wdowa'.split(' '),
  orgNouns: (
    'spółdzielnia spółka firma rząd ministerstwo urząd gmina miasto policja związek stowarzyszenie ' +
    'prokuratura zarząd'
  ).split(' '),
  firstPerson: ['ja', 'my', 'mój', 'moja', 'nasz', 'nasza', 'mnie', 'nam'],
  caseEndings: 'owi iem em ego emu ej ą a y'.split(' '),
  nominativeEndings: ['a', 'i', 'y'],
  subjectEnds: ['w', 'we', 'podczas', 'na', 'po', 'dla', 'z', 'ze'],
  complementizers: ['że'],
};
