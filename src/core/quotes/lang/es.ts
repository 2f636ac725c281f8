import { regularForms } from './conjugate';
import type { LanguageData } from './types';

export const es: LanguageData = {
  code: 'es',
  dashDialogue: true,
  script: 'latin',
  proDrop: true,
  commonWords: 'el los las y es pero sus muy está fue hay según'.split(' '),
  verbs: [
    ...(
      'afirmado declarado dicho asegurado explicado señalado añadido afirmó declaró dijo aseguró ' +
      'explicó señaló añadió dice afirma asegura explica señala añade indicó indica comentó comenta ' +
      'manifestó subrayó destacó apuntó sostuvo advirtió reconoció insistió recordó pidió lamentó ' +
      'agregó agrega precisó respondió contó cuenta relató relata admitió denunció criticó opinó valoró ' +
      // The present of features and profiles ("“…”, confiesa.").
      'confiesa confesó reconoce sostiene insiste apunta subraya destaca advierte recuerda lamenta opina resume resumió ' +
      'responde pregunta preguntó ironiza ironizó bromea bromeó suspira suspiró sonríe sonrió zanja zanjó ' +
      // Plural subjects ("aseguraron fuentes de la compañía").
      'aseguraron dijeron explicaron señalaron indicaron afirmaron añadieron apuntaron precisaron insistieron ' +
      // ("“…”, espetó el ingeniero", "replicó a la carta: “…”", "ha insistido el presidente").
      'espetó replicó recalcó reiteró detalló aclaró matizó concluyó sentenció exclamó enfatizó puntualizó ' +
      'insistido recordado subrayado advertido reconocido destacado manifestado apuntado indicado ' +
      'comentado lamentado recalcado reiterado detallado aclarado expresó planteó aseveró argumentó cuestionó reclamó alertó ' +
      'informó informa informaron resumido descrito describió esgrimió ' +
      // (The present of the same verbs, as features tell it: "“…”, expresa.", "“…”, reflexiona.")
      'declara expresa manifiesta reflexiona admite valora critica pide precisa aclara detalla reitera ' +
      'recalca matiza enfatiza puntualiza plantea argumenta cuestiona reclama describe replica exclama ' +
      'concluye gritó grita reflexionó ' +
      // (Verbs of the sports and politics pages: "abundó el team principal", "deslizó Horner", "rememoró".)
      'abundó abunda deslizó desliza rememoró rememora apostilló apostilla remachó remacha incidió ' +
      'resaltó resalta narró narra reveló revela desveló avisó prometió anunció contestó contesta ' +
      'sugirió sugiere exigió exige acusó defendió defiende justificó razonó evocó ' +
      // (The imperfect of narrative and reported documents: "el informe … aseguraba incluso que …".)
      'decía afirmaba aseguraba explicaba señalaba sostenía advertía insistía contaba recordaba comentaba ' +
      'relataba reconocía añadía agregaba indicaba apuntaba subrayaba destacaba lamentaba respondía'
    ).split(' '),
    'se quejó',
    // Every form of the regular verbs ("«…», señalan fuentes del ministerio", "ha zanjado la ministra").
    ...regularForms(
      'es',
      'afirmar declarar asegurar explicar señalar indicar comentar subrayar destacar apuntar lamentar ' +
        'agregar precisar relatar denunciar criticar opinar valorar ironizar bromear suspirar zanjar espetar ' +
        'replicar recalcar reiterar detallar aclarar matizar sentenciar exclamar enfatizar puntualizar ' +
        'expresar plantear aseverar argumentar cuestionar reclamar alertar informar reflexionar abundar ' +
        'deslizar rememorar apostillar remachar resaltar narrar revelar desvelar avisar anunciar contestar ' +
        'justificar razonar evocar preguntar confirmar negar/niega admitir añadir insistir incidir esgrimir ' +
        'responder prometer exigir recordar/recuerda contar/cuenta confesar/confiesa ' +
        'manifestar/manifiesta defender/defiende reconocer acusar',
      // (Nouns and adjectives too: "la denuncia", "el acusado", "la sentencia", "su prometido".)
      'denuncia acusado alerta sentencia prometido abundan abundaban contado',
    ),
  ],
  // ("Según informó la DGSA a la diaria, se constató “…”": as reported by the subject after the verb.)
  asWords: ['como', 'según'],
  // ("En palabras de Pérez, «…»": in someone's words.)
  sources: ['según', 'en palabras de'],
  possessives: { su: null, sus: null },
  documents: 'comunicado declaración informe carta mensaje nota'.split(' '),
  issuedBy: ['de', 'del'],
  openingSources: ['para'],
  roleWords: (
    'ministro ministra alcalde alcaldesa presidente presidenta director directora portavoz secretario secretaria diputado diputada senador senadora abogado abogada profesor profesora investigador investigadora responsable gerente fundador fundadora ' +
    // (Members, councillors, judges and residents: "La miembro de la Plataforma coincide: «…»".)
    'miembro concejal concejala consejero consejera delegado delegada jefe jefa coordinador coordinadora experto experta juez jueza vecino vecina ' +
    // (Family, witnesses and the people a story meets: "«…», insistía el padre de la víctima".)
    'padre madre hijo hija hermano hermana abuelo abuela tío tía esposa esposo marido viuda viudo novio novia amigo amiga compañero compañera testigo víctima paciente estudiante alumno alumna maestro maestra médico médica enfermero enfermera agricultor agricultora trabajador trabajadora empleado empleada residente conductor conductora propietario propietaria dueño dueña analista economista especialista activista representante líder dirigente gobernador gobernadora embajador embajadora entrenador entrenadora jugador jugadora autor autora escritor escritora periodista'
  ).split(' '),
  pronouns: ['él', 'ella', 'ellos', 'ellas'],
  masculine: 'él sr. señor don padre hijo hermano abuelo tío esposo marido viudo novio'.split(' '),
  feminine: 'ella sra. señora doña madre hija hermana abuela tía esposa viuda novia'.split(' '),
  orgNouns: (
    'cooperativa empresa compañía gobierno ministerio ayuntamiento sindicato asociación policía ' +
    'junta consejería federación entidad agencia'
  ).split(' '),
  firstPerson: ['yo', 'nosotros', 'mi', 'mis', 'nuestro', 'nuestra', 'me'],
  notRoles: ['son'],
  // (The one addressed between the verb and its subject: «…», explicó a los periodistas la portavoz.)
  // (And the paper itself: «…», ha declarado a este periódico Juan Pérez.)
  addressees: ['periodistas', 'prensa', 'este periódico', 'este diario', 'este medio', 'esta redacción'],
  addresseeLinks: ['a', 'al', 'a los', 'a la'],
  subjectEnds: ['en', 'durante', 'ante', 'a', 'al', 'tras', 'desde'],
  // («…», apuntan desde el ministerio: the body speaks.)
  bodyFrom: ['desde'],
  objectPronouns: ['nos', 'les', 'lo', 'la', 'le', 'me', 'se'],
  // (Adverbs too, between a subject and its verb or after the verb: «…», insistió ayer.)
  auxiliaries: [
    'ha',
    'han',
    'había',
    'habían',
    'por su parte',
    'también',
    'luego',
    'después',
    'ayer',
    'hoy',
    'además',
    'entonces',
    'finalmente',
    'primero',
    'ahora',
    'asimismo',
    'anoche',
    'incluso',
    'todavía',
    'sin embargo',
    'en cambio',
    'no obstante',
    'por tanto',
  ],
  comparisons: ['a diferencia de', 'al igual que', 'igual que', 'comparado con'],
  complementizers: ['que'],
  mannerOpeners: ['así', 'con esas palabras', 'con estas palabras', 'de esta manera', 'de este modo'],
};
