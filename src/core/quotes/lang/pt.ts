import { regularForms } from './conjugate';
import type { LanguageData } from './types';

export const pt: LanguageData = {
  code: 'pt',
  dashDialogue: true,
  script: 'latin',
  proDrop: true,
  commonWords: 'os não uma em é dos ao foi pelo também isso pela'.split(' '),
  verbs: (
    'disse diz afirmou afirma declarou declara explicou explica acrescentou acrescenta garantiu ' +
    'garante referiu sublinhou destacou defendeu salientou considerou contou conta lamentou respondeu ' +
    'frisou adiantou admitiu reconheceu questionou alertou avisou sustentou comentou observou ' +
    'concluiu relatou assegurou informou informa anunciou anuncia ressaltou ressalta avaliou avalia ' +
    'criticou critica pontuou pontua reforçou reforça ponderou pondera comemorou desabafou desabafa ' +
    'completou completa opinou argumentou argumenta revelou revela confirmou confirma negou nega falou fala ' +
    // (The imperfect of narrative and reported documents: "o relatório afirmava que …".)
    'dizia afirmava explicava contava lembrava assegurava acrescentava sublinhava destacava respondia ' +
    'comentava relatava insistia declarava'
  )
    .split(' ')
    // Every form of the regular verbs ("«…», afirmaram os moradores", "lembra o autarca").
    .concat(
      regularForms(
        'pt',
        'afirmar declarar explicar acrescentar garantir referir sublinhar destacar defender salientar ' +
          'considerar contar lamentar responder frisar adiantar admitir reconhecer questionar alertar avisar ' +
          'sustentar comentar observar relatar assegurar informar anunciar ressaltar avaliar criticar pontuar ' +
          'reforçar ponderar comemorar desabafar completar opinar argumentar revelar confirmar negar falar ' +
          'lembrar insistir denunciar acusar reclamar apontar indicar reiterar detalhar esclarecer recordar ' +
          'confessar ironizar resumir enfatizar perguntar contestar rebater explicitar justificar prometer exigir',
        // (Nouns and adjectives too: "a garantia", "em alerta".)
        'garantia alerta',
      ),
    ),
  asWords: ['como'],
  sources: ['segundo', 'conforme', 'de acordo com', 'nas palavras de', 'nas palavras do', 'nas palavras da'],
  possessives: { seu: null, sua: null },
  documents: 'nota comunicado declaração relatório carta mensagem'.split(' '),
  issuedBy: ['de', 'do', 'da', 'dos', 'das'],
  openingSources: ['para'],
  roleWords: (
    'ministro ministra prefeito prefeita presidente diretor diretora porta-voz secretário secretária deputado deputada senador senadora advogado advogada professor professora investigador investigadora pescador responsável fundador fundadora ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'mãe filho filha irmão irmã avô avó esposa marido viúva viúvo namorado namorada amigo amiga testemunha vítima paciente estudante aluno aluna médico médica enfermeiro enfermeira agricultor agricultora trabalhador trabalhadora funcionário funcionária morador moradora motorista proprietário proprietária analista economista especialista ativista representante líder dirigente governador governadora embaixador embaixadora treinador treinadora jogador jogadora autor autora escritor escritora jornalista'
  ).split(' '),
  pronouns: ['ele', 'ela', 'eles', 'elas'],
  masculine: 'ele dele sr. senhor filho irmão avô marido viúvo namorado'.split(' '),
  feminine: 'ela dela sra. senhora dona mãe filha irmã avó esposa viúva namorada'.split(' '),
  orgNouns: (
    'ministério governo empresa câmara prefeitura associação sindicato polícia companhia agência ' +
    'federação cooperativa'
  ).split(' '),
  firstPerson: ['eu', 'nós', 'meu', 'minha', 'nosso', 'nossa', 'me'],
  // (The one addressed between the verb and its subject: «…», contou à Lusa uma moradora.)
  // ("a" is an article too, before a name: only the paper itself after it, «…», disse a este jornal o autarca.)
  addressees: ['jornalistas', 'imprensa', 'repórteres', 'a este jornal', 'a esta reportagem'],
  addresseeLinks: ['à', 'ao', 'aos', 'às'],
  subjectEnds: ['em', 'na', 'no', 'nas', 'nos', 'durante', 'à', 'ao', 'após', 'pelo', 'pela'],
  objectPronouns: ['nos', 'me', 'se'],
  // (Adverbs too, between a subject and its verb or after the verb: «…», afirmou depois.)
  auxiliaries: [
    'foi',
    'tem',
    'tinha',
    'tinham',
    'também',
    'depois',
    'ontem',
    'hoje',
    'então',
    'finalmente',
    'agora',
    'ainda',
    'porém',
    'contudo',
    'entretanto',
    'no entanto',
    'por sua vez',
  ],
  comparisons: ['ao contrário de', 'tal como', 'assim como', 'diferentemente de'],
  complementizers: ['que'],
  mannerOpeners: ['assim', 'com estas palavras', 'com essas palavras'],
};
