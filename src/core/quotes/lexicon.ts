import { LANGUAGES } from './lang';
import { FOREIGN_OPENING_PREPOSITIONS } from './openers';

/**
 * Word lists the speaker rules lean on. Kept apart so the rules read as rules.
 * The verbs of saying, source words and pronouns of each language live in lang/*.ts.
 */

/** Verbs of saying, in the forms news copy uses (said X / X said / X has said). */
export const SPEECH_VERBS: readonly string[] = Object.values(LANGUAGES)
  .filter((l) => l.script !== 'han' && l.script !== 'kana')
  .flatMap((l) => l.verbs)
  .map((v) => v.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));

/**
 * Titles written short before a name ("Rev. Michael Green", "Sen. Ann Lee", "Lt. Col. Ray Dunn"):
 * their full stop ends no sentence and no subject.
 */
export const TITLE_ABBREVIATIONS =
  'Mr Mrs Ms Dr Prof St Sen Rep Gov Gen Lt Col Capt Maj Sgt Cpl Pvt Adm Cmdr Det Insp Supt Rev Fr Msgr Hon Atty Jr Sr'.split(
    ' ',
  );

/** Titles before a name; dropped from the name. */
export const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady sen senator rep gov governor judge justice ' +
    'president king queen pope det insp supt sgt sergeant inspector detective constable pc dc chief ' +
    'herr frau m mme mlle rev reverend father sister brother gen general col colonel capt captain lt major ' +
    'cllr councillor mayor premier coach maj cpl pvt adm cmdr fr msgr hon atty lieutenant admiral sheikh sheikha'
  ).split(' '),
);

/** Nouns for jobs and roles: before a name they are its role ("Nissan CEO Ivan Espinosa"). */
export const ROLE_WORDS = new Set(
  (
    'ceo cfo coo cto cmo cio vp chief executive president chair chairman chairwoman chairperson director founder ' +
    'co-founder head leader boss manager minister secretary chancellor mp mep mla msp senator congressman ' +
    'congresswoman councilmember councilman councilwoman alderman assemblyman assemblywoman councillor mayor governor judge justice prosecutor barrister lawyer attorney ' +
    'solicitor counsel kc qc spokesperson spokesman spokeswoman professor prof scientist researcher analyst ' +
    'economist strategist investigator commander officer inspector detective superintendent sergeant ' +
    'constable captain coach striker midfielder defender winger goalkeeper keeper quarterback batter bowler fly-half player agent publicist ' +
    'substitute frontman singer drummer guitarist actor actress star author novelist writer editor ' +
    'source insider aide friend relative pal onlooker eyewitness bystander observer fan viewer customer worker employee ' +
    'parent mother father wife husband daughter son neighbour neighbor passenger witness resident nurse doctor teacher student official campaigner ' +
    // The rest of the family and those close to someone ("Her brother Tom disagrees. “…,” he says.").
    'brother sister uncle aunt cousin grandfather grandmother grandson granddaughter nephew niece ' +
    'stepfather stepmother boyfriend girlfriend fiancé fiancée widow widower colleague mom mum dad grandma grandpa ' +
    'activist dissident organiser organizer owner partner governor trustee member deputy vice shadow envoy ambassador speaker ' +
    'planner commissioner regulator administrator adviser advisor consultant designer engineer architect ' +
    'developer creator maintainer lead ' +
    // Newsroom, politics and money ("a Fox anchor said", "one Republican lawmaker told me").
    'anchor host producer staffer correspondent reporter assistant lawmaker operative donor investor ' +
    'banker trader lobbyist juror diplomat priest soldier veteran volunteer survivor victim protester protestor demonstrator ' +
    'waiter waitress bartender barista cashier clerk guard ranger guide ' +
    // Offices, the courts, travel and trade, and the people a story meets ("county coroner Ann Roe", "a
    // tenant said", "film critic Roger Ebert"); not the ones that are common surnames too (Baker, Cook,
    // Driver, Dean, Warden).
    'sheriff coroner treasurer comptroller auditor magistrate chaplain provost rector ombudsman rapporteur ' +
    'delegate representative mechanic sailor patient tenant landlord homeowner shopkeeper fisherman pupil ' +
    'graduate candidate nominee challenger incumbent critic supporter voter shopper commuter traveller ' +
    'traveler tourist visitor refugee migrant immigrant prisoner inmate defendant plaintiff detainee ' +
    'hostage trooper firefighter medic responder rescuer lifeguard janitor nanny caregiver carer ' +
    'tutor entrepreneur billionaire millionaire heiress mogul tycoon magnate philanthropist ' +
    'historian expert lecturer principal headteacher vicar bishop archbishop pastor rabbi imam farmer florist ' +
    'journalist dentist pharmacist specialist nutritionist dietitian psychiatrist veterinarian therapist ' +
    'trainer instructor accountant artist illustrator curator librarian midwife paramedic surgeon ' +
    'meteorologist forecaster photographer economist meteorologe minister, bahn-chef ehrenvorsitzende vorsitzende sprecher sprecherin ' +
    'chef leiter leiterin forscher forscherin direktor präsident präsidentin politiker ministre'
  ).split(/[\s,]+/),
);

