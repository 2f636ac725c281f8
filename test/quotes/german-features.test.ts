import { describe, expect, it } from 'vitest';
import { restoreLanguage, useLanguagesOf } from '../../src/core/quotes/language';
import { findNames } from '../../src/core/quotes/names';
import { quotesIn } from './helpers';

/**
 * German attribution as news features write it: an adverb before the verb puts the subject after
 * it ("Demnach fragte Weiß …"), compound roles ("der Parteienrechtler Martin Morlok, Professor an
 * der Universität Düsseldorf"), an age for the person ("erzählt der 48-Jährige"), a name opening
 * with its particle ("berichtet de Decker"); then, from unlabelled news pages of newspaper's and
 * fundus's test sets: a fronted phrase or clause ("Über seine Freilassung sagte er"), a verb after a
 * clause's comma, a run of capitals that is a noun phrase ("Freilassung Maduros"), and the Spanish
 * and Italian twins (a linking adverb before a verb with no subject, "el ministro" for the one named
 * with that role), and a Spanish linking phrase before the subject ("Por su parte Gazprom").
 * Made-up sentences; English twins where the rule is not German only.
 */

const speakerOf = (paragraphs: string[], lang = 'de') => quotesIn(paragraphs, lang)[0]?.speaker ?? null;

describe('an adverb before the verb', () => {
  it('puts the subject after the verb', () => {
    expect(
      speakerOf([
        'Anna Weiß leitet den Kreisverband. Demnach fragte Weiß ihn im Oktober: „Wann kann ich Dir die nächsten Zeitungen bringen?“',
      ])?.name,
    ).toBe('Anna Weiß');
    expect(
      speakerOf(['Daarna zei minister Hugo de Jonge: „We gaan de regels aanscherpen voor de winter.”'], 'nl')
        ?.name,
    ).toBe('Hugo de Jonge');
  });

  it('is no part of a role', () => {
    expect(
      speakerOf([
        'Auch FDP-Chef Christian Lindner fordert mehr Züge. „Was würde dem Klima mehr helfen?“, sagte Lindner.',
      ]),
    ).toEqual({ name: 'Christian Lindner', role: 'FDP-Chef' });
  });
});

describe('a compound role', () => {
  it('is the role of the name after it, whatever follows the comma', () => {
    expect(
      speakerOf([
        '„Das ist ganz klar eine Absprache“, sagt der Parteienrechtler Martin Morlok, Professor an der Universität Düsseldorf.',
      ]),
    ).toEqual({ name: 'Martin Morlok', role: 'Parteienrechtler' });
    expect(
      speakerOf([
        '„Ich kann mir das nicht vorstellen“, schreibt der Bundestagsabgeordnete Stefan Keuter auf Anfrage.',
      ])?.name,
    ).toBe('Stefan Keuter');
  });
});

describe('an age standing for the person', () => {
  it('is the person the text is about, in German and English', () => {
    expect(
      speakerOf([
        'Kris de Decker kennt das aus eigener Erfahrung. Seit 2008 reist der belgische Technikjournalist von seinem Wohnort Barcelona mit dem Zug. „Ich habe diese Art zu reisen sehr genossen“, erzählt der 48-Jährige.',
      ])?.name,
    ).toBe('Kris de Decker');
    expect(
      speakerOf(
        [
          'Kris de Decker knows this from experience. Since 2008 the Belgian journalist has travelled by train. “I have really enjoyed this way of travelling,” says the 48-year-old.',
        ],
        'en',
      )?.name,
    ).toBe('Kris de Decker');
  });
});

describe('a name opening with its particle after the verb', () => {
  it('is the subject', () => {
    expect(
      speakerOf([
        'Kris de Decker reist mit dem Zug. Die Bahn strich die Nachtzüge, berichtet de Decker. „Schneller sind diese Fahrten dadurch nicht geworden, nur teurer.“',
      ])?.name,
    ).toBe('Kris de Decker');
  });
});

