import type { LanguageData } from './types';

/** A capitalised word of a name, as the subject patterns below read it. */
const NAME = "\\p{Lu}[\\p{L}’'.-]*";

/**
 * Participles of verbs only people do: "the First Lady tore into him, insinuating that the nation
 * will lose a “grownup in the White House”" is hers, the sentence's subject's.
 */
const PEOPLES_PARTICIPLES = (
  'insinuating quipping joking boasting lamenting conceding acknowledging vowing pleading hinting ' +
  'grumbling musing recalling remarking replying responding retorting stressing urging confiding ' +
  'opining reiterating complaining exclaiming proclaiming'
).split(' ');

export const en: LanguageData = {
  code: 'en',
  script: 'latin',
  commonWords: 'the and of with that this are have from which been were'.split(' '),
  verbs: [
    ...(
      'said says say told tells added adds explained explains warned warns insisted insists argued ' +
      'argues described describes accused accuses branded slammed criticised criticized praised hailed ' +
      'claimed claims noted notes stated wrote writes tweeted posted asked asks replied replies responded ' +
      'responds continued continues recalled recalls remembered admitted admits acknowledged acknowledges ' +
      'conceded suggested suggests declared announced stressed stresses emphasised emphasized urged urges ' +
      'cautioned remarked commented observed concluded predicted joked laughed sighed shouted shouts ' +
      'ordered recounted confirmed complained boasted vowed pleaded agreed countered maintained mused ' +
      'quipped texted whispered yelled reflected promised pledged revealed blasted fumed raged gushed ' +
      'beamed sobbed assured assures concludes cites testified alleged alleges called dubbed inquired agrees stating insisting saying adding telling ' +
      'explaining warning writing noting asserting clarified clarifies emphasizes emphasises reveals confirms cautions ' +
      'recommends recommended advises advised shared describing calling declaring arguing retorted retorts ' +
      // Present tense, as profiles and features tell it ("jokes Groene", "predicts one host").
      // (Not more -ing forms: "the research suggesting harm “…”", "asking yourself “…?”" name no speaker.)
      'slams criticises criticizes praises hails tweets concedes declares announces remarks ' +
      'comments observes predicts jokes laughs sighs recounts complains boasts vows pleads counters ' +
      'maintains muses quips whispers yells reflects fumes gushes sobs testifies inquires asserts asserted ' +
      'elaborates elaborated laments lamented marvels marveled marvelled proclaims proclaimed exclaims ' +
      'exclaimed contends contended wonders wondered shrugs shrugged smiles smiled concurs concurred ' +
      // (A turn of a conversation, a reminder, an estimate, an account: "“But wait!” interrupts Dave",
      // "“…,” the department detailed".)
      'interjected interjects interrupted interrupts snapped snaps repeated repeats ' +
      'reminded reminds estimated estimates implored implores pondered ponders detailed ' +
      // (Hints, musings, asides and grumbles, past and present: "insinuating that the nation will lose a
      // “grownup in the White House”" after "the First Lady … tore into" is hers.)
      'insinuated insinuates hinted hints opined opines reiterated reiterates speculated speculates ' +
      'scoffed scoffs confided confides grumbled grumbles mentioned reasoned surmised posited theorized ' +
      'theorised muttered mutters murmured murmurs bragged brags raved enthused enthuses chided teased ' +
      'griped groused answered'
    ).split(' '),
    ...PEOPLES_PARTICIPLES,
    'weighed in',
    'chimed in',
    'went on',
    'shot back',
    'fired back',
    'pointed out',
    'points out',
    'put it',
    'puts it',
    'goes on',
    'sums up',
    'summed up',
    'sums it up',
    'summed it up',
    'has written',
    'have written',
    'issued a statement',
    'released a statement',
    // ("The company sent a statement to The Verge." before a paragraph of its words.)
    'sent a statement',
    'emailed a statement',
    'provided a statement',
    'shared a statement',
  ],
  // (Plural subjects after a quote too: "the authors conclude", "Chiou and Howlett write"; before
  // one, "the AI to write" is no cue.)
  leadVerbs: [
    'states',
    'shares',
    'offers',
    'highlights',
    'conclude',
    'write',
    'reads',
    // ("“…,” reports Corrie Driebusch": a reporter credited in a digest. Not "read": "“…,” read a
    // leaflet handed out at the station" credits a leaflet.)
    'reports',
    'reported',
    // ("“That’s true,” answers Davina"; before a quote "X answered that question: “…”" may answer another's.)
    'answers',
    'answered',
    'began',
    'begins',
    'remembers',
  ],
  leadsBefore: ['states', 'highlights', 'shares', 'concludes', 'conclude', 'reports', 'reported'],
  groupSubjects: [
    `${NAME}(?:\\s+${NAME}){0,3}\\s+and\\s+${NAME}`,
    'the\\s+\\p{Ll}{3,}s',
    'the\\s+(?:report|statement|e-?mail|letter|memo|filing|complaint|lawsuit|ruling|indictment|document|notice|message|release|post)',
  ],
  infinitives: (
    'claim argue insist warn explain suggest declare announce admit say tell add note assure reassure stress ' +
    // ("was quick to point out that …", "was keen to emphasise that …")
    'emphasise emphasize underline highlight clarify reiterate repeat remind'
  )
    .split(' ')
    .concat(['point out']),
  // ("I asked Tom Harris why …. He said": whom the writer asked answers.)
  askedBy: [
    'I asked',
    'We asked',
    'I put the question to',
    'We put the question to',
    'I contacted',
    'We contacted',
  ],
  participles: [
    ...'adding saying insisting telling explaining warning writing noting stating describing calling declaring arguing asserting'.split(
      ' ',
    ),
    ...PEOPLES_PARTICIPLES,
  ],
  sources: ['according to', 'in the words of', 'to quote', 'a quote from', 'a quote by'],
  // ("According to his analysis, …": the possessor speaks; the pronoun it stands for.)
  possessives: { his: 'he', her: 'she', their: 'they' },
  documents: 'statement release report letter email memo post filing complaint study survey'.split(' '),
  // (Not "poster": "an anonymous poster wrote" is someone online.)
  shownOn:
    'sign signs placard placards banner banners billboard billboards t-shirt t-shirts shirt shirts graffiti inscription plaque sticker stickers'.split(
      ' ',
    ),
  shownBy: [
    'read',
    'reads',
    'reading',
    'said',
    'says',
    'saying',
    'that read',
    'that reads',
    'that said',
    'that says',
    'which read',
    'bearing',
    'emblazoned with',
    'with the words',
  ],
  issuedBy: ['from', 'by', 'issued by', 'released by'],
  heldBy: [
    'obtained by',
    'seen by',
    'reviewed by',
    'viewed by',
    'acquired by',
    'shared with',
    'provided to',
    // ("the documents obtained under the Access to Information Act": the law they were released under.)
    'obtained under',
    'obtained through',
    'released under',
  ],
  ownedSources: [
    'in {}’s words',
    'in {}’s own words',
    // "Ana Ruiz’s take is simple: “…”": the words credited as someone's take, verdict or advice.
    '{}’s take',
    '{}’s verdict',
    '{}’s advice',
    '{}’s message',
    '{}’s answer',
    '{}’s response',
    '{}’s reply',
    // "Christie’s bottom line … was the right one: “…”": a view credited as someone's own.
    '{}’s bottom line',
    '{}’s argument',
    '{}’s warning',
    // "Perfect Moving's mission is “to move you …”": a body's own words for what it does.
    '{}’s mission',
    '{}’s motto',
    '{}’s slogan',
  ],
  pronouns: ['he', 'she', 'they', 'it'],
  masculine:
    'he his him himself mr mr. sir spokesman chairman businessman congressman councilman actor father dad husband son brother grandfather grandpa grandson uncle nephew boyfriend fiancé fiance widower stepfather stepson king prince lord'.split(
      ' ',
    ),
  feminine:
    'she her hers herself mrs mrs. ms ms. miss dame lady spokeswoman chairwoman businesswoman congresswoman councilwoman actress mother mom mum wife daughter sister grandmother grandma granddaughter aunt niece girlfriend fiancée fiancee widow stepmother stepdaughter queen princess'.split(
      ' ',
    ),
  orgNouns: (
    'airline company firm group bank union club council government ministry department agency hospital ' +
    'university school charity police force service court party team board authority organisers ' +
    'organizers organisation organization retailer carrier manufacturer maker operator regulator body ' +
    'association league campaign cooperative co-op label studio network broadcaster startup publisher ' +
    'office administration commission committee institute foundation watchdog lender insurer carmaker ' +
    'automaker housebuilder developer supermarket chain brand supplier provider army navy military embassy delegation ' +
    // ("gaming giant Nintendo", "the tech giant said": news copy's word for a large company.)
    'giant'
  ).split(' '),
  firstPerson: ['i', 'we', 'my', 'our', 'me', 'us'],
  personalSubjects: ['i', 'we', 'you'],
  subjectEnds: (
    'in on at after before during when while as to from last this yesterday today earlier later via ' +
    'who which with outside inside for about'
  ).split(' '),
  auxiliaries: (
    'has had have was were is also later then once previously further again simply just quickly earlier ' +
    'recently would will did instead however reportedly finally initially repeatedly publicly privately ' +
    'separately bluntly candidly proudly himself herself themselves'
  ).split(' '),
  comparisons: ['like', 'unlike', 'than', 'similar to', 'as with', 'compared with', 'compared to'],
  complementizers: ['that'],
  officeVerbs: 'become became becomes becoming appointed elected named promoted'.split(' '),
};