/** Role-word endings for compound nouns (Verkehrsminister, Bahn-Chef, FDP-Politiker). */
export const ROLE_SUFFIXES: readonly string[] = (
  'ologist ician ographer ologue ologe therapist ' +
  'minister ministerin chef chefin vorsitzende vorsitzender sprecher sprecherin politiker politikerin ' +
  'präsident präsidentin leiter leiterin forscher forscherin bürgermeister bürgermeisterin direktorin kanzler kanzlerin'
).split(' ');

/** Words that make a capitalised sequence an organisation or a place, not a person. */
export const ORG_WORDS = new Set(
  (
    'university college institute institution school academy association society union league federation ' +
    'council committee commission agency authority board bureau department ministry office service services ' +
    'police court parliament senate congress house party government bank group company corporation corp inc ' +
    'ltd plc llc co foundation trust fund charity hospital hospice clinic nhs church museum gallery theatre ' +
    'club united city rovers fc street road lane avenue square park bridge station airport centre center ' +
    'stadium hall palace news times post guardian telegraph journal herald review press radio television ' +
    'tv network markets capital securities partners holdings systems technologies labs research ' +
    'organisation organization project programme program alliance coalition network day week year award ' +
    'laboratory laboratories observatory report survey index forum valley county province region district ' +
    'awards cup championship league series festival show podcast magazine ' +
    // Trades a company's name ends in: "US Airways Express", "Tesla Motors", "Vertex Pharmaceuticals".
    'airways airlines airline express motors industries pharmaceuticals therapeutics studios entertainment ' +
    // A minister's portfolio ("MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo"),
    // a channel's or a paper's desk ("Fox Business", "Business Insider").
    'affairs governance business'
  ).split(' '),
);

/** Capitalised words that start sentences but never names. */
export const NOT_NAME_STARTS = new Set(
  (
    'the a an in on at by for with from to of and but or so if as after before when while since during ' +
    'this that these those it its he she they we i you his her their our my your there here then now ' +
    // "according to" in the languages Pith reads ("Volgens minister Hugo de Jonge").
    'volgens selon según segun laut secondo segundo według menurut ' +
    'speaking asked sentencing according however although though meanwhile also yet still last next ' +
    'some many most several few all both each every no not new former ex mr mrs ms dr prof other others another ' +
    'because once until unless whether where why how what who which despite instead without ' +
    // Prepositions of place and range opening a sentence ("Beyond Des Moines, the new leadership …").
    'beyond across outside throughout around near within amid toward towards among ' +
    'moreover furthermore additionally similarly likewise besides indeed like unlike overall whenever ' +
    // Imperatives that open citations, cross-references and links ("See Carriero et al.", "Read Smith's
    // note", "View More", a show's "Say Yes to …"), the word that credits a source ("(Via Chortle)") and
    // the adverb of "Back when I was …".
    'see cf read visit view say via back ' +
    // A stage direction's and an introduction's imperatives ("Enter Stuart R. Kaplan, a graduate of
    // …", "Meet Jane Doe") and interjections ("Ah Bartleby! Ah humanity!") stand before a name, not in it.
    'enter meet ah alas ' +
    // The adjective a tabloid puts before a name ("Brave Marina Lacerda, …", "Tragic Amy …").
    'brave tragic heartbroken devastated distraught grieving tearful furious fuming stunned shocked horrified plucky heroic beloved ' +
    // Participles that open a sentence before the name they take ("Citing John Locke, she …",
    // "Blaming U.S. tax policy, he …"): the name is their object, the subject comes after.
    'citing quoting echoing channelling channeling invoking blaming praising thanking accusing urging ' +
    'criticising criticizing mocking attacking defending paraphrasing recalling following joining ' +
    'replacing succeeding addressing describing comparing backing rejecting dismissing welcoming ' +
    'congratulating honoring honouring interviewing taking using ' +
    // Adverbs that open a sentence ("Almost thirty years later, …").
    'almost nearly perhaps maybe ever never always sometimes often usually ' +
    // Months and days no one is named after ("in September 2020, days after a short seller published
    // a report calling …": not "September"; "April", "May", "June" and "August" are names, "March" and
    // "July" surnames too).
    'january february september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    // Imperatives and contractions that open advice ("Remember what I said", "Don't ever say", "you've always told").
    "remember imagine consider suppose note don’t don't you’ve you've you’re you're you’ll you'll based " +
    // Auxiliaries that open a heading or a question ("What You Can Do Instead", "Should Teams …").
    'can could should would must shall do does did is are was were has have had ' +
    // German articles: every German noun is capitalised ("Die Betriebe bräuchten …, sagte er").
    'die das dem des der ein eine einen einem einer'
  )
    .split(' ')
    // ("Depuis Washington, Christine Lagarde …": a preposition of another language opens no name.)
    .concat(FOREIGN_OPENING_PREPOSITIONS),
);