describe('a role set off after the name', () => {
  it('runs on through its field to its body, loses a relative clause, keeps a field ending in -ing', () => {
    const quotes = quotesIn(
      [
        '“The state has seen well above average fire activity,” said Mark Parrington, a senior scientist working on wildfire emissions at the European Centre.',
        '“Residents started complaining about the smoke,” Alberto Shiguematsu, a São Paulo resident who tweeted about it, said.',
        '“There is a trend toward moving these functions in-house,” said Randi Priluck, associate dean and professor of marketing.',
      ],
      'en',
    );
    expect(quotes.map((q) => q.speaker?.role)).toEqual([
      'a senior scientist working on wildfire emissions at the European Centre',
      'a São Paulo resident',
      'associate dean and professor of marketing',
    ]);
  });
});

describe('a phrase or clause fronted before the verb', () => {
  it('is no subject: the subject follows the verb', () => {
    const paragraphs = (sentence: string) => ['Jonas Keller wurde im Oktober freigelassen.', sentence];
    expect(
      speakerOf(
        paragraphs(
          'Über seine Freilassung sagte er: „Ich bin zurückgekommen, nachdem ich dem Teufel begegnet bin.“',
        ),
      )?.name,
    ).toBe('Jonas Keller');
    expect(
      speakerOf(
        paragraphs('Auf die Frage, ob er wieder arbeiten werde, sagte Keller: „Noch nicht, aber bald.“'),
      )?.name,
    ).toBe('Jonas Keller');
    expect(speakerOf(paragraphs('Na zijn vrijlating zei hij: „Ik ben teruggekomen.”'), 'nl')?.name).toBe(
      'Jonas Keller',
    );
  });

  it('leaves the subject after the finite verb that follows a fronted clause', () => {
    expect(
      speakerOf([
        'Bürgermeister Nicolas Favre räumte Fehler ein. Weshalb es zu dieser Lücke kam, konnte er nicht sagen: „Wir haben heute keine Erklärung dafür.“',
      ])?.name,
    ).toBe('Nicolas Favre');
  });

  it('does not move an English subject ("In a reflection of …, the commission said")', () => {
    expect(
      quotesIn(
        [
          'In a reflection of the mood, the Electoral Commission said that “voters are entitled to transparency from campaigners.”',
        ],
        'en',
      )[0]?.speaker?.name,
    ).toBe('Electoral Commission');
  });
});

describe('a verb after a comma', () => {
  it('takes the subject after it, before a colon or a comma', () => {
    const paragraphs = (sentence: string) => ['Bürgermeister Nicolas Favre sprach am Dienstag.', sentence];
    expect(
      speakerOf(
        paragraphs(
          'Die Gemeinde wisse nicht, ob die Platten geprüft waren, sagte Favre: „Bei Kontrollen fanden die Behörden keine Mängel.“ Auch sonst sei der Sicherheitsbeauftragte der Gemeinde zufrieden gewesen.',
        ),
      )?.name,
    ).toBe('Nicolas Favre');
    expect(
      speakerOf(
        paragraphs(
          'Eine solche Logik dürfe nicht hingenommen werden, warnte er, da sie „die Tür zu einer zutiefst instabilen Welt“ öffne.',
        ),
      )?.name,
    ).toBe('Nicolas Favre');
  });

  it('leaves the subject before a relative clause where it is', () => {
    expect(
      speakerOf([
        'Anna Weber, die seit vielen Jahren in der Stadt lebt, sagt: „Es ist schön hier, aber teuer.“',
      ])?.name,
    ).toBe('Anna Weber');
  });

  it('reads a pronoun right before the verb as its subject, whatever clause comes first', () => {
    expect(
      speakerOf([
        'Nicolas Favre entschuldigte sich nicht. Er kämpfte aber mit den Tränen, als er sagte: „Wir sind extrem traurig.“',
      ])?.name,
    ).toBe('Nicolas Favre');
  });
});

describe('an article after a name', () => {
  it('ends the name ("gibt Präsidentin Annekathrin Preidel den Ton vor")', () => {
    expect(
      speakerOf([
        'Gleich zu Beginn der Synode gibt Präsidentin Annekathrin Preidel den Ton vor: „Wir haben uns auch als Institution schuldig gemacht.“',
      ]),
    ).toEqual({ name: 'Annekathrin Preidel', role: 'Präsidentin' });
  });
});

