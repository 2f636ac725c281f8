import type { LanguageData } from './types';

export const nl: LanguageData = {
  code: 'nl',
  script: 'latin',
  commonWords: 'het een van niet op dat voor zijn ook wordt naar heeft'.split(' '),
  verbs: [
    ...(
      'zegt zei zeggen vertelt vertelde aldus verklaart verklaarde benadrukt benadrukte stelt stelde ' +
      'meldt meldde schrijft schreef noemt noemde vindt vond waarschuwt waarschuwde reageert reageerde ' +
      'antwoordt antwoordde vraagt vroeg erkent erkende'
    ).split(' '),
    'laat weten',
    'liet weten',
    'laten weten',
    'legt uit',
    'legde uit',
    'voegt toe',
    'voegde toe',
  ],
  splitVerbs: [
    ['laat', 'weten'],
    ['liet', 'weten'],
    ['legt', 'uit'],
    ['legde', 'uit'],
    ['voegt', 'toe'],
    ['voegde', 'toe'],
    ['merkt', 'op'],
    ['merkte', 'op'],
    // (Stating, admitting, making known: "geeft de minister aan", "gaf hij toe".)
    ['geeft', 'aan'],
    ['gaf', 'aan'],
    ['geeft', 'toe'],
    ['gaf', 'toe'],
    ['maakt', 'bekend'],
    ['maakte', 'bekend'],
    ['vult', 'aan'],
    ['vulde', 'aan'],
  ],
  asWords: ['zoals'],
  sources: ['volgens'],
  possessives: { zijn: null, haar: null, hun: null },
  documents: 'verklaring persbericht rapport brief bericht mededeling'.split(' '),
  issuedBy: ['van'],
  compoundRoles: true,
  verbSecond: true,
  reflexives: ['zich'],
  subjectPronouns: ['hij', 'zij'],
  roleWords: (
    'burgemeester wethouder minister woordvoerder woordvoerster directeur voorzitter president hoogleraar onderzoeker advocaat oprichter bewoner bewoonster inwoner ondernemer ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'vader moeder zoon dochter broer zus opa oma oom tante weduwe weduwnaar vriend vriendin getuige slachtoffer patiënt student studente leraar lerares verpleegkundige werknemer medewerker medewerkster eigenaar eigenaresse deskundige expert analist econoom specialist activist vertegenwoordiger leider gouverneur ambassadeur trainer coach speler aanvoerder schrijver schrijfster journalist rechter'
  ).split(' '),
  pronouns: ['hij', 'zij', 'ze'],
  frontedAdverbs: (
    'toen daarna daarop later nu vandaag gisteren ook daarom bovendien echter inmiddels eerder ' +
    'vervolgens tenslotte uiteindelijk verder daar hier eerst morgen'
  ).split(' '),
  // ("van", "de", "ten" and "ter" open names: "Van der Poel zei".)
  frontedOpeners: (
    'aan bij door met na naar op over tegen tijdens uit voor vanwege zonder om in onder sinds tot ' +
    'als toen omdat nadat hoewel terwijl wanneer waarom doordat zodra'
  ).split(' '),
  masculine: 'hij hem meneer dhr. heer vader zoon broer opa oom weduwnaar'.split(' '),
  feminine: 'haar mevrouw mevr. mw. moeder dochter zus oma tante weduwe'.split(' '),
  orgNouns:
    'gemeente provincie regering ministerie bedrijf politie vakbond organisatie bank club omroep'.split(' '),
  firstPerson: ['ik', 'wij', 'we', 'mijn', 'ons', 'onze', 'me', 'mij'],
  subjectEnds: ['in', 'tegen', 'tijdens', 'op', 'bij', 'na'],
  auxiliaries: ['heeft', 'hebben', 'ook', 'echter', 'dus', 'daarom'],
  comparisons: ['net als', 'anders dan', 'in tegenstelling tot', 'vergeleken met'],
  complementizers: ['dat'],
};