/** Lower-case words that may stand in a role before a name: "RMT general secretary Mick Lynch". */
export const ROLE_FILLERS = new Set(
  'general executive senior former national regional managing acting interim assistant principal chief head of coach new'.split(
    ' ',
  ),
);

/** Adverbs and conjunctions that end a title-case phrase ("What You Can Do Instead"): nobody's surname. */
export const ADVERB_ENDS = new Set(
  'instead however also though although meanwhile moreover furthermore additionally likewise indeed overall anyway therefore otherwise when whenever while where if unless until because since'.split(
    ' ',
  ),
);

/** A verb of saying right after a name: "Tatum said", "Ann Hall has also said". */
export const SPEAKS_AFTER =
  /^\s+(?:has\s+|also\s+)*(?:said|says|told|added|wrote|insisted|admitted|explained|sagte|a\s+déclaré)\b/u;

/** A possessive determiner ending the text: what follows is owned ("in my “…”", "his Russian counterpart’s"). */
export const POSSESSIVE_BEFORE = /(?:^|\s)(?:my|his|her|their|our|its|your)\s*$/iu;

/** Prepositions after a participle that opens a clause: "Appearing before the court, …", "Speaking to reporters". */
export const CLAUSE_PREPOSITIONS =
  'before after at in on from to for during about through into outside inside across with alongside'.split(
    ' ',
  );

/** Place and body words that are also common surnames ("Sue Park", "Ann Hall"). */
export const SURNAME_TOO = new Set(
  'park hall church day house post bridge bridges bank banks street law lane court'.split(' '),
);

/** Heads of organisation-like phrases ("the airline said"): such a speaker is the phrase itself. */
export const ORG_HEADS = new Set(
  (
    'airline company firm group bank union club council government ministry department agency hospital ' +
    'university school charity police force service court party team board authority organisers ' +
    'organizers organisation organization retailer carrier manufacturer maker operator regulator body ' +
    'association league campaign statement report study'
  ).split(' '),
);

/**
 * Works that speak for their authors: the head of "A systemic review of 27 trials concluded", and
 * of "a study by the Urban Institute", whose author speaks.
 */
export const DOCUMENT_HEADS = new Set(
  'statement report study review survey poll analysis audit inquiry paper investigation'.split(' '),
);

/** Articles and possessives that open a noun phrase ("the", "der", "la", "il", "het"): not part of who speaks. */
export const DETERMINER =
  /^(?:the|a|an|another|one|its|his|her|their|der|die|das|den|dem|ein|eine|einem|einer|eines|le|la|les|l’|un|une|una|uno|um|uma|el|los|las|il|lo|o|os|het|de|i|gli|this|these|este|esta|estos|estas|ese|esa|ce|cet|cette|ces|dieser|diese|dieses|questo|questa|deze|dit)\s+/iu;

/**
 * "the Democrat", "the Tory", "the Brazilian", "the Frenchman", "the Briton", "the Ohio Republican":
 * what a person is (a party after a place, too), not a name.
 */
export const EPITHET =
  /^the\s+(?!Guardian$)(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}(?:Democrat|Republican|Tory|Conservative|Socialist)|Briton|Spaniard|Swede|Dane|Finn|Pole|Turk|Scot|\p{Lu}\p{Ll}+(?:ian|ean|can|ese|man|woman))$/u;
/** "the Democrat from New York": the epithet, and where its holder is from. */
export const EPITHET_FROM =
  /^(the\s+\p{Lu}\p{Ll}[\p{L}-]*)\s+from\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}$/u;

/** Roles that only say how a person is related to someone: a role after the name says more. */
export const LOOSE_RELATIONS = new Set(
  'friend pal relative neighbour neighbor fan customer colleague'.split(' '),
);