describe('a run of capitals that is a noun phrase', () => {
  it('is no one a pronoun can stand for ("Angehörigen der Opfer", "Freilassung Maduros", "Seine Augen")', () => {
    expect(
      speakerOf([
        'Der Gemeindepräsident Nicolas Favre sprach am Dienstag. Auf eine Entschuldigung bei den Angehörigen der Opfer ließ er sich nicht ein. Er kämpfte aber mit den Tränen, als er sagte: „Wir sind extrem traurig.“',
      ])?.name,
    ).toBe('Nicolas Favre');
    expect(
      speakerOf([
        'UN-Generalsekretär António Guterres äußerte sich am Montag. Nach der Freilassung Maduros sagte er: „Das öffnet die Tür zu einer zutiefst instabilen Welt.“',
      ])?.name,
    ).toBe('António Guterres');
    expect(
      speakerOf([
        'Der Landwirt Tomas Berger erzählt von der Nacht. Seine Augen füllen sich mit Tränen, als er sagt: „Es war die schlimmste Nacht meines Lebens.“',
      ])?.name,
    ).toBe('Tomas Berger');
  });

  it('keeps a body whose word ends like a common noun ("Stiftung Warentest")', () => {
    const previous = useLanguagesOf('de', []);
    try {
      expect(findNames('Die Stiftung Warentest prüfte die Spielzeuge.').map((n) => n.name)).toEqual([
        'Stiftung Warentest',
      ]);
      expect(findNames('Nach der Freilassung Maduros sprach er.').map((n) => n.name)).toEqual([]);
    } finally {
      restoreLanguage(previous);
    }
  });
});

describe('a linking adverb before a verb with its subject left out', () => {
  it('credits the one in play (Spanish, Italian)', () => {
    expect(
      speakerOf(
        [
          'El portavoz de los insurgentes, Yahya Sarea, señaló en un comunicado que el movimiento efectuó “una operación de alta calidad” contra el aeropuerto.',
          'Asimismo, indicó que los rebeldes mantienen “la prohibición del tráfico aéreo” en la zona.',
        ],
        'es',
      ),
    ).toEqual({ name: 'Yahya Sarea', role: 'El portavoz de los insurgentes' });
    expect(
      quotesIn(
        [
          'Il ministro Carlo Neri ha parlato a lungo con i giornalisti davanti al palazzo.',
          'Inoltre, ha aggiunto che «la riforma non può aspettare un altro anno».',
        ],
        'it',
      )[0]?.speaker?.name,
    ).toBe('Carlo Neri');
  });
});

describe('a definite role in Spanish and Italian', () => {
  it('stands for the one named with that role ("el ministro", "El ministro … y recalcó", "il sindaco")', () => {
    const named = 'El ministro de Exteriores, José Manuel Albares, habló en Madrid con sus homólogos.';
    expect(speakerOf([named, '“Es una tragedia”, dijo el ministro.'], 'es')?.name).toBe(
      'José Manuel Albares',
    );
    expect(
      speakerOf(
        [
          named,
          'El ministro de Exteriores propone una autoridad reforzada y recalcó que estaría mejor situada “si no se hubiera minado su legitimidad”.',
        ],
        'es',
      )?.name,
    ).toBe('José Manuel Albares');
    expect(
      speakerOf(
        ['Il sindaco di Roma, Marco Bianchi, ha parlato ieri.', '«Non è una tragedia», ha detto il sindaco.'],
        'it',
      )?.name,
    ).toBe('Marco Bianchi');
    // (A role's body after its particle is no name: "El Presidente de la Junta, Juanma Moreno".)
    expect(
      speakerOf(
        [
          'El Presidente de la Junta, Juanma Moreno, visitó la zona.',
          '“Es un incendio raro”, ha insistido el presidente.',
        ],
        'es',
      )?.name,
    ).toBe('Juanma Moreno');
  });
});

describe('a Spanish linking phrase or opener before the subject', () => {
  it('is no part of the name', () => {
    expect(
      speakerOf(
        [
          'Por su parte Gazprom destacó en un comunicado que «el suministro está garantizado para todo el invierno».',
        ],
        'es',
      )?.name,
    ).toBe('Gazprom');
    expect(
      speakerOf(
        [
          'En tanto, fuentes de Montecon dijeron a El País que «la situación del puerto es muy compleja para todos».',
        ],
        'es',
      )?.name,
    ).toBe('fuentes de Montecon');
  });
});
