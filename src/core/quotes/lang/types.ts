/**
 * What the quote finder knows about one language: its verbs of saying, the words that
 * introduce a source, the pronouns that can stand for a speaker, the common nouns that
 * stand for an organisation, and its first-person pronouns (an interview subject's voice).
 * One file per language; lang/index.ts picks them by the article's lang or its script.
 */
export interface LanguageData {
  code: string;
  script: 'latin' | 'cyrillic' | 'arabic' | 'han' | 'kana' | 'hangul';
  /**
   * Frequent short words no other language of its script uses as often ("der", "und"; "het",
   * "een"): they tell the language of a page that does not declare it, or declares it wrongly.
   */
  commonWords?: readonly string[];
  /** Verbs of saying in the forms news copy uses; multi-word entries allowed ("weighed in"). */
  verbs: readonly string[];
  /**
   * Verbs of saying split around their object ("De gemeente laat in een verklaring weten",
   * "teilte am Montag mit"): the finite part and the particle, up to six words apart.
   */
  splitVerbs?: readonly (readonly [string, string])[];
  /**
   * Words that open a clause of attribution with no subject of its own ("jak podała", "como
   * explicó"): the speaker is the subject already in play, person or body. With a subject between
   * the word and a verb that closes the clause ("Wie Biden vor seiner Rede sagte", German "wenn",
   * "weil" and the other conjunctions that put the verb last), that subject speaks.
   */
  asWords?: readonly string[];
  /**
   * Verbs of saying that are common words otherwise ("states", "notes" as nouns): they count
   * only right after a quote, before their subject (“…,” states Slayton).
   */
  leadVerbs?: readonly string[];
  /**
   * Of those, the ones that lead to the words after them too when they close the clause before a
   * quote, with a colon or "that": "The report states: “…”", "Verhagen highlights that “…”". (Not
   * "remembers": "She remembers Ailes's reply: “…”" quotes another.)
   */
  leadsBefore?: readonly string[];
  /**
   * Who else may stand before a lead verb, as regex sources: the subjects of a plural verb
   * ("Chiou and Howlett write", "the authors conclude") and a document that speaks ("the report
   * states", "the email began").
   */
  groupSubjects?: readonly string[];
  /** Verbs that carry their subject ("ujarnya" = he said): the speaker is the nearest person before. */
  pronounVerbs?: readonly string[];
  /**
   * Verbs of saying in the form they take after "to" ("allowed Mosseri to claim that “…”"): cues only
   * there, since most are nouns too ("a claim", "a note").
   */
  infinitives?: readonly string[];
  /** Participles that continue the main verb's subject ("adding", "موضحا"), never its own cue. */
  participles?: readonly string[];
  /** Words that introduce a source: "according to", "selon", "menurut". */
  sources?: readonly string[];
  /**
   * A body's documents and the words that link one to its issuer: "according to a statement from the
   * agency", "heißt es in der Mitteilung des Verbands", "selon un communiqué de la préfecture" — the
   * issuer speaks, not the document.
   */
  documents?: readonly string[];
  /** Verbs of saying with an impersonal subject ("heißt es", it is said): no one speaks unless a document's issuer is named. */
  impersonal?: readonly string[];
  /** Prepositions naming whom an impersonal verb's words come from ("Von der Polizei hieß es"). Lower case. */
  impersonalFrom?: readonly string[];
  /**
   * Prepositions naming the body a verb with no subject of its own speaks for ("Desde el ministerio
   * apuntan que …", "«…», señalan desde la Policía"): the body speaks. Lower case.
   */
  bodyFrom?: readonly string[];
  /** "We asked the product manager to explain …. They said": the writer asking someone, as a sentence opens. */
  askedBy?: readonly string[];
  issuedBy?: readonly string[];
  /**
   * Words that tie a document to whoever holds it, not whoever wrote it: "a copy of the filing
   * obtained by the Daily Haymaker", "a lawsuit seen by Reuters" — that one is no source.
   */
  heldBy?: readonly string[];
  /**
   * Possessive determiners opening a source ("according to his analysis", "según su análisis"): the
   * possessor speaks. Each maps to the pronoun that then stands for the speaker, or null where the
   * possessor is left unread (its gender or number cannot be told). Lower case.
   */
  possessives?: Readonly<Record<string, string | null>>;
  /**
   * Words that credit a view to someone only when they open the sentence, the person set off by a
   * comma: "Para o deputado Hugo Carneiro, o programa “chega tarde”" (pt/es "para", fr "pour").
   */
  openingSources?: readonly string[];
  /**
   * Source words after which a name stands in the genitive ("по словам Ивана Петрова"), with the
   * genitive endings of names and their nominative, longest first: the speaker is named in the
   * nominative ("Иван Петров").
   */
  genitiveSources?: readonly string[];
  genitiveEndings?: readonly (readonly [string, string])[];
  /**
   * Phrases that credit words to a name in the possessive, `{}` standing for it: "in {}’s words"
   * ("in Cairo’s words, a “world of ideas …”").
   */
  ownedSources?: readonly string[];
  /** Third-person pronouns that may stand for a speaker. */
  pronouns?: readonly string[];
  /**
   * Words that show a person's gender: pronouns and possessives (he, his / she, her), titles
   * (Mr / Mrs) and gendered role nouns (spokesman / spokeswoman). "She said" then skips a man
   * named last; a pronoun listed here is looked up only among people of its gender.
   */
  masculine?: readonly string[];
  feminine?: readonly string[];
  /** Endings of a role noun set after a name that mark its gender ("Paul Girard, retraité" / "retraitée"). */
  masculineEndings?: readonly string[];
  feminineEndings?: readonly string[];
  /**
   * Capitalised words that make a run of capitals a body's name, not a person's ("Badan Pangan
   * Nasional"): in a long run, the person is named after the last of them.
   */
  orgWords?: readonly string[];
  /** Common nouns that stand for an organisation: "the company", "la mairie". */
  orgNouns?: readonly string[];
  /** First-person pronouns: an unattributed run in this voice is the article subject speaking. */
  firstPerson?: readonly string[];
  /**
   * The pronouns of the first and second person that can be a verb's subject ("I", "we", "you"; not
   * "my", "our"): a participle after them is theirs, not a name's in between. Lower case.
   */
  personalSubjects?: readonly string[];
  /**
   * Direct speech set off by a dash at the start of the paragraph, the attribution between
   * dashes: "– Rynek się odbił – powiedział Wierzbicki. – Ale …" (Polish, Russian, Spanish…).
   */
  dashDialogue?: boolean;
  /**
   * A verb's subject may be left out ("…, aunque insistió en que …"): a verb of saying right after
   * a bare conjunction is the sentence subject's (dropped-subject.ts).
   */
  proDrop?: boolean;
  /**
   * A verb-second language (German, Dutch): the word right after a quote's comma is the verb, its
   * subject after it („…“, schimpft der AfD-Chef), so an unlisted verb still credits its subject.
   */
  verbSecond?: boolean;
  /**
   * Pronouns that are only ever a verb's subject ("er", "hij"; not "sie", which may be the object):
   * one right after the verb of a verb-second sentence is its subject ("Das hält er für falsch: „…“").
   */
  subjectPronouns?: readonly string[];
  /** Words that credit whoever follows them only as a clause of their own after a comma (", so Yakin,"). */
  clauseSources?: readonly string[];
  /** The reflexive pronoun a verb may take before its subject ("„…“, ereiferte sich der Coach"). */
  reflexives?: readonly string[];
  /**
   * The word that opens a reported clause ("that", "dass", "que", "że"): right after a verb of
   * saying it shows the subject was left out ("Dodał, że …", "Añadió que …"). Lower case.
   */
  complementizers?: readonly string[];
  /**
   * A preposition merged with an article ("im", "zum", "beim"): a noun follows it, never a bare
   * name ("im Berliner Führerbunker"), so an unmarked run after it names no one. Lower case.
   */
  articlePrepositions?: readonly string[];
  /**
   * Verbs by which someone takes an office ("become", "appointed"): a role and one capitalised word
   * after them is the office, not a person ("to become Chief Whip he …"). Lower case.
   */
  officeVerbs?: readonly string[];
  /**
   * Words opening the sentence after a quote that point back to it as the way something was said
   * ("Así lo resumió el consejero", "Con esas palabras ha descrito Moreno", "C’est ainsi que …"):
   * the subject after the verb that follows said it. Lower case.
   */
  mannerOpeners?: readonly string[];
  /**
   * Things that carry written words, and the words that link them to what they say: "carried signs:
   * “…”", "a banner reading “…”", "a T-shirt emblazoned with “…”". The words are shown, not spoken:
   * no key quote, whoever is near.
   */
  shownOn?: readonly string[];
  shownBy?: readonly string[];
  /**
   * Bodies named in the locative after "в" with an impersonal plural verb ("В пресс-службе МЧС
   * сообщили", "В министерстве пояснили"): the locative form of the head noun and its nominative.
   */
  locativeBodies?: readonly (readonly [string, string])[];
  /** Words after which a subject named after its verb ends ("said X in a statement"). */
  subjectEnds?: readonly string[];
  /**
   * The person addressed, in the dative, between a verb of saying and its subject ("рассказал
   * журналистам источник", "řekl novinářům ministr"): no part of the subject.
   */
  addressees?: readonly string[];
  /**
   * Prepositions that bring in the one addressed, a name or one of `addressees`, between the verb
   * and its subject ("contou à Lusa uma moradora", "dijo a Reuters el ministro"): no part of the subject.
   */
  addresseeLinks?: readonly string[];
  /** Times written in capitals right after a verb of saying ("erklärte Anfang März: „…“"): no subject. */
  timePhrases?: readonly string[];
  /**
   * Words of comparison before a name ("unlike Smith", "more than Jones", "ähnlich wie Molina"): the
   * one named is set beside the subject, never the subject. Only unambiguous ones: "as" and "wie"
   * alone also open "as Smith said".
   */
  comparisons?: readonly string[];
  /**
   * Auxiliaries and adverbs that stand between a subject and its verb ("Espinosa has also said",
   * "le juge avait déclaré", "la portavoz ha explicado"): no part of the subject. Those of four
   * letters or more are no subject right after the verb either («…», insistió ayer).
   */
  auxiliaries?: readonly string[];
  /**
   * Object pronouns that stand between a subject and its verb ("una fuente … nos la resumió", "il
   * lui a dit"): no part of the subject. Lower case only, so a surname ("Karen Lo") stays one.
   */
  objectPronouns?: readonly string[];
  /**
   * Languages that mark the subject with a particle and close a quote with a quotative
   * (Korean 김민수 과장은 “…”고 말했다): the particles, the quotatives, and the honorifics
   * after a name (씨, 氏) that are not part of it.
   */
  subjectParticles?: readonly string[];
  quotatives?: readonly string[];
  /** Connectives that open a clause of such a language (하지만, 그러면서): never a name, though spelled like one. */
  connectives?: readonly string[];
  nameSuffixes?: readonly string[];
  /** Role words a name follows in unspaced scripts (副秘书长王建国 → 王建国). */
  roleSuffixes?: readonly string[];
  /** Words that end the subject of an unspaced clause (王建国接受记者采访时说 → 王建国). */
  clauseBreaks?: readonly string[];
  /**
   * Words between a subject and its verb in an unspaced script: adverbs, time words, the person
   * addressed (他对记者说, 拜登周二表示, 他也表示). Not part of the name.
   */
  verbLeadIns?: readonly string[];
  /** Words that open a subject in an unspaced script without being part of it (据, 一位, 有). */
  subjectOpeners?: readonly string[];
  /** Endings that make an unspaced run an organisation's name (海蓝汽车, 中国汽车流通协会). */
  orgSuffixes?: readonly string[];
  /** Role nouns of this language ("Bürgermeister", "ministre", "Kepala"): a phrase holding one describes a person. */
  roleWords?: readonly string[];
  /**
   * Endings that make a noun of this language a role ("Rentnerin", "Anwohnerin": German -erin names
   * a woman by what she does). Only for words well longer than the ending.
   */
  roleEndings?: readonly string[];
  /**
   * The language writes compounds as one word, so a word ending in one of its role nouns is that
   * role ("Sportdirektor", "Hauptgeschäftsführer", "politiewoordvoerder"), and so is a hyphened
   * word whose last part is a role ("Readly-CEO", "BDZV-Hauptgeschäftsführer").
   */
  compoundRoles?: boolean;
  /**
   * Endings of a place or body in the genitive between a role and a name ("мэр Москвы Сергей
   * Собянин", "prezydent Warszawy Rafał Trzaskowski"): such a word opens the name's run but
   * belongs to the role.
   */
  genitivePlaceEndings?: readonly string[];
  /**
   * Small words that join names elsewhere ("di" of "Di Maio") but are prepositions here: a name
   * ends before them ("kata Arief di Jakarta").
   */
  nameBreaks?: readonly string[];
  /**
   * Adverbs that open a main clause in a verb-second language, so its subject comes right after
   * the verb ("Demnach fragte Weiß ihn: „…“", "Daarna zei De Vries: „…”"). Lower case.
   */
  frontedAdverbs?: readonly string[];
  /**
   * Words that open a fronted phrase or clause of a verb-second language: a preposition or a
   * conjunction ("Über seine Freilassung sagte er", "Weshalb es dazu kam, konnte er nicht sagen").
   * What they open is never the subject; it follows the finite verb. Lower case; no name particles.
   */
  frontedOpeners?: readonly string[];
  /**
   * For a language that capitalises its nouns: determiners and possessives that open a noun phrase
   * written in capitals ("Seine Augen", "Diese Woche"), never a name. Lower case. Its presence also
   * turns on the other noun checks of capitalised-nouns.ts.
   */
  notNameStarts?: readonly string[];
  /**
   * Words of this language spelled like a role noun of another (French "son" = his):
   * never a role here, so "Son livre préféré ?" is not a sentence about a son.
   */
  notRoles?: readonly string[];
  /**
   * Case endings a surname takes in this language ("по словам Смирнова" → Смирнов,
   * "Петровой" → Петрова): a short name with one of them is the person of its stem.
   */
  caseEndings?: readonly string[];
  /** The ending of a surname's nominative that a case ending replaces (Петрова → Петровой). */
  nominativeEndings?: readonly string[];
}
